#pragma once

#include "auditlog.h"
#include "domain/person.h"
#include "recordremover.h"
#include "rowwriter.h"

#include <QList>
#include <QSqlDatabase>

namespace AllianceDesk {

class PersonRepository
{
public:
    explicit PersonRepository(QSqlDatabase db);

    /// Adds the person and the affiliations listed in @p person.
    qint64 add(const Person &person);
    qint64 addAffiliation(const Affiliation &affiliation);
    void update(const Person &person, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id, RecordRemover::Policy policy = RecordRemover::Policy::RefuseIfDependents);
    void updateAffiliation(const Affiliation &affiliation);
    void removeAffiliation(qint64 affiliationId);
    static QVariantMap fields(const Person &person);
    static void validate(const Person &person);
    Person get(qint64 id) const;
    /// The people affiliated with an organisation, by name.
    QList<Affiliation> affiliationsOf(qint64 organisationId) const;

private:
    QList<Affiliation> loadAffiliations(const QString &where, qint64 id) const;
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
