#pragma once

#include "auditlog.h"
#include "domain/secretariatterm.h"
#include "rowwriter.h"

#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

/// Secretariat terms: per network they never overlap and at most one is current.
class SecretariatTermRepository
{
public:
    explicit SecretariatTermRepository(QSqlDatabase db);

    qint64 add(const SecretariatTerm &term);
    void update(const SecretariatTerm &term, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id);
    /**
     * Hands the secretariat of @p networkId over to @p newHostId on @p date in one step: the current term ends the
     * day before and the new one starts. Returns the new term's id.
     */
    qint64 handover(qint64 networkId, qint64 newHostId, const QDate &date, const QString &notes = QString());
    /// Oldest first.
    QList<SecretariatTerm> forNetwork(qint64 networkId) const;

    /// Checks every rule of the record without writing (forms call it as the user types); throws RuleViolation.
    QString validate(const SecretariatTerm &term) const;

private:
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
