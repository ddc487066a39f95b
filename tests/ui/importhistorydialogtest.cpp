#include "importwizard/importhistorydialog.h"
#include "mainwindow.h"
#include "recordtablemodel.h"
#include "testdatabase.h"

#include "document/document.h"
#include "import/importbatches.h"
#include "import/importer.h"
#include "storage/networkrepository.h"
#include "storage/sqlquery.h"

#include "widgettesting.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;
using namespace AllianceDesk::Test;

using AllianceDesk::Test::writeFile;

namespace {

const QString urduName = u"پاکستان سول سوسائٹی الائنس"_s;
const QString russianName = u"Союз гражданских организаций"_s;
const QString hindiName = u"मर्दों का साथ मंच"_s;

int countNamed(const QSqlDatabase &db, const QString &name)
{
    SqlQuery query(db, u"SELECT count(*) FROM organisations WHERE name = :name"_s);
    query.bind(u":name"_s, name).exec();
    return query.next() ? query.value(0).toInt() : -1;
}

/// True when the window's table shows a row whose name is @p name.
bool listShows(MainWindow &window, const QString &name)
{
    RecordTableModel *model = window.tableModel();
    const int column = model->columnOf(u"name"_s);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == name)
            return true;
    }
    return false;
}

struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;
    Fixture()
    {
        window.setDatabase(Database::open(path(), Database::OpenMode::CreateIfMissing));
        window.resize(1000, 700);
    }
    QString path() const { return dir.filePath(u"alliance.alliancedesk"_s); }
    QSqlDatabase db() { return window.document()->connection(); }
    /// Imports @p file as the command line does: its own connection, the window's undo stack untouched.
    ImportResult importElsewhere(const QString &file)
    {
        const auto database = Database::open(path());
        Importer importer(file, {});
        return importer.run(database->connection());
    }
    /// Imports @p file as the wizard does: on another connection, then pushed on the window's undo stack.
    ImportResult importInWindow(const QString &file)
    {
        const ImportResult result = importElsewhere(file);
        window.document()->pushImport(u"Import %1"_s.arg(QFileInfo(file).fileName()), result.batchId);
        return result;
    }
};

QString members(const QTemporaryDir &dir)
{
    return writeFile(dir, u"شراکت دار.csv"_s,
                     u"Name;Country;City\n"_s + urduName + u";PK;Lahore\n"_s + russianName + u";RU;Moscow\n"_s +
                         hindiName + u";IN;Lucknow\n"_s);
}

} // namespace

TEST_CASE("File > Import History lists every batch from the database and undoes and redoes one, after a restart too",
          "[importhistory]")
{
    Fixture fixture;
    const QString path = members(fixture.dir);
    // Made before this window opened (the command line, another session): the undo stack knows nothing of them.
    const ImportResult first = fixture.importElsewhere(path);
    const QString nothing = writeFile(fixture.dir, u"nothing.csv"_s, u"Name;Country\n;PK\n"_s);
    const ImportResult second = fixture.importElsewhere(nothing);
    REQUIRE(first.created == 3);
    REQUIRE(second.rejected == 1);
    fixture.window.document()->checkForExternalChanges();
    fixture.window.showList(ListKind::Organisations);
    REQUIRE(listShows(fixture.window, urduName));
    CHECK(fixture.window.document()->undoStack()->count() == 0);

    QAction *action = nullptr;
    for (QAction *menu : fixture.window.menuBar()->actions()) {
        if (QMenu *items = menu->menu()) {
            for (QAction *item : items->actions()) {
                if (item->text() == u"Import &History…"_s)
                    action = item;
            }
        }
    }
    CHECK(action != nullptr);

    ImportHistoryDialog dialog(&fixture.window);
    dialog.show();
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
    // The newest first, selected.
    CHECK(dialog.selectedBatch() == second.batchId);
    CHECK(cell(0, ImportHistoryDialog::FileColumn) == u"nothing.csv"_s);
    CHECK(cell(1, ImportHistoryDialog::BatchColumn) == QString::number(first.batchId));
    CHECK(cell(1, ImportHistoryDialog::KindColumn) == u"Organisations"_s);
    CHECK(cell(1, ImportHistoryDialog::FileColumn) == u"شراکت دار.csv"_s);
    CHECK(cell(1, ImportHistoryDialog::UserColumn) == ImportBatches::get(fixture.db(), first.batchId).user);
    CHECK_FALSE(cell(1, ImportHistoryDialog::UserColumn).isEmpty());
    CHECK(cell(1, ImportHistoryDialog::CreatedColumn) == u"3"_s);
    CHECK(cell(1, ImportHistoryDialog::UpdatedColumn) == u"0"_s);
    CHECK(cell(1, ImportHistoryDialog::SkippedColumn) == u"0"_s);
    CHECK(cell(1, ImportHistoryDialog::RejectedColumn) == u"0"_s);
    CHECK(cell(0, ImportHistoryDialog::RejectedColumn) == u"1"_s);
    CHECK(cell(1, ImportHistoryDialog::StateColumn) == u"Imported"_s);
    CHECK_FALSE(cell(1, ImportHistoryDialog::StartedColumn).isEmpty());
    CHECK_FALSE(cell(1, ImportHistoryDialog::FinishedColumn).isEmpty());

    // An import that changed nothing has nothing to undo.
    CHECK_FALSE(dialog.undoButton()->isEnabled());
    CHECK_FALSE(dialog.redoButton()->isEnabled());

    // The file's SHA-256, whole, selectable and copied.
    REQUIRE(dialog.selectBatch(first.batchId));
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(Test::fileBytes(path), QCryptographicHash::Sha256).toHex());
    CHECK(dialog.sha256Field()->text() == sha256);
    CHECK(dialog.sha256Field()->isReadOnly());
    CHECK(cell(1, ImportHistoryDialog::Sha256Column) == sha256.left(12) + u'…');
    saveShot(dialog, u"import-history"_s);

    REQUIRE(dialog.undoButton()->isEnabled());
    CHECK_FALSE(dialog.redoButton()->isEnabled());
    REQUIRE(dialog.undoSelected());
    CHECK(countNamed(fixture.db(), urduName) == 0);
    CHECK(countNamed(fixture.db(), hindiName) == 0);
    CHECK(ImportBatches::get(fixture.db(), first.batchId).undone.isValid());
    CHECK_FALSE(listShows(fixture.window, urduName)); // the window read its list again
    CHECK(dialog.selectedBatch() == first.batchId);
    CHECK(cell(1, ImportHistoryDialog::StateColumn).startsWith(u"Undone on "_s));
    CHECK(dialog.messageLabel()->text() ==
          u"Import batch %1 (\u2068شراکت دار.csv\u2069) was undone: 3 created records removed, 0 updated records "
          "restored."_s.arg(first.batchId));
    CHECK_FALSE(dialog.undoButton()->isEnabled());
    REQUIRE(dialog.redoButton()->isEnabled());
    saveShot(dialog, u"import-history-undone"_s);

    REQUIRE(dialog.redoSelected());
    CHECK(countNamed(fixture.db(), urduName) == 1);
    CHECK(countNamed(fixture.db(), russianName) == 1);
    CHECK(countNamed(fixture.db(), hindiName) == 1);
    CHECK_FALSE(ImportBatches::get(fixture.db(), first.batchId).undone.isValid());
    CHECK(listShows(fixture.window, hindiName));
    CHECK(cell(1, ImportHistoryDialog::StateColumn) == u"Imported"_s);
    CHECK(dialog.undoButton()->isEnabled());

    // A dialog opened later (a restart reads the same table) shows the same.
    ImportHistoryDialog again(&fixture.window);
    CHECK(again.table()->rowCount() == 2);
    CHECK(again.table()->item(1, ImportHistoryDialog::StateColumn)->text() == u"Imported"_s);
}

TEST_CASE("The import history says why a batch cannot be undone, and changes nothing", "[importhistory]")
{
    Fixture fixture;
    const ImportResult result = fixture.importElsewhere(members(fixture.dir));
    fixture.window.document()->checkForExternalChanges();
    ImportHistoryDialog dialog(&fixture.window);
    REQUIRE(dialog.selectBatch(result.batchId));

    SECTION("A record it created was edited since")
    {
        fixture.window.document()->perform(u"Edit"_s, [](const QSqlDatabase &db) {
            SqlQuery query(db, u"UPDATE organisations SET city = 'Karachi' WHERE city = 'Lahore'"_s);
            query.exec();
        });
        const QString before = Test::dumpDatabase(fixture.db(), {u"audit_log"_s, u"search_"_s});
        CHECK_FALSE(dialog.undoSelected());
        CHECK(dialog.messageLabel()->isVisibleTo(&dialog));
        CHECK(dialog.messageLabel()->text().startsWith(
            u"Import batch %1 (شراکت دار.csv) cannot be undone:"_s.arg(result.batchId)));
        CHECK(dialog.messageLabel()->text().endsWith(u"It was edited after the import; undo those edits first."_s));
        CHECK(Test::dumpDatabase(fixture.db(), {u"audit_log"_s, u"search_"_s}) == before);
        CHECK_FALSE(ImportBatches::get(fixture.db(), result.batchId).undone.isValid());
        CHECK(dialog.table()->item(0, ImportHistoryDialog::StateColumn)->text() == u"Imported"_s);

        // Undoing the edit first lets the import be undone.
        fixture.window.document()->undoStack()->undo();
        CHECK(dialog.undoSelected());
        CHECK(countNamed(fixture.db(), urduName) == 0);
    }
    SECTION("Another program undid it first")
    {
        {
            const auto other = Database::open(fixture.path());
            ImportBatches::undo(other->connection(), result.batchId);
        }
        CHECK_FALSE(dialog.undoSelected());
        CHECK(dialog.messageLabel()->text().startsWith(
            u"Import batch %1 (شراکت دار.csv) was already undone on "_s.arg(result.batchId)));
        // The dialog now shows it as it is.
        CHECK(dialog.table()->item(0, ImportHistoryDialog::StateColumn)->text().startsWith(u"Undone on "_s));
        CHECK(dialog.redoButton()->isEnabled());
    }
}

TEST_CASE("An import undone or redone from the history keeps Edit > Undo and Redo in step", "[importhistory]")
{
    Fixture fixture;
    Document *document = fixture.window.document();
    QUndoStack *stack = document->undoStack();
    QSignalSpy failures(document, &Document::failed);
    const ImportResult result = fixture.importInWindow(members(fixture.dir));
    REQUIRE(stack->count() == 1);
    REQUIRE(stack->undoText() == u"Import شراکت دار.csv"_s);
    ImportHistoryDialog dialog(&fixture.window);
    REQUIRE(dialog.selectBatch(result.batchId));

    SECTION("The import is the next undo: the history's undo moves the stack, which then offers Redo")
    {
        REQUIRE(dialog.undoSelected());
        CHECK(countNamed(fixture.db(), urduName) == 0);
        CHECK_FALSE(stack->canUndo()); // no stale "Undo Import" left on the Edit menu
        CHECK(stack->canRedo());
        CHECK(stack->redoText() == u"Import شراکت دار.csv"_s);
        CHECK(stack->count() == 1);

        stack->redo(); // Edit > Redo does the import again, once
        CHECK(countNamed(fixture.db(), urduName) == 1);
        CHECK_FALSE(ImportBatches::get(fixture.db(), result.batchId).undone.isValid());
        CHECK(dialog.table()->item(0, ImportHistoryDialog::StateColumn)->text() == u"Imported"_s);

        // And the other way round: Edit > Undo, then Redo from the history, leaves Edit > Undo offering the import.
        stack->undo();
        CHECK(countNamed(fixture.db(), urduName) == 0);
        REQUIRE(dialog.redoButton()->isEnabled());
        REQUIRE(dialog.redoSelected());
        CHECK(countNamed(fixture.db(), urduName) == 1);
        CHECK(stack->canUndo());
        CHECK(stack->undoText() == u"Import شراکت دار.csv"_s);
        CHECK_FALSE(stack->canRedo());
        CHECK(failures.isEmpty());
    }
    SECTION("Edits came after the import: the stack stays, and its import step finds the batch already undone")
    {
        document->perform(u"Edit Green Earth"_s, [](const QSqlDatabase &db) {
            Network network;
            network.name = u"Green Earth"_s;
            NetworkRepository(db).add(network);
        });
        REQUIRE(stack->count() == 2);
        REQUIRE(dialog.undoSelected());
        CHECK(countNamed(fixture.db(), urduName) == 0);
        CHECK(stack->undoText() == u"Edit Green Earth"_s);
        stack->undo(); // the edit
        CHECK_FALSE(NetworkRepository(fixture.db()).findAsTyped(u"Green Earth"_s).has_value());
        REQUIRE(stack->undoText() == u"Import شراکت دار.csv"_s);
        const QString before = Test::dumpDatabase(fixture.db(), {u"audit_log"_s, u"search_"_s});
        stack->undo(); // already undone: nothing happens twice, nothing fails
        CHECK(Test::dumpDatabase(fixture.db(), {u"audit_log"_s, u"search_"_s}) == before);
        CHECK(failures.isEmpty());
        CHECK(stack->index() == 0);
        stack->redo(); // the import comes back, once
        CHECK(countNamed(fixture.db(), urduName) == 1);
        CHECK_FALSE(ImportBatches::get(fixture.db(), result.batchId).undone.isValid());
        CHECK(failures.isEmpty());
    }
}
