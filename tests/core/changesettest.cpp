#include "storage/changeset.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/secretariattermrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

/// Runs @p work in a transaction while recording, and returns its changeset.
template<typename Work>
QByteArray record(const QSqlDatabase &db, Work &&work)
{
    Transaction transaction(db);
    QByteArray changes;
    {
        ChangeRecorder recorder(db);
        work();
        changes = recorder.changeset();
    }
    transaction.commit();
    return changes;
}

void applyInTransaction(const QSqlDatabase &db, const QByteArray &changes)
{
    Transaction transaction(db);
    Changesets::apply(db, changes);
    transaction.commit();
}

} // namespace

TEST_CASE("A recorded change undoes and redoes exactly, with its related rows", "[changeset]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const QString before = Test::dumpDatabase(db, {u"audit_log"_s});
    const qint64 pakistan = *NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s);

    const QByteArray changes = record(db, [&] {
        Organisation organisation;
        organisation.name = u"Peshawar Men's Forum"_s;
        organisation.nativeName = u"پشاور مردوں کا فورم"_s;
        organisation.focusAreas = {u"gbv_prevention"_s, u"youth"_s};
        Membership membership;
        membership.organisationId = OrganisationRepository(db).add(organisation);
        membership.networkId = pakistan;
        membership.history = {{0, u"applicant"_s, QDate(2024, 1, 10), QString()},
                              {0, u"active"_s, QDate(2024, 3, 1), QString()}};
        MembershipRepository(db).add(membership);
    });
    const QString after = Test::dumpDatabase(db, {u"audit_log"_s});
    REQUIRE(after != before);

    const QList<ChangedRow> rows = Changesets::rows(changes);
    CHECK(rows.size() == 6); // organisation, 2 focus areas, membership, 2 status changes
    CHECK(std::all_of(rows.cbegin(), rows.cend(),
                      [](const ChangedRow &row) { return row.operation == ChangedRow::Operation::Insert; }));

    applyInTransaction(db, Changesets::invert(changes));
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);
    applyInTransaction(db, changes);
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == after);
}

TEST_CASE("A secretariat handover undoes despite the overlap rule", "[changeset]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const qint64 pakistan = *NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s);
    const qint64 rozan = *OrganisationRepository(db).findByName(u"ROZAN"_s);
    const QString before = Test::dumpDatabase(db, {u"audit_log"_s});
    const QByteArray changes = record(db, [&] {
        SqlQuery end(db, u"UPDATE secretariat_terms SET end_date = '2024-12-31' WHERE network_id = :n AND "
                         "end_date IS NULL"_s);
        end.bind(u":n"_s, pakistan).exec();
        SecretariatTerm next;
        next.networkId = pakistan;
        next.organisationId = rozan;
        next.start = QDate(2025, 1, 1);
        SecretariatTermRepository(db).add(next);
    });
    applyInTransaction(db, Changesets::invert(changes));
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);
    const QList<SecretariatTerm> terms = SecretariatTermRepository(db).forNetwork(pakistan);
    REQUIRE(terms.size() == 4);
    CHECK(terms.constLast().isCurrent());
}

TEST_CASE("Undo refuses a record that changed elsewhere and changes nothing", "[changeset]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const QByteArray changes = record(
        db, [&] { SqlQuery(db, u"UPDATE organisations SET city = 'Rawalpindi' WHERE name = 'ROZAN'"_s).exec(); });
    // Another window edits the same record afterwards.
    auto other = Database::open(test.path());
    SqlQuery(other->connection(), u"UPDATE organisations SET city = 'Murree' WHERE name = 'ROZAN'"_s).exec();

    const QString before = Test::dumpDatabase(db, {u"audit_log"_s});
    try {
        applyInTransaction(db, Changesets::invert(changes));
        FAIL("the conflict was not detected");
    } catch (const ConflictError &error) {
        CHECK(error.message().contains(u"“ROZAN”"_s));
        CHECK(error.message().contains(u"changed elsewhere"_s));
    }
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);
}

TEST_CASE("The audit trail is not part of a changeset", "[changeset]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    const QByteArray changes = record(db, [&] {
        Organisation organisation;
        organisation.name = u"Audited"_s;
        OrganisationRepository(db).add(organisation);
    });
    for (const ChangedRow &row : Changesets::rows(changes))
        CHECK(row.table == u"organisations"_s);
    CHECK(ChangeRecorder::isBookkeeping(u"audit_log"_s));
    CHECK_FALSE(ChangeRecorder::isBookkeeping(u"memberships"_s));
}
