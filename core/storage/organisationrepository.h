#pragma once

#include "auditlog.h"
#include "domain/organisation.h"

#include <QSqlDatabase>

#include <optional>

namespace AllianceDesk {

class OrganisationRepository
{
public:
    explicit OrganisationRepository(QSqlDatabase db);

    qint64 add(const Organisation &organisation);
    Organisation get(qint64 id) const;
    /// An organisation whose name or acronym is exactly @p name.
    std::optional<qint64> findByName(const QString &name) const;

private:
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
