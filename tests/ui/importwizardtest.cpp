#include "importwizard/importwizard.h"
#include "importwizard/importwizarddialectpage.h"
#include "importwizard/importwizarddropfilter.h"
#include "importwizard/importwizardfilepage.h"
#include "importwizard/importwizardmappingpage.h"
#include "importwizard/importwizardprogresspage.h"
#include "importwizard/importwizardreviewpage.h"
#include "importwizard/importwizardsummarypage.h"
#include "importwizard/importwizardworker.h"
#include "mainwindow.h"
#include "testdatabase.h"

#include "editors/dateedit.h"
#include "editors/vocabularycombobox.h"
#include "import/importbatches.h"
#include "storage/networkrepository.h"
#include "storage/sqlquery.h"

#include "widgettesting.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;
using namespace AllianceDesk::Test;

using AllianceDesk::Test::writeFile;

namespace {

/// What an import leaves behind even when undone: the audit trail, the search index, the batch record itself and
/// SQLite's id counters.
QStringList importLeftovers()
{
    return {u"audit_log"_s, u"search_"_s, u"import_batch"_s, u"sqlite_sequence"_s};
}

const QString urduName = u"پاکستان سول سوسائٹی الائنس"_s;
const QString russianName = u"Союз гражданских организаций"_s;

QString smallCsv(const QTemporaryDir &dir)
{
    return writeFile(dir, u"partners.csv"_s,
                     u"Name;Country;City\n"_s + urduName + u";PK;Lahore\n"_s + russianName +
                         u";RU;Moscow\nGreen Earth Network;KE;Nairobi\n"_s);
}

int countNamed(const QSqlDatabase &db, const QString &name)
{
    SqlQuery query(db, u"SELECT count(*) FROM organisations WHERE name = :name"_s);
    query.bind(u":name"_s, name).exec();
    return query.next() ? query.value(0).toInt() : -1;
}

bool previewShows(QTableView *view, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString() == text)
                return true;
    return false;
}

struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;
    Fixture()
    {
        window.setDatabase(
            Database::open(dir.filePath(u"alliance.alliancedesk"_s), Database::OpenMode::CreateIfMissing));
        window.resize(1000, 700);
    }
    QSqlDatabase db() { return window.document()->connection(); }
};

/// Goes from the file page to the review page and waits for the dry run.
void toReview(ImportWizard &wizard)
{
    wizard.next(); // dialect
    REQUIRE(wizard.currentId() == ImportWizard::DialectPage);
    wizard.next(); // mapping
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    wizard.next(); // review, which starts the dry run
    REQUIRE(wizard.currentId() == ImportWizard::ReviewPage);
    auto *review = qobject_cast<ImportWizardReviewPage *>(wizard.currentPage());
    review->worker()->wait();
    REQUIRE(review->isComplete());
}

} // namespace

TEST_CASE("The import wizard previews, maps, imports and undoes a file", "[importwizard]")
{
    Fixture fixture;
    const QString path = smallCsv(fixture.dir);

    ImportWizard wizard(&fixture.window, path);
    wizard.show();
    REQUIRE(wizard.currentId() == ImportWizard::FilePage);
    auto *filePage = qobject_cast<ImportWizardFilePage *>(wizard.currentPage());
    CHECK(filePage->pathEdit()->text() == QDir::toNativeSeparators(path));
    saveShot(wizard, u"import-1-file"_s);

    wizard.next();
    auto *dialect = qobject_cast<ImportWizardDialectPage *>(wizard.currentPage());
    REQUIRE(dialect);
    CHECK(previewShows(dialect->previewView(), urduName));
    CHECK(previewShows(dialect->previewView(), russianName));
    CHECK(dialect->previewView()->model()->rowCount() == 3);
    CHECK(dialect->previewView()->model()->columnCount() == 3);
    saveShot(wizard, u"import-2-dialect"_s);

    SECTION("Changing the delimiter reads the file again")
    {
        dialect->delimiterCombo()->setCurrentIndex(dialect->delimiterCombo()->findData(u"comma"_s));
        CHECK(dialect->previewView()->model()->columnCount() == 1);
        dialect->delimiterCombo()->setCurrentIndex(dialect->delimiterCombo()->findData(u"semicolon"_s));
        CHECK(dialect->previewView()->model()->columnCount() == 3);
        CHECK(previewShows(dialect->previewView(), urduName));
        // Another encoding decodes the same bytes differently; back to Detect reads UTF-8 again.
        dialect->encodingCombo()->setCurrentIndex(dialect->encodingCombo()->findData(u"windows-1251"_s));
        CHECK_FALSE(previewShows(dialect->previewView(), russianName));
        dialect->encodingCombo()->setCurrentIndex(0);
        CHECK(previewShows(dialect->previewView(), russianName));
    }
    SECTION("Going back from the review and forward again runs a fresh trial")
    {
        wizard.next();
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::ReviewPage);
        wizard.back();
        wizard.back();
        REQUIRE(wizard.currentId() == ImportWizard::DialectPage);
    }

    wizard.next();
    auto *mapping = qobject_cast<ImportWizardMappingPage *>(wizard.currentPage());
    REQUIRE(mapping);
    CHECK(mapping->fieldCombo(0)->currentData().toString() == u"name"_s);
    CHECK(mapping->fieldCombo(1)->currentData().toString() == u"country"_s);
    saveShot(wizard, u"import-3-mapping"_s);

    SECTION("A preset is saved and loaded again")
    {
        mapping->fieldCombo(2)->setCurrentIndex(0); // leave City out
        mapping->savePreset(u"Partners"_s);
        mapping->fieldCombo(0)->setCurrentIndex(0);
        mapping->loadPreset(u"Partners"_s);
        CHECK(mapping->fieldCombo(0)->currentData().toString() == u"name"_s);
        CHECK(mapping->fieldCombo(2)->currentData().toString().isEmpty());
        CHECK(mapping->presetCombo()->findText(u"Partners"_s) >= 0);
    }

    const QString before =
        Test::dumpDatabase(fixture.db(), {u"audit_log"_s, u"search_"_s, u"import_batch"_s,
                                          u"sqlite_sequence"_s}); // after a preset may have been saved
    wizard.next();
    auto *review = qobject_cast<ImportWizardReviewPage *>(wizard.currentPage());
    REQUIRE(review);
    review->worker()->wait();
    REQUIRE(review->isComplete());
    CHECK(review->problemsTable()->rowCount() == 0);
    CHECK(Test::dumpDatabase(fixture.db(), importLeftovers()) == before); // the dry run wrote nothing
    saveShot(wizard, u"import-4-review"_s);

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ProgressPage);
    auto *progress = qobject_cast<ImportWizardProgressPage *>(wizard.currentPage());
    progress->worker()->wait();
    REQUIRE(wizard.currentId() == ImportWizard::SummaryPage);
    auto *summary = qobject_cast<ImportWizardSummaryPage *>(wizard.currentPage());
    saveShot(wizard, u"import-6-summary"_s);

    CHECK(wizard.result().created == 3);
    CHECK(countNamed(fixture.db(), urduName) == 1);
    CHECK(countNamed(fixture.db(), russianName) == 1);
    CHECK(countNamed(fixture.db(), u"Green Earth Network"_s) == 1);
    const qint64 batchId = wizard.result().batchId;
    REQUIRE(batchId > 0);
    CHECK(summary->undoButton()->isEnabled());
    CHECK_FALSE(summary->saveErrorsButton()->isEnabled());
    QUndoStack *stack = fixture.window.document()->undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == u"Import partners.csv"_s);

    SECTION("Edit > Undo removes exactly what the import created, and marks the batch undone")
    {
        stack->undo();
        CHECK(countNamed(fixture.db(), urduName) == 0);
        CHECK(Test::dumpDatabase(fixture.db(), importLeftovers()) == before);
        CHECK(ImportBatches::get(fixture.db(), batchId).undone.isValid());
        stack->redo();
        CHECK(countNamed(fixture.db(), urduName) == 1);
        CHECK_FALSE(ImportBatches::get(fixture.db(), batchId).undone.isValid());
    }
    SECTION("Undo on the summary page undoes through the undo stack")
    {
        summary->undo();
        CHECK(Test::dumpDatabase(fixture.db(), importLeftovers()) == before);
        CHECK(stack->index() == 0);
        CHECK_FALSE(summary->undoButton()->isEnabled());
        CHECK(ImportBatches::get(fixture.db(), batchId).undone.isValid());
    }
}

TEST_CASE("The import wizard says at once that a file cannot be read, and why", "[importwizard]")
{
    Fixture fixture;
    const auto statusFor = [&](const QString &name, const QByteArray &bytes) {
        const QString path = QDir(fixture.dir.path()).filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        ImportWizard wizard(&fixture.window, path);
        wizard.show();
        wizard.next();
        auto *dialect = qobject_cast<ImportWizardDialectPage *>(wizard.currentPage());
        REQUIRE(dialect);
        CHECK_FALSE(dialect->isComplete());
        return dialect->statusLabel()->text();
    };
    CHECK(statusFor(u"unclosed.csv"_s, "name,country\n\"Rozan,PK\nSahil,PK\n").contains(u"line 2"_s));
    CHECK(statusFor(u"members.xlsx"_s, QByteArray("PK\x03\x04\x14\x00\x06\x00", 8))
              .contains(u"save it as “CSV UTF-8”"_s));
}

TEST_CASE("The import wizard lists problems and saves the rejected rows", "[importwizard]")
{
    Fixture fixture;
    const QString path =
        writeFile(fixture.dir, u"bad.csv"_s, u"Name;Country\nGood Org;PK\n;RU\nAnother Org;Narnia\n"_s);
    ImportWizard wizard(&fixture.window, path);
    wizard.show();
    toReview(wizard);
    auto *review = qobject_cast<ImportWizardReviewPage *>(wizard.currentPage());
    CHECK(review->problemsTable()->rowCount() >= 1);
    CHECK(review->problemsTable()->item(0, 0)->data(Qt::DisplayRole).toInt() == 3);
    saveShot(wizard, u"import-4-review-problems"_s);

    wizard.next();
    qobject_cast<ImportWizardProgressPage *>(wizard.currentPage())->worker()->wait();
    REQUIRE(wizard.currentId() == ImportWizard::SummaryPage);
    auto *summary = qobject_cast<ImportWizardSummaryPage *>(wizard.currentPage());
    CHECK(wizard.result().rejected >= 1);
    REQUIRE(summary->saveErrorsButton()->isEnabled());
    const QString errors = fixture.dir.filePath(u"errors.csv"_s);
    REQUIRE(summary->saveErrors(errors));
    CHECK(Test::fileBytes(errors).contains("line"));
    // The summary says where the file went.
    CHECK(summary->countsLabel()->text().contains(
        u"The rejected rows were saved to %1."_s.arg(QDir::toNativeSeparators(errors).toHtmlEscaped())));
    saveShot(wizard, u"import-6-summary-rejected"_s);
}

TEST_CASE("The import wizard offers a choice for each duplicate", "[importwizard]")
{
    Fixture fixture;
    const QString path =
        writeFile(fixture.dir, u"dups.csv"_s, u"Name;Country\nGreen Earth;KE\nGreen Earth;KE\nBlue Sky;KE\n"_s);
    ImportWizard wizard(&fixture.window, path);
    wizard.show();
    toReview(wizard);
    auto *review = qobject_cast<ImportWizardReviewPage *>(wizard.currentPage());
    REQUIRE(review->duplicatesTable()->rowCount() == 1);
    review->policyCombo()->setCurrentIndex(review->policyCombo()->findData(int(DuplicatePolicy::Create)));
    CHECK(review->choiceCombo(0)->currentData().toInt() == int(DuplicatePolicy::Create));
    review->choiceCombo(0)->setCurrentIndex(review->choiceCombo(0)->findData(int(DuplicatePolicy::Skip)));
    saveShot(wizard, u"import-4-review-duplicates"_s);
    wizard.next();
    CHECK(wizard.options().onDuplicate == DuplicatePolicy::Create);
    CHECK(wizard.options().rowChoices.value(3, DuplicatePolicy::Create) == DuplicatePolicy::Skip);
    qobject_cast<ImportWizardProgressPage *>(wizard.currentPage())->worker()->wait();
    CHECK(wizard.result().created == 2);
    CHECK(wizard.result().skipped == 1);
    CHECK(countNamed(fixture.db(), u"Green Earth"_s) == 1);
}

TEST_CASE("The import wizard makes imported organisations members of the chosen network", "[importwizard]")
{
    Fixture fixture;
    Network network;
    network.name = u"Asia Civil Society Forum"_s;
    const qint64 networkId = NetworkRepository(fixture.db()).add(network);
    ImportWizard wizard(&fixture.window, smallCsv(fixture.dir));
    wizard.show();
    auto *filePage = qobject_cast<ImportWizardFilePage *>(wizard.currentPage());
    REQUIRE(filePage->networkCombo()->isEnabled());
    CHECK_FALSE(filePage->statusCombo()->isEnabled()); // no network yet
    filePage->networkCombo()->setCurrentIndex(filePage->networkCombo()->findData(network.name));
    REQUIRE(filePage->statusCombo()->isEnabled());
    CHECK(filePage->statusCombo()->code() == u"active"_s);
    CHECK(filePage->roleCombo()->code() == u"member"_s);
    CHECK(filePage->joinedEdit()->date() == QDate::currentDate());
    filePage->roleCombo()->setCode(u"steering_committee"_s);
    filePage->joinedEdit()->setDate(QDate(2025, 6, 30));
    saveShot(wizard, u"import-1-file-network"_s);
    toReview(wizard);
    wizard.next();
    qobject_cast<ImportWizardProgressPage *>(wizard.currentPage())->worker()->wait();
    REQUIRE(wizard.currentId() == ImportWizard::SummaryPage);
    SqlQuery query(fixture.db(), u"SELECT count(*) FROM membership_current WHERE network_id = :id AND status = "
                                 "'active' AND role = 'steering_committee' AND joined = '2025-06-30'"_s);
    query.bind(u":id"_s, networkId).exec();
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 3);

    filePage->kindCombo()->setCurrentIndex(filePage->kindCombo()->findData(int(ImportKind::People)));
    CHECK_FALSE(filePage->networkCombo()->isEnabled());
}

TEST_CASE("A joining date in the future is questioned before the import goes on", "[importwizard][dates]")
{
    Fixture fixture;
    Network network;
    network.name = u"Asia Civil Society Forum"_s;
    NetworkRepository(fixture.db()).add(network);
    int asked = 0;
    bool answer = false;
    DateEdit::setFutureAsker([&](QWidget *, const QString &) {
        ++asked;
        return answer;
    });
    const auto restore = qScopeGuard([] { DateEdit::setFutureAsker({}); });
    ImportWizard wizard(&fixture.window, smallCsv(fixture.dir));
    wizard.show();
    auto *filePage = qobject_cast<ImportWizardFilePage *>(wizard.currentPage());
    REQUIRE(filePage != nullptr);
    const int first = wizard.currentId();
    filePage->networkCombo()->setCurrentIndex(filePage->networkCombo()->findData(network.name));
    filePage->joinedEdit()->setDate(QDate::currentDate().addDays(10));
    wizard.next();
    CHECK(asked == 1);
    CHECK(wizard.currentId() == first); // "No": the page stays, on the date
    answer = true;
    wizard.next();
    CHECK(asked == 2);
    CHECK(wizard.currentId() != first);
    CHECK(wizard.options().joined == QDate::currentDate().addDays(10));
}

TEST_CASE("Cancelling the import changes nothing", "[importwizard]")
{
    Fixture fixture;
    QString text = u"Name;Country\n"_s;
    for (int i = 0; i < 4000; ++i)
        text += u"Организация %1;RU\n"_s.arg(i);
    const QString path = writeFile(fixture.dir, u"big.csv"_s, text);
    const QString before = Test::dumpDatabase(fixture.db());

    ImportWizard wizard(&fixture.window, path);
    wizard.show();
    toReview(wizard);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ProgressPage);
    auto *progress = qobject_cast<ImportWizardProgressPage *>(wizard.currentPage());
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    progress->worker()->wait();
    CHECK(progress->worker()->outcome() == ImportWizardWorker::Outcome::Cancelled);
    CHECK(wizard.currentId() == ImportWizard::ProgressPage);
    CHECK_FALSE(progress->isComplete());
    saveShot(wizard, u"import-5-cancelled"_s);
    CHECK(Test::dumpDatabase(fixture.db()) == before);
    CHECK(fixture.window.document()->undoStack()->count() == 0);
    CHECK(ImportBatches::list(fixture.db()).isEmpty());

    // Importing again after a stop runs the whole file.
    REQUIRE(progress->cancelButton()->isEnabled());
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    progress->worker()->wait();
    REQUIRE(wizard.currentId() == ImportWizard::SummaryPage);
    CHECK(wizard.result().created == 4000);
    CHECK(fixture.window.document()->undoStack()->count() == 1);
}

TEST_CASE("File > Import and dropped files open the wizard", "[importwizard]")
{
    Fixture fixture;
    QAction *import = nullptr;
    for (QAction *action : fixture.window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(u"Ctrl+I"_s))
            import = action;
    REQUIRE(import);
    CHECK(import->text() == u"&Import…"_s);
    CHECK(fixture.window.acceptDrops());

    const QString path = smallCsv(fixture.dir);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    CHECK(ImportWizardDropFilter::droppedFile(&mime) == path);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&fixture.window, &enter);
    CHECK(enter.isAccepted());
    mime.setUrls({QUrl::fromLocalFile(fixture.dir.filePath(u"alliance.alliancedesk"_s))});
    CHECK(ImportWizardDropFilter::droppedFile(&mime).isEmpty());
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&fixture.window, &refused);
    CHECK_FALSE(refused.isAccepted());
}

TEST_CASE("The import wizard shows the lines of another encoding and counts the values it kept unverified",
          "[importwizard][encoding][unverified]")
{
    Fixture fixture;
    const QString path = QDir(fixture.dir.path()).filePath(u"pasted.csv"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QStringEncoder cp1252("windows-1252");
        file.write("name,country,phone\n" + QByteArray(cp1252.encode(u"Zoë Égalité,FR,\n"_s)) +
                   u"Иван,RU,\nMardan Men's Forum,PK,+92-937-123456\n"_s.toUtf8());
    }
    ImportWizard wizard(&fixture.window, path);
    wizard.show();
    wizard.next();
    auto *dialect = qobject_cast<ImportWizardDialectPage *>(wizard.currentPage());
    REQUIRE(dialect);
    CHECK(dialect->isComplete());
    const QString status = dialect->statusLabel()->text();
    CHECK(status.startsWith(u"Read as UTF-8 and windows-1252, separated by commas, with a header row."_s));
    CHECK(status.contains(u"Line 2 is not UTF-8 text: it was read as windows-1252, the other lines as UTF-8."_s));
    CHECK(status.contains(u"\nLine 2: Zoë Égalité,FR,"_s)); // the line in question, as read
    CHECK(previewShows(dialect->previewView(), u"Zoë Égalité"_s));
    CHECK(previewShows(dialect->previewView(), u"Иван"_s));

    wizard.next(); // mapping
    wizard.next(); // review
    auto *review = qobject_cast<ImportWizardReviewPage *>(wizard.currentPage());
    REQUIRE(review);
    review->worker()->wait();
    wizard.next();
    auto *progress = qobject_cast<ImportWizardProgressPage *>(wizard.currentPage());
    REQUIRE(progress);
    progress->worker()->wait();
    REQUIRE(wizard.currentId() == ImportWizard::SummaryPage);
    auto *summary = qobject_cast<ImportWizardSummaryPage *>(wizard.currentPage());
    CHECK(wizard.result().created == 3);
    CHECK(wizard.result().unverified == 1);
    const QString text = summary->countsLabel()->text();
    CHECK(text.contains(u"<li>1 value(s) kept as written but unverified</li>"_s));
    CHECK(text.contains(u"type <b>is:unverified</b> in a list’s filter (Ctrl+L)"_s));
    CHECK(text.contains(u"<li>Line 4: “+92-937-123456” is not a number libphonenumber knows: kept as written, marked "
                        "unverified</li>"_s));
    CHECK(text.contains(u"Line 2 is not UTF-8 text: it was read as windows-1252, the other lines as UTF-8."_s));
    CHECK(countNamed(fixture.db(), u"Zoë Égalité"_s) == 1);
    CHECK(countNamed(fixture.db(), u"Иван"_s) == 1);
    SqlQuery phone(fixture.db(), u"SELECT phone FROM organisations WHERE name = 'Mardan Men''s Forum'"_s);
    phone.exec();
    REQUIRE(phone.next());
    CHECK(phone.value(0).toString() == u"+92-937-123456"_s);
}

TEST_CASE("The import wizard asks what a country name that fits two countries means, and by default rejects its rows",
          "[importwizard][countries]")
{
    Fixture fixture;
    // Francophone African members: "Congo" decided by a city or a +242 number in some rows, by nothing in others.
    const QString path = writeFile(fixture.dir, u"membres-afrique.csv"_s,
                                   u"Nom;Pays;Ville;Téléphone\n"
                                   "Association des Hommes pour l'Égalité;Congo;Brazzaville;\n"
                                   "Réseau Hommes Engagés du Pool;Congo;;+242 06 612 3456\n"
                                   "Femmes et Paix Kinshasa;Congo;Kinshasa;\n"
                                   "Cercle Masculinités Positives;Congo;;\n"
                                   "Jeunes pour la Paix;congo;;\n"
                                   "Alliance des Pères Guinéens;Guinée;Conakry;\n"
                                   "Solidarité Corée;Corée;;\n"
                                   "Réseau Sénégalais MenEngage;Sénégal;Dakar;\n"
                                   "Hommes Engagés Niamey;Niger;Niamey;\n"_s);
    ImportWizard wizard(&fixture.window, path);
    wizard.show();
    toReview(wizard);
    auto *review = qobject_cast<ImportWizardReviewPage *>(wizard.currentPage());
    QTableWidget *countries = review->countriesTable();
    REQUIRE(countries->isVisibleTo(review));
    REQUIRE(countries->rowCount() == 2);
    CHECK(countries->item(0, 0)->text() == u"Congo"_s);
    CHECK(countries->item(0, 1)->text() == u"2"_s);
    CHECK(countries->item(1, 0)->text() == u"Corée"_s);
    CHECK(countries->item(1, 1)->text() == u"1"_s);
    QComboBox *congo = review->countryCombo(0);
    // Never picked silently: the rows stay rejected unless the user chooses.
    CHECK(congo->currentText() == u"Leave these rows rejected"_s);
    CHECK(congo->currentData().toString().isEmpty());
    REQUIRE(congo->count() == 3);
    CHECK(congo->itemText(1) == u"Congo Kinshasa (CD)"_s);
    CHECK(congo->itemText(2) == u"Congo Brazzaville (CG)"_s);
    QComboBox *korea = review->countryCombo(1);
    REQUIRE(korea->count() == 3);
    CHECK(korea->itemText(1) == u"North Korea (KP)"_s);
    CHECK(korea->itemText(2) == u"South Korea (KR)"_s);
    CHECK(wizard.dryRun().rejected == 3);

    congo->setCurrentIndex(congo->findData(u"CG"_s));
    QApplication::processEvents(); // the page's layout, as the event loop would lay it out before painting
    saveShot(wizard, u"import-4-review-countries"_s);

    SECTION("Back and forward again keeps the choice")
    {
        wizard.back();
        REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
        wizard.next();
        review->worker()->wait();
        REQUIRE(review->countriesTable()->rowCount() == 2);
        CHECK(review->countryCombo(0)->currentData().toString() == u"CG"_s);
        CHECK(review->countryCombo(1)->currentData().toString().isEmpty());
    }
    SECTION("The choice reaches the import; the rows their own city decides keep their country")
    {
        wizard.next();
        CHECK(wizard.options().countryChoices == QHash<QString, QString>{{u"Congo"_s, u"CG"_s}});
        qobject_cast<ImportWizardProgressPage *>(wizard.currentPage())->worker()->wait();
        REQUIRE(wizard.currentId() == ImportWizard::SummaryPage);
        CHECK(wizard.result().created == 8);
        CHECK(wizard.result().rejected == 1); // Corée, left undecided
        const auto countryOf = [&fixture](const QString &name) {
            SqlQuery query(fixture.db(), u"SELECT country FROM organisations WHERE name = :name"_s);
            query.bind(u":name"_s, name).exec();
            return query.next() ? query.value(0).toString() : QString();
        };
        CHECK(countryOf(u"Association des Hommes pour l'Égalité"_s) == u"CG"_s);
        CHECK(countryOf(u"Réseau Hommes Engagés du Pool"_s) == u"CG"_s);
        CHECK(countryOf(u"Femmes et Paix Kinshasa"_s) == u"CD"_s); // its city decides, whatever was chosen
        CHECK(countryOf(u"Cercle Masculinités Positives"_s) == u"CG"_s);
        CHECK(countryOf(u"Jeunes pour la Paix"_s) == u"CG"_s);
        CHECK(countryOf(u"Alliance des Pères Guinéens"_s) == u"GN"_s);
        CHECK(countNamed(fixture.db(), u"Solidarité Corée"_s) == 0);
        auto *summary = qobject_cast<ImportWizardSummaryPage *>(wizard.currentPage());
        CHECK(summary->countsLabel()->text().contains(
            u"2 row(s) naming “Congo” as their country were given Congo Brazzaville (CG), as chosen."_s));
    }
}
