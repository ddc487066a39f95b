#include "mainwindow.h"
#include "detailpane.h"
#include "editors/membershipform.h"
#include "editors/membershipstatusdialog.h"
#include "editors/organisationform.h"
#include "editors/recordpicker.h"
#include "navigatormodel.h"
#include "recentfiles.h"
#include "recordtablemodel.h"
#include "scratchmount.h"
#include "testdatabase.h"
#include "widgettesting.h"

#include "document/changecommand.h"
#include "sample/samplealliance.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/recordremover.h"
#include "util/countrycatalog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Database> sampleDatabase(const QTemporaryDir &dir)
{
    auto database = Database::open(dir.filePath(u"sample.alliancedesk"_s), Database::OpenMode::CreateIfMissing);
    SampleAlliance::load(*database);
    return database;
}

/// Selects the table row whose column @p key shows @p text; false when there is none.
bool selectRow(MainWindow &window, const QString &key, const QString &text)
{
    RecordTableModel *model = window.tableModel();
    const int column = model->columnOf(key);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().contains(text)) {
            window.tableView()->setCurrentIndex(model->index(row, column));
            return true;
        }
    }
    return false;
}

/// Opens the sample alliance in @p window (in @p dir), shown at a usual size.
void showSample(MainWindow &window, const QTemporaryDir &dir)
{
    window.setDatabase(sampleDatabase(dir));
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

/// The menu action whose text (without its & mnemonic) is @p text, or nullptr.
QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

void saveShot(QWidget &widget, const QString &name)
{
    QDir().mkpath(u"/tmp/alliancedesk-shots"_s);
    REQUIRE(widget.grab().save(u"/tmp/alliancedesk-shots/"_s + name + u".png"_s));
}

} // namespace

TEST_CASE("The main window browses the sample alliance", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setDatabase(sampleDatabase(dir));
    window.resize(1400, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.windowTitle() == u"sample.alliancedesk"_s); // shown as "sample.alliancedesk — AllianceDesk"
    NavigatorModel *navigator = window.navigatorModel();
    QStringList labels;
    for (int row = 0; row < navigator->rowCount(); ++row)
        labels << navigator->index(row, 0).data().toString();
    CHECK(labels == QStringList{u"Networks"_s, u"Organisations"_s, u"People"_s, u"Memberships"_s, u"Programs"_s,
                                u"Support groups"_s, u"Events"_s, u"Concerns"_s});
    const QSqlDatabase db = window.database()->connection();

    SECTION("a network shows its memberships and its secretariat history")
    {
        const qint64 pakistan = NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s).value();
        window.navigatorView()->setCurrentIndex(navigator->indexForNetwork(pakistan));
        REQUIRE(window.tableModel()->kind() == ListKind::Memberships);
        CHECK(window.tableModel()->rowCount() ==
              navigator->indexForNetwork(pakistan).siblingAtColumn(1).data().toInt());
        CHECK(window.tableModel()->rowCount() == 10);

        const QString text = window.detailPane()->toPlainText();
        CHECK(text.contains(u"MenEngage Alliance Pakistan"_s));
        const QStringList hosts{u"UNDP Pakistan"_s, u"ROZAN"_s, u"AMAL Human Development Network"_s,
                                u"Shirakat-Partnership for Development"_s};
        qsizetype previous = text.indexOf(u"Secretariat"_s);
        REQUIRE(previous >= 0);
        for (const QString &host : hosts) {
            INFO(host.toStdString());
            const qsizetype at = text.indexOf(host, previous);
            CHECK(at > previous);
            previous = at;
        }
        CHECK(text.contains(u"To engage men and boys in the efforts for gender equality and ending violence."_s));
        CHECK(text.contains(u"A growing network of NGOs, Pakistani and UN agencies"_s));
        CHECK(text.contains(u"advocacy and policy"_s));
        CHECK(text.contains(QLocale().toString(QDate(2007, 3, 1), u"MMMM yyyy"_s) + u" – "_s +
                            QLocale().toString(QDate(2009, 4, 1), u"MMMM yyyy"_s)));
        CHECK(text.contains(u"current"_s));
        CHECK(text.contains(u"MEN UNiTE"_s)); // the sub-national network under it
        CHECK(window.statusBar()->findChild<QLabel *>()->text() == u"10 row(s)"_s);
    }

    SECTION("support groups: the whole count at once")
    {
        window.navigatorView()->setCurrentIndex(navigator->indexForList(ListKind::SupportGroups));
        CHECK(window.tableView()->model()->rowCount() == 180);
        CHECK(window.statusBar()->findChild<QLabel *>()->text() == u"180 row(s)"_s);
        window.tableView()->setCurrentIndex(window.tableModel()->index(0, 1));
        CHECK(window.detailPane()->toPlainText().contains(u"Meetings"_s));
    }

    SECTION("programs show their reach over time")
    {
        window.showList(ListKind::Programs);
        REQUIRE(selectRow(window, u"name"_s, u"MASVAW"_s));
        QString text = window.detailPane()->toPlainText();
        CHECK((text.contains(u"Centre for Health and Social Justice"_s) || text.contains(u"CHSJ"_s)));
        CHECK(text.contains(u"Villages"_s));
        CHECK(text.contains(QLocale().toString(150)));
        CHECK(text.contains(QLocale().toString(20)));

        REQUIRE(selectRow(window, u"name"_s, u"EkSaath"_s));
        text = window.detailPane()->toPlainText();
        CHECK(text.contains(QLocale().toString(1000)));
        CHECK(text.contains(QLocale().toString(200)));
        CHECK(text.contains(u"One Billion Rising"_s)); // the partner

        REQUIRE(selectRow(window, u"name"_s, u"MOVE"_s));
        text = window.detailPane()->toPlainText();
        CHECK(text.contains(u"Support groups (180)"_s));
        CHECK(text.contains(u"Peshawar"_s));
    }

    SECTION("the search field filters the list after a short pause")
    {
        window.showList(ListKind::People);
        const int all = window.tableModel()->rowCount();
        window.searchField()->setText(u"мария"_s);
        CHECK(window.tableModel()->rowCount() == all); // debounced, not yet applied
        REQUIRE(QTest::qWaitFor([&] { return window.tableModel()->rowCount() == 1; }, 2000));
        CHECK(window.tableModel()->index(0, window.tableModel()->columnOf(u"native_name"_s)).data().toString() ==
              u"Мария Иванова"_s);
        window.searchField()->clear();
        REQUIRE(QTest::qWaitFor([&] { return window.tableModel()->rowCount() == all; }, 2000));
    }

    SECTION("the detail pane follows the list: a search with no rows, a deleted record, another kind of list")
    {
        window.showList(ListKind::Organisations);
        REQUIRE(selectRow(window, u"name"_s, u"Multan Men's Health Initiative"_s));
        const int multanRow = window.tableView()->currentIndex().row();
        CHECK(window.detailPane()->toPlainText().contains(u"Multan Men's Health Initiative"_s));
        window.searchField()->setText(u"zzqqxx"_s);
        REQUIRE(QTest::qWaitFor([&] { return window.tableModel()->rowCount() == 0; }, 2000));
        CHECK(window.detailPane()->toPlainText().isEmpty()); // not the record the list no longer shows
        window.searchField()->clear();
        REQUIRE(QTest::qWaitFor([&] { return window.tableModel()->rowCount() > 1; }, 2000));
        CHECK(window.tableView()->currentIndex().row() == 0); // the list opens on its first record again

        // Editing a record keeps it selected; deleting it shows the record that takes its row.
        REQUIRE(selectRow(window, u"name"_s, u"Multan Men's Health Initiative"_s));
        const qint64 multan = window.tableModel()->recordId(multanRow);
        window.document()->perform(u"Rename"_s, [multan](const QSqlDatabase &connection) {
            OrganisationRepository repository(connection);
            Organisation organisation = repository.get(multan);
            organisation.notes = u"Edited in a test"_s;
            repository.update(organisation);
        });
        CHECK(window.tableView()->currentIndex().row() == multanRow);
        CHECK(window.detailPane()->toPlainText().contains(u"Edited in a test"_s));
        window.document()->perform(u"Delete"_s, [multan](const QSqlDatabase &connection) {
            OrganisationRepository(connection).remove(multan, RecordRemover::Policy::DeleteDependents);
        });
        REQUIRE(window.tableView()->currentIndex().row() == multanRow);
        const QString next =
            window.tableModel()->index(multanRow, window.tableModel()->columnOf(u"name"_s)).data().toString();
        CHECK(window.detailPane()->toPlainText().contains(next));
        CHECK_FALSE(window.detailPane()->toPlainText().contains(u"cannot be shown"_s));

        // A search typed for organisations does not follow to another kind of list.
        window.searchField()->setText(u"rozan"_s);
        REQUIRE(QTest::qWaitFor([&] { return window.tableModel()->rowCount() == 1; }, 2000));
        window.showList(ListKind::SupportGroups);
        CHECK(window.searchField()->text().isEmpty());
        CHECK(window.tableModel()->rowCount() == 180);
    }

    SECTION("File > Back Up writes a copy that opens with the same records")
    {
        const QString copy = dir.filePath(u"copy.alliancedesk"_s);
        REQUIRE(window.backUpTo(copy));
        auto backup = Database::open(copy);
        QSqlQuery count(backup->connection());
        REQUIRE(
            count.exec(u"SELECT (SELECT count(*) FROM organisations) || '/' || (SELECT count(*) FROM participants)"_s));
        REQUIRE(count.next());
        QSqlQuery original(db);
        REQUIRE(original.exec(
            u"SELECT (SELECT count(*) FROM organisations) || '/' || (SELECT count(*) FROM participants)"_s));
        REQUIRE(original.next());
        CHECK(count.value(0).toString() == original.value(0).toString());
        bool offered = false;
        for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
            offered = offered || action->text() == u"&Back Up…"_s;
        CHECK(offered);
    }

    SECTION("sorting by a header sorts the whole list")
    {
        window.showList(ListKind::Organisations);
        const int name = window.tableModel()->columnOf(u"name"_s);
        window.tableView()->sortByColumn(name, Qt::DescendingOrder);
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT name FROM organisations ORDER BY name COLLATE NOCASE DESC LIMIT 1"_s));
        REQUIRE(query.next());
        CHECK(window.tableModel()->index(0, name).data().toString() == query.value(0).toString());
    }

    SECTION("a file that is not a database is refused and the open one stays open")
    {
        const QString bad = dir.filePath(u"notes.alliancedesk"_s);
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a database.\n");
        file.close();
        Database *before = window.database();

        // Answer the message box when it comes.
        QString message;
        QTimer closer;
        closer.setInterval(20);
        QObject::connect(&closer, &QTimer::timeout, &closer, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                message = box->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
                box->close();
            }
        });
        closer.start();
        CHECK_FALSE(window.openDatabase(bad));
        closer.stop();
        CHECK(message.contains(u"notes.alliancedesk"_s));
        CHECK(message.contains(u"still open"_s));
        CHECK(window.database() == before);
        CHECK(window.windowTitle() == u"sample.alliancedesk"_s); // shown as "sample.alliancedesk — AllianceDesk"
        CHECK(Test::fileBytes(bad) == QByteArray("These are meeting notes, not a database.\n"));
    }
}

// Run by hand: ui_tests "[screenshots]", then look at /tmp/alliancedesk-shots/*.png.
TEST_CASE("Screenshots of the main window", "[.screenshots]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setDatabase(sampleDatabase(dir));
    window.resize(1500, 850);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QSqlDatabase db = window.database()->connection();

    window.showNetwork(NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s).value());
    saveShot(window, u"network-pakistan"_s);

    window.showList(ListKind::Organisations);
    REQUIRE(selectRow(window, u"name"_s, u"Lahore Fathers"_s));
    saveShot(window, u"organisation-urdu"_s);

    REQUIRE(selectRow(window, u"name"_s, u"Minsk"_s));
    saveShot(window, u"organisation-russian"_s);

    window.showList(ListKind::People);
    REQUIRE(selectRow(window, u"name"_s, u"Aisha Khan"_s));
    saveShot(window, u"people-urdu"_s);
    REQUIRE(selectRow(window, u"name"_s, u"Nino Beridze"_s));
    saveShot(window, u"people-georgian"_s);

    window.showList(ListKind::Programs);
    REQUIRE(selectRow(window, u"name"_s, u"EkSaath"_s));
    saveShot(window, u"program-hindi"_s);

    window.showList(ListKind::SupportGroups);
    window.tableView()->setCurrentIndex(window.tableModel()->index(0, 1));
    saveShot(window, u"support-group"_s);

    // The application font, large, on the names the fonts must get right.
    QLabel sample(u"عائشہ خان — روزن — شراکت — لاہور فادرز فورم\nМария Иванова — किशोर वार्ता — ნინო ბერიძე"_s);
    QFont font = sample.font();
    font.setPointSize(28);
    sample.setFont(font);
    sample.adjustSize();
    saveShot(sample, u"fonts"_s);
}

namespace {

/// The problem message boxes the window has on screen.
QList<QMessageBox *> visibleProblemBoxes(MainWindow &window)
{
    QList<QMessageBox *> boxes;
    for (QMessageBox *box : window.findChildren<QMessageBox *>(u"problemMessage"_s)) {
        if (box->isVisible())
            boxes << box;
    }
    return boxes;
}

} // namespace

TEST_CASE("A database that cannot be read is said once, in words, and the window goes on", "[ui][mainwindow][failure]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setDatabase(sampleDatabase(dir));
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showList(ListKind::SupportGroups);
    REQUIRE(window.tableModel()->rowCount() == 180);
    const QString path = dir.filePath(u"sample.alliancedesk"_s);
    CHECK(window.problem().isEmpty());

    // Another program takes the table away: every read of the list fails from now on.
    auto other = Database::open(path);
    QSqlQuery alter(other->connection());
    REQUIRE(alter.exec(u"ALTER TABLE support_groups RENAME TO support_groups_elsewhere"_s));

    // The window reads everything again (as it does when another program commits): the navigator, the table and
    // the detail pane all fail, and nothing is thrown into the event loop.
    window.refresh();
    QCoreApplication::processEvents();
    window.refresh();
    QCoreApplication::processEvents();
    CHECK(window.tableModel()->rowCount() == 0);
    const QList<QMessageBox *> boxes = visibleProblemBoxes(window);
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.at(0)->windowTitle() == u"Cannot read the database"_s);
    CHECK(boxes.at(0)->text().startsWith(u"The database could not be read: "_s));
    CHECK(boxes.at(0)->text().contains(u"View → Refresh tries again"_s));
    CHECK(window.problem().startsWith(u"The database could not be read: "_s));
    CHECK(window.statusBar()->findChild<QLabel *>(u"problemLabel"_s)->text().startsWith(u"The database could not"_s));
    // The navigator still offers every list, in its order.
    QStringList labels;
    for (int row = 0; row < window.navigatorModel()->rowCount(); ++row)
        labels << window.navigatorModel()->index(row, 0).data().toString();
    CHECK(labels == QStringList{u"Networks"_s, u"Organisations"_s, u"People"_s, u"Memberships"_s, u"Programs"_s,
                                u"Support groups"_s, u"Events"_s, u"Concerns"_s});
    // The user can still move around: other lists read well.
    window.showList(ListKind::Organisations);
    CHECK(window.tableModel()->rowCount() > 0);
    CHECK(window.tableModel()->failure().isEmpty());

    // Once the table is back, Refresh reads well and the problem leaves the status bar.
    boxes.at(0)->accept();
    REQUIRE(alter.exec(u"ALTER TABLE support_groups_elsewhere RENAME TO support_groups"_s));
    window.showList(ListKind::SupportGroups);
    window.refresh();
    QCoreApplication::processEvents();
    CHECK(window.tableModel()->rowCount() == 180);
    CHECK(window.problem().isEmpty());
    CHECK(visibleProblemBoxes(window).isEmpty());
}

TEST_CASE("An undo that cannot be applied is said in words and the edit before it can still be undone",
          "[ui][mainwindow][failure]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setDatabase(sampleDatabase(dir));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Document *document = window.document();
    document->perform(u"Move ROZAN"_s, [](const QSqlDatabase &connection) {
        QSqlQuery(connection).exec(u"UPDATE organisations SET city = 'Lahore' WHERE name = 'ROZAN'"_s);
    });
    document->undoStack()->push(
        new ChangeCommand(*document, u"Damaged edit"_s, QByteArray("\x12\x00garbage", 9), /*alreadyApplied=*/true));

    // Edit > Undo, as the user would choose it.
    QAction *undo = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
    }
    REQUIRE(undo != nullptr);
    CHECK(undo->text() == u"&Undo Damaged edit"_s);
    undo->trigger();
    QCoreApplication::processEvents();

    const QList<QMessageBox *> boxes = visibleProblemBoxes(window);
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.at(0)->windowTitle() == u"Cannot undo or redo"_s);
    CHECK(boxes.at(0)->text().startsWith(u"Cannot invert the changes"_s));
    boxes.at(0)->accept();
    // The damaged step is gone from the history; the one before it is next and still works.
    CHECK(undo->text() == u"&Undo Move ROZAN"_s);
    undo->trigger();
    QSqlQuery city(window.database()->connection());
    REQUIRE(city.exec(u"SELECT coalesce(city, '') FROM organisations WHERE name = 'ROZAN'"_s));
    REQUIRE(city.next());
    CHECK(city.value(0).toString() != u"Lahore"_s);
    CHECK(visibleProblemBoxes(window).isEmpty());
}

TEST_CASE("Opening a file makes the day's backup on a worker, once a day", "[ui][mainwindow][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.alliancedesk"_s);
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::dailyBackupFinished);
        window.setDatabase(sampleDatabase(dir));
        // The window is usable while the copy is made; the copy is there when the worker says so.
        REQUIRE(finished.wait(10000));
        const QList<BackupStore::Backup> backups = BackupStore(path).list();
        REQUIRE(backups.size() == 1);
        CHECK(backups.first().kind == BackupStore::Kind::Daily);
        auto copy = Database::open(backups.first().path, Database::OpenMode::OpenExisting);
        CHECK(Test::dumpDatabase(copy->connection()) == Test::dumpDatabase(window.document()->connection()));
    }
    {
        // A second opening the same day makes none.
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::dailyBackupFinished);
        window.setDatabase(Database::open(path));
        REQUIRE(finished.wait(10000));
        CHECK(BackupStore(path).list().size() == 1);
    }
}

TEST_CASE("A file on a read-only medium opens for reading, with the actions that would change it disabled",
          "[ui][mainwindow][readonly]")
{
    Test::ScratchMount medium(u"size=32m"_s);
    if (!medium.mounted()) {
        WARN("tmpfs cannot be mounted here (not root?): the read-only medium is not tried");
        return;
    }
    const QString path = medium.filePath(u"alliance.alliancedesk"_s);
    {
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        SampleAlliance::load(*database);
    }
    REQUIRE(medium.remount(u"ro"_s));
    MainWindow window;
    window.setDatabase(Database::open(path));
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().contains(u"(read-only)"_s));
    window.showList(ListKind::Organisations);
    REQUIRE(selectRow(window, u"name"_s, u"ROZAN"_s));
    QCoreApplication::processEvents();
    REQUIRE(menuAction(window, u"Delete Record…"_s) != nullptr);
    CHECK_FALSE(menuAction(window, u"Delete Record…"_s)->isEnabled());
    CHECK_FALSE(menuAction(window, u"New Record…"_s)->isEnabled());
    CHECK(menuAction(window, u"Edit Record…"_s)->isEnabled()); // the record can still be looked at
    // No daily backup is made of a file that cannot change; nothing is written beside it.
    CHECK_FALSE(QFileInfo::exists(medium.filePath(u"backups"_s)));
}

TEST_CASE("After Change Status the membership acted on stays selected and in view, wherever it sorts to",
          "[ui][mainwindow][selection]")
{
    // Seen in the walkthrough: after Change Status → Save the selection jumped to the first row, and the detail pane
    // showed another organisation.
    QTemporaryDir dir;
    MainWindow window;
    showSample(window, dir);
    window.showList(ListKind::Memberships);
    RecordTableModel *model = window.tableModel();
    model->sort(model->columnOf(u"status"_s), Qt::AscendingOrder); // a new status moves the row
    REQUIRE(selectRow(window, u"organisation"_s, u"ROZAN"_s));
    const int before = window.tableView()->currentIndex().row();
    const qint64 membership = model->recordId(before);

    MembershipStatusDialog dialog(window.document(), membership, &window);
    auto *status = dialog.findChild<QComboBox *>(u"status"_s);
    REQUIRE(status != nullptr);
    status->setCurrentIndex(status->findData(u"withdrawn"_s));
    REQUIRE(dialog.save());
    QCoreApplication::processEvents();

    const int after = window.tableView()->currentIndex().row();
    CHECK(after != before);                      // it did move ...
    CHECK(model->recordId(after) == membership); // ... and the selection went with it
    CHECK(model->index(after, model->columnOf(u"organisation"_s)).data().toString() == u"ROZAN"_s);
}

TEST_CASE("A record just created is the one selected afterwards", "[ui][mainwindow][selection]")
{
    QTemporaryDir dir;
    MainWindow window;
    showSample(window, dir);
    window.showList(ListKind::Organisations);
    REQUIRE(selectRow(window, u"name"_s, u"ROZAN"_s));

    QAction *newRecord = menuAction(window, u"New Record…"_s);
    REQUIRE(newRecord != nullptr);
    CHECK(newRecord->shortcut() == QKeySequence(QKeySequence::New)); // Ctrl+N: a record, not a database
    newRecord->trigger();
    auto *form = window.findChild<OrganisationForm *>();
    REQUIRE(form != nullptr);
    Test::typeInto(*form, u"name"_s, u"Zanzibar Men for Equality"_s); // sorts last: far from the row selected before
    form->accept();
    QCoreApplication::processEvents();

    RecordTableModel *model = window.tableModel();
    const int row = window.tableView()->currentIndex().row();
    REQUIRE(row >= 0);
    CHECK(model->index(row, model->columnOf(u"name"_s)).data().toString() == u"Zanzibar Men for Equality"_s);
}

TEST_CASE("The database opened at start is in File > Open Recent", "[ui][mainwindow][recent]")
{
    // Seen in the walkthrough: the menu said "No recent databases" with the default database open.
    RecentFiles::clear();
    QTemporaryDir dir;
    MainWindow window;
    showSample(window, dir); // as main() does with the default database or the one named on the command line
    CHECK(RecentFiles::files().contains(window.document()->database().path()));
}

TEST_CASE("Record > Add to Network makes a membership of the organisation selected", "[ui][mainwindow][membership]")
{
    QTemporaryDir dir;
    MainWindow window;
    showSample(window, dir);
    window.showList(ListKind::Organisations);
    REQUIRE(selectRow(window, u"name"_s, u"ROZAN"_s));
    const qint64 rozan = *OrganisationRepository(window.document()->connection()).findByName(u"ROZAN"_s);
    QAction *add = menuAction(window, u"Add to Network…"_s);
    REQUIRE(add != nullptr);
    REQUIRE(add->isEnabled());
    add->trigger();
    auto *form = window.findChild<MembershipForm *>();
    REQUIRE(form != nullptr);
    auto *organisation = form->findChild<RecordPicker *>(u"organisation"_s);
    REQUIRE(organisation != nullptr);
    CHECK(organisation->recordId() == rozan); // the organisation is chosen already
    auto *network = form->findChild<RecordPicker *>(u"network"_s);
    const qint64 southAsia =
        *NetworkRepository(window.document()->connection()).findByName(u"MenEngage Alliance South Asia"_s);
    const auto isMember = [&] {
        const QList<Membership> memberships =
            MembershipRepository(window.document()->connection()).forOrganisation(rozan);
        return std::any_of(memberships.begin(), memberships.end(),
                           [&](const Membership &membership) { return membership.networkId == southAsia; });
    };
    REQUIRE_FALSE(isMember());
    network->setRecordId(southAsia);
    form->accept();
    QCoreApplication::processEvents();
    CHECK(isMember());
}

TEST_CASE("The navigator cuts a long network name in the middle, keeping where it ends", "[ui][mainwindow][navigator]")
{
    // Networks of one alliance differ at the end of their names ("MenEngage Alliance … Pakistan").
    QTemporaryDir dir;
    MainWindow window;
    showSample(window, dir);
    auto *navigator = window.findChild<QTreeView *>(u"navigator"_s);
    REQUIRE(navigator != nullptr);
    CHECK(navigator->textElideMode() == Qt::ElideMiddle);
    const QModelIndex pakistan = navigator->model()
                                     ->match(navigator->model()->index(0, 0), Qt::DisplayRole,
                                             u"MenEngage Alliance Pakistan"_s, 1, Qt::MatchRecursive | Qt::MatchExactly)
                                     .value(0);
    REQUIRE(pakistan.isValid());
    // The whole name is in its tooltip.
    CHECK(pakistan.data(Qt::ToolTipRole).toString().startsWith(u"MenEngage Alliance Pakistan"_s));
}

TEST_CASE("An edit reads again only the views it can change", "[ui][mainwindow][change]")
{
    QTemporaryDir dir;
    MainWindow window;
    showSample(window, dir);
    window.showList(ListKind::Organisations);
    REQUIRE(selectRow(window, u"name"_s, u"ROZAN"_s));
    QSignalSpy tableResets(window.tableModel(), &QAbstractItemModel::modelReset);
    QSignalSpy navigatorResets(window.navigatorModel(), &QAbstractItemModel::modelReset);
    Document *document = window.document();
    const QSqlDatabase db = document->connection();

    // An event's description is in no column of the organisations list nor in the navigator.
    const qint64 eventId = [&] {
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT id FROM events ORDER BY id LIMIT 1"_s));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }();
    document->perform(u"Edit event"_s, [eventId](const QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.prepare(u"UPDATE events SET description = 'Moved online' WHERE id = ?"_s);
        query.addBindValue(eventId);
        REQUIRE(query.exec());
    });
    CHECK(tableResets.count() == 0);
    CHECK(navigatorResets.count() == 0);

    // An organisation's city is: the list reads again and keeps ROZAN selected; the counts stand.
    const qint64 rozan = *OrganisationRepository(db).findByName(u"ROZAN"_s);
    document->perform(u"Edit organisation"_s, [rozan](const QSqlDatabase &connection) {
        OrganisationRepository organisations(connection);
        Organisation organisation = organisations.get(rozan);
        organisation.city = u"Rawalpindi"_s;
        organisations.update(organisation);
    });
    CHECK(tableResets.count() == 1);
    CHECK(navigatorResets.count() == 0);
    RecordTableModel *model = window.tableModel();
    const int row = window.tableView()->currentIndex().row();
    CHECK(model->index(row, model->columnOf(u"name"_s)).data().toString() == u"ROZAN"_s);
    CHECK(model->index(row, model->columnOf(u"city"_s)).data().toString() == u"Rawalpindi"_s);
    CHECK(window.findChild<DetailPane *>()->toPlainText().contains(u"Rawalpindi"_s));

    // A new organisation changes the navigator's count too.
    document->perform(u"Add organisation"_s, [](const QSqlDatabase &connection) {
        Organisation organisation;
        organisation.name = u"Mardan Youth Forum"_s;
        OrganisationRepository(connection).add(organisation);
    });
    CHECK(tableResets.count() == 2);
    CHECK(navigatorResets.count() == 1);
}
