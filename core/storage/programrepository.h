#pragma once

#include "auditlog.h"
#include "domain/program.h"
#include "recordremover.h"
#include "rowwriter.h"

#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

class ProgramRepository
{
public:
    explicit ProgramRepository(QSqlDatabase db);

    qint64 add(const Program &program);
    qint64 addReach(const ReachReport &report);
    void update(const Program &program, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id, RecordRemover::Policy policy = RecordRemover::Policy::RefuseIfDependents);
    void updateReach(const ReachReport &report);
    void removeReach(qint64 reportId);
    static QVariantMap fields(const Program &program);
    Program get(qint64 id) const;
    /// Reach reports, oldest period first.
    QList<ReachReport> reach(qint64 programId) const;
    /// Programs an organisation leads or partners in.
    QList<Program> forOrganisation(qint64 organisationId) const;
    QList<Program> forNetwork(qint64 networkId) const;

    /// Checks every rule of the record without writing (forms call it as the user types); throws RuleViolation.
    void validate(const Program &program) const;

private:
    void writeChildren(qint64 id, const Program &program);
    QList<Program> load(const QString &where, qint64 id) const;
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
