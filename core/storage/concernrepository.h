#pragma once

#include "auditlog.h"
#include "domain/concern.h"

#include <QSqlDatabase>

namespace AllianceDesk {

/// Conduct concerns about members. Confidential notes never enter the audit trail.
class ConcernRepository
{
public:
    explicit ConcernRepository(QSqlDatabase db);

    qint64 add(const Concern &concern);
    Concern get(qint64 id) const;

private:
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
