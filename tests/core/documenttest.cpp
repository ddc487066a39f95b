#include "document/document.h"
#include "document/changecommand.h"
#include "storage/auditlog.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

#include <algorithm>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Document> openDocument(const Test::TestDatabase &test)
{
    return std::make_unique<Document>(Database::open(test.path()));
}

} // namespace

TEST_CASE("Every edit is one undoable command that restores the database exactly", "[document]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    const QSqlDatabase db = document->connection();
    QSignalSpy changed(document.get(), &Document::changed);
    const QString before = Test::dumpDatabase(db, {u"audit_log"_s});

    document->perform(u"Add organisation"_s, [](const QSqlDatabase &connection) {
        Organisation organisation;
        organisation.name = u"Swat Youth Forum"_s;
        organisation.nativeName = u"سوات یوتھ فورم"_s;
        organisation.focusAreas = {u"youth"_s};
        OrganisationRepository(connection).add(organisation);
    });
    const QString after = Test::dumpDatabase(db, {u"audit_log"_s});
    CHECK(after != before);
    CHECK(changed.count() == 1);
    REQUIRE(document->undoStack()->count() == 1);
    CHECK(document->undoStack()->undoText() == u"Add organisation"_s);

    document->undoStack()->undo();
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);
    document->undoStack()->redo();
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == after);
    CHECK(changed.count() == 3);

    // The audit trail keeps the whole story: the creation, its undo and its redo, each row it touched.
    for (const QString &note : {u"undo of “Add organisation”"_s, u"redo of “Add organisation”"_s}) {
        SqlQuery audit(db, u"SELECT group_concat(action || ' ' || entity, ', ') FROM (SELECT action, entity FROM "
                           "audit_log WHERE coalesce(new_value, old_value) = :note ORDER BY entity)"_s);
        audit.bind(u":note"_s, note).exec();
        REQUIRE(audit.next());
        const QString expected = note.startsWith(u"undo"_s)
                                     ? u"delete organisation_focus_areas, delete organisations"_s
                                     : u"create organisation_focus_areas, create organisations"_s;
        CHECK(audit.value(0).toString() == expected);
    }
}

TEST_CASE("A refused edit changes nothing and is not pushed", "[document]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    const QString before = Test::dumpDatabase(document->connection());
    CHECK_THROWS_AS(document->perform(u"Add organisation"_s,
                                      [](const QSqlDatabase &connection) {
                                          Organisation first;
                                          first.name = u"Half done"_s;
                                          OrganisationRepository(connection).add(first);
                                          Organisation second;
                                          second.name = u"Bad country"_s;
                                          second.country = u"XX"_s;
                                          OrganisationRepository(connection).add(second);
                                      }),
                    RuleViolation);
    CHECK(Test::dumpDatabase(document->connection()) == before);
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("Undo that meets a change made elsewhere is refused and reported", "[document]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    document->perform(u"Move ROZAN"_s, [](const QSqlDatabase &connection) {
        SqlQuery(connection, u"UPDATE organisations SET city = 'Lahore' WHERE name = 'ROZAN'"_s).exec();
    });
    auto other = Database::open(test.path());
    SqlQuery(other->connection(), u"UPDATE organisations SET city = 'Karachi' WHERE name = 'ROZAN'"_s).exec();

    QSignalSpy changed(document.get(), &Document::changed);
    document->checkForExternalChanges();
    CHECK(changed.count() == 1);

    QSignalSpy failed(document.get(), &Document::failed);
    document->undoStack()->undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString().contains(u"“ROZAN”"_s));
    CHECK(document->undoStack()->count() == 0);
    SqlQuery city(document->connection(), u"SELECT city FROM organisations WHERE name = 'ROZAN'"_s);
    city.exec();
    REQUIRE(city.next());
    CHECK(city.value(0).toString() == u"Karachi"_s);
}

TEST_CASE("An undo or redo that cannot be applied is reported, never thrown, and changes nothing", "[document]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    const QSqlDatabase db = document->connection();
    document->perform(u"Move ROZAN"_s, [](const QSqlDatabase &connection) {
        SqlQuery(connection, u"UPDATE organisations SET city = 'Lahore' WHERE name = 'ROZAN'"_s).exec();
    });
    // A command whose recorded changes are damaged: inverting them (undo) and applying them (redo) both fail.
    document->undoStack()->push(new ChangeCommand(*document, u"Damaged edit"_s, QByteArray("\x12\x00garbage", 9),
                                                  /*alreadyApplied=*/true));
    REQUIRE(document->undoStack()->count() == 2);
    const QString before = Test::dumpDatabase(db, {u"audit_log"_s});
    QSignalSpy failed(document.get(), &Document::failed);
    QSignalSpy changed(document.get(), &Document::changed);

    // QUndoStack calls undo() from the Edit menu, inside the event loop: nothing may be thrown from it.
    CHECK_NOTHROW(document->undoStack()->undo());
    REQUIRE(failed.count() == 1);
    const QString message = failed.at(0).at(0).toString();
    CHECK(message.startsWith(u"Cannot invert the changes"_s));
    // The damaged command has left the stack; the edit before it is still there to undo, and nothing changed.
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->undoStack()->undoText() == u"Move ROZAN"_s);
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);
    CHECK(changed.count() == 1);

    // The edit under it still undoes.
    document->undoStack()->undo();
    CHECK(failed.count() == 1);
    SqlQuery city(db, u"SELECT coalesce(city, '') FROM organisations WHERE name = 'ROZAN'"_s);
    city.exec();
    REQUIRE(city.next());
    CHECK(city.value(0).toString() != u"Lahore"_s);
}

TEST_CASE("A redo over a connection that was closed is reported, never thrown", "[document]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    document->perform(u"Move ROZAN"_s, [](const QSqlDatabase &connection) {
        SqlQuery(connection, u"UPDATE organisations SET city = 'Lahore' WHERE name = 'ROZAN'"_s).exec();
    });
    document->undoStack()->undo();
    QSignalSpy failed(document.get(), &Document::failed);
    QSqlDatabase db = document->connection();
    db.close();
    CHECK_NOTHROW(document->undoStack()->redo());
    REQUIRE(failed.count() == 1);
    CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
    CHECK(document->undoStack()->count() == 0);
    // Polling for other programs' changes on a closed connection is quiet too.
    CHECK_NOTHROW(document->checkForExternalChanges());
    auto other = Database::open(test.path());
    SqlQuery city(other->connection(), u"SELECT coalesce(city, '') FROM organisations WHERE name = 'ROZAN'"_s);
    city.exec();
    REQUIRE(city.next());
    CHECK(city.value(0).toString() != u"Lahore"_s);
}

TEST_CASE("Adding several organisations to a network is one undoable step that skips members", "[document][membership]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    const QSqlDatabase db = document->connection();
    const qint64 pakistan = *NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s);
    const qint64 sahoyog = *OrganisationRepository(db).findByName(u"Sahoyog"_s);
    const QList<Membership> before = MembershipRepository(db).forNetwork(pakistan);
    REQUIRE_FALSE(before.isEmpty());
    const qint64 member = before.constFirst().organisationId;
    REQUIRE(std::none_of(before.begin(), before.end(),
                         [&](const Membership &membership) { return membership.organisationId == sahoyog; }));
    // A lapsed membership is still a membership: its history is kept, it is not made again.
    MembershipRepository(db).changeStatus(before.constFirst().id, {0, u"lapsed"_s, QDate(2026, 1, 5), QString()});
    Organisation newcomer;
    newcomer.name = u"Karachi Fathers' Circle"_s;
    newcomer.nativeName = u"کراچی والدین حلقہ"_s;
    const qint64 karachi = OrganisationRepository(db).add(newcomer);
    const QString dumpBefore = Test::dumpDatabase(db, {u"audit_log"_s});
    const int commandsBefore = document->undoStack()->count();

    Membership details;
    details.networkId = pakistan;
    details.role = u"steering_committee"_s;
    details.history = {{0, u"applicant"_s, QDate(2026, 11, 2), QString()}};
    MembershipRepository::BatchResult result;
    document->perform(u"Add 3 organisations to MenEngage Alliance Pakistan"_s, [&](const QSqlDatabase &connection) {
        result = MembershipRepository(connection).addToNetwork({sahoyog, member, karachi, sahoyog}, details);
    });
    CHECK(result.added == QList<qint64>{sahoyog, karachi});
    CHECK(result.skipped == QList<qint64>{member});
    CHECK(document->undoStack()->count() == commandsBefore + 1);

    const QList<Membership> after = MembershipRepository(db).forNetwork(pakistan);
    CHECK(after.size() == before.size() + 2);
    for (const qint64 organisation : {sahoyog, karachi}) {
        const auto found = std::find_if(after.begin(), after.end(), [&](const Membership &membership) {
            return membership.organisationId == organisation;
        });
        REQUIRE(found != after.end());
        CHECK(found->role == u"steering_committee"_s);
        CHECK(found->status() == u"applicant"_s);
        REQUIRE(found->history.size() == 1);
        CHECK(found->history.constFirst().effectiveDate == QDate(2026, 11, 2));
    }
    // The member skipped kept its own membership as it was.
    const Membership kept = MembershipRepository(db).get(before.constFirst().id);
    CHECK(kept.status() == u"lapsed"_s);
    CHECK(kept.role == before.constFirst().role);

    // One Undo takes back every membership the step made.
    document->undoStack()->undo();
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == dumpBefore);
    CHECK(MembershipRepository(db).forNetwork(pakistan).size() == before.size());
    document->undoStack()->redo();
    CHECK(MembershipRepository(db).forNetwork(pakistan).size() == before.size() + 2);
}

TEST_CASE("Adding only organisations that are members already changes nothing and pushes no step",
          "[document][membership]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    const QSqlDatabase db = document->connection();
    const qint64 pakistan = *NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s);
    const QList<Membership> members = MembershipRepository(db).forNetwork(pakistan);
    REQUIRE(members.size() >= 2);
    const QString dumpBefore = Test::dumpDatabase(db, {u"audit_log"_s});
    Membership details;
    details.networkId = pakistan;
    details.history = {{0, u"active"_s, QDate(2026, 11, 2), QString()}};
    MembershipRepository::BatchResult result;
    document->perform(u"Add 2 organisations"_s, [&](const QSqlDatabase &connection) {
        result = MembershipRepository(connection)
                     .addToNetwork({members.at(0).organisationId, members.at(1).organisationId}, details);
    });
    CHECK(result.added.isEmpty());
    CHECK(result.skipped == QList<qint64>{members.at(0).organisationId, members.at(1).organisationId});
    CHECK(document->undoStack()->count() == 0);
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == dumpBefore);
}

TEST_CASE("A change says which records it touched, here and in another connection", "[document][change]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    QList<DataChange> changes;
    QObject::connect(document.get(), &Document::changed, document.get(),
                     [&](const DataChange &change) { changes << change; });
    const qint64 rozan = *OrganisationRepository(document->connection()).findByName(u"ROZAN"_s);

    document->perform(u"Edit organisation"_s, [rozan](const QSqlDatabase &db) {
        OrganisationRepository organisations(db);
        Organisation organisation = organisations.get(rozan);
        organisation.city = u"Rawalpindi"_s;
        organisations.update(organisation);
    });
    REQUIRE(changes.size() == 1);
    CHECK_FALSE(changes.last().isEverything());
    CHECK(changes.last().tables() == QStringList{u"organisations"_s});
    CHECK(changes.last().ids(u"organisations"_s) == QSet<qint64>{rozan});
    CHECK_FALSE(changes.last().addsOrRemovesAny());

    // The undo touches the same record.
    document->undoStack()->undo();
    REQUIRE(changes.size() == 2);
    CHECK(changes.last().touches(u"organisations"_s, rozan));
    CHECK_FALSE(changes.last().touches(u"networks"_s));

    // Another window adds an organisation: the audit trail says which.
    qint64 added = 0;
    {
        auto other = Database::open(test.path());
        Organisation organisation;
        organisation.name = u"Peshawar Men's Forum"_s;
        organisation.country = u"PK"_s;
        added = OrganisationRepository(other->connection()).add(organisation);
    }
    document->checkForExternalChanges();
    REQUIRE(changes.size() == 3);
    CHECK_FALSE(changes.last().isEverything());
    CHECK(changes.last().ids(u"organisations"_s) == QSet<qint64>{added});
    CHECK(changes.last().addsOrRemoves(u"organisations"_s));

    // A commit the audit trail does not explain (another SQLite program): everything.
    {
        auto other = Database::open(test.path());
        SqlQuery(other->connection(), u"UPDATE organisations SET city = 'Mardan' WHERE id = :id"_s)
            .bind(u":id"_s, added)
            .exec();
    }
    document->checkForExternalChanges();
    REQUIRE(changes.size() == 4);
    CHECK(changes.last().isEverything());
    // Nothing new: no signal.
    document->checkForExternalChanges();
    CHECK(changes.size() == 4);
}

TEST_CASE("The undo history keeps its edits within a memory limit, forgetting the oldest", "[document][undo]")
{
    Test::TestDatabase test(true);
    auto document = openDocument(test);
    QStringList failures;
    QObject::connect(document.get(), &Document::failed, document.get(),
                     [&](const QString &message) { failures << message; });
    const auto addOrganisations = [&](const QString &prefix) {
        document->perform(u"Add %1"_s.arg(prefix), [&](const QSqlDatabase &db) {
            for (int i = 0; i < 200; ++i) {
                Organisation organisation;
                organisation.name = u"%1 %2"_s.arg(prefix).arg(i);
                organisation.notes = QString(200, u'x');
                OrganisationRepository(db).add(organisation);
            }
        });
    };
    addOrganisations(u"Alpha"_s);
    const qint64 oneEdit = document->undoMemoryUsed();
    REQUIRE(oneEdit > 40000);
    addOrganisations(u"Bravo"_s);
    CHECK(document->undoMemoryUsed() == 2 * oneEdit);

    // Room for a little more than one edit: the oldest goes, the newest stays.
    document->setUndoMemoryLimit(oneEdit + oneEdit / 2);
    CHECK(document->undoMemoryUsed() == oneEdit);
    addOrganisations(u"Delta"_s);
    CHECK(document->undoMemoryUsed() == oneEdit);
    REQUIRE(document->undoStack()->count() == 3);
    CHECK(document->undoStack()->command(0)->text().startsWith(u"Add Alpha (too old to undo"_s));
    CHECK(document->undoStack()->command(1)->text().startsWith(u"Add Bravo (too old to undo"_s));
    CHECK(document->undoStack()->command(2)->text() == u"Add Delta"_s);

    const QSqlDatabase db = document->connection();
    const auto count = [&](const QString &prefix) {
        SqlQuery query(db, u"SELECT count(*) FROM organisations WHERE name LIKE :prefix"_s);
        query.bind(u":prefix"_s, QString(prefix + u" %"_s)).exec();
        query.next();
        return query.value(0).toInt();
    };
    document->undoStack()->undo();
    CHECK(count(u"Delta"_s) == 0);
    // The forgotten edits are not undone: the stack drops them and says why.
    document->undoStack()->undo();
    CHECK(count(u"Bravo"_s) == 200);
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().contains(u"too old to undo"_s));
    CHECK_FALSE(document->undoStack()->text(document->undoStack()->index() - 1).startsWith(u"Add Bravo"_s));
}
