#pragma once

#include "auditlog.h"
#include "domain/person.h"

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
    Person get(qint64 id) const;
    /// The people affiliated with an organisation, by name.
    QList<Affiliation> affiliationsOf(qint64 organisationId) const;

private:
    QList<Affiliation> loadAffiliations(const QString &where, qint64 id) const;
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
