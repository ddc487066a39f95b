#pragma once

#include "auditlog.h"
#include "domain/secretariatterm.h"

#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

/// Secretariat terms: per network they never overlap and at most one is current.
class SecretariatTermRepository
{
public:
    explicit SecretariatTermRepository(QSqlDatabase db);

    qint64 add(const SecretariatTerm &term);
    /// Oldest first.
    QList<SecretariatTerm> forNetwork(qint64 networkId) const;

private:
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
