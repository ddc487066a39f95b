#include "organisationrepository.h"

#include "entitywriter.h"
#include "rules.h"
#include "sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OrganisationRepository", text);
}
} // namespace

OrganisationRepository::OrganisationRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

void OrganisationRepository::validate(const Organisation &organisation)
{
    const QString record = Rules::describe(tr("Organisation"), organisation.name);
    Rules::requireText(record, tr("name"), organisation.name);
    Rules::requireCode(record, Vocabulary::Kind::OrganisationType, organisation.type);
    Rules::requireCountry(record, organisation.country);
    Rules::requireEmail(record, organisation.email);
    Rules::requirePhone(record, organisation.phone, organisation.country);
    for (const QString &area : organisation.focusAreas)
        Rules::requireCode(record, Vocabulary::Kind::FocusArea, area);
}

QVariantMap OrganisationRepository::fields(const Organisation &organisation)
{
    return {{u"name"_s, organisation.name},       {u"native_name"_s, organisation.nativeName},
            {u"acronym"_s, organisation.acronym}, {u"type"_s, organisation.type},
            {u"country"_s, organisation.country}, {u"province"_s, organisation.province},
            {u"city"_s, organisation.city},       {u"website"_s, organisation.website},
            {u"email"_s, organisation.email},     {u"phone"_s, organisation.phone},
            {u"notes"_s, organisation.notes}};
}

void OrganisationRepository::update(const Organisation &organisation, RowWriter::OnConflict onConflict)
{
    validate(organisation);
    const Organisation before = get(organisation.id);
    const QString record = Rules::describe(tr("Organisation"), organisation.name);
    RowWriter writer(m_db, u"organisations"_s);
    writer.update(organisation.id, organisation.rowVersion, fields(before), fields(organisation), record, onConflict);
    EntityWriter(m_db, RecordKind::Organisation)
        .replaceSet(organisation.id, u"organisation_focus_areas", before.focusAreas, organisation.focusAreas);
}

void OrganisationRepository::remove(qint64 id, RecordRemover::Policy policy)
{
    const Organisation organisation = get(id);
    RecordRemover(m_db).remove(u"organisations"_s, id, Rules::describe(tr("Organisation"), organisation.name), policy);
}

void OrganisationRepository::insertFocusAreas(qint64 id, const QStringList &areas)
{
    EntityWriter(m_db, RecordKind::Organisation).addToSet(id, u"organisation_focus_areas", areas);
}

qint64 OrganisationRepository::add(const Organisation &organisation)
{
    validate(organisation);

    EntityWriter writer(m_db, RecordKind::Organisation);
    const qint64 id =
        writer.insert(FieldValues::fromMap(RecordKind::Organisation, fields(organisation)), organisation.isSample);
    writer.addToSet(id, u"organisation_focus_areas", organisation.focusAreas);
    return id;
}

Organisation OrganisationRepository::get(qint64 id) const
{
    SqlQuery query(m_db, u"SELECT id, name, native_name, acronym, type, country, province, city, website, email, "
                         "phone, notes, is_sample, row_version FROM organisations WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        throw RuleViolation(tr("There is no organisation with id %1.").arg(id));
    Organisation organisation;
    organisation.id = query.value(0).toLongLong();
    organisation.name = query.value(1).toString();
    organisation.nativeName = query.value(2).toString();
    organisation.acronym = query.value(3).toString();
    organisation.type = query.value(4).toString();
    organisation.country = query.value(5).toString();
    organisation.province = query.value(6).toString();
    organisation.city = query.value(7).toString();
    organisation.website = query.value(8).toString();
    organisation.email = query.value(9).toString();
    organisation.phone = query.value(10).toString();
    organisation.notes = query.value(11).toString();
    organisation.isSample = query.value(12).toBool();
    organisation.rowVersion = query.value(13).toLongLong();
    SqlQuery areas(m_db, u"SELECT focus_area FROM organisation_focus_areas WHERE organisation_id = :id "
                         "ORDER BY focus_area"_s);
    areas.bind(u":id"_s, id).exec();
    while (areas.next())
        organisation.focusAreas << areas.value(0).toString();
    return organisation;
}

std::optional<qint64> OrganisationRepository::findByName(const QString &name) const
{
    SqlQuery query(m_db, u"SELECT id FROM organisations WHERE name = :name OR acronym = :name "
                         "ORDER BY name = :name DESC, id LIMIT 1"_s);
    query.bind(u":name"_s, name.trimmed()).exec();
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

} // namespace AllianceDesk
