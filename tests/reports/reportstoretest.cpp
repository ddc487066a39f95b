// What the reports read from storage, checked on the sample alliance as a secretariat officer would check it: the
// Pakistan network's members in the order the directory prints them, the network's history, the events' figures,
// the support groups counted, and a fingerprint that is exactly the report's.
#include "testdatabase.h"

#include "reports/reportbuilder.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/reportstore.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;
using AllianceDesk::Test::TestDatabase;

namespace {

qint64 networkId(const QSqlDatabase &db, const QString &name)
{
    const std::optional<qint64> id = NetworkRepository(db).findByName(name);
    REQUIRE(id);
    return *id;
}

QStringList column(const QList<DirectoryEntry> &entries, int index)
{
    QStringList values;
    for (const DirectoryEntry &entry : entries)
        values << entry.values.at(index);
    return values;
}

} // namespace

TEST_CASE("The member directory of MenEngage Alliance Pakistan: its current members, by name, with their columns",
          "[reports][storage]")
{
    TestDatabase db(true);
    ReportStore store(db.connection());
    ReportScope scope;
    scope.networkId = networkId(db.connection(), u"MenEngage Alliance Pakistan"_s);
    const QList<DirectoryEntry> entries =
        store.memberDirectory(scope, {DirectoryColumn::Name, DirectoryColumn::Status, DirectoryColumn::NativeName,
                                      DirectoryColumn::Phone, DirectoryColumn::Role, DirectoryColumn::Joined});

    // Active, suspended and applicant members; the lapsed and the withdrawn ones are not in the directory.
    const QStringList names{u"AMAL Human Development Network"_s,
                            u"Gilgit Youth and Gender Forum"_s,
                            u"Lahore Fathers' Forum"_s,
                            u"MEN UNiTE"_s,
                            u"Quetta Community Welfare Society"_s,
                            u"ROZAN"_s,
                            u"Shirakat-Partnership for Development"_s,
                            u"UNDP Pakistan"_s};
    CHECK(column(entries, 0) == names);
    CHECK(column(entries, 1) == QStringList{u"active"_s, u"applicant"_s, u"active"_s, u"active"_s, u"suspended"_s,
                                            u"active"_s, u"active"_s, u"active"_s});
    // The same organisations as the sample file says, worked out without the store.
    QStringList expected = Test::sampleMembers(u"active"_s, {}, u"pakistan"_s) +
                           Test::sampleMembers(u"suspended"_s, {}, u"pakistan"_s) +
                           Test::sampleMembers(u"applicant"_s, {}, u"pakistan"_s);
    expected.sort();
    QStringList sortedNames = column(entries, 0);
    sortedNames.sort();
    CHECK(sortedNames == expected);
    CHECK_FALSE(column(entries, 0).contains(u"Multan Men's Health Initiative"_s));   // withdrawn
    CHECK_FALSE(column(entries, 0).contains(u"Sindh Youth for Equality Network"_s)); // lapsed

    for (const DirectoryEntry &entry : entries)
        CHECK(entry.country == u"PK"_s);
    const DirectoryEntry &rozan = entries.at(names.indexOf(u"ROZAN"_s));
    CHECK(rozan.values.at(2) == u"روزن"_s);
    CHECK(rozan.values.at(3).isEmpty()); // no phone recorded
    const DirectoryEntry &gilgit = entries.at(names.indexOf(u"Gilgit Youth and Gender Forum"_s));
    CHECK(gilgit.values.at(3) == u"+925811550105"_s); // as stored: the report formats it
    const DirectoryEntry &shirakat = entries.at(names.indexOf(u"Shirakat-Partnership for Development"_s));
    CHECK(shirakat.values.at(4) == u"secretariat_host"_s);
    CHECK(shirakat.values.at(5) == u"2010-09-15"_s);
}

TEST_CASE("The member directory of the alliance groups organisations by country name, those without one last",
          "[reports][storage]")
{
    TestDatabase db(true);
    const QSqlDatabase connection = db.connection();
    Organisation stateless;
    stateless.name = u"Aardvark Men's Forum"_s;
    const qint64 statelessId = OrganisationRepository(connection).add(stateless);

    ReportStore store(connection);
    const QList<DirectoryEntry> everyone = store.memberDirectory({}, {DirectoryColumn::Name});
    CHECK(everyone.size() == 50); // the sample's 49 and the one added
    // The sample's two organisations without a country, and the one added, come last, by name.
    QStringList countryless;
    for (const DirectoryEntry &entry : everyone.mid(everyone.size() - 3)) {
        CHECK(entry.country.isEmpty());
        countryless << entry.values.constFirst();
    }
    CHECK(countryless == QStringList{u"Aardvark Men's Forum"_s, u"Athena Network"_s, u"One Billion Rising"_s});
    CHECK_FALSE(everyone.at(everyone.size() - 4).country.isEmpty());

    // Only the organisations asked for, in the same order: Pakistan before South Africa, no country last.
    OrganisationRepository organisations(connection);
    const QList<qint64> ids{*organisations.findByName(u"Sonke Gender Justice Network"_s), statelessId,
                            *organisations.findByName(u"ROZAN"_s)};
    const QList<DirectoryEntry> chosen = store.memberDirectory({}, {DirectoryColumn::Name, DirectoryColumn::City}, ids);
    REQUIRE(chosen.size() == 3);
    CHECK(chosen.at(0).values == QStringList{u"ROZAN"_s, u"Islamabad"_s});
    CHECK(chosen.at(1).values == QStringList{u"Sonke Gender Justice Network"_s, u"Cape Town"_s});
    CHECK(chosen.at(1).country == u"ZA"_s);
    CHECK(chosen.at(2).values == QStringList{u"Aardvark Men's Forum"_s, QString()});

    // A country narrows it down; an empty list of organisations is an empty directory.
    ReportScope pakistan;
    pakistan.country = u"PK"_s;
    const QList<DirectoryEntry> inPakistan = store.memberDirectory(pakistan, {DirectoryColumn::Name}, ids);
    REQUIRE(inPakistan.size() == 1);
    CHECK(inPakistan.constFirst().values.constFirst() == u"ROZAN"_s);
    CHECK(store.memberDirectory({}, {DirectoryColumn::Name}, QList<qint64>()).isEmpty());
}

TEST_CASE("A network profile's facts, secretariat hosts and members come from the store in the report's order",
          "[reports][storage]")
{
    TestDatabase db(true);
    ReportStore store(db.connection());
    const qint64 pakistan = networkId(db.connection(), u"MenEngage Alliance Pakistan"_s);

    const std::optional<NetworkFacts> facts = store.networkFacts(pakistan);
    REQUIRE(facts);
    CHECK(facts->name == u"MenEngage Alliance Pakistan"_s);
    CHECK(facts->acronym == u"MEA Pakistan"_s);
    CHECK(facts->parentName == u"MenEngage Alliance South Asia"_s);
    CHECK(facts->founded == u"2007-05-21"_s);
    CHECK(facts->country == u"PK"_s);
    CHECK(facts->level == u"national"_s);
    CHECK_FALSE(facts->nativeName.has_value()); // nothing recorded, so the profile prints no such line
    CHECK_FALSE(facts->website.has_value());
    CHECK(facts->longTermGoal.startsWith(u"To engage men and boys"_s));
    CHECK_FALSE(store.networkFacts(pakistan + 1000).has_value());

    CHECK(store.networkStrategies(pakistan) ==
          QStringList{u"advocacy and policy"_s, u"research and mapping"_s, u"capacity building and networking"_s});

    const QList<SecretariatHost> hosts = store.secretariatHosts(pakistan);
    REQUIRE(hosts.size() == 4);
    QStringList hostNames;
    for (const SecretariatHost &host : hosts)
        hostNames << host.organisation;
    CHECK(hostNames == QStringList{u"UNDP Pakistan"_s, u"ROZAN"_s, u"AMAL Human Development Network"_s,
                                   u"Shirakat-Partnership for Development"_s});
    CHECK(hosts.constFirst().startDate.startsWith(u"2007-03"_s));
    CHECK(hosts.constFirst().datePrecision == u"month"_s);
    CHECK(hosts.constFirst().endDate.value_or(QString()).startsWith(u"2009-04"_s));
    CHECK_FALSE(hosts.constLast().endDate.has_value()); // the current host

    // Every membership of the network itself (not of MEN UNiTE under it), active ones first.
    const QList<NetworkMember> members = store.networkMembers(pakistan);
    QStringList statuses;
    for (const NetworkMember &member : members)
        statuses << member.status;
    CHECK(statuses == QStringList{u"active"_s, u"active"_s, u"active"_s, u"active"_s, u"active"_s, u"active"_s,
                                  u"applicant"_s, u"suspended"_s, u"lapsed"_s, u"withdrawn"_s});
    CHECK(members.at(6).organisation == u"Gilgit Youth and Gender Forum"_s);
    CHECK(members.at(9).organisation == u"Multan Men's Health Initiative"_s);
    CHECK(members.at(9).since == u"2017-01-31"_s);

    // Programs and events count the networks under it: MOVE is MEN UNiTE's.
    const QList<NetworkProgram> programs = store.networkPrograms(pakistan);
    REQUIRE(programs.size() == 1);
    CHECK(programs.constFirst().name == u"MOVE — Men Overcoming Violence for Equality"_s);
    CHECK(programs.constFirst().places == QStringList{u"Khyber Pakhtunkhwa"_s});
    const QList<NetworkEvent> events = store.networkEvents(pakistan, {}, {});
    REQUIRE(events.size() == 1);
    CHECK(events.constFirst().name == u"First meeting of MenEngage Alliance Pakistan"_s);
    CHECK(events.constFirst().country == u"PK"_s);
    CHECK_FALSE(events.constFirst().participantCount.has_value());
    CHECK(store.networkEvents(pakistan, QDate(2008, 1, 1), {}).isEmpty());
}

TEST_CASE("Events, program reach and support groups hold the sample's figures", "[reports][storage]")
{
    TestDatabase db(true);
    ReportStore store(db.connection());

    const QList<EventSummary> events = store.events({});
    REQUIRE(events.size() == 7);
    QStringList dates;
    for (const EventSummary &event : events)
        dates << event.startDate;
    CHECK(std::is_sorted(dates.cbegin(), dates.cend()));
    const EventSummary &symposium = events.at(2);
    CHECK(symposium.name.startsWith(u"1st MenEngage Global Symposium"_s));
    CHECK(symposium.reportedParticipants == 439);
    CHECK(symposium.reportedCountries == 77);
    CHECK(symposium.endDate == u"2009-04-03"_s);
    CHECK(symposium.country == u"BR"_s);
    CHECK(symposium.listedParticipants == 4);
    const QList<CountryCount> countries = store.eventParticipantCountries(symposium.id);
    CHECK(countries.size() == symposium.listedCountries);
    CHECK(std::accumulate(countries.cbegin(), countries.cend(), qint64(0),
                          [](qint64 sum, const CountryCount &country) { return sum + country.count; }) == 4);
    CHECK(store.eventParticipants(symposium.id).size() == 4);
    const EventSummary &online = events.at(4);
    CHECK(online.name.startsWith(u"e-Dialogue on Accountability"_s));
    CHECK_FALSE(online.country.has_value());
    CHECK_FALSE(online.reportedCountries.has_value());
    ReportScope brazil;
    brazil.country = u"BR"_s;
    CHECK(store.events(brazil).size() == 1);

    // Program reach: places as recorded, counts unset where nothing was reported.
    ReportScope india;
    india.country = u"IN"_s;
    CHECK(store.reachPrograms(india).size() == 5);
    ReachFigures masvaw2017;
    for (const ReachFigures &report : store.reachReports(india)) {
        if (report.program.startsWith(u"MASVAW"_s) && report.periodStart == u"2017-01-01"_s)
            masvaw2017 = report;
    }
    REQUIRE(masvaw2017.places.size() == 1);
    CHECK(masvaw2017.places.constFirst().province == u"Uttar Pradesh"_s);
    CHECK(masvaw2017.places.constFirst().country == u"IN"_s);
    CHECK(masvaw2017.villages == 150);
    CHECK(masvaw2017.districts == 20);
    CHECK_FALSE(masvaw2017.participants.has_value());
    const QList<ReachProgram> all = store.reachPrograms({});
    const auto move = std::find_if(all.cbegin(), all.cend(),
                                   [](const ReachProgram &program) { return program.name.startsWith(u"MOVE"_s); });
    REQUIRE(move != all.cend());
    CHECK(move->levels == QStringList{u"individual"_s, u"relationship"_s, u"community"_s, u"policy"_s});

    // Support groups: 180 groups in 20 districts; the counts carry no participant's code or identity.
    const QList<SupportGroupDistrict> districts = store.supportGroupsByDistrict({});
    CHECK(districts.size() == 20);
    qint64 groups = 0;
    for (const SupportGroupDistrict &district : districts)
        groups += district.groups;
    CHECK(groups == 180);
    ReportScope january2012;
    january2012.from = QDate(2012, 1, 1);
    january2012.to = QDate(2012, 1, 31);
    const QList<SupportGroupYear> years = store.supportGroupMeetingsByYear(january2012);
    REQUIRE(years.size() == 1);
    CHECK(years.constFirst().year == u"2012"_s);
    CHECK(years.constFirst().meetings > 0);
    CHECK(years.constFirst().meetings < 5); // what the report shows as "<5"
}

TEST_CASE("The store's fingerprint is the report's: the same reads give the same one, other data another one",
          "[reports][storage]")
{
    TestDatabase db(true);
    ReportParameters parameters;
    parameters.kind = ReportKind::MemberDirectory;
    parameters.networkName = u"MenEngage Alliance Pakistan"_s;
    parameters.columns = {u"name"_s, u"status"_s};
    const QByteArray reportHash = ReportBuilder::build(db.connection(), parameters).dataHash;

    // The report reads the network's name, then the directory: the store fingerprints exactly those reads.
    const auto directoryHash = [&] {
        ReportStore store(db.connection());
        const qint64 id = networkId(db.connection(), parameters.networkName);
        CHECK(store.networkName(id) == parameters.networkName);
        ReportScope scope;
        scope.networkId = id;
        store.memberDirectory(scope, {DirectoryColumn::Name, DirectoryColumn::Status});
        return store.fingerprint();
    };
    const auto allianceHash = [&] {
        ReportStore store(db.connection());
        store.memberDirectory({}, {DirectoryColumn::Name});
        return store.fingerprint();
    };
    CHECK(directoryHash() == reportHash);
    CHECK(directoryHash() == reportHash);
    CHECK(ReportStore(db.connection()).fingerprint() != reportHash); // nothing read
    const QByteArray alliance = allianceHash();
    CHECK(alliance.size() == 64);
    CHECK(alliance != reportHash);

    Organisation organisation;
    organisation.name = u"A New Member"_s;
    organisation.country = u"PK"_s;
    OrganisationRepository(db.connection()).add(organisation);
    // Not a member of the network: the network's directory, and so its fingerprint, is unchanged; the alliance's is
    // not.
    CHECK(directoryHash() == reportHash);
    CHECK(allianceHash() != alliance);
}
