#include "eventrepository.h"

#include "entitywriter.h"
#include "rules.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EventRepository", text);
}
} // namespace

EventRepository::EventRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

QString EventRepository::validate(const Event &event) const
{
    const QString record = Rules::describe(tr("Event"), event.name);
    Rules::requireText(record, tr("name"), event.name);
    Rules::requireCode(record, Vocabulary::Kind::EventKind, event.kind);
    Rules::requireDate(record, tr("start date"), event.start);
    Rules::requireOrder(record, tr("start date"), event.start, tr("end date"), event.end);
    Rules::requireCountry(record, event.country);
    Rules::requireNotNegative(record, tr("number of participants"), event.participantCount);
    Rules::requireNotNegative(record, tr("number of countries"), event.countryCount);
    return record;
}

qint64 EventRepository::add(const Event &event)
{
    const QString record = validate(event);
    const qint64 id = EntityWriter(m_db, RecordKind::Event)
                          .insert(FieldValues::fromMap(RecordKind::Event, fields(event)), event.isSample);
    return id;
}

qint64 EventRepository::addParticipant(const EventParticipant &participant)
{
    const Event event = get(participant.eventId);
    const QString record = tr("Participant of “%1”").arg(event.name);
    if (!participant.personId && participant.name.trimmed().isEmpty())
        throw RuleViolation(tr("%1: a person or a name is required.").arg(record));
    Rules::requireCountry(record, participant.country);
    SqlQuery query(m_db, u"INSERT INTO event_participants (event_id, person_id, name, organisation_id, country) "
                         "VALUES (:event, :person, :name, :org, :country)"_s);
    query.bind(u":event"_s, participant.eventId)
        .bind(u":person"_s, SqlValues::fromOptional(participant.personId))
        .bindText(u":name"_s, participant.name)
        .bind(u":org"_s, SqlValues::fromOptional(participant.organisationId))
        .bindText(u":country"_s, participant.country)
        .exec();
    const qint64 id = query.lastInsertId();
    m_audit.recordCreate(u"event_participants"_s, id, record);
    return id;
}

void EventRepository::updateParticipant(const EventParticipant &participant)
{
    const QString record = tr("Participant of “%1”").arg(get(participant.eventId).name);
    if (!participant.personId && participant.name.trimmed().isEmpty())
        throw RuleViolation(tr("%1: a person or a name is required.").arg(record));
    Rules::requireCountry(record, participant.country);
    SqlQuery before(m_db, u"SELECT person_id, name, organisation_id, country FROM event_participants "
                          "WHERE id = :id AND event_id = :event"_s);
    before.bind(u":id"_s, participant.id).bind(u":event"_s, participant.eventId).exec();
    if (!before.next())
        throw ConflictError(tr("%1 was removed elsewhere; your changes were not saved.").arg(record));
    const QStringList columns = {u"person_id"_s, u"name"_s, u"organisation_id"_s, u"country"_s};
    const QVariantList edited = {SqlValues::fromOptional(participant.personId), participant.name,
                                 SqlValues::fromOptional(participant.organisationId), participant.country};
    QVariantList old;
    for (int i = 0; i < columns.size(); ++i)
        old << before.value(i);
    SqlQuery query(m_db, u"UPDATE event_participants SET person_id = :person, name = :name, "
                         "organisation_id = :org, country = :country WHERE id = :id"_s);
    query.bind(u":person"_s, edited.at(0))
        .bindText(u":name"_s, participant.name)
        .bind(u":org"_s, edited.at(2))
        .bindText(u":country"_s, participant.country)
        .bind(u":id"_s, participant.id)
        .exec();
    const auto text = [](const QVariant &value) { return value.isNull() ? QString() : value.toString(); };
    for (int i = 0; i < columns.size(); ++i) {
        if (text(old.at(i)) != text(edited.at(i)))
            m_audit.recordUpdate(u"event_participants"_s, participant.id, columns.at(i), text(old.at(i)),
                                 text(edited.at(i)));
    }
}

Event EventRepository::get(qint64 id) const
{
    SqlQuery query(m_db,
                   u"SELECT id, name, kind, start_date, end_date, city, country, online, organiser_id, "
                   "network_id, participant_count, country_count, description, is_sample, row_version FROM events "
                   "WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        throw RuleViolation(tr("There is no event with id %1.").arg(id));
    Event event;
    event.id = query.value(0).toLongLong();
    event.name = query.value(1).toString();
    event.kind = query.value(2).toString();
    event.start = SqlValues::toDate(query.value(3));
    event.end = SqlValues::toDate(query.value(4));
    event.city = query.value(5).toString();
    event.country = query.value(6).toString();
    event.online = query.value(7).toBool();
    event.organiserId = SqlValues::toOptionalId(query.value(8));
    event.networkId = SqlValues::toOptionalId(query.value(9));
    event.participantCount = SqlValues::toOptionalInt(query.value(10));
    event.countryCount = SqlValues::toOptionalInt(query.value(11));
    event.description = query.value(12).toString();
    event.isSample = query.value(13).toBool();
    event.rowVersion = query.value(14).toLongLong();
    return event;
}

QList<EventParticipant> EventRepository::participants(qint64 eventId) const
{
    SqlQuery query(m_db, u"SELECT ep.id, ep.person_id, coalesce(p.name, ep.name), ep.organisation_id, ep.country "
                         "FROM event_participants ep LEFT JOIN people p ON p.id = ep.person_id "
                         "WHERE ep.event_id = :id ORDER BY 3 COLLATE ad_locale, ep.id"_s);
    query.bind(u":id"_s, eventId).exec();
    QList<EventParticipant> result;
    while (query.next()) {
        result << EventParticipant{query.value(0).toLongLong(),
                                   eventId,
                                   SqlValues::toOptionalId(query.value(1)),
                                   query.value(2).toString(),
                                   SqlValues::toOptionalId(query.value(3)),
                                   query.value(4).toString()};
    }
    return result;
}

QList<QPair<QString, int>> EventRepository::participantCountries(qint64 eventId) const
{
    SqlQuery query(m_db, u"SELECT country, count(*) FROM event_participants WHERE event_id = :id AND country IS NOT "
                         "NULL GROUP BY country ORDER BY 2 DESC, 1"_s);
    query.bind(u":id"_s, eventId).exec();
    QList<QPair<QString, int>> result;
    while (query.next())
        result << qMakePair(query.value(0).toString(), query.value(1).toInt());
    return result;
}

QVariantMap EventRepository::fields(const Event &event)
{
    return {{u"name"_s, event.name},
            {u"kind"_s, event.kind},
            {u"start_date"_s, event.start},
            {u"end_date"_s, event.end},
            {u"city"_s, event.city},
            {u"country"_s, event.country},
            {u"online"_s, event.online},
            {u"organiser_id"_s, SqlValues::fromOptional(event.organiserId)},
            {u"network_id"_s, SqlValues::fromOptional(event.networkId)},
            {u"participant_count"_s, SqlValues::fromOptional(event.participantCount)},
            {u"country_count"_s, SqlValues::fromOptional(event.countryCount)},
            {u"description"_s, event.description}};
}

void EventRepository::update(const Event &event, RowWriter::OnConflict onConflict)
{
    const QString record = validate(event);
    const Event before = get(event.id);
    RowWriter(m_db, u"events"_s).update(event.id, event.rowVersion, fields(before), fields(event), record, onConflict);
}

void EventRepository::remove(qint64 id, RecordRemover::Policy policy)
{
    const Event event = get(id);
    RecordRemover(m_db).remove(u"events"_s, id, Rules::describe(tr("Event"), event.name), policy);
}

void EventRepository::removeParticipant(qint64 participantId)
{
    SqlQuery query(m_db, u"DELETE FROM event_participants WHERE id = :id"_s);
    query.bind(u":id"_s, participantId).exec();
    m_audit.recordDelete(u"event_participants"_s, participantId, QString());
}

} // namespace AllianceDesk
