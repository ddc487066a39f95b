#include "editors/concernform.h"
#include "editors/dateedit.h"
#include "editors/handoverdialog.h"
#include "editors/historypanel.h"
#include "editors/membershipform.h"
#include "editors/membershipstatusdialog.h"
#include "editors/networkform.h"
#include "editors/optionaldateedit.h"
#include "editors/organisationform.h"
#include "editors/personform.h"
#include "editors/recorddeleter.h"
#include "testdatabase.h"

#include "document/document.h"
#include "listing/recordlister.h"
#include "sample/samplealliance.h"
#include "storage/auditlog.h"
#include "storage/concernrepository.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/secretariattermrepository.h"

#include "widgettesting.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;
using namespace AllianceDesk::Test;

namespace {

/// A sample database opened as a document, as the main window opens it.
struct SampleDocument
{
    SampleDocument()
    {
        auto database = Database::open(dir.filePath(u"forms.alliancedesk"_s), Database::OpenMode::CreateIfMissing);
        SampleAlliance::load(*database);
        document = std::make_unique<Document>(std::move(database));
    }
    QString path() const { return dir.filePath(u"forms.alliancedesk"_s); }
    QSqlDatabase db() const { return document->connection(); }
    qint64 organisation(const QString &name) const { return *OrganisationRepository(db()).findByName(name); }

    QTemporaryDir dir;
    std::unique_ptr<Document> document;
};

/// Restores the default choosers whatever a test does.
struct ChooserGuard
{
    ~ChooserGuard()
    {
        RecordForm::setConflictChooser({});
        RecordDeleter::setConfirmer({});
    }
};

} // namespace

TEST_CASE("A new organisation is typed, saved with Enter and undone", "[ui][forms]")
{
    SampleDocument sample;
    const QString before = Test::dumpDatabase(sample.db(), {u"audit_log"_s});
    OrganisationForm form(sample.document.get());
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    CHECK(form.focusWidget() == form.findChild<QLineEdit *>(u"name"_s));
    CHECK(!form.saveButton()->isEnabled()); // a name is required

    typeText(form.focusWidget(), u"Мужчины за равенство"_s);
    typeInto(form, u"nativeName"_s, u"مرد برائے مساوات"_s);
    typeInto(form, u"email"_s, u"info@example.org"_s);
    typeInto(form, u"phone"_s, u"+92 (51) 234-5678"_s);
    field<QComboBox>(form, u"country"_s)->setCurrentText(u"Pakistan (PK)"_s);
    CHECK(message(form).isEmpty());
    CHECK(form.saveButton()->isEnabled());
    QTest::keyClick(field<QLineEdit>(form, u"email"_s), Qt::Key_Return);
    CHECK(form.result() == QDialog::Accepted);

    REQUIRE(form.recordId() > 0);
    const Organisation saved = OrganisationRepository(sample.db()).get(form.recordId());
    CHECK(saved.name == u"Мужчины за равенство"_s);
    CHECK(saved.nativeName == u"مرد برائے مساوات"_s);
    CHECK(saved.email == u"info@example.org"_s);
    CHECK(saved.phone == u"+92512345678"_s); // E.164
    CHECK(saved.country == u"PK"_s);
    CHECK(sample.document->undoStack()->undoText() == u"Add organisation “Мужчины за равенство”"_s);

    sample.document->undoStack()->undo();
    CHECK(Test::dumpDatabase(sample.db(), {u"audit_log"_s}) == before);
}

TEST_CASE("A bad email or phone is shown while typing and Save is disabled", "[ui][forms]")
{
    SampleDocument sample;
    OrganisationForm form(sample.document.get(), sample.organisation(u"ROZAN"_s));
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    CHECK(form.saveButton()->isEnabled());

    // Only what cannot mean anything is refused: an email without @, a phone with letters.
    typeInto(form, u"email"_s, u"office.rozan"_s);
    CHECK(message(form).contains(u"“office.rozan” is not an email address"_s));
    CHECK(!form.saveButton()->isEnabled());
    QTest::keyClick(field<QLineEdit>(form, u"email"_s), Qt::Key_Return);
    CHECK(form.isVisible()); // Enter does not save an invalid form
    typeInto(form, u"email"_s, u"office@rozan.org.pk"_s);
    CHECK(message(form).isEmpty());
    CHECK(form.saveButton()->isEnabled());

    typeInto(form, u"phone"_s, u"call the office"_s);
    CHECK(message(form) == u"Phone: “call the office” is not a phone number (it has letters)."_s);
    CHECK(!form.saveButton()->isEnabled());
    typeInto(form, u"phone"_s, u"051 2345678"_s);
    CHECK(message(form).isEmpty());
    CHECK(form.saveButton()->isEnabled());
    typeInto(form, u"phone"_s, u"+92 51 2345678"_s);
    CHECK(form.saveButton()->isEnabled());

    field<QComboBox>(form, u"country"_s)->setCurrentText(u"Atlantis"_s);
    CHECK(message(form).contains(u"not a country"_s));
    CHECK(!form.saveButton()->isEnabled());
}

TEST_CASE("A number libphonenumber does not know is kept as written from a form, as by the import",
          "[ui][forms][unverified]")
{
    SampleDocument sample;
    OrganisationForm form(sample.document.get(), sample.organisation(u"ROZAN"_s));
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    field<QComboBox>(form, u"country"_s)->setCurrentText(u"Pakistan (PK)"_s);
    typeInto(form, u"phone"_s, u"+92-937-123456"_s); // a Mardan landline libphonenumber does not know
    typeInto(form, u"email"_s, u"office@rozan"_s);   // an address that cannot be verified
    CHECK(message(form).isEmpty());
    REQUIRE(form.saveButton()->isEnabled());
    QTest::keyClick(field<QLineEdit>(form, u"email"_s), Qt::Key_Return);
    CHECK(form.result() == QDialog::Accepted);
    const Organisation saved = OrganisationRepository(sample.db()).get(form.recordId());
    CHECK(saved.phone == u"+92-937-123456"_s);
    CHECK(saved.email == u"office@rozan"_s);
    RecordLister unverified(sample.db(), ListKind::Organisations);
    unverified.setSearch(u"is:unverified"_s);
    REQUIRE(unverified.count() == 1);
    CHECK(unverified.fetchAll().first().at(1).toString() == u"ROZAN"_s);
}

TEST_CASE("Escape cancels a form without saving", "[ui][forms]")
{
    SampleDocument sample;
    const QString before = Test::dumpDatabase(sample.db(), {u"audit_log"_s});
    OrganisationForm form(sample.document.get(), sample.organisation(u"ROZAN"_s));
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    typeInto(form, u"name"_s, u"Something else"_s);
    QTest::keyClick(&form, Qt::Key_Escape);
    CHECK(form.result() == QDialog::Rejected);
    CHECK(!form.isVisible());
    CHECK(Test::dumpDatabase(sample.db(), {u"audit_log"_s}) == before);
    CHECK(sample.document->undoStack()->count() == 0);
}

TEST_CASE("Editing an organisation saves one undoable command and an audit entry", "[ui][forms]")
{
    SampleDocument sample;
    const qint64 rozan = sample.organisation(u"ROZAN"_s);
    const QString before = Test::dumpDatabase(sample.db(), {u"audit_log"_s});
    OrganisationForm form(sample.document.get(), rozan);
    typeInto(form, u"name"_s, u"ROZAN Islamabad"_s);
    REQUIRE(form.save());
    CHECK(OrganisationRepository(sample.db()).get(rozan).name == u"ROZAN Islamabad"_s);
    CHECK(sample.document->undoStack()->count() == 1);
    CHECK(sample.document->undoStack()->undoText() == u"Edit organisation “ROZAN Islamabad”"_s);
    const QList<AuditEntry> history = AuditLog(sample.db()).history(u"organisations"_s, rozan);
    REQUIRE(!history.isEmpty());
    CHECK(history.constLast().field == u"name"_s);
    CHECK(history.constLast().oldValue == u"ROZAN"_s);
    CHECK(history.constLast().newValue == u"ROZAN Islamabad"_s);

    sample.document->undoStack()->undo();
    CHECK(Test::dumpDatabase(sample.db(), {u"audit_log"_s}) == before);
}

TEST_CASE("A save over a change made elsewhere asks: reload or overwrite", "[ui][forms][conflict]")
{
    ChooserGuard guard;
    SampleDocument sample;
    const qint64 rozan = sample.organisation(u"ROZAN"_s);
    OrganisationForm form(sample.document.get(), rozan);
    typeInto(form, u"name"_s, u"ROZAN (ours)"_s);

    // Another process saves the same record first.
    {
        auto other = Database::open(sample.path());
        OrganisationRepository repository(other->connection());
        Organisation theirs = repository.get(rozan);
        theirs.city = u"Rawalpindi"_s;
        repository.update(theirs);
    }

    QString asked;
    SECTION("Reload shows their version and saves nothing")
    {
        RecordForm::setConflictChooser([&asked](QWidget *, const QString &text) {
            asked = text;
            return RecordForm::ConflictChoice::Reload;
        });
        CHECK(!form.save());
        CHECK(!asked.isEmpty());
        CHECK(field<QLineEdit>(form, u"name"_s)->text() == u"ROZAN"_s);
        CHECK(form.organisation().city == u"Rawalpindi"_s);
        CHECK(sample.document->undoStack()->count() == 0);
        // Saving again after the reload works.
        typeInto(form, u"name"_s, u"ROZAN (ours)"_s);
        CHECK(form.save());
        const Organisation saved = OrganisationRepository(sample.db()).get(rozan);
        CHECK(saved.name == u"ROZAN (ours)"_s);
        CHECK(saved.city == u"Rawalpindi"_s);
    }
    SECTION("Overwrite saves our version")
    {
        RecordForm::setConflictChooser([&asked](QWidget *, const QString &text) {
            asked = text;
            return RecordForm::ConflictChoice::Overwrite;
        });
        CHECK(form.save());
        CHECK(!asked.isEmpty());
        const Organisation saved = OrganisationRepository(sample.db()).get(rozan);
        CHECK(saved.name == u"ROZAN (ours)"_s);
        CHECK(sample.document->undoStack()->count() == 1);
    }
    SECTION("Cancel keeps the form and the user's input")
    {
        RecordForm::setConflictChooser([](QWidget *, const QString &) { return RecordForm::ConflictChoice::Cancel; });
        CHECK(!form.save());
        CHECK(field<QLineEdit>(form, u"name"_s)->text() == u"ROZAN (ours)"_s);
        CHECK(!message(form).isEmpty());
        CHECK(OrganisationRepository(sample.db()).get(rozan).name == u"ROZAN"_s);
    }
}

TEST_CASE("A rule broken on save is shown in words and the form keeps the input", "[ui][forms]")
{
    SampleDocument sample;
    const qint64 pakistan = *NetworkRepository(sample.db()).findByName(u"MenEngage Alliance Pakistan"_s);
    NetworkForm form(sample.document.get());
    typeInto(form, u"name"_s, u"MenEngage Alliance Pakistan"_s);
    CHECK(message(form).contains(u"already exists"_s));
    CHECK(!form.saveButton()->isEnabled());
    typeInto(form, u"name"_s, u"MenEngage Sindh"_s);
    CHECK(form.saveButton()->isEnabled());

    // The parent choice never offers the network itself or its descendants (no cycles).
    NetworkForm edit(sample.document.get(), pakistan);
    auto *parent = field<QComboBox>(edit, u"parent"_s);
    CHECK(parent->findText(u"MenEngage Alliance Pakistan"_s) < 0);
}

TEST_CASE("Deleting shows what depends on the record and deletes only when chosen", "[ui][forms][delete]")
{
    ChooserGuard guard;
    SampleDocument sample;
    const qint64 rozan = sample.organisation(u"ROZAN"_s);
    const QString before = Test::dumpDatabase(sample.db(), {u"audit_log"_s});
    QString asked;
    bool withDependents = false;
    bool answer = false;
    RecordDeleter::setConfirmer([&](QWidget *, const QString &question, bool dependents) {
        asked = question;
        withDependents = dependents;
        return answer;
    });
    RecordDeleter deleter(sample.document.get(), nullptr);

    CHECK(!deleter.remove(ListKind::Organisations, rozan));
    CHECK(asked.contains(u"ROZAN"_s));
    CHECK(asked.contains(u"1 membership (deleted with it)"_s));
    CHECK(withDependents);
    CHECK(Test::dumpDatabase(sample.db(), {u"audit_log"_s}) == before);

    answer = true;
    CHECK(deleter.remove(ListKind::Organisations, rozan));
    CHECK(!OrganisationRepository(sample.db()).findByName(u"ROZAN"_s));
    CHECK(MembershipRepository(sample.db()).forOrganisation(rozan).isEmpty());
    sample.document->undoStack()->undo();
    CHECK(Test::dumpDatabase(sample.db(), {u"audit_log"_s}) == before);
}

TEST_CASE("A membership status change is appended with its date and reason", "[ui][forms]")
{
    SampleDocument sample;
    const qint64 rozan = sample.organisation(u"ROZAN"_s);
    const QList<Membership> memberships = MembershipRepository(sample.db()).forOrganisation(rozan);
    REQUIRE(!memberships.isEmpty());
    const Membership membership = memberships.constFirst();
    MembershipStatusDialog dialog(sample.document.get(), membership.id);
    auto *status = field<QComboBox>(dialog, u"status"_s);
    REQUIRE(membership.status() == u"active"_s);
    CHECK(status->findData(membership.status()) < 0);          // the status it has is not offered again
    CHECK(status->currentData().toString() == u"suspended"_s); // where an active membership usually goes
    status->setCurrentIndex(status->findData(u"suspended"_s));
    typeInto(dialog, u"reason"_s, u"Annual report missing"_s);
    REQUIRE(dialog.save());
    const Membership after = MembershipRepository(sample.db()).get(membership.id);
    CHECK(after.history.size() == membership.history.size() + 1);
    CHECK(after.status() == u"suspended"_s);
    CHECK(after.history.constLast().reason == u"Annual report missing"_s);
    CHECK(after.history.constLast().effectiveDate == QDate::currentDate());
}

TEST_CASE("A secretariat handover ends the current term and starts the next in one step", "[ui][forms]")
{
    SampleDocument sample;
    const qint64 pakistan = *NetworkRepository(sample.db()).findByName(u"MenEngage Alliance Pakistan"_s);
    HandoverDialog dialog(sample.document.get(), pakistan);
    auto *host = field<QComboBox>(dialog, u"host"_s);
    CHECK(!dialog.saveButton()->isEnabled());
    host->setCurrentText(u"Shirakat-Partnership for Development"_s);
    CHECK(message(dialog).contains(u"already hosts"_s));
    host->setCurrentText(u"ROZAN"_s);
    CHECK(dialog.saveButton()->isEnabled());
    REQUIRE(dialog.save());
    const QList<SecretariatTerm> terms = SecretariatTermRepository(sample.db()).forNetwork(pakistan);
    REQUIRE(terms.size() == 5);
    CHECK(terms.at(3).end == QDate::currentDate().addDays(-1));
    CHECK(terms.at(4).organisationName == u"ROZAN"_s);
    CHECK(terms.at(4).isCurrent());
    CHECK(sample.document->undoStack()->count() == 1);
}

TEST_CASE("Forms render names in Urdu, Russian and Hindi", "[ui][forms][.shots]")
{
    SampleDocument sample;
    OrganisationForm organisation(sample.document.get(), sample.organisation(u"ROZAN"_s));
    typeInto(organisation, u"name"_s, u"Мужчины за равенство — पुरुष समानता के लिए"_s);
    typeInto(organisation, u"email"_s, u"bad@"_s);
    organisation.resize(560, 700);
    saveShot(organisation, u"form-organisation"_s);

    NetworkForm network(sample.document.get(),
                        *NetworkRepository(sample.db()).findByName(u"MenEngage Alliance Pakistan"_s));
    network.resize(560, 760);
    saveShot(network, u"form-network"_s);
}

TEST_CASE("A concern moves only along its workflow and hides its confidential notes", "[ui][forms]")
{
    SampleDocument sample;
    const qint64 rozan = sample.organisation(u"ROZAN"_s);
    ConcernForm form(sample.document.get());
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto *notes = field<QPlainTextEdit>(form, u"confidentialNotes"_s);
    CHECK(!notes->isVisible());
    auto *status = field<QComboBox>(form, u"status"_s);
    CHECK(status->count() == 1); // a new concern is received
    field<QComboBox>(form, u"organisation"_s)->setCurrentText(u"ROZAN"_s);
    QTest::mouseClick(field<QPushButton>(form, u"showNotes"_s), Qt::LeftButton);
    CHECK(notes->isVisible());
    CHECK(notes->hasFocus());
    typeText(notes, u"Named complainant: ..."_s);
    REQUIRE(form.save());
    const qint64 id = form.recordId();

    ConcernForm edit(sample.document.get(), id);
    auto *nextStatus = field<QComboBox>(edit, u"status"_s);
    QStringList offered;
    for (int index = 0; index < nextStatus->count(); ++index)
        offered << nextStatus->itemData(index).toString();
    CHECK(offered == QStringList{u"received"_s, u"under_review"_s, u"dismissed"_s});
    nextStatus->setCurrentIndex(nextStatus->findData(u"dismissed"_s));
    CHECK(message(edit).contains(u"date it was closed"_s));
    CHECK(!edit.saveButton()->isEnabled());
    field<OptionalDateEdit>(edit, u"closed"_s)->setDate(QDate::currentDate());
    CHECK(edit.saveButton()->isEnabled());
    REQUIRE(edit.save());
    CHECK(ConcernRepository(sample.db()).get(id).status == u"dismissed"_s);
    CHECK(ConcernRepository(sample.db()).get(id).organisationId == rozan);
    // The audit trail says the notes changed, never what they say.
    for (const AuditEntry &entry : AuditLog(sample.db()).history(u"concerns"_s, id))
        CHECK(!entry.newValue.contains(u"complainant"_s));
}

TEST_CASE("A person is saved with an affiliation as one command", "[ui][forms]")
{
    SampleDocument sample;
    PersonForm form(sample.document.get());
    typeInto(form, u"name"_s, u"Мария Иванова"_s);
    typeInto(form, u"email"_s, u"maria.example.org"_s); // no @: cannot be an address
    CHECK(!form.saveButton()->isEnabled());
    typeInto(form, u"email"_s, u"maria@example.org"_s);
    Affiliation affiliation;
    affiliation.organisationId = sample.organisation(u"ROZAN"_s);
    affiliation.organisationName = u"ROZAN"_s;
    affiliation.role = u"Programme officer"_s;
    form.addAffiliation(affiliation);
    REQUIRE(form.save());
    const Person saved = PersonRepository(sample.db()).get(form.recordId());
    CHECK(saved.name == u"Мария Иванова"_s);
    REQUIRE(saved.affiliations.size() == 1);
    CHECK(saved.affiliations.constFirst().organisationName == u"ROZAN"_s);
    CHECK(sample.document->undoStack()->count() == 1);

    PersonForm edit(sample.document.get(), form.recordId());
    edit.resize(560, 640);
    saveShot(edit, u"form-person"_s);
}

TEST_CASE("More forms render with Urdu, Russian and Hindi values", "[ui][forms][.shots]")
{
    SampleDocument sample;
    const QList<Membership> memberships =
        MembershipRepository(sample.db()).forOrganisation(sample.organisation(u"ROZAN"_s));
    REQUIRE(!memberships.isEmpty());
    MembershipForm membership(sample.document.get(), memberships.constFirst().id);
    membership.resize(520, 320);
    saveShot(membership, u"form-membership"_s);
    MembershipStatusDialog status(sample.document.get(), memberships.constFirst().id);
    status.resize(520, 420);
    saveShot(status, u"form-membership-status"_s);
    const qint64 pakistan = *NetworkRepository(sample.db()).findByName(u"MenEngage Alliance Pakistan"_s);
    HandoverDialog handover(sample.document.get(), pakistan);
    field<QComboBox>(handover, u"host"_s)->setCurrentText(u"ROZAN"_s);
    handover.resize(520, 240);
    saveShot(handover, u"form-handover"_s);
    ConcernForm concern(sample.document.get());
    field<QComboBox>(concern, u"organisation"_s)->setCurrentText(u"ROZAN"_s);
    field<QPlainTextEdit>(concern, u"confidentialNotes"_s)->setPlainText(u"خفیہ — конфиденциально — गोपनीय"_s);
    QTest::mouseClick(field<QPushButton>(concern, u"showNotes"_s), Qt::LeftButton);
    concern.resize(520, 600);
    saveShot(concern, u"form-concern"_s);
}

TEST_CASE("The history panel names the record it shows the changes of", "[ui][forms][history]")
{
    SampleDocument sample;
    const qint64 rozan = sample.organisation(u"ROZAN"_s);
    HistoryPanel panel;
    panel.setDocument(sample.document.get());
    panel.showRecord(ListKind::Organisations, rozan);
    const QLabel *title = panel.findChild<QLabel *>();
    REQUIRE(title);
    CHECK(title->text() == u"Changes to organisation “ROZAN”"_s);
    CHECK(panel.entries()->topLevelItemCount() >= 1);
}

TEST_CASE("The history panel names a membership by what it joins, and says what a change did in words",
          "[ui][forms][history]")
{
    // Seen in the walkthrough: "Changes to membership 42" and "(empty) → active".
    SampleDocument sample;
    const qint64 rozan = sample.organisation(u"ROZAN"_s);
    const qint64 pakistan = *NetworkRepository(sample.db()).findByName(u"MenEngage Alliance Pakistan"_s);
    qint64 membershipId = 0;
    for (const Membership &membership : MembershipRepository(sample.db()).forOrganisation(rozan)) {
        if (membership.networkId == pakistan)
            membershipId = membership.id;
    }
    REQUIRE(membershipId != 0);
    MembershipStatusDialog dialog(sample.document.get(), membershipId);
    auto *status = field<QComboBox>(dialog, u"status"_s);
    status->setCurrentIndex(status->findData(u"suspended"_s));
    typeInto(dialog, u"reason"_s, u"Annual report missing"_s);
    REQUIRE(dialog.save());

    HistoryPanel panel;
    panel.setDocument(sample.document.get());
    panel.showRecord(ListKind::Memberships, membershipId);
    const QLabel *title = panel.findChild<QLabel *>();
    REQUIRE(title);
    CHECK(title->text() == u"Changes to membership “ROZAN in MenEngage Alliance Pakistan”"_s);
    QStringList changes;
    for (int i = 0; i < panel.entries()->topLevelItemCount(); ++i)
        changes << panel.entries()->topLevelItem(i)->text(3);
    INFO(changes.join(u" | "_s).toStdString());
    CHECK_FALSE(changes.join(u' ').contains(u"(empty)"_s));
    CHECK(std::any_of(changes.begin(), changes.end(),
                      [](const QString &change) { return change.startsWith(u"set to "_s); }));
}

TEST_CASE("A new record's form says nothing in red before anything is typed", "[ui][forms]")
{
    // Seen in the walkthrough: "the name is required" in red over a form just opened.
    SampleDocument sample;
    OrganisationForm form(sample.document.get());
    CHECK(message(form).isEmpty());
    CHECK_FALSE(form.saveButton()->isEnabled()); // Save still waits for a name
    typeInto(form, u"name"_s, u"Rozan"_s);
    field<QLineEdit>(form, u"name"_s)->clear();
    CHECK_FALSE(message(form).isEmpty()); // once the user has started, what is missing is said
}

TEST_CASE("A joining date in the future is questioned before the membership is saved", "[ui][forms][dates]")
{
    SampleDocument sample;
    int asked = 0;
    bool answer = false;
    DateEdit::setFutureAsker([&](QWidget *, const QString &) {
        ++asked;
        return answer;
    });
    const auto restore = qScopeGuard([] { DateEdit::setFutureAsker({}); });
    const qint64 organisation = sample.organisation(u"ROZAN"_s);
    const QList<Network> networks = NetworkRepository(sample.db()).all();
    REQUIRE_FALSE(networks.isEmpty());
    qint64 network = 0;
    for (const Network &candidate : networks) {
        bool member = false;
        for (const Membership &membership : MembershipRepository(sample.db()).forOrganisation(organisation))
            member = member || membership.networkId == candidate.id;
        if (!member) {
            network = candidate.id;
            break;
        }
    }
    REQUIRE(network != 0);
    const qsizetype before = MembershipRepository(sample.db()).forOrganisation(organisation).size();

    MembershipForm form(sample.document.get(), 0, nullptr, network, organisation);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto *since = form.findChild<DateEdit *>();
    REQUIRE(since != nullptr);
    since->setDate(QDate::currentDate().addMonths(2));
    CHECK_FALSE(form.save());
    CHECK(asked == 1);
    CHECK(MembershipRepository(sample.db()).forOrganisation(organisation).size() == before); // nothing written

    answer = true;
    CHECK(form.save());
    CHECK(asked == 2);
    const QList<Membership> after = MembershipRepository(sample.db()).forOrganisation(organisation);
    REQUIRE(after.size() == before + 1);
    bool found = false;
    for (const Membership &membership : after) {
        if (membership.networkId == network) {
            found = true;
            CHECK(membership.history.constFirst().effectiveDate == QDate::currentDate().addMonths(2));
        }
    }
    CHECK(found);
}
