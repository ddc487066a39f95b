#include "storage/auditlog.h"
#include "storage/concernrepository.h"
#include "storage/eventrepository.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/programrepository.h"
#include "storage/secretariattermrepository.h"
#include "storage/sqlquery.h"
#include "storage/supportgrouprepository.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

/// Runs @p action, expects a RuleViolation, and returns its message.
template<typename Action>
QString violation(Action &&action)
{
    try {
        action();
    } catch (const RuleViolation &error) {
        return error.message();
    }
    FAIL("the rule was not enforced");
    return {};
}

qint64 addOrganisation(const QSqlDatabase &db, const QString &name)
{
    Organisation organisation;
    organisation.name = name;
    organisation.country = u"PK"_s;
    return OrganisationRepository(db).add(organisation);
}

qint64 addNetwork(const QSqlDatabase &db, const QString &name, std::optional<qint64> parent = std::nullopt)
{
    Network network;
    network.name = name;
    network.level = parent ? u"national"_s : u"global"_s;
    network.parentId = parent;
    return NetworkRepository(db).add(network);
}

SecretariatTerm term(qint64 network, qint64 host, const char *start, const char *end)
{
    SecretariatTerm result;
    result.networkId = network;
    result.organisationId = host;
    result.start = QDate::fromString(QString::fromLatin1(start), Qt::ISODate);
    if (end)
        result.end = QDate::fromString(QString::fromLatin1(end), Qt::ISODate);
    return result;
}

} // namespace

TEST_CASE("Secretariat terms of a network never overlap and at most one is current", "[rules]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    const qint64 pakistan = addNetwork(db, u"MenEngage Alliance Pakistan"_s);
    const qint64 rozan = addOrganisation(db, u"ROZAN"_s);
    const qint64 amal = addOrganisation(db, u"AMAL Human Development Network"_s);
    const qint64 shirakat = addOrganisation(db, u"Shirakat"_s);
    SecretariatTermRepository terms(db);
    terms.add(term(pakistan, rozan, "2009-05-01", "2011-09-30"));
    terms.add(term(pakistan, shirakat, "2015-01-01", nullptr));

    SECTION("an overlapping term is refused, naming both hosts and the rule")
    {
        const QString message = violation([&] { terms.add(term(pakistan, amal, "2011-09-01", "2014-12-31")); });
        CHECK(message.contains(u"MenEngage Alliance Pakistan"_s));
        CHECK(message.contains(u"AMAL Human Development Network"_s));
        CHECK(message.contains(u"ROZAN"_s));
        CHECK(message.contains(u"overlap"_s));
    }
    SECTION("a second current term is refused")
    {
        const QString message = violation([&] { terms.add(term(pakistan, amal, "2020-01-01", nullptr)); });
        CHECK(message.contains(u"Shirakat"_s));
        CHECK(message.contains(u"at most one current"_s));
    }
    SECTION("a term that ends before it starts is refused")
    {
        const QString message = violation([&] { terms.add(term(pakistan, amal, "2014-12-31", "2011-10-01")); });
        CHECK(message.contains(u"before"_s));
    }
    SECTION("the term between them fits")
    {
        terms.add(term(pakistan, amal, "2011-10-01", "2014-12-31"));
        const QList<SecretariatTerm> stored = terms.forNetwork(pakistan);
        REQUIRE(stored.size() == 3);
        CHECK(stored.at(0).organisationName == u"ROZAN"_s);
        CHECK(stored.at(1).organisationName == u"AMAL Human Development Network"_s);
        CHECK(stored.at(2).organisationName == u"Shirakat"_s);
        CHECK(stored.at(2).isCurrent());
    }
    SECTION("the schema refuses an overlap written behind core's back")
    {
        SqlQuery insert(db, u"INSERT INTO secretariat_terms (network_id, organisation_id, start_date, end_date) "
                            "VALUES (:net, :org, '2010-01-01', '2010-12-31')"_s);
        insert.bind(u":net"_s, pakistan).bind(u":org"_s, amal);
        const QString message = violation([&] { insert.exec(); });
        CHECK(message.contains(u"may not overlap"_s));
    }
}

TEST_CASE("The network tree has no cycle", "[rules]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    NetworkRepository networks(db);
    const qint64 global = addNetwork(db, u"MenEngage Alliance"_s);
    const qint64 southAsia = addNetwork(db, u"MenEngage Alliance South Asia"_s, global);
    const qint64 pakistan = addNetwork(db, u"MenEngage Alliance Pakistan"_s, southAsia);

    const QString message = violation([&] { networks.setParent(global, pakistan); });
    CHECK(message.contains(u"MenEngage Alliance"_s));
    CHECK(message.contains(u"MenEngage Alliance Pakistan"_s));
    CHECK(message.contains(u"cycle"_s));
    CHECK(violation([&] { networks.setParent(southAsia, southAsia); }).contains(u"cycle"_s));
    CHECK_FALSE(networks.get(global).parentId.has_value());

    networks.setParent(pakistan, global);
    CHECK(networks.get(pakistan).parentId == global);
    CHECK(networks.ancestors(pakistan) == QList<qint64>{global});
    CHECK(violation([&] { addNetwork(db, u"MenEngage Alliance Pakistan"_s); }).contains(u"already exists"_s));
}

TEST_CASE("A membership's history is appended, never overwritten", "[rules]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    const qint64 network = addNetwork(db, u"MenEngage Alliance Pakistan"_s);
    const qint64 rozan = addOrganisation(db, u"ROZAN"_s);
    MembershipRepository memberships(db);
    Membership membership;
    membership.organisationId = rozan;
    membership.networkId = network;
    membership.history = {{0, u"applicant"_s, QDate(2007, 5, 1), u"Applied"_s},
                          {0, u"active"_s, QDate(2007, 5, 21), u"Founding member"_s}};
    const qint64 id = memberships.add(membership);
    memberships.changeStatus(id, {0, u"suspended"_s, QDate(2019, 3, 1), u"Code of conduct review"_s});

    const Membership stored = memberships.get(id);
    REQUIRE(stored.history.size() == 3);
    CHECK(stored.history.at(0).status == u"applicant"_s);
    CHECK(stored.history.at(1).status == u"active"_s);
    CHECK(stored.status() == u"suspended"_s);

    const QString earlier = violation([&] {
        memberships.changeStatus(id, {0, u"active"_s, QDate(2018, 1, 1), QString()});
    });
    CHECK(earlier.contains(u"ROZAN"_s));
    CHECK(earlier.contains(u"2018-01-01"_s));
    CHECK(earlier.contains(u"never rewritten"_s));
    CHECK(violation([&] {
              memberships.changeStatus(id, {0, u"expelled"_s, QDate(2020, 1, 1), QString()});
          }).contains(u"membership status"_s));
    CHECK(violation([&] { memberships.add(membership); }).contains(u"already exists"_s));

    SqlQuery rewrite(db, u"UPDATE membership_status_changes SET status = 'active'"_s);
    CHECK(violation([&] { rewrite.exec(); }).contains(u"never rewritten"_s));
    CHECK(memberships.get(id).history.size() == 3);
}

TEST_CASE("Counts are not negative and dates are ordered", "[rules]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    const qint64 chsj = addOrganisation(db, u"CHSJ"_s);
    Program program;
    program.name = u"MASVAW"_s;
    program.leadOrganisationId = chsj;
    program.places = {{u"IN"_s, u"Uttar Pradesh"_s, QString()}};
    ProgramRepository programs(db);
    const qint64 masvaw = programs.add(program);

    ReachReport report;
    report.programId = masvaw;
    report.periodStart = QDate(2017, 1, 1);
    report.periodEnd = QDate(2017, 12, 31);
    report.villages = -150;
    CHECK(violation([&] { programs.addReach(report); }).contains(u"negative"_s));
    report.villages = 150;
    report.periodEnd = QDate(2016, 12, 31);
    CHECK(violation([&] { programs.addReach(report); }).contains(u"before"_s));

    SupportGroup group;
    group.programId = masvaw;
    group.name = u"Group 1"_s;
    SupportGroupRepository groups(db);
    const qint64 groupId = groups.add(group);
    CHECK(violation([&] {
              groups.addMeeting({0, groupId, QDate(2020, 1, 1), QString(), -3, QString()});
          }).contains(u"attendance"_s));

    Event event;
    event.name = u"Global Symposium"_s;
    event.kind = u"symposium"_s;
    event.start = QDate(2014, 11, 10);
    event.end = QDate(2014, 11, 1);
    CHECK(violation([&] { EventRepository(db).add(event); }).contains(u"Global Symposium"_s));

    Concern concern;
    concern.organisationId = chsj;
    concern.received = QDate(2020, 1, 1);
    concern.category = u"harassment"_s;
    concern.status = u"resolved"_s;
    CHECK(violation([&] { ConcernRepository(db).add(concern); }).contains(u"closed"_s));
}

TEST_CASE("Codes and countries are checked against their lists", "[rules]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    Network network;
    network.name = u"MenEngage Planetary"_s;
    network.level = u"planetary"_s;
    const QString level = violation([&] { NetworkRepository(db).add(network); });
    CHECK(level.contains(u"MenEngage Planetary"_s));
    CHECK(level.contains(u"network level"_s));
    Organisation organisation;
    organisation.name = u"Nowhere NGO"_s;
    organisation.country = u"XX"_s;
    CHECK(violation([&] { OrganisationRepository(db).add(organisation); }).contains(u"ISO 3166-1"_s));
    organisation.country = u"PK"_s;
    organisation.name = u"   "_s;
    CHECK(violation([&] { OrganisationRepository(db).add(organisation); }).contains(u"name is required"_s));
}

TEST_CASE("The audit trail records who created what, never protected values", "[rules][audit]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    AuditLog::setUserName(u"programme.officer"_s);
    const qint64 rozan = addOrganisation(db, u"ROZAN"_s);
    AuditLog::setUserName(QString());

    const QList<AuditEntry> history = AuditLog(db).history(u"organisations"_s, rozan);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).action == u"create"_s);
    CHECK(history.at(0).user == u"programme.officer"_s);
    CHECK(history.at(0).newValue == u"ROZAN"_s);
    CHECK(history.at(0).at.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    Program program;
    program.name = u"MOVE"_s;
    program.leadOrganisationId = rozan;
    SupportGroup group;
    group.programId = ProgramRepository(db).add(program);
    group.name = u"Peshawar 01"_s;
    SupportGroupRepository groups(db);
    const qint64 groupId = groups.add(group);
    groups.addParticipant({0, groupId, u"MOVE-PES-01-P1"_s, u"Real Name Of A Participant"_s, QDate()});

    Concern concern;
    concern.organisationId = rozan;
    concern.received = QDate(2021, 2, 1);
    concern.category = u"harassment"_s;
    concern.summary = u"Summary of the conduct concern"_s;
    concern.confidentialNotes = u"Confidential name of the complainant"_s;
    ConcernRepository(db).add(concern);

    SqlQuery audit(db, u"SELECT group_concat(coalesce(old_value, '') || '|' || coalesce(new_value, ''), '\n') "
                       "FROM audit_log"_s);
    audit.exec();
    REQUIRE(audit.next());
    const QString trail = audit.value(0).toString();
    CHECK(trail.contains(u"Participant of “Peshawar 01”"_s)); // that one was added, not who or under which code
    CHECK_FALSE(trail.contains(u"MOVE-PES-01-P1"_s));
    CHECK_FALSE(trail.contains(u"Real Name Of A Participant"_s));
    CHECK_FALSE(trail.contains(u"Confidential name"_s));
    CHECK_FALSE(trail.contains(u"Summary of the conduct concern"_s));
}

TEST_CASE("An event participant needs a person or a name and a known country, when added and when edited",
          "[rules][events]")
{
    Test::TestDatabase test;
    EventRepository events(test.connection());
    Event event;
    event.name = u"Regional dialogue"_s;
    event.start = QDate(2025, 3, 4);
    const qint64 eventId = events.add(event);
    EventParticipant participant{0, eventId, std::nullopt, u"Ravi Kumar"_s, std::nullopt, u"IN"_s};
    CHECK_THROWS_AS(events.addParticipant({0, eventId, std::nullopt, u"  "_s, std::nullopt, u"IN"_s}), RuleViolation);
    participant.id = events.addParticipant(participant);

    EventParticipant edited = participant;
    edited.name.clear();
    CHECK_THROWS_WITH(events.updateParticipant(edited),
                      Catch::Contains("Participant of “Regional dialogue”: a person or a name is required."));
    edited.name = u"Ravi K."_s;
    edited.country = u"XX"_s;
    CHECK_THROWS_AS(events.updateParticipant(edited), RuleViolation);
    edited.country = u"NP"_s;
    events.updateParticipant(edited);
    const QList<EventParticipant> saved = events.participants(eventId);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().name == u"Ravi K."_s);
    CHECK(saved.first().country == u"NP"_s);

    events.removeParticipant(participant.id);
    CHECK_THROWS_AS(events.updateParticipant(edited), ConflictError);
}
