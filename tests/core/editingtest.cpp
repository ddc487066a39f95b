#include "document/document.h"
#include "storage/auditlog.h"
#include "storage/concernrepository.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/recordremover.h"
#include "storage/secretariattermrepository.h"
#include "storage/sqlquery.h"
#include "storage/supportgrouprepository.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

qint64 organisationId(const QSqlDatabase &db, const QString &name)
{
    const auto id = OrganisationRepository(db).findByName(name);
    REQUIRE(id.has_value());
    return *id;
}

QStringList auditFields(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QStringList fields;
    for (const AuditEntry &entry : AuditLog(db).history(table, id)) {
        if (entry.action == u"update"_s)
            fields << u"%1: %2 -> %3"_s.arg(entry.field, entry.oldValue, entry.newValue);
    }
    return fields;
}

} // namespace

TEST_CASE("Saving an organisation writes and audits only what changed", "[editing]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    OrganisationRepository organisations(db);
    Organisation rozan = organisations.get(organisationId(db, u"ROZAN"_s));
    const qint64 loadedVersion = rozan.rowVersion;
    rozan.city = u"Rawalpindi"_s;
    rozan.focusAreas << u"peace_security"_s;
    organisations.update(rozan);

    const Organisation saved = organisations.get(rozan.id);
    CHECK(saved.city == u"Rawalpindi"_s);
    CHECK(saved.focusAreas.contains(u"peace_security"_s));
    CHECK(saved.rowVersion == loadedVersion + 1);
    const QStringList fields = auditFields(db, u"organisations"_s, rozan.id);
    REQUIRE(fields.size() == 2);
    CHECK(fields.at(0) == u"city: Islamabad -> Rawalpindi"_s);
    CHECK(fields.at(1).startsWith(u"focus_areas: "_s));
    CHECK(fields.at(1).contains(u", peace_security, "_s));

    SECTION("an email without @ is refused with the record's name; one that cannot be verified is kept as written")
    {
        Organisation edited = organisations.get(rozan.id);
        edited.email = u"info.rozan.org"_s;
        try {
            organisations.update(edited);
            FAIL("saved");
        } catch (const RuleViolation &error) {
            CHECK(error.message() ==
                  u"Organisation “ROZAN”: “info.rozan.org” is not an email address (expected name@example.org)."_s);
        }
        edited.email = u"info@rozan"_s;
        organisations.update(edited);
        CHECK(organisations.get(rozan.id).email == u"info@rozan"_s);
    }
}

TEST_CASE("A save that would overwrite a change made elsewhere is detected", "[editing][conflict]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    Organisation mine = OrganisationRepository(db).get(organisationId(db, u"ROZAN"_s));

    auto otherWindow = Database::open(test.path());
    OrganisationRepository theirs(otherWindow->connection());
    Organisation their = theirs.get(mine.id);
    their.phone = u"+92515550100"_s;
    theirs.update(their);

    mine.city = u"Lahore"_s;
    try {
        OrganisationRepository(db).update(mine);
        FAIL("the lost update was not detected");
    } catch (const ConflictError &error) {
        CHECK(error.message().contains(u"“ROZAN”"_s));
        CHECK(error.message().contains(u"changed elsewhere"_s));
    }
    CHECK(OrganisationRepository(db).get(mine.id).city == u"Islamabad"_s);

    SECTION("the user may overwrite: their version of the record replaces the other one")
    {
        const QString loadedPhone = mine.phone;
        OrganisationRepository(db).update(mine, RowWriter::OnConflict::Overwrite);
        const Organisation saved = OrganisationRepository(db).get(mine.id);
        CHECK(saved.city == u"Lahore"_s);
        CHECK(saved.phone == loadedPhone);
    }
}

TEST_CASE("Protected values never enter the audit trail", "[editing][audit]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    SqlQuery first(db, u"SELECT id FROM concerns WHERE status = 'received' LIMIT 1"_s);
    first.exec();
    REQUIRE(first.next());
    ConcernRepository concerns(db);
    Concern concern = concerns.get(first.value(0).toLongLong());
    concern.confidentialNotes = u"Name of the complainant: Secret Person"_s;
    concern.summary = u"A new confidential summary"_s;
    concern.status = u"under_review"_s;
    concerns.update(concern);

    const QStringList fields = auditFields(db, u"concerns"_s, concern.id);
    CHECK(fields.contains(u"confidential_notes:  -> (changed)"_s));
    CHECK(fields.contains(u"summary:  -> (changed)"_s));
    CHECK(fields.contains(u"status: received -> under_review"_s));
    SqlQuery leak(db, u"SELECT count(*) FROM audit_log WHERE coalesce(old_value, '') || coalesce(new_value, '') "
                      "LIKE '%Secret Person%' OR coalesce(old_value, '') || coalesce(new_value, '') LIKE '%new "
                      "confidential%'"_s);
    leak.exec();
    REQUIRE(leak.next());
    CHECK(leak.value(0).toInt() == 0);

    // Participants' pseudonymous codes neither: not from the sample, not from a participant added now.
    SqlQuery group(db, u"SELECT id FROM support_groups LIMIT 1"_s);
    group.exec();
    REQUIRE(group.next());
    SupportGroupRepository(db).addParticipant(
        {0, group.value(0).toLongLong(), u"ZZ-CODE-77"_s, u"Secret Person"_s, {}});
    SqlQuery codes(db, u"SELECT count(*) FROM audit_log a JOIN participants p ON instr(coalesce(a.old_value, '') || "
                       "'|' || coalesce(a.new_value, ''), p.code) > 0"_s);
    codes.exec();
    REQUIRE(codes.next());
    CHECK(codes.value(0).toInt() == 0);
}

TEST_CASE("A concern moves only along its workflow", "[editing]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    SqlQuery first(db, u"SELECT id FROM concerns WHERE status = 'received' LIMIT 1"_s);
    first.exec();
    REQUIRE(first.next());
    ConcernRepository concerns(db);
    Concern concern = concerns.get(first.value(0).toLongLong());
    concern.status = u"resolved"_s;
    concern.closed = concern.received.addDays(30);
    CHECK_THROWS_AS(concerns.update(concern), RuleViolation);
    concern.status = u"under_review"_s;
    concern.closed = QDate();
    concerns.update(concern);
    concern = concerns.get(concern.id);
    concern.status = u"resolved"_s;
    concern.closed = concern.received.addDays(30);
    concerns.update(concern);
    CHECK(concerns.get(concern.id).status == u"resolved"_s);
}

TEST_CASE("Deleting never cascades silently", "[editing][delete]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const qint64 rozan = organisationId(db, u"ROZAN"_s);
    const QList<Dependents> dependents = RecordRemover(db).dependents(u"organisations"_s, rozan);
    QStringList tables;
    for (const Dependents &dependent : dependents)
        tables << dependent.table;
    CHECK(tables.contains(u"memberships"_s));
    CHECK(tables.contains(u"secretariat_terms"_s));
    CHECK_FALSE(tables.contains(u"organisation_focus_areas"_s)); // part of the record itself

    const QString before = Test::dumpDatabase(db, {u"audit_log"_s});
    try {
        OrganisationRepository(db).remove(rozan);
        FAIL("deleted with dependents");
    } catch (const RuleViolation &error) {
        CHECK(error.message().contains(u"“ROZAN”"_s));
        CHECK(error.message().contains(u"1 membership (deleted with it)"_s));
    }
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);

    SECTION("when the user chooses, the dependents go too, and undo brings everything back")
    {
        Document document(Database::open(test.path()));
        document.perform(u"Delete ROZAN"_s, [rozan](const QSqlDatabase &connection) {
            OrganisationRepository(connection).remove(rozan, RecordRemover::Policy::DeleteDependents);
        });
        CHECK_FALSE(OrganisationRepository(db).findByName(u"ROZAN"_s).has_value());
        {
            SqlQuery orphans(db, u"SELECT count(*) FROM memberships WHERE organisation_id = :id"_s);
            orphans.bind(u":id"_s, rozan).exec();
            REQUIRE(orphans.next());
            CHECK(orphans.value(0).toInt() == 0);
        }
        QSignalSpy failed(&document, &Document::failed);
        document.undoStack()->undo();
        CHECK(failed.count() == 0);
        CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);
    }
}

TEST_CASE("A secretariat handover ends one term and starts the next in one step", "[editing]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const qint64 pakistan = *NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s);
    const qint64 rozan = organisationId(db, u"ROZAN"_s);
    const QString before = Test::dumpDatabase(db, {u"audit_log"_s});
    Document document(Database::open(test.path()));
    document.perform(u"Hand over the secretariat"_s, [&](const QSqlDatabase &connection) {
        SecretariatTermRepository(connection).handover(pakistan, rozan, QDate(2026, 1, 1));
    });
    const QList<SecretariatTerm> terms = SecretariatTermRepository(db).forNetwork(pakistan);
    REQUIRE(terms.size() == 5);
    CHECK(terms.at(3).organisationName == u"Shirakat-Partnership for Development"_s);
    CHECK(terms.at(3).end == QDate(2025, 12, 31));
    CHECK(terms.at(4).organisationName == u"ROZAN"_s);
    CHECK(terms.at(4).isCurrent());

    CHECK_THROWS_AS(SecretariatTermRepository(db).handover(pakistan, rozan, QDate(2027, 1, 1)), RuleViolation);
    CHECK_THROWS_AS(SecretariatTermRepository(db).handover(pakistan,
                                                           organisationId(db, u"AMAL Human Development "
                                                                              "Network"_s),
                                                           QDate(2025, 6, 1)),
                    RuleViolation);
    document.undoStack()->undo();
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);
}

TEST_CASE("Moving a network in the tree keeps it a tree", "[editing]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    NetworkRepository networks(db);
    Network global = networks.get(*networks.findByName(u"MenEngage Alliance"_s));
    global.parentId = *networks.findByName(u"MenEngage Alliance Pakistan"_s);
    CHECK_THROWS_AS(networks.update(global), RuleViolation);
    Network pakistan = networks.get(*networks.findByName(u"MenEngage Alliance Pakistan"_s));
    pakistan.parentId = global.id;
    networks.update(pakistan);
    CHECK(networks.get(pakistan.id).parentId == global.id);
    const QStringList fields = auditFields(db, u"networks"_s, pakistan.id);
    REQUIRE(fields.size() == 1);
    CHECK(fields.at(0).startsWith(u"parent_id: "_s));
}

TEST_CASE("A membership's details change while its history stays", "[editing]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    MembershipRepository memberships(db);
    const qint64 rozan = organisationId(db, u"ROZAN"_s);
    Membership membership = memberships.forOrganisation(rozan).constFirst();
    const int historySize = static_cast<int>(membership.history.size());
    membership.role = u"steering_committee"_s;
    membership.codeOfConductSigned = QDate(2020, 2, 2);
    memberships.updateDetails(membership);
    memberships.changeStatus(membership.id, {0, u"lapsed"_s, QDate(2025, 1, 1), u"Dues unpaid"_s});
    const Membership saved = memberships.get(membership.id);
    CHECK(saved.role == u"steering_committee"_s);
    CHECK(saved.codeOfConductSigned == QDate(2020, 2, 2));
    CHECK(saved.history.size() == historySize + 1);
    CHECK(saved.status() == u"lapsed"_s);
}

TEST_CASE("What depends on a record is counted through every level, in words", "[editing][delete]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    SqlQuery move(db, u"SELECT id FROM programs WHERE acronym = 'MOVE'"_s);
    move.exec();
    REQUIRE(move.next());
    QStringList labels;
    for (const Dependents &dependents : RecordRemover(db).dependents(u"programs"_s, move.value(0).toLongLong()))
        labels << dependents.label();
    CHECK(labels.contains(u"180 support groups (deleted with it)"_s));
    CHECK(labels.contains(u"720 meetings (deleted with it)"_s));
    CHECK(labels.contains(u"1440 support-group participants (deleted with it)"_s));
    Dependents one{u"memberships"_s, u"organisation_id"_s, 1, true};
    CHECK(one.label() == u"1 membership (deleted with it)"_s);
}

TEST_CASE("Undo brings back every deleted record, whatever order the undo record holds them in", "[editing][delete]")
{
    // A membership with several status changes (and a network with 180 groups) used to come back in the session's hash
    // order: a later status re-inserted before an earlier one tripped the "in order" rule, and the undo was refused.
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const QString before = Test::dumpDatabase(db, {u"audit_log"_s});
    Document document(Database::open(test.path()));
    const qint64 multan = organisationId(db, u"Multan Men's Health Initiative"_s);
    {
        // Scoped: an open query would keep this connection reading the database as it was.
        SqlQuery history(db, u"SELECT count(*) FROM membership_status_changes c JOIN memberships m ON "
                             "m.id = c.membership_id WHERE m.organisation_id = :id"_s);
        history.bind(u":id"_s, multan).exec();
        REQUIRE(history.next());
        REQUIRE(history.value(0).toInt() >= 2);
    }
    const qint64 pakistan = *NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s);

    document.perform(u"Delete Multan"_s, [multan](const QSqlDatabase &connection) {
        OrganisationRepository(connection).remove(multan, RecordRemover::Policy::DeleteDependents);
    });
    document.perform(u"Delete Pakistan"_s, [pakistan](const QSqlDatabase &connection) {
        NetworkRepository(connection).remove(pakistan, RecordRemover::Policy::DeleteDependents);
    });
    QSignalSpy failed(&document, &Document::failed);
    document.undoStack()->undo();
    document.undoStack()->undo();
    for (const QList<QVariant> &signal : failed)
        FAIL_CHECK(signal.value(0).toString().toStdString());
    CHECK(failed.count() == 0);
    CHECK(Test::dumpDatabase(db, {u"audit_log"_s}) == before);
    // ... and redo deletes them again.
    document.undoStack()->redo();
    document.undoStack()->redo();
    for (const QList<QVariant> &signal : failed)
        FAIL_CHECK(signal.value(0).toString().toStdString());
    CHECK(failed.count() == 0);
    CHECK_FALSE(NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s).has_value());
}
