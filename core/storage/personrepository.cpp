#include "personrepository.h"

#include "entitywriter.h"
#include "rules.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PersonRepository", text);
}
} // namespace

PersonRepository::PersonRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

void PersonRepository::validate(const Person &person)
{
    const QString record = Rules::describe(tr("Person"), person.name);
    Rules::requireText(record, tr("name"), person.name);
    Rules::requireCountry(record, person.country);
    Rules::requireEmail(record, person.email);
    Rules::requirePhone(record, person.phone, person.country);
}

QVariantMap PersonRepository::fields(const Person &person)
{
    return {{u"name"_s, person.name},   {u"native_name"_s, person.nativeName},         {u"email"_s, person.email},
            {u"phone"_s, person.phone}, {u"languages"_s, person.languages.join(u',')}, {u"country"_s, person.country},
            {u"notes"_s, person.notes}};
}

void PersonRepository::update(const Person &person, RowWriter::OnConflict onConflict)
{
    validate(person);
    const Person before = get(person.id);
    RowWriter(m_db, u"people"_s)
        .update(person.id, person.rowVersion, fields(before), fields(person),
                Rules::describe(tr("Person"), person.name), onConflict);
}

void PersonRepository::remove(qint64 id, RecordRemover::Policy policy)
{
    const Person person = get(id);
    RecordRemover(m_db).remove(u"people"_s, id, Rules::describe(tr("Person"), person.name), policy);
}

void PersonRepository::updateAffiliation(const Affiliation &affiliation)
{
    const QString record =
        tr("Affiliation of “%1” with “%2”").arg(affiliation.personName, affiliation.organisationName);
    Rules::requireOrder(record, tr("start date"), affiliation.start, tr("end date"), affiliation.end);
    SqlQuery before(m_db, u"SELECT organisation_id, role, title, start_date, end_date FROM affiliations "
                          "WHERE id = :id"_s);
    before.bind(u":id"_s, affiliation.id).exec();
    if (!before.next())
        throw ConflictError(tr("%1 was deleted elsewhere; your changes were not saved.").arg(record));
    const QVariantMap old = {{u"organisation_id"_s, before.value(0)},
                             {u"role"_s, before.value(1)},
                             {u"title"_s, before.value(2)},
                             {u"start_date"_s, before.value(3)},
                             {u"end_date"_s, before.value(4)}};
    const QVariantMap edited = {{u"organisation_id"_s, affiliation.organisationId},
                                {u"role"_s, affiliation.role},
                                {u"title"_s, affiliation.title},
                                {u"start_date"_s, SqlValues::fromDate(affiliation.start)},
                                {u"end_date"_s, SqlValues::fromDate(affiliation.end)}};
    QStringList assignments;
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it)
        assignments << u"%1 = :%1"_s.arg(it.key());
    SqlQuery query(m_db, u"UPDATE affiliations SET %1 WHERE id = :id"_s.arg(assignments.join(u", "_s)));
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it)
        query.bind(u":"_s + it.key(), it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty()
                                          ? QVariant(QMetaType::fromType<QString>())
                                          : it.value());
    query.bind(u":id"_s, affiliation.id).exec();
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
        if (old.value(it.key()).toString() != it.value().toString())
            m_audit.recordUpdate(u"affiliations"_s, affiliation.id, it.key(), old.value(it.key()).toString(),
                                 it.value().toString());
    }
}

void PersonRepository::removeAffiliation(qint64 affiliationId)
{
    SqlQuery query(m_db, u"DELETE FROM affiliations WHERE id = :id"_s);
    query.bind(u":id"_s, affiliationId).exec();
    m_audit.recordDelete(u"affiliations"_s, affiliationId, QString());
}

qint64 PersonRepository::add(const Person &person)
{
    validate(person);
    const QString record = Rules::describe(tr("Person"), person.name);

    const qint64 id = EntityWriter(m_db, RecordKind::Person)
                          .insert(FieldValues::fromMap(RecordKind::Person, fields(person)), person.isSample);
    for (Affiliation affiliation : person.affiliations) {
        affiliation.personId = id;
        addAffiliation(affiliation);
    }
    return id;
}

qint64 PersonRepository::addAffiliation(const Affiliation &affiliation)
{
    SqlQuery names(m_db, u"SELECT (SELECT name FROM people WHERE id = :person), "
                         "(SELECT name FROM organisations WHERE id = :org)"_s);
    names.bind(u":person"_s, affiliation.personId).bind(u":org"_s, affiliation.organisationId).exec();
    names.next();
    if (names.value(0).isNull() || names.value(1).isNull())
        throw RuleViolation(tr("An affiliation needs an existing person and organisation."));
    const QString record =
        tr("Affiliation of “%1” with “%2”").arg(names.value(0).toString(), names.value(1).toString());
    Rules::requireOrder(record, tr("start date"), affiliation.start, tr("end date"), affiliation.end);
    SqlQuery query(m_db, u"INSERT INTO affiliations (person_id, organisation_id, role, title, start_date, end_date) "
                         "VALUES (:person, :org, :role, :title, :start, :end)"_s);
    query.bind(u":person"_s, affiliation.personId)
        .bind(u":org"_s, affiliation.organisationId)
        .bindText(u":role"_s, affiliation.role)
        .bindText(u":title"_s, affiliation.title)
        .bind(u":start"_s, SqlValues::fromDate(affiliation.start))
        .bind(u":end"_s, SqlValues::fromDate(affiliation.end))
        .exec();
    const qint64 id = query.lastInsertId();
    m_audit.recordCreate(u"affiliations"_s, id, record);
    return id;
}

Person PersonRepository::get(qint64 id) const
{
    SqlQuery query(m_db, u"SELECT id, name, native_name, email, phone, languages, country, notes, is_sample, "
                         "row_version FROM people WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        throw RuleViolation(tr("There is no person with id %1.").arg(id));
    Person person;
    person.id = query.value(0).toLongLong();
    person.name = query.value(1).toString();
    person.nativeName = query.value(2).toString();
    person.email = query.value(3).toString();
    person.phone = query.value(4).toString();
    person.languages = query.value(5).toString().split(u',', Qt::SkipEmptyParts);
    person.country = query.value(6).toString();
    person.notes = query.value(7).toString();
    person.isSample = query.value(8).toBool();
    person.rowVersion = query.value(9).toLongLong();
    person.affiliations = loadAffiliations(u"a.person_id = :id"_s, id);
    return person;
}

QList<Affiliation> PersonRepository::affiliationsOf(qint64 organisationId) const
{
    return loadAffiliations(u"a.organisation_id = :id"_s, organisationId);
}

QList<Affiliation> PersonRepository::loadAffiliations(const QString &where, qint64 id) const
{
    SqlQuery query(
        m_db, u"SELECT a.id, a.person_id, a.organisation_id, a.role, a.title, a.start_date, a.end_date, "
              "p.name, o.name FROM affiliations a JOIN people p ON p.id = a.person_id "
              "JOIN organisations o ON o.id = a.organisation_id WHERE %1 ORDER BY p.sort_key, o.sort_key"_s.arg(where));
    query.bind(u":id"_s, id).exec();
    QList<Affiliation> result;
    while (query.next()) {
        Affiliation affiliation;
        affiliation.id = query.value(0).toLongLong();
        affiliation.personId = query.value(1).toLongLong();
        affiliation.organisationId = query.value(2).toLongLong();
        affiliation.role = query.value(3).toString();
        affiliation.title = query.value(4).toString();
        affiliation.start = SqlValues::toDate(query.value(5));
        affiliation.end = SqlValues::toDate(query.value(6));
        affiliation.personName = query.value(7).toString();
        affiliation.organisationName = query.value(8).toString();
        result << affiliation;
    }
    return result;
}

} // namespace AllianceDesk
