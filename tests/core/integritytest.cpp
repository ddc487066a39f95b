// IntegrityChecker: the sample is clean, and every rule broken behind core's back (raw SQL, as another tool
// writing to the file might) is reported with the record it concerns and the rule it breaks.
#include "testdatabase.h"

#include "storage/integritychecker.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

#include <sstream>

using namespace Qt::StringLiterals;
using AllianceDesk::IntegrityChecker;
using AllianceDesk::IntegrityProblem;
using AllianceDesk::Test::TestDatabase;

namespace {

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    INFO(sql.toStdString());
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

qint64 idOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

std::string describe(const QList<IntegrityProblem> &problems)
{
    std::ostringstream text;
    for (const IntegrityProblem &problem : problems)
        text << problem.record.toStdString() << ": " << problem.rule.toStdString() << '\n';
    return text.str();
}

/// The problems reported for @p record (exact text).
QList<IntegrityProblem> problemsOf(const QList<IntegrityProblem> &problems, const QString &record)
{
    QList<IntegrityProblem> result;
    for (const IntegrityProblem &problem : problems) {
        if (problem.record == record)
            result << problem;
    }
    return result;
}

/// Runs the checker as a fresh session would: the pragmas a test used to break a rule are back to normal.
QList<IntegrityProblem> check(TestDatabase &test)
{
    exec(test.connection(), u"PRAGMA ignore_check_constraints = OFF"_s);
    exec(test.connection(), u"PRAGMA foreign_keys = ON"_s);
    return IntegrityChecker(test.connection()).run();
}

} // namespace

TEST_CASE("integrity: The sample alliance has no integrity problems", "[integrity]")
{
    TestDatabase test(true);
    const QList<IntegrityProblem> problems = IntegrityChecker(test.connection()).run();
    INFO(describe(problems));
    CHECK(problems.isEmpty());
}

TEST_CASE("integrity: An empty database has no integrity problems", "[integrity]")
{
    TestDatabase test(false);
    const QList<IntegrityProblem> problems = IntegrityChecker(test.connection()).run();
    INFO(describe(problems));
    CHECK(problems.isEmpty());
}

TEST_CASE("integrity: Rules broken behind core's back are each reported", "[integrity]")
{
    TestDatabase test(true);
    const QSqlDatabase db = test.connection();

    SECTION("a cycle in the network tree names every network in it")
    {
        const qint64 root = idOf(db, u"SELECT id FROM networks WHERE name = 'MenEngage Alliance'"_s);
        const qint64 pakistan = idOf(db, u"SELECT id FROM networks WHERE name = 'MenEngage Alliance Pakistan'"_s);
        exec(db, u"UPDATE networks SET parent_id = %1 WHERE id = %2"_s.arg(pakistan).arg(root));

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        for (const QString &name :
             {u"MenEngage Alliance"_s, u"MenEngage Alliance South Asia"_s, u"MenEngage Alliance Pakistan"_s}) {
            INFO(name.toStdString());
            const QList<IntegrityProblem> found = problemsOf(problems, u"Network “%1”"_s.arg(name));
            REQUIRE(found.size() == 1);
            CHECK(found.at(0).rule.contains(u"cycle"_s));
        }
        // Networks that only hang below the cycle are not in it.
        CHECK(problemsOf(problems, u"Network “MenEngage Africa”"_s).isEmpty());
        CHECK(problemsOf(problems, u"Network “MEN UNiTE (Men Against Violence and Abuse Alliance)”"_s).isEmpty());
        CHECK(problems.size() == 3);
    }

    SECTION("a network that is its own parent")
    {
        const qint64 africa = idOf(db, u"SELECT id FROM networks WHERE name = 'MenEngage Africa'"_s);
        exec(db, u"PRAGMA ignore_check_constraints = ON"_s);
        exec(db, u"UPDATE networks SET parent_id = id WHERE id = %1"_s.arg(africa));

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        const QList<IntegrityProblem> found = problemsOf(problems, u"Network “MenEngage Africa”"_s);
        REQUIRE(!found.isEmpty());
        bool cycle = false;
        for (const IntegrityProblem &problem : found)
            cycle = cycle || problem.rule.contains(u"cycle"_s);
        CHECK(cycle);
    }

    SECTION("overlapping secretariat terms name the network and the host")
    {
        exec(db, u"DROP TRIGGER secretariat_terms_no_overlap_insert"_s);
        const qint64 pakistan = idOf(db, u"SELECT id FROM networks WHERE name = 'MenEngage Alliance Pakistan'"_s);
        const qint64 amal = idOf(db, u"SELECT id FROM organisations WHERE name = 'AMAL Human Development Network'"_s);
        // AMAL again, overlapping ROZAN's term (2009-05-01 to 2011-09-30).
        exec(db, u"INSERT INTO secretariat_terms (network_id, organisation_id, start_date, end_date) "
                 "VALUES (%1, %2, '2010-01-01', '2010-12-31')"_s.arg(pakistan)
                     .arg(amal));

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).record ==
              u"Secretariat of “MenEngage Alliance Pakistan” hosted by “ROZAN” from 2009-05-01"_s);
        CHECK(problems.at(0).rule ==
              u"overlaps another secretariat term of the same network: “AMAL Human Development Network” from "
              "2010-01-01"_s);
    }

    SECTION("two current secretariats")
    {
        exec(db, u"DROP TRIGGER secretariat_terms_no_overlap_insert"_s);
        exec(db, u"DROP INDEX secretariat_terms_one_current"_s);
        const qint64 pakistan = idOf(db, u"SELECT id FROM networks WHERE name = 'MenEngage Alliance Pakistan'"_s);
        const qint64 rozan = idOf(db, u"SELECT id FROM organisations WHERE name = 'ROZAN'"_s);
        exec(db, u"INSERT INTO secretariat_terms (network_id, organisation_id, start_date, end_date) "
                 "VALUES (%1, %2, '2020-01-01', NULL)"_s.arg(pakistan)
                     .arg(rozan));

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        const QList<IntegrityProblem> twoCurrent = problemsOf(problems, u"Network “MenEngage Alliance Pakistan”"_s);
        REQUIRE(twoCurrent.size() == 1);
        CHECK(twoCurrent.at(0).rule == u"has more than one current secretariat"_s);
        // The two open-ended terms also overlap.
        const QList<IntegrityProblem> overlap = problemsOf(
            problems,
            u"Secretariat of “MenEngage Alliance Pakistan” hosted by “Shirakat-Partnership for Development” from 2015-01-01"_s);
        REQUIRE(overlap.size() == 1);
        CHECK(overlap.at(0).rule ==
              u"overlaps another secretariat term of the same network: “ROZAN” from 2020-01-01"_s);
        CHECK(problems.size() == 2);
    }

    SECTION("a reach report with a negative number of villages")
    {
        const qint64 report = idOf(db, u"SELECT min(id) FROM reach_reports"_s);
        exec(db, u"PRAGMA ignore_check_constraints = ON"_s);
        exec(db, u"UPDATE reach_reports SET villages = -5 WHERE id = %1"_s.arg(report));

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        const QList<IntegrityProblem> found = problemsOf(problems, u"Reach report %1"_s.arg(report));
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).rule == u"has a negative count"_s);
    }

    SECTION("an event with a negative participant count")
    {
        exec(db, u"PRAGMA ignore_check_constraints = ON"_s);
        exec(db, u"UPDATE events SET participant_count = -1 WHERE city = 'New Delhi'"_s);

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        const QList<IntegrityProblem> found = problemsOf(problems, u"Event “2nd MenEngage Global Symposium”"_s);
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).rule == u"has a negative count"_s);
    }

    SECTION("an event that ends before it starts")
    {
        exec(db, u"PRAGMA ignore_check_constraints = ON"_s);
        exec(db, u"UPDATE events SET end_date = date(start_date, '-1 day') WHERE city = 'Rio de Janeiro'"_s);

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        const QList<IntegrityProblem> found =
            problemsOf(problems, u"Event “1st MenEngage Global Symposium: Engaging Men and Boys in Gender Equality”"_s);
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).rule.startsWith(u"the end date ("_s)); // in the words of Validation::dateOrder, as a form
        CHECK(found.at(0).rule.contains(u") is before the start date ("_s));
    }

    SECTION("a membership without any status history")
    {
        const qint64 membership =
            idOf(db, u"SELECT m.id FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                     "JOIN networks n ON n.id = m.network_id "
                     "WHERE o.name = 'ROZAN' AND n.name = 'MenEngage Alliance Pakistan'"_s);
        exec(db, u"DELETE FROM membership_status_changes WHERE membership_id = %1"_s.arg(membership));

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).record == u"Membership of “ROZAN” in “MenEngage Alliance Pakistan”"_s);
        CHECK(problems.at(0).rule == u"has no status history"_s);
    }

    SECTION("a country code that is not ISO 3166-1")
    {
        exec(db, u"UPDATE organisations SET country = 'XX' WHERE name = 'ROZAN'"_s);
        exec(db, u"UPDATE people SET country = 'XX' WHERE name = 'José Müller'"_s);

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        REQUIRE(problems.size() == 2);
        const QList<IntegrityProblem> organisation = problemsOf(problems, u"Organisation “ROZAN”"_s);
        REQUIRE(organisation.size() == 1);
        CHECK(organisation.at(0).rule.contains(u"“XX”"_s));
        CHECK(organisation.at(0).rule.contains(u"ISO 3166-1"_s));
        const QList<IntegrityProblem> person = problemsOf(problems, u"Person “José Müller”"_s);
        REQUIRE(person.size() == 1);
        CHECK(person.at(0).rule.contains(u"“XX”"_s));
    }

    SECTION("a network with a country code that is not ISO 3166-1")
    {
        exec(db, u"UPDATE networks SET country = 'XX' WHERE name = 'MenEngage Alliance Pakistan'"_s);

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).record == u"Network “MenEngage Alliance Pakistan”"_s);
        CHECK(problems.at(0).rule.contains(u"“XX”"_s));
        CHECK(problems.at(0).rule.contains(u"country code"_s));
    }

    SECTION("a foreign key pointing at nothing")
    {
        const qint64 program = idOf(db, u"SELECT id FROM programs WHERE acronym = 'MOVE'"_s);
        exec(db, u"PRAGMA foreign_keys = OFF"_s);
        exec(db, u"UPDATE programs SET lead_organisation_id = 999999 WHERE id = %1"_s.arg(program));

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        const QList<IntegrityProblem> found =
            problemsOf(problems, u"“MOVE — Men Overcoming Violence for Equality” (row %1 of programs)"_s.arg(program));
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).rule == u"refers to a missing record in organisations"_s);
    }

    SECTION("an event date that is not an ISO 8601 date")
    {
        exec(db, u"UPDATE events SET start_date = '01/01/2007' WHERE name = 'MenEngage South Asia Regional "
                 "Consultation'"_s);

        const QList<IntegrityProblem> problems = check(test);
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).record == u"Event “MenEngage South Asia Regional Consultation”"_s);
        CHECK(problems.at(0).field == u"start date"_s);
        CHECK(problems.at(0).rule == u"“01/01/2007” is not a date written YYYY-MM-DD"_s);
    }
}

TEST_CASE("integrity: Several broken rules are all reported in one run", "[integrity]")
{
    TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    exec(db, u"UPDATE networks SET country = 'XX' WHERE name = 'Forum to Engage Men (FEM)'"_s);
    const qint64 membership = idOf(db, u"SELECT min(id) FROM memberships"_s);
    exec(db, u"DELETE FROM membership_status_changes WHERE membership_id = %1"_s.arg(membership));

    const QList<IntegrityProblem> problems = check(test);
    INFO(describe(problems));
    CHECK(problems.size() == 2);
    CHECK(problemsOf(problems, u"Network “Forum to Engage Men (FEM)”"_s).size() == 1);
}
