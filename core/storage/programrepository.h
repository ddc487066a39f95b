#pragma once

#include "auditlog.h"
#include "domain/program.h"

#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

class ProgramRepository
{
public:
    explicit ProgramRepository(QSqlDatabase db);

    qint64 add(const Program &program);
    qint64 addReach(const ReachReport &report);
    Program get(qint64 id) const;
    /// Reach reports, oldest period first.
    QList<ReachReport> reach(qint64 programId) const;
    /// Programs an organisation leads or partners in.
    QList<Program> forOrganisation(qint64 organisationId) const;
    QList<Program> forNetwork(qint64 networkId) const;

private:
    QList<Program> load(const QString &where, qint64 id) const;
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
