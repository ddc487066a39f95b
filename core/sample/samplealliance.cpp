#include "samplealliance.h"

#include "storage/concernrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/membershiprepository.h"
#include "storage/metadata.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/programrepository.h"
#include "storage/recordidstore.h"
#include "storage/secretariattermrepository.h"
#include "storage/supportgrouprepository.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString text(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

QDate date(const QJsonObject &object, const QString &key)
{
    return QDate::fromString(object.value(key).toString(), Qt::ISODate);
}

std::optional<int> count(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QStringList strings(const QJsonObject &object, const QString &key)
{
    QStringList result;
    for (const QJsonValue &value : object.value(key).toArray())
        result << value.toString();
    return result;
}

/// Resolves the sample's keys to database ids, with a clear message for a dangling reference.
class Keys
{
public:
    explicit Keys(QString kind)
        : m_kind(std::move(kind))
    {}
    void insert(const QString &key, qint64 id) { m_ids.insert(key, id); }
    qint64 id(const QString &key) const
    {
        const auto it = m_ids.constFind(key);
        if (it == m_ids.constEnd())
            throw RuleViolation(u"The sample data refers to an unknown %1 “%2”."_s.arg(m_kind, key));
        return *it;
    }
    std::optional<qint64> optionalId(const QJsonValue &value) const
    {
        if (value.isNull() || value.isUndefined() || value.toString().isEmpty())
            return std::nullopt;
        return id(value.toString());
    }

private:
    QString m_kind;
    QHash<QString, qint64> m_ids;
};

/// A small deterministic generator, so that every sample database is identical.
class Sequence
{
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 1103515245u + 12345u;
        return (m_state >> 16) % bound;
    }

private:
    quint32 m_state = 20070521u;
};

void loadSupportGroups(const QSqlDatabase &db, const QJsonObject &block, const Keys &programs)
{
    SupportGroupRepository groups(db);
    PersonRepository people(db);
    const qint64 programId = programs.id(text(block, u"program"_s));
    const QStringList districts = strings(block, u"districts"_s);
    const QStringList topics = strings(block, u"topics"_s);
    const int total = block.value(u"count"_s).toInt();
    const int meetingsPerGroup = block.value(u"meetings_per_group"_s).toInt();
    const int participantsPerGroup = block.value(u"participants_per_group"_s).toInt();
    const QDate foundedFrom = date(block, u"founded_from"_s);
    const qint64 foundedSpan = foundedFrom.daysTo(date(block, u"founded_to"_s));
    const QString country = text(block, u"country"_s);
    const QString province = text(block, u"province"_s);
    if (districts.isEmpty() || total <= 0)
        return;

    static const char *const givenNames[] = {"Ahmad",  "Bilal",  "Faisal", "Hamid", "Imran", "Junaid", "Kamran",
                                             "Naveed", "Rashid", "Shahid", "Tariq", "Waqar", "Yasir",  "Zubair",
                                             "Asad",   "Farhan", "Haroon", "Ijaz",  "Noman", "Sohail"};
    Sequence sequence;
    QHash<QString, qint64> facilitators;
    QHash<QString, int> perDistrict;
    for (int i = 0; i < total; ++i) {
        const QString district = districts.at(i % districts.size());
        const int number = ++perDistrict[district];
        if (!facilitators.contains(district)) {
            Person facilitator;
            facilitator.name = u"%1 (%2 facilitator)"_s.arg(
                QLatin1StringView(givenNames[facilitators.size() % std::size(givenNames)]), district);
            facilitator.country = country;
            facilitator.languages = {u"ps"_s, u"ur"_s};
            facilitator.notes = u"Generated sample facilitator"_s;
            facilitator.isSample = true;
            facilitators.insert(district, people.add(facilitator));
        }
        SupportGroup group;
        group.programId = programId;
        group.name = u"Men's Support Group %1 %2"_s.arg(district).arg(number, 2, 10, QLatin1Char('0'));
        group.country = country;
        group.province = province;
        group.district = district;
        group.facilitatorId = facilitators.value(district);
        group.founded = foundedFrom.addDays(sequence.next(static_cast<quint32>(foundedSpan + 1)));
        group.status = (i % 30 == 29) ? u"paused"_s : u"active"_s;
        group.isSample = true;
        const qint64 groupId = groups.add(group);

        QDate meetingDate = group.founded.addDays(14);
        for (int m = 0; m < meetingsPerGroup; ++m) {
            Meeting meeting;
            meeting.supportGroupId = groupId;
            meeting.date = meetingDate;
            meeting.topic = topics.isEmpty() ? QString() : topics.at((i + m) % topics.size());
            meeting.attendance = 4 + static_cast<int>(sequence.next(static_cast<quint32>(participantsPerGroup + 1)));
            meeting.notes = u"Generated sample meeting"_s;
            groups.addMeeting(meeting);
            meetingDate = meetingDate.addMonths(1);
        }
        const QString prefix = u"MOVE-%1-%2"_s.arg(district.left(3).toUpper()).arg(number, 2, 10, QLatin1Char('0'));
        for (int p = 1; p <= participantsPerGroup; ++p) {
            Participant participant;
            participant.supportGroupId = groupId;
            participant.code = u"%1-P%2"_s.arg(prefix).arg(p);
            participant.joined = group.founded;
            groups.addParticipant(participant);
        }
    }
}

} // namespace

void SampleAlliance::load(Database &database)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(u"The built-in sample alliance is missing from this build."_s);
    load(database, file.readAll());
}

void SampleAlliance::load(Database &database, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        throw RuleViolation(u"The sample data is not valid JSON: %1."_s.arg(parseError.errorString()));

    const QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (RecordIdStore::any(db, RecordKind::Network)) {
        throw RuleViolation(QCoreApplication::translate("SampleAlliance", "The database already holds an alliance; "
                                                                          "the sample is only loaded into a new one."));
    }
    Metadata(db).setValue(Metadata::allianceName, text(root, u"alliance_name"_s));

    NetworkRepository networkRepository(db);
    Keys networks(u"network"_s);
    for (const QJsonValue &value : root.value(u"networks"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Network network;
        network.name = text(object, u"name"_s);
        network.nativeName = text(object, u"native_name"_s);
        network.acronym = text(object, u"acronym"_s);
        network.level = text(object, u"level"_s);
        network.parentId = networks.optionalId(object.value(u"parent"_s));
        network.country = text(object, u"country"_s);
        network.region = text(object, u"region"_s);
        network.founded = date(object, u"founded"_s);
        network.website = text(object, u"website"_s);
        network.status = object.value(u"status"_s).toString(u"active"_s);
        network.goalLongTerm = text(object, u"goal_long_term"_s);
        network.goalShortTerm = text(object, u"goal_short_term"_s);
        network.strategies = strings(object, u"strategies"_s);
        network.notes = text(object, u"notes"_s);
        network.isSample = true;
        networks.insert(text(object, u"key"_s), networkRepository.add(network));
    }

    OrganisationRepository organisationRepository(db);
    Keys organisations(u"organisation"_s);
    for (const QJsonValue &value : root.value(u"organisations"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Organisation organisation;
        organisation.name = text(object, u"name"_s);
        organisation.nativeName = text(object, u"native_name"_s);
        organisation.acronym = text(object, u"acronym"_s);
        organisation.type = text(object, u"type"_s);
        organisation.country = text(object, u"country"_s);
        organisation.province = text(object, u"province"_s);
        organisation.city = text(object, u"city"_s);
        organisation.website = text(object, u"website"_s);
        organisation.email = text(object, u"email"_s);
        organisation.phone = text(object, u"phone"_s);
        organisation.focusAreas = strings(object, u"focus_areas"_s);
        organisation.notes = text(object, u"notes"_s);
        organisation.isSample = true;
        organisations.insert(text(object, u"key"_s), organisationRepository.add(organisation));
    }

    MembershipRepository membershipRepository(db);
    for (const QJsonValue &value : root.value(u"memberships"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Membership membership;
        membership.organisationId = organisations.id(text(object, u"organisation"_s));
        membership.networkId = networks.id(text(object, u"network"_s));
        membership.role = object.value(u"role"_s).toString(u"member"_s);
        membership.codeOfConductSigned = date(object, u"coc_signed"_s);
        membership.notes = text(object, u"notes"_s);
        for (const QJsonValue &change : object.value(u"history"_s).toArray()) {
            const QJsonObject entry = change.toObject();
            membership.history << MembershipStatusChange{0, text(entry, u"status"_s), date(entry, u"date"_s),
                                                         text(entry, u"reason"_s)};
        }
        membershipRepository.add(membership);
    }

    SecretariatTermRepository termRepository(db);
    for (const QJsonValue &value : root.value(u"secretariat_terms"_s).toArray()) {
        const QJsonObject object = value.toObject();
        SecretariatTerm term;
        term.networkId = networks.id(text(object, u"network"_s));
        term.organisationId = organisations.id(text(object, u"organisation"_s));
        term.start = date(object, u"start"_s);
        term.end = date(object, u"end"_s);
        term.precision = object.value(u"precision"_s).toString(u"day"_s);
        term.notes = text(object, u"notes"_s);
        termRepository.add(term);
    }

    PersonRepository personRepository(db);
    Keys people(u"person"_s);
    for (const QJsonValue &value : root.value(u"people"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Person person;
        person.name = text(object, u"name"_s);
        person.nativeName = text(object, u"native_name"_s);
        person.email = text(object, u"email"_s);
        person.phone = text(object, u"phone"_s);
        person.languages = strings(object, u"languages"_s);
        person.country = text(object, u"country"_s);
        person.notes = text(object, u"notes"_s);
        person.isSample = true;
        for (const QJsonValue &affiliationValue : object.value(u"affiliations"_s).toArray()) {
            const QJsonObject entry = affiliationValue.toObject();
            Affiliation affiliation;
            affiliation.organisationId = organisations.id(text(entry, u"organisation"_s));
            affiliation.role = text(entry, u"role"_s);
            affiliation.title = text(entry, u"title"_s);
            affiliation.start = date(entry, u"start"_s);
            affiliation.end = date(entry, u"end"_s);
            person.affiliations << affiliation;
        }
        people.insert(text(object, u"key"_s), personRepository.add(person));
    }

    ProgramRepository programRepository(db);
    Keys programs(u"program"_s);
    for (const QJsonValue &value : root.value(u"programs"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Program program;
        program.name = text(object, u"name"_s);
        program.nativeName = text(object, u"native_name"_s);
        program.acronym = text(object, u"acronym"_s);
        program.networkId = networks.optionalId(object.value(u"network"_s));
        program.leadOrganisationId = organisations.id(text(object, u"lead"_s));
        for (const QString &partner : strings(object, u"partners"_s))
            program.partnerIds << organisations.id(partner);
        program.themes = strings(object, u"themes"_s);
        program.approach = text(object, u"approach"_s);
        program.levels = strings(object, u"levels"_s);
        for (const QJsonValue &placeValue : object.value(u"places"_s).toArray()) {
            const QJsonObject place = placeValue.toObject();
            program.places << ProgramPlace{text(place, u"country"_s), text(place, u"province"_s),
                                           text(place, u"district"_s)};
        }
        program.start = date(object, u"start"_s);
        program.end = date(object, u"end"_s);
        program.description = text(object, u"description"_s);
        program.isSample = true;
        const qint64 programId = programRepository.add(program);
        programs.insert(text(object, u"key"_s), programId);
        for (const QJsonValue &reachValue : object.value(u"reach"_s).toArray()) {
            const QJsonObject entry = reachValue.toObject();
            ReachReport report;
            report.programId = programId;
            report.periodStart = date(entry, u"period_start"_s);
            report.periodEnd = date(entry, u"period_end"_s);
            report.villages = count(entry, u"villages"_s);
            report.districts = count(entry, u"districts"_s);
            report.institutions = count(entry, u"institutions"_s);
            report.participants = count(entry, u"participants"_s);
            report.note = text(entry, u"note"_s);
            programRepository.addReach(report);
        }
    }

    loadSupportGroups(db, root.value(u"support_groups"_s).toObject(), programs);

    EventRepository eventRepository(db);
    for (const QJsonValue &value : root.value(u"events"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Event event;
        event.name = text(object, u"name"_s);
        event.kind = text(object, u"kind"_s);
        event.start = date(object, u"start"_s);
        event.end = date(object, u"end"_s);
        event.city = text(object, u"city"_s);
        event.country = text(object, u"country"_s);
        event.online = object.value(u"online"_s).toBool();
        event.organiserId = organisations.optionalId(object.value(u"organiser"_s));
        event.networkId = networks.optionalId(object.value(u"network"_s));
        event.participantCount = count(object, u"participant_count"_s);
        event.countryCount = count(object, u"country_count"_s);
        event.description = text(object, u"description"_s);
        event.isSample = true;
        const qint64 eventId = eventRepository.add(event);
        for (const QJsonValue &participantValue : object.value(u"participants"_s).toArray()) {
            const QJsonObject entry = participantValue.toObject();
            EventParticipant participant;
            participant.eventId = eventId;
            participant.personId = people.optionalId(entry.value(u"person"_s));
            participant.name = text(entry, u"name"_s);
            participant.organisationId = organisations.optionalId(entry.value(u"organisation"_s));
            participant.country = text(entry, u"country"_s);
            eventRepository.addParticipant(participant);
        }
    }

    ConcernRepository concernRepository(db);
    for (const QJsonValue &value : root.value(u"concerns"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Concern concern;
        concern.organisationId = organisations.id(text(object, u"organisation"_s));
        concern.networkId = networks.optionalId(object.value(u"network"_s));
        concern.received = date(object, u"received"_s);
        concern.category = text(object, u"category"_s);
        concern.status = text(object, u"status"_s);
        concern.closed = date(object, u"closed"_s);
        concern.summary = text(object, u"summary"_s);
        concern.actions = text(object, u"actions"_s);
        concern.confidentialNotes = text(object, u"confidential_notes"_s);
        concern.isSample = true;
        concernRepository.add(concern);
    }
    transaction.commit();
}

} // namespace AllianceDesk
