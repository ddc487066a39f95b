#include "document/document.h"
#include "document/changecommand.h"
#include "storage/auditlog.h"
#include "storage/organisationrepository.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

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
