#include "sample/samplealliance.h"
#include "storage/eventrepository.h"
#include "storage/integritychecker.h"
#include "storage/membershiprepository.h"
#include "storage/metadata.h"
#include "storage/networkrepository.h"
#include "storage/programrepository.h"
#include "storage/secretariattermrepository.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    query.exec();
    return query.next() ? query.value(0) : QVariant();
}

qint64 networkId(const QSqlDatabase &db, const QString &name)
{
    const auto id = NetworkRepository(db).findByName(name);
    REQUIRE(id.has_value());
    return *id;
}

const ReachReport &latest(const QList<ReachReport> &reports)
{
    REQUIRE_FALSE(reports.isEmpty());
    return reports.constLast();
}

qint64 programId(const QSqlDatabase &db, const QString &acronymOrName)
{
    SqlQuery query(db, u"SELECT id FROM programs WHERE acronym = :n OR name LIKE :like"_s);
    query.bind(u":n"_s, acronymOrName).bind(u":like"_s, QString(acronymOrName + u"%"_s)).exec();
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("The sample holds the national network of seed 000", "[sample]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const Network pakistan = NetworkRepository(db).get(networkId(db, u"MenEngage Alliance Pakistan"_s));
    CHECK(pakistan.founded == QDate(2007, 5, 21));
    CHECK(pakistan.level == u"national"_s);
    CHECK(pakistan.country == u"PK"_s);
    CHECK(pakistan.goalLongTerm == u"To engage men and boys in the efforts for gender equality and ending violence."_s);
    CHECK(pakistan.goalShortTerm.contains(u"growing network of NGOs, Pakistani and UN agencies"_s));
    CHECK(pakistan.strategies ==
          QStringList{u"advocacy and policy"_s, u"research and mapping"_s, u"capacity building and networking"_s});
    REQUIRE(pakistan.parentId.has_value());
    CHECK(NetworkRepository(db).get(*pakistan.parentId).name == u"MenEngage Alliance South Asia"_s);

    const QList<SecretariatTerm> terms = SecretariatTermRepository(db).forNetwork(pakistan.id);
    REQUIRE(terms.size() == 4);
    CHECK(terms.at(0).organisationName.startsWith(u"UNDP"_s));
    CHECK(terms.at(0).start == QDate(2007, 3, 1));
    CHECK(terms.at(1).organisationName == u"ROZAN"_s);
    CHECK(terms.at(1).start == QDate(2009, 5, 1));
    CHECK(terms.at(1).end == QDate(2011, 9, 30));
    CHECK(terms.at(2).organisationName == u"AMAL Human Development Network"_s);
    CHECK(terms.at(2).start == QDate(2011, 10, 1));
    CHECK(terms.at(2).end == QDate(2014, 12, 31));
    CHECK(terms.at(3).organisationName == u"Shirakat-Partnership for Development"_s);
    CHECK(terms.at(3).start == QDate(2015, 1, 1));
    CHECK(terms.at(3).isCurrent());
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(terms.at(i).isCurrent());
}

TEST_CASE("The sample holds the 180 men's support groups of MOVE in Khyber Pakhtunkhwa", "[sample]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const qint64 move = programId(db, u"MOVE"_s);
    CHECK(scalar(db, u"SELECT count(*) FROM support_groups WHERE program_id = %1"_s.arg(move)).toInt() == 180);
    CHECK(scalar(db, u"SELECT count(*) FROM support_groups WHERE province = 'Khyber Pakhtunkhwa' AND country = 'PK' "
                     "AND is_sample = 1"_s)
              .toInt() == 180);
    CHECK(scalar(db, u"SELECT count(DISTINCT district) FROM support_groups"_s).toInt() >= 10);
    CHECK(scalar(db, u"SELECT count(*) FROM support_groups g WHERE NOT EXISTS (SELECT 1 FROM meetings m "
                     "WHERE m.support_group_id = g.id)"_s)
              .toInt() == 0);
    // Participants are pseudonymous: codes only, no identities.
    CHECK(scalar(db, u"SELECT count(*) FROM participants WHERE identity IS NOT NULL"_s).toInt() == 0);
    CHECK(scalar(db, u"SELECT count(*) FROM participants"_s).toInt() > 0);
    const QString program = ProgramRepository(db).get(move).networkName;
    CHECK(program.startsWith(u"MEN UNiTE"_s));
    CHECK(NetworkRepository(db).get(networkId(db, program)).region == u"Khyber Pakhtunkhwa"_s);
}

TEST_CASE("The sample's programs report the reach of seed 003", "[sample]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    ProgramRepository programs(db);
    const ReachReport masvaw = latest(programs.reach(programId(db, u"MASVAW"_s)));
    CHECK(masvaw.villages == 150);
    CHECK(masvaw.districts == 20);
    const ReachReport ekSaath = latest(programs.reach(programId(db, u"EkSaath"_s)));
    CHECK(ekSaath.villages == 1000);
    CHECK(ekSaath.institutions == 200);
    const ReachReport samajhdar = latest(programs.reach(programId(db, u"Samajhdar Jodidar"_s)));
    CHECK(samajhdar.villages == 100);
    const Program jodidar = programs.get(programId(db, u"Samajhdar Jodidar"_s));
    CHECK(jodidar.approach == u"transformative"_s);
    CHECK(jodidar.leadName == u"Centre for Health and Social Justice"_s);
}

TEST_CASE("The sample's events and regional platform follow seeds 003 and 004", "[sample]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    EventRepository events(db);
    const Event rio = events.get(scalar(db, u"SELECT id FROM events WHERE city = 'Rio de Janeiro'"_s).toLongLong());
    CHECK(rio.start.year() == 2009);
    CHECK(rio.kind == u"symposium"_s);
    CHECK(rio.country == u"BR"_s);
    CHECK(rio.participantCount == 439);
    CHECK(rio.countryCount == 77);
    const Event delhi = events.get(scalar(db, u"SELECT id FROM events WHERE city = 'New Delhi'"_s).toLongLong());
    CHECK(delhi.start.year() == 2014);
    CHECK(delhi.participantCount == 1200);
    CHECK(delhi.countryCount == 66);
    CHECK(scalar(db, u"SELECT count(*) FROM events WHERE kind = 'dialogue' AND start_date LIKE '2016-%'"_s).toInt() >=
          1);

    const qint64 eeca = scalar(db, u"SELECT id FROM networks WHERE name LIKE '%EECA%'"_s).toLongLong();
    const Network platform = NetworkRepository(db).get(eeca);
    CHECK(platform.founded == QDate(2016, 9, 28));
    CHECK(platform.level == u"regional"_s);
    QSet<QString> countries;
    for (const Membership &membership : MembershipRepository(db).forNetwork(eeca)) {
        SqlQuery country(db, u"SELECT country FROM organisations WHERE id = :id"_s);
        country.bind(u":id"_s, membership.organisationId).exec();
        if (country.next())
            countries << country.value(0).toString();
    }
    for (const QString &code : {u"AZ"_s, u"BY"_s, u"GE"_s, u"KG"_s, u"MK"_s, u"RS"_s, u"TM"_s})
        CHECK(countries.contains(code));
}

TEST_CASE("The sample's steering committee, scripts and rules", "[sample]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const qint64 global = networkId(db, u"MenEngage Alliance"_s);
    QStringList coChairs;
    for (const Membership &membership : MembershipRepository(db).forNetwork(global)) {
        if (membership.role == u"co_chair"_s)
            coChairs << membership.organisationName;
    }
    coChairs.sort();
    REQUIRE(coChairs.size() == 2);
    CHECK(coChairs.at(0).startsWith(u"Promundo"_s));
    CHECK(coChairs.at(1).startsWith(u"Sonke"_s));

    CHECK(scalar(db, u"SELECT native_name FROM organisations WHERE name = 'ROZAN'"_s).toString() == u"روزن"_s);
    const QString natives = scalar(db, u"SELECT group_concat(native_name, ' ') FROM (SELECT native_name FROM "
                                       "organisations UNION ALL SELECT native_name FROM people UNION ALL SELECT "
                                       "native_name FROM networks UNION ALL SELECT native_name FROM programs)"_s)
                                .toString();
    CHECK(natives.contains(QRegularExpression(u"[\\x{0600}-\\x{06FF}]"_s))); // Arabic script (Urdu)
    CHECK(natives.contains(QRegularExpression(u"[\\x{0400}-\\x{04FF}]"_s))); // Cyrillic
    CHECK(natives.contains(QRegularExpression(u"[\\x{0900}-\\x{097F}]"_s))); // Devanagari
    CHECK(Metadata(db).value(Metadata::allianceName) == u"MenEngage Alliance"_s);

    const QList<IntegrityProblem> problems = IntegrityChecker(db).run();
    CHECK(problems.isEmpty());

    const QString before = Test::dumpDatabase(db);
    CHECK_THROWS_AS(SampleAlliance::load(test.database()), RuleViolation);
    CHECK(Test::dumpDatabase(db) == before);
}

TEST_CASE("A sample with a broken reference loads nothing", "[sample]")
{
    Test::TestDatabase test;
    const QString before = Test::dumpDatabase(test.connection());
    const QByteArray json = R"({"alliance_name": "Test",
        "networks": [{"key": "a", "name": "A", "level": "global"}],
        "organisations": [],
        "memberships": [{"organisation": "missing", "network": "a", "history": [{"status": "active", "date": "2020-01-01"}]}]})";
    try {
        SampleAlliance::load(test.database(), json);
        FAIL("loaded");
    } catch (const RuleViolation &error) {
        CHECK(error.message().contains(u"missing"_s));
    }
    CHECK(Test::dumpDatabase(test.connection()) == before);
}

TEST_CASE("A network's member summary counts every status and names the first few", "[sample]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const qint64 global = networkId(db, u"MenEngage Alliance"_s);
    QHash<QString, int> expected;
    for (const Membership &membership : MembershipRepository(db).forNetwork(global))
        ++expected[membership.status()];
    const auto groups = MembershipRepository(db).summaryForNetwork(global, 3);
    QHash<QString, int> counted;
    for (const auto &group : groups) {
        counted.insert(group.status, group.count);
        CHECK(group.first.size() == std::min(group.count, 3));
        for (int i = 1; i < group.first.size(); ++i)
            CHECK(group.first.at(i - 1).first.compare(group.first.at(i).first) <= 0);
    }
    CHECK(counted == expected);
    CHECK(counted.value(u"active"_s) > 3);
}
