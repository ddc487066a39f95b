#pragma once

#include "auditlog.h"
#include "domain/concern.h"
#include "recordremover.h"
#include "rowwriter.h"

#include <QSqlDatabase>

namespace AllianceDesk {

/// Conduct concerns about members. Confidential notes never enter the audit trail.
class ConcernRepository
{
public:
    explicit ConcernRepository(QSqlDatabase db);

    qint64 add(const Concern &concern);
    /// Saves an edited concern; its status follows the workflow (see canMove).
    void update(const Concern &concern, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id);
    static bool canMove(const QString &from, const QString &to);
    static QVariantMap fields(const Concern &concern);

    Concern get(qint64 id) const;

    /// Checks every rule of the record without writing (forms call it as the user types); throws RuleViolation.
    QString validate(const Concern &concern) const;

private:
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
