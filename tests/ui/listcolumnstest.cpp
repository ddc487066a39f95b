// The list's columns shaped by the user (shown, hidden, moved, resized; per kind of list, across restarts), the
// collapsible detail pane, and Add to Network for several organisations at once.
#include "listcolumns.h"
#include "detailpane.h"
#include "editors/addtonetworkdialog.h"
#include "editors/recordpicker.h"
#include "editors/vocabularycombobox.h"
#include "mainwindow.h"
#include "recordtablemodel.h"

#include "sample/samplealliance.h"
#include "storage/database.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

/// Forgets every list's layout and the window's, as on a first start.
void forgetLayouts()
{
    QSettings settings;
    settings.remove(u"listColumns"_s);
    settings.remove(u"mainWindow"_s);
}

/// Opens @p path (the sample alliance, made on the first call) in @p window, shown at @p width × @p height.
void openSample(MainWindow &window, const QString &path, int width = 1200, int height = 700)
{
    if (!QFileInfo::exists(path)) {
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        SampleAlliance::load(*database);
    }
    REQUIRE(window.openDatabase(path));
    window.resize(width, height);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

/// The View › Columns entries for the list shown, as the header's context menu shows them too.
QAction *columnAction(MainWindow &window, QMenu &menu, const QString &title)
{
    menu.clear();
    window.listColumns()->fillMenu(&menu);
    for (QAction *action : menu.actions()) {
        if (action->text().remove(u'&') == title)
            return action;
    }
    return nullptr;
}

int column(MainWindow &window, const QString &key)
{
    const int index = window.tableModel()->columnOf(key);
    REQUIRE(index >= 0);
    return index;
}

bool hidden(MainWindow &window, const QString &key)
{
    return window.tableView()->isColumnHidden(column(window, key));
}

/// The keys of the columns hidden in the list shown.
QStringList hiddenKeys(MainWindow &window)
{
    QStringList keys;
    for (const ListColumn &definition : window.tableModel()->definition().columns) {
        const int index = window.tableModel()->columnOf(definition.key);
        if (index >= 0 && window.tableView()->isColumnHidden(index))
            keys << definition.key;
    }
    return keys;
}

/// The keys of the columns the definition says are hidden by default in list @p kind.
QStringList defaultHiddenKeys(MainWindow &window, ListKind kind)
{
    QStringList keys;
    for (const ListColumn &definition : window.tableModel()->definition().columns) {
        if (window.tableModel()->columnOf(definition.key) >= 0 && ListColumns::hiddenByDefault(kind, definition.key))
            keys << definition.key;
    }
    return keys;
}

QAction *viewAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text().remove(u'&') != u"View"_s)
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("A column hidden in one list stays hidden in that list only, after a restart", "[ui][columns]")
{
    forgetLayouts();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.alliancedesk"_s);
    int nameWidth = 0;
    {
        MainWindow window;
        openSample(window, path);
        window.showList(ListKind::Organisations);
        CHECK_FALSE(hidden(window, u"email"_s));
        QMenu menu;
        QAction *email = columnAction(window, menu, u"Email"_s);
        REQUIRE(email != nullptr);
        CHECK(email->isChecked());
        email->trigger();
        CHECK(hidden(window, u"email"_s));
        // Moved and widened too.
        QHeaderView *header = window.tableView()->horizontalHeader();
        header->moveSection(header->visualIndex(column(window, u"country"_s)),
                            header->visualIndex(column(window, u"name"_s)));
        CHECK(header->visualIndex(column(window, u"country"_s)) < header->visualIndex(column(window, u"name"_s)));
        nameWidth = header->sectionSize(column(window, u"name"_s)) + 57;
        header->resizeSection(column(window, u"name"_s), nameWidth);

        window.showList(ListKind::People);
        CHECK_FALSE(hidden(window, u"email"_s)); // People have their own layout
    }
    MainWindow window;
    openSample(window, path);
    window.showList(ListKind::Organisations);
    CHECK(hidden(window, u"email"_s));
    QHeaderView *header = window.tableView()->horizontalHeader();
    CHECK(header->visualIndex(column(window, u"country"_s)) < header->visualIndex(column(window, u"name"_s)));
    CHECK(header->sectionSize(column(window, u"name"_s)) == nameWidth);
    // A layout restored keeps the list in its natural order: no sort indicator from the saved state.
    CHECK(header->sortIndicatorSection() == -1);
    window.showList(ListKind::People);
    CHECK_FALSE(hidden(window, u"email"_s));
    // The network's members (a list of memberships) follow the memberships' layout, not the organisations'.
    window.showList(ListKind::Memberships);
    CHECK_FALSE(hidden(window, u"organisation"_s));
    forgetLayouts();
}

TEST_CASE("A list opens with the columns that matter, the rarely needed ones hidden", "[ui][columns]")
{
    forgetLayouts();
    QTemporaryDir dir;
    MainWindow window;
    openSample(window, dir.filePath(u"sample.alliancedesk"_s));
    window.showList(ListKind::Organisations);
    CHECK(hiddenKeys(window) == QStringList{u"id"_s, u"province"_s, u"phone"_s, u"website"_s});
    window.showList(ListKind::Events);
    CHECK(hiddenKeys(window) == QStringList{u"id"_s, u"online"_s, u"network"_s, u"country_count"_s});
    window.showList(ListKind::Concerns);
    CHECK(hiddenKeys(window) == QStringList{u"id"_s});
    // A hidden column is still in the list: the export and the detail pane have it.
    CHECK(window.tableModel()->columnOf(u"id"_s) == 0);
    int listsSeen = 0;
    for (const ListKind kind : allListKinds()) {
        window.showList(kind);
        if (window.tableModel()->kind() != kind)
            continue; // not a list of the navigator (secretariat terms and meetings are seen in their network, group)
        ++listsSeen;
        INFO(listDefinition(kind).name.toStdString());
        CHECK(hiddenKeys(window) == defaultHiddenKeys(window, kind));
        // No column is wider than the default allows: a long list of places does not push the others away.
        for (int index = 0; index < window.tableModel()->columnCount(); ++index)
            CHECK(window.tableView()->columnWidth(index) <= ListColumns::maximumDefaultWidth);
    }
    CHECK(listsSeen >= 8);
}

TEST_CASE("A layout saved for other columns is ignored", "[ui][columns]")
{
    forgetLayouts();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.alliancedesk"_s);
    QStringList current;
    {
        MainWindow window;
        openSample(window, path);
        window.showList(ListKind::Organisations);
        for (const ListColumn &definition : window.tableModel()->definition().columns) {
            if (window.tableModel()->columnOf(definition.key) >= 0)
                current << definition.key;
        }
    }
    REQUIRE(current.size() > 5);
    QStringList saved = current;
    int columns = static_cast<int>(current.size());
    SECTION("saved by a version whose list had fewer columns")
    {
        columns = 5;
        saved = current.mid(0, columns);
    }
    SECTION("saved by a version whose list had as many, but other, columns")
    {
        saved[current.indexOf(u"email"_s)] = u"fax"_s;
    }
    // The state of a header whose second and third columns were hidden.
    QStandardItemModel other(1, columns);
    QTableView otherTable;
    otherTable.setModel(&other);
    otherTable.horizontalHeader()->setSectionHidden(2, true);
    otherTable.horizontalHeader()->setSectionHidden(3, true);
    {
        QSettings settings;
        settings.setValue(ListColumns::settingsGroup(ListKind::Organisations) + u"/columns"_s, saved);
        settings.setValue(ListColumns::settingsGroup(ListKind::Organisations) + u"/header"_s,
                          otherTable.horizontalHeader()->saveState());
    }

    MainWindow window;
    openSample(window, path);
    window.showList(ListKind::Organisations);
    CHECK(window.tableView()->horizontalHeader()->count() == window.tableModel()->columnCount());
    CHECK(hiddenKeys(window) == defaultHiddenKeys(window, ListKind::Organisations));
    CHECK_FALSE(hidden(window, current.at(2))); // hidden in the old state, shown by default
    forgetLayouts();
}

TEST_CASE("Reset Columns brings back the list's default layout", "[ui][columns]")
{
    forgetLayouts();
    QTemporaryDir dir;
    MainWindow window;
    openSample(window, dir.filePath(u"sample.alliancedesk"_s));
    window.showList(ListKind::People);
    QHeaderView *header = window.tableView()->horizontalHeader();
    const int nameWidth = header->sectionSize(column(window, u"name"_s));
    QMenu menu;
    columnAction(window, menu, u"Email"_s)->trigger();
    columnAction(window, menu, u"Languages"_s)->trigger(); // hidden by default: shown now
    header->moveSection(header->visualIndex(column(window, u"country"_s)), 0);
    header->resizeSection(column(window, u"name"_s), nameWidth + 80);
    CHECK(hiddenKeys(window) == QStringList{u"id"_s, u"email"_s, u"phone"_s});
    CHECK(QSettings().contains(ListColumns::settingsGroup(ListKind::People) + u"/header"_s));

    QAction *reset = columnAction(window, menu, u"Reset Columns"_s);
    REQUIRE(reset != nullptr);
    reset->trigger();
    CHECK(hiddenKeys(window) == QStringList{u"id"_s, u"phone"_s, u"languages"_s});
    for (int index = 0; index < header->count(); ++index)
        CHECK(header->visualIndex(index) == index);
    CHECK(header->sectionSize(column(window, u"name"_s)) == nameWidth);
    CHECK_FALSE(QSettings().contains(ListColumns::settingsGroup(ListKind::People) + u"/header"_s));
    forgetLayouts();
}

TEST_CASE("The name column cannot be hidden", "[ui][columns]")
{
    forgetLayouts();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.alliancedesk"_s);
    {
        MainWindow window;
        openSample(window, path);
        window.showList(ListKind::Organisations);
        QMenu menu;
        QAction *name = columnAction(window, menu, u"Name"_s);
        REQUIRE(name != nullptr);
        CHECK(name->isChecked());
        CHECK_FALSE(name->isEnabled());
        window.listColumns()->setColumnVisible(column(window, u"name"_s), false);
        CHECK_FALSE(hidden(window, u"name"_s));
        // In memberships the organisation names the record.
        window.showList(ListKind::Memberships);
        CHECK(window.listColumns()->nameColumn() == column(window, u"organisation"_s));
        CHECK_FALSE(columnAction(window, menu, u"Organisation"_s)->isEnabled());
        // A layout that hides it anyway (made by hand in the settings) shows it.
        window.showList(ListKind::Organisations);
        window.tableView()->horizontalHeader()->setSectionHidden(column(window, u"name"_s), true);
        CHECK(QSettings().contains(ListColumns::settingsGroup(ListKind::Organisations) + u"/header"_s));
    }
    MainWindow window;
    openSample(window, path);
    window.showList(ListKind::Organisations);
    CHECK_FALSE(hidden(window, u"name"_s));
    forgetLayouts();
}

TEST_CASE("A wide column is scrolled through pixel by pixel, never jumped over", "[ui][columns]")
{
    forgetLayouts();
    QTemporaryDir dir;
    MainWindow window;
    openSample(window, dir.filePath(u"sample.alliancedesk"_s), 1024, 700);
    window.showList(ListKind::Organisations);
    QTableView *table = window.tableView();
    CHECK(table->horizontalScrollMode() == QAbstractItemView::ScrollPerPixel);
    // A name in its own script wider than the list's view.
    const int native = column(window, u"native_name"_s);
    table->setColumnWidth(native, table->viewport()->width() + 200);
    QScrollBar *bar = table->horizontalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(0);
    const int before = table->columnViewportPosition(native);
    bar->setValue(bar->singleStep());
    CHECK(table->columnViewportPosition(native) == before - bar->singleStep());
    CHECK(bar->singleStep() < table->columnWidth(native));
    forgetLayouts();
}

TEST_CASE("The detail pane collapses and comes back, and stays as left", "[ui][detailpane]")
{
    forgetLayouts();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.alliancedesk"_s);
    int tableWidth = 0;
    {
        MainWindow window;
        openSample(window, path, 1024, 700);
        window.showList(ListKind::Organisations);
        QAction *toggle = viewAction(window, u"Detail Pane"_s);
        REQUIRE(toggle != nullptr);
        CHECK(toggle->shortcut() == QKeySequence(u"Ctrl+Shift+D"_s));
        CHECK(toggle->isChecked());
        CHECK(window.isDetailPaneShown());
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        REQUIRE(splitter != nullptr);
        const int paneWidth = splitter->sizes().at(2);
        CHECK(paneWidth > 200);
        tableWidth = window.tableView()->width();

        toggle->trigger();
        CHECK_FALSE(window.isDetailPaneShown());
        CHECK_FALSE(toggle->isChecked());
        CHECK(splitter->sizes().at(2) == 0);
        CHECK(window.tableView()->width() >= tableWidth + paneWidth);
        // The pane still follows the selection, ready to come back.
        toggle->trigger();
        CHECK(window.isDetailPaneShown());
        CHECK(splitter->sizes().at(2) == paneWidth);
        CHECK(window.tableView()->width() == tableWidth);

        toggle->trigger();
        window.close(); // remembered as left
    }
    MainWindow window;
    openSample(window, path, 1024, 700);
    CHECK_FALSE(window.isDetailPaneShown());
    CHECK_FALSE(viewAction(window, u"Detail Pane"_s)->isChecked());
    CHECK(window.tableView()->width() > tableWidth);
    viewAction(window, u"Detail Pane"_s)->trigger();
    CHECK(window.isDetailPaneShown());
    forgetLayouts();
}

TEST_CASE("Add to Network with several organisations selected adds them all in one step, skipping members",
          "[ui][membership]")
{
    forgetLayouts();
    QTemporaryDir dir;
    MainWindow window;
    openSample(window, dir.filePath(u"sample.alliancedesk"_s));
    const QSqlDatabase db = window.document()->connection();
    const qint64 pakistan = *NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s);
    const QList<Membership> members = MembershipRepository(db).forNetwork(pakistan);
    REQUIRE_FALSE(members.isEmpty());
    const qint64 member = *OrganisationRepository(db).findByName(u"ROZAN"_s);
    REQUIRE(std::any_of(members.begin(), members.end(),
                        [&](const Membership &membership) { return membership.organisationId == member; }));
    const qint64 sahoyog = *OrganisationRepository(db).findByName(u"Sahoyog"_s);
    const qint64 minsk = *OrganisationRepository(db).findByName(u"Men for Equality Initiative (Minsk)"_s);
    for (const qint64 id : {sahoyog, minsk}) {
        REQUIRE(std::none_of(members.begin(), members.end(),
                             [&](const Membership &membership) { return membership.organisationId == id; }));
    }

    // Other lists act on one record at a time; organisations can be selected several at once.
    window.showList(ListKind::People);
    CHECK(window.tableView()->selectionMode() == QAbstractItemView::SingleSelection);
    window.showList(ListKind::Organisations);
    CHECK(window.tableView()->selectionMode() == QAbstractItemView::ExtendedSelection);
    RecordTableModel *model = window.tableModel();
    QItemSelectionModel *selection = window.tableView()->selectionModel();
    window.tableView()->setCurrentIndex(model->index(model->rowOf(sahoyog), 1));
    for (const qint64 id : {member, minsk})
        selection->select(model->index(model->rowOf(id), 1), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QList<qint64> expectedIds{sahoyog, member, minsk};
    std::sort(expectedIds.begin(), expectedIds.end(),
              [&](qint64 a, qint64 b) { return model->rowOf(a) < model->rowOf(b); });
    CHECK(window.selectedRecordIds() == expectedIds);
    // The detail pane shows the current record, the one clicked first.
    CHECK(window.detailPane()->toPlainText().contains(u"Sahoyog"_s));
    QAction *deleteAction = nullptr;
    for (QAction *action : window.tableView()->actions()) {
        if (action->text().remove(u'&') == u"Delete Record…"_s)
            deleteAction = action;
    }
    REQUIRE(deleteAction != nullptr);
    CHECK_FALSE(deleteAction->isEnabled()); // one record at a time

    QAction *add = nullptr;
    for (QAction *action : window.tableView()->actions()) {
        if (action->text().remove(u'&') == u"Add to Network…"_s)
            add = action;
    }
    REQUIRE(add != nullptr);
    REQUIRE(add->isEnabled());
    const int undoCount = window.document()->undoStack()->count();
    add->trigger();
    auto *dialog = window.findChild<AddToNetworkDialog *>();
    REQUIRE(dialog != nullptr);
    auto *organisations = dialog->findChild<QLabel *>(u"organisations"_s);
    REQUIRE(organisations != nullptr);
    for (const qint64 id : expectedIds)
        CHECK(organisations->text().contains(RecordPicker::recordName(db, ListKind::Organisations, id)));
    dialog->findChild<RecordPicker *>(u"network"_s)->setRecordId(pakistan);
    dialog->findChild<VocabularyComboBox *>(u"status"_s)->setCode(u"applicant"_s);
    dialog->findChild<VocabularyComboBox *>(u"role"_s)->setCode(u"steering_committee"_s);
    dialog->findChild<QDateEdit *>(u"joined"_s)->setDate(QDate(2026, 10, 12));
    dialog->accept();
    QCoreApplication::processEvents();

    auto *result = window.findChild<QMessageBox *>(u"addToNetworkResult"_s);
    REQUIRE(result != nullptr);
    const QString memberName = RecordPicker::recordName(db, ListKind::Organisations, member);
    CHECK(result->text() == u"Added 2 organisation(s) to “MenEngage Alliance Pakistan”.\n\n"
                            "Skipped 1 organisation(s) already member(s) of the network: "_s +
                                memberName);
    result->close();

    CHECK(window.document()->undoStack()->count() == undoCount + 1);
    const QList<Membership> after = MembershipRepository(db).forNetwork(pakistan);
    CHECK(after.size() == members.size() + 2);
    for (const qint64 id : {sahoyog, minsk}) {
        const auto found = std::find_if(after.begin(), after.end(),
                                        [&](const Membership &membership) { return membership.organisationId == id; });
        REQUIRE(found != after.end());
        CHECK(found->status() == u"applicant"_s);
        CHECK(found->role == u"steering_committee"_s);
        CHECK(found->history.constFirst().effectiveDate == QDate(2026, 10, 12));
    }
    // One Undo takes them all back.
    window.document()->undoStack()->undo();
    CHECK(MembershipRepository(db).forNetwork(pakistan).size() == members.size());
    forgetLayouts();
}

TEST_CASE("At 1024×700 a list shows its names beside the detail pane, and more without it", "[ui][columns]")
{
    forgetLayouts();
    QTemporaryDir dir;
    MainWindow window;
    openSample(window, dir.filePath(u"sample.alliancedesk"_s), 1024, 700);
    window.showList(ListKind::Organisations);
    QTableView *table = window.tableView();
    REQUIRE(window.isDetailPaneShown());
    const auto wholeInView = [&](const QString &key) {
        const int index = column(window, key);
        return !table->isColumnHidden(index) && table->columnViewportPosition(index) >= 0 &&
               table->columnViewportPosition(index) + table->columnWidth(index) <= table->viewport()->width();
    };
    CHECK(wholeInView(u"name"_s));
    CHECK(wholeInView(u"native_name"_s));
    // An Urdu name starts at the right of its cell: in view too, not beyond the edge.
    const qint64 lahore =
        *OrganisationRepository(window.document()->connection()).findByName(u"Lahore Fathers' Forum"_s);
    const QModelIndex urdu =
        window.tableModel()->index(window.tableModel()->rowOf(lahore), column(window, u"native_name"_s));
    CHECK(urdu.data().toString() == u"لاہور فادرز فورم"_s);
    CHECK(table->visualRect(urdu).right() < table->viewport()->width());

    viewAction(window, u"Detail Pane"_s)->trigger();
    REQUIRE_FALSE(window.isDetailPaneShown());
    for (const QString &key : {u"name"_s, u"native_name"_s, u"acronym"_s, u"type"_s})
        CHECK(wholeInView(key));

    // View › Columns lists the columns of the list shown, as the header's context menu does.
    CHECK(table->horizontalHeader()->contextMenuPolicy() == Qt::CustomContextMenu);
    QAction *columnsMenu = viewAction(window, u"Columns"_s);
    REQUIRE(columnsMenu != nullptr);
    REQUIRE(columnsMenu->menu() != nullptr);
    emit columnsMenu->menu()->aboutToShow();
    QStringList entries;
    for (QAction *action : columnsMenu->menu()->actions()) {
        if (!action->isSeparator())
            entries << action->text().remove(u'&') +
                           (action->isCheckable() && !action->isChecked() ? u" (hidden)"_s : QString());
    }
    CHECK(entries == QStringList{u"ID (hidden)"_s, u"Name"_s, u"Name in own script"_s, u"Acronym"_s, u"Type"_s,
                                 u"Country"_s, u"Province (hidden)"_s, u"City"_s, u"Email"_s, u"Phone (hidden)"_s,
                                 u"Website (hidden)"_s, u"Reset Columns"_s});

    // Right-clicking the header shows the same entries.
    QStringList popupEntries;
    QTimer::singleShot(0, &window, [&] {
        if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : popup->actions()) {
                if (!action->isSeparator())
                    popupEntries << action->text().remove(u'&');
            }
            popup->close();
        }
    });
    QWidget *headerViewport = table->horizontalHeader()->viewport();
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 5), headerViewport->mapToGlobal(QPoint(10, 5)));
    QApplication::sendEvent(headerViewport, &event);
    CHECK(popupEntries.size() == entries.size());
    CHECK(popupEntries.value(1) == u"Name"_s);
    CHECK(popupEntries.constLast() == u"Reset Columns"_s);
    forgetLayouts();
}

TEST_CASE("Screenshots of the lists at 1024×700", "[.screenshots]")
{
    forgetLayouts();
    QTemporaryDir dir;
    MainWindow window;
    openSample(window, dir.filePath(u"sample.alliancedesk"_s), 1024, 700);
    const auto shoot = [&](ListKind kind, const QString &name, const QString &select) {
        window.showList(kind);
        RecordTableModel *model = window.tableModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, window.listColumns()->nameColumn()).data().toString().contains(select)) {
                window.tableView()->setCurrentIndex(model->index(row, window.listColumns()->nameColumn()));
                break;
            }
        }
        QDir().mkpath(u"/tmp/alliancedesk-shots"_s);
        REQUIRE(window.grab().save(u"/tmp/alliancedesk-shots/"_s + name + u".png"_s));
    };
    shoot(ListKind::Organisations, u"small-organisations-urdu"_s, u"Lahore Fathers"_s);
    shoot(ListKind::Organisations, u"small-organisations-russian"_s, u"Minsk"_s);
    shoot(ListKind::Memberships, u"small-memberships"_s, u"ROZAN"_s);
    window.setDetailPaneShown(false);
    shoot(ListKind::Organisations, u"small-organisations-no-pane"_s, u"Sahoyog"_s);
    shoot(ListKind::People, u"small-people-no-pane"_s, u"Aisha"_s);
    shoot(ListKind::Programs, u"small-programs-no-pane"_s, u"EkSaath"_s);
    shoot(ListKind::Events, u"small-events-no-pane"_s, QString());

    window.setDetailPaneShown(true);
    window.showList(ListKind::Organisations);
    RecordTableModel *model = window.tableModel();
    const QSqlDatabase db = window.document()->connection();
    const QList<qint64> chosen{*OrganisationRepository(db).findByName(u"ROZAN"_s),
                               *OrganisationRepository(db).findByName(u"Sahoyog"_s),
                               *OrganisationRepository(db).findByName(u"Men for Equality Initiative (Minsk)"_s)};
    window.tableView()->setCurrentIndex(model->index(model->rowOf(chosen.at(0)), 1));
    for (const qint64 id : chosen)
        window.tableView()->selectionModel()->select(model->index(model->rowOf(id), 1),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window.grab().save(u"/tmp/alliancedesk-shots/small-organisations-selected.png"_s);
    for (QAction *action : window.tableView()->actions()) {
        if (action->text().remove(u'&') == u"Add to Network…"_s)
            action->trigger();
    }
    auto *dialog = window.findChild<AddToNetworkDialog *>();
    REQUIRE(dialog != nullptr);
    dialog->findChild<RecordPicker *>(u"network"_s)
        ->setRecordId(*NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s));
    QTest::qWait(50);
    dialog->grab().save(u"/tmp/alliancedesk-shots/add-to-network-dialog.png"_s);
    dialog->accept();
    QCoreApplication::processEvents();
    auto *result = window.findChild<QMessageBox *>(u"addToNetworkResult"_s);
    REQUIRE(result != nullptr);
    QTest::qWait(50);
    result->grab().save(u"/tmp/alliancedesk-shots/add-to-network-result.png"_s);
    result->close();
    forgetLayouts();
}
