#include "mainwindow.h"

#include "backup/backupactions.h"
#include "collapsiblepane.h"
#include "detailpane.h"
#include "editors/recordactions.h"
#include "find/globalsearchdialog.h"
#include "importwizard/importhistorydialog.h"
#include "importwizard/importwizard.h"
#include "listcolumns.h"
#include "output/listexportdialog.h"
#include "navigatormodel.h"
#include "recentfiles.h"
#include "recordtablemodel.h"
#include "output/reportdialog.h"
#include "find/savedsearchactions.h"
#include "find/searchindexer.h"

#include "listing/listdefinition.h"
#include "storage/listdependencies.h"
#include "reports/reporterrors.h"
#include "sample/samplealliance.h"
#include "search/recordlocator.h"
#include "storage/auditlog.h"
#include "listing/savedviewrepository.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// Rows tall enough for the tallest script in use (Naskh Arabic is much taller than Latin).
int rowHeight(const QFont &font)
{
    int height = QFontMetrics(font).height();
    for (const QString &family : font.families()) {
        QFont member = font;
        member.setFamilies({family});
        height = std::max(height, QFontMetrics(member).height());
    }
    return height + 6;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_backups(new BackupActions(this))
{
    connect(m_backups, &BackupActions::dailyFinished, this, &MainWindow::dailyBackupFinished);
    createWidgets();
    createMenus();

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(1400, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray())) {
        // The navigator wide enough for most network names (it cuts the others in the middle), the detail pane
        // beside the list; on a small screen (1024 pixels) both narrower, so that the list keeps its columns.
        const int navigator = std::clamp(width() * 22 / 100, 220, 320);
        const int detail = std::clamp(width() * 25 / 100, 250, 400);
        m_splitter->setSizes({navigator, std::max(width() - navigator - detail, 300), detail});
    }
    m_detailToggle->update();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_indexer.reset();
    // The models hold connections of the database: they go first.
    m_table->setModel(nullptr);
    delete m_tableModel;
    m_navigator->setModel(nullptr);
    delete m_navigatorModel;
    m_detail->setDatabase({});
}

void MainWindow::createWidgets()
{
    m_navigator = new QTreeView;
    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setUniformRowHeights(true);
    m_navigator->setAllColumnsShowFocus(true);
    // A name too long for the pane keeps its start and its end ("MenEngage Alliance … Pakistan"): networks of one
    // alliance differ at the end. The tooltip gives it whole.
    m_navigator->setTextElideMode(Qt::ElideMiddle);

    m_search = new QLineEdit;
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));

    m_table = new QTableView;
    m_table->setObjectName(u"recordTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection); // several organisations: see setList()
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed row heights: a view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight(font()));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_listColumns = new ListColumns(m_table, this);

    auto *middle = new QWidget;
    auto *layout = new QVBoxLayout(middle);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table);

    m_detail = new DetailPane;

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    setCentralWidget(m_splitter);

    m_rowCount = new QLabel;
    m_rowCount->setObjectName(u"rowCountLabel"_s);
    statusBar()->addPermanentWidget(m_rowCount);
    m_indexing = new QLabel;
    m_indexing->setObjectName(u"indexingLabel"_s);
    statusBar()->insertPermanentWidget(0, m_indexing);
    m_problem = new QLabel;
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_problem, 1);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    // Ctrl+N makes a record of the list shown (Record > New Record…): what people do a hundred times a day.
    newAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    ImportWizard::addImportAction(this, file);
    ImportHistoryDialog::addAction(this, file);
    file->addAction(tr("&Export List…"), this, [this] { ListExportDialog::exportCurrentList(this); });
    file->addAction(tr("&Back Up…"), m_backups, &BackupActions::backUpDialog);
    file->addAction(tr("&Restore from a Backup…"), m_backups, &BackupActions::restoreDialog);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    createEditMenu();
    auto *recordActions = new RecordActions(this);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *globalSearchAction = view->addAction(tr("&Search Everything…"), this, &MainWindow::openGlobalSearch);
    globalSearchAction->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence::Find});
    QAction *findAction = view->addAction(tr("&Filter List"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    findAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    recordActions->addViewActions(view);
    createLayoutActions(view);
    m_savedSearches = new SavedSearchActions(this, view);

    ReportDialog::addReportsMenu(this);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About AllianceDesk"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createEditMenu()
{
    m_undoGroup = new QUndoGroup(this);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();

    auto *historyDock = new QDockWidget(tr("Undo History"), this);
    historyDock->setObjectName(u"undoHistoryDock"_s);
    auto *historyView = new QUndoView(m_undoGroup, historyDock);
    historyView->setEmptyLabel(tr("As opened"));
    historyDock->setWidget(historyView);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();
    QAction *historyAction = historyDock->toggleViewAction();
    historyAction->setText(tr("Undo &History"));
    historyAction->setShortcut(tr("Ctrl+Shift+H"));
    edit->addAction(historyAction);
    edit->addSeparator();
    edit->addAction(tr("Your &Name in the Audit Trail…"), this, &MainWindow::askAuditName);
}

void MainWindow::createLayoutActions(QMenu *view)
{
    view->addSeparator();
    QAction *detailPane = view->addAction(tr("&Detail Pane"));
    detailPane->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_detailToggle = new CollapsiblePane(m_splitter, 2, detailPane, this);
    QMenu *columns = view->addMenu(tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        m_listColumns->fillMenu(columns);
    });
}

bool MainWindow::isDetailPaneShown() const
{
    return m_detailToggle->isShown();
}

void MainWindow::setDetailPaneShown(bool shown)
{
    m_detailToggle->setShown(shown);
}

QList<qint64> MainWindow::selectedRecordIds() const
{
    QList<qint64> ids;
    if (!m_tableModel || !m_table->selectionModel())
        return ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << m_tableModel->recordId(index.row());
    return ids;
}

int MainWindow::selectedRowCount() const
{
    if (!m_table->selectionModel())
        return 0;
    int count = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        count += range.height();
    return count;
}

void MainWindow::askAuditName()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Your Name in the Audit Trail"),
                              tr("The audit trail records this name as the author of your changes. "
                                 "Leave it empty to use your account name (%1).")
                                  .arg(AuditLog::systemUserName()),
                              QLineEdit::Normal, QSettings().value(QLatin1StringView(auditNameKey)).toString(), &ok);
    if (!ok)
        return;
    QSettings().setValue(QLatin1StringView(auditNameKey), name.trimmed());
    AuditLog::setUserName(name);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // Everything that reads the old database lets go of it before it closes.
    m_table->setModel(nullptr);
    delete m_tableModel;
    m_tableModel = nullptr;
    m_navigator->setModel(nullptr);
    delete m_navigatorModel;
    m_navigatorModel = nullptr;
    m_detail->setDatabase({});
    m_indexer.reset(); // stops its worker at its next batch
    m_indexing->clear();
    m_pollingPausedForIndexer = false;

    m_document.reset();
    if (database) {
        m_document = std::make_unique<Document>(std::move(database));
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &Document::changed, this, &MainWindow::dataChanged);
        connect(m_document.get(), &Document::failed, this,
                [this](const QString &message) { reportProblem(tr("Cannot undo or redo"), message); });
    }
    if (m_document) {
        m_detail->setDatabase(m_document->connection());
        m_navigatorModel = new NavigatorModel(m_document->connection(), this);
        connect(m_navigatorModel, &NavigatorModel::failed, this, &MainWindow::listFailed);
        m_navigator->setModel(m_navigatorModel);
        m_navigator->header()->setSectionResizeMode(NavigatorModel::NameColumn, QHeaderView::Stretch);
        m_navigator->header()->setSectionResizeMode(NavigatorModel::CountColumn, QHeaderView::ResizeToContents);
        m_navigator->header()->setStretchLastSection(false);
        m_navigator->expandRecursively(m_navigatorModel->indexForList(ListKind::Networks), 2);
        m_navigator->expand(m_navigatorModel->indexForSavedViews());
        connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &MainWindow::navigatorChanged);
        showList(ListKind::Networks);

        m_indexer = std::make_unique<SearchIndexer>(m_document->database().path());
        connect(m_indexer.get(), &SearchIndexer::progress, this, &MainWindow::indexingProgress);
        connect(m_indexer.get(), &SearchIndexer::finished, this, &MainWindow::indexingFinished);
        catchUpSearchIndex();
    }
    updateRowCount();
    updateTitle();
    // How the file is used (read-only, on a network folder) stays in the status bar until something else is said.
    if (m_document && !m_document->database().notices().isEmpty())
        statusBar()->showMessage(m_document->database().notices().join(u' '));
    if (m_document && !m_document->database().isReadOnly())
        m_backups->startDaily();
    // However it was opened (File > Open, New, the command line, the default database at start), it is in
    // File > Open Recent.
    if (m_document)
        RecentFiles::add(m_document->database().path());
}

void MainWindow::catchUpSearchIndex()
{
    // Large changes (an import, another program's writes) are indexed for search on a worker, never here. Its
    // commits change nothing on screen: the document stops reading everything again after each of them, and looks
    // once when the worker is done.
    if (m_indexer && m_indexer->catchUpIfBehind(m_document->connection()) && !m_pollingPausedForIndexer) {
        m_pollingPausedForIndexer = true;
        m_document->setPollingPaused(true);
    }
}

void MainWindow::indexingProgress(int indexed, int total)
{
    m_indexing->setText(tr("Indexing for search: %1%").arg(total > 0 ? indexed * 100 / total : 100));
    m_indexing->setToolTip(tr("%1 of %2 new or changed records are indexed; until all are, searches may miss "
                              "the others.")
                               .arg(QLocale().toString(indexed), QLocale().toString(total)));
}

void MainWindow::indexingFinished()
{
    m_indexing->clear();
    m_indexing->setToolTip(QString());
    // Searches answered while records waited are asked again, now complete; resuming the document's look for
    // other connections' commits sees the worker's and refreshes the window once (keeping the user's place).
    if (m_globalSearch)
        m_globalSearch->indexCaughtUp();
    if (m_document && m_pollingPausedForIndexer) {
        m_pollingPausedForIndexer = false;
        m_document->setPollingPaused(false);
    }
}

bool MainWindow::openDatabase(const QString &path)
{
    try {
        setDatabase(Database::open(path));
        return true;
    } catch (const OpenError &error) {
        if (error.reason() == OpenError::Reason::NotFound)
            RecentFiles::remove(path);
        showError(tr("Cannot open database"),
                  tr("“%1” was not opened: %2\n\nThe file was left as it was.")
                          .arg(QFileInfo(path).fileName(), error.message()) +
                      (m_document ? tr(" The database that was open is still open.") : QString()));
    } catch (const Error &error) {
        showError(tr("Cannot open database"), error.message());
    }
    return false;
}

void MainWindow::showList(ListKind kind)
{
    if (!m_navigatorModel)
        return;
    const QModelIndex index = m_navigatorModel->indexForList(kind);
    if (m_navigator->currentIndex() == index)
        navigatorChanged(index);
    else
        m_navigator->setCurrentIndex(index);
}

void MainWindow::showRecord(ListKind kind, qint64 id)
{
    if (!m_document)
        return;
    // The record is looked for in the whole list, in its natural order.
    m_search->clear();
    m_searchTimer.stop();
    showList(kind);
    if (!m_tableModel || m_tableModel->kind() != kind)
        return;
    int row = -1;
    try {
        row = RecordLocator::rowOf(m_document->connection(), kind, id);
    } catch (const Error &error) {
        listFailed(error.message());
        return;
    }
    if (row < 0 || row >= m_tableModel->rowCount())
        return;
    selectRow(row);
    m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::selectRecord(ListKind kind, qint64 id)
{
    if (m_tableModel && m_tableModel->kind() == kind && !m_listNetwork) {
        if (const int row = m_tableModel->rowOf(id); row >= 0 && row < m_tableModel->rowCount()) {
            selectRow(row);
            return;
        }
    }
    showRecord(kind, id);
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_tableModel->index(row, 1);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MainWindow::openGlobalSearch()
{
    if (!m_globalSearch) {
        m_globalSearch = new GlobalSearchDialog(this);
        m_globalSearch->setConnectionProvider(
            [this] { return m_document ? m_document->connection() : QSqlDatabase(); });
        connect(m_globalSearch, &GlobalSearchDialog::recordChosen, this, &MainWindow::showRecord);
    }
    m_globalSearch->open();
}

void MainWindow::showNetwork(qint64 networkId)
{
    if (m_navigatorModel)
        selectNode(m_navigatorModel->indexForNetwork(networkId));
}

void MainWindow::selectNode(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_navigator->scrollTo(index);
    if (m_navigator->currentIndex() == index)
        navigatorChanged(index);
    else
        m_navigator->setCurrentIndex(index);
}

void MainWindow::navigatorChanged(const QModelIndex &current)
{
    // The "Saved Searches" group shows no list of its own: the table stays as it is.
    if (m_refreshing || !current.isValid() || !current.data(NavigatorModel::ListKindRole).isValid())
        return;
    const auto kind = static_cast<ListKind>(current.data(NavigatorModel::ListKindRole).toInt());
    const QVariant networkId = current.data(NavigatorModel::NetworkIdRole);
    if ((m_listKind && *m_listKind != kind) || m_listView) {
        // A search typed for one kind of record would only empty another's list; a saved search's is its own.
        m_searchTimer.stop();
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    if (const QVariant viewId = current.data(NavigatorModel::SavedViewIdRole); viewId.isValid()) {
        m_detail->showNothing();
        applySavedView(viewId.toLongLong());
    } else if (networkId.isValid()) {
        setList(kind, networkId.toLongLong());
        m_detail->showNetwork(networkId.toLongLong());
        emit recordSelected(ListKind::Networks, networkId.toLongLong());
    } else {
        m_detail->showNothing();
        setList(kind, std::nullopt); // selects the list's first record, if any
    }
}

void MainWindow::setList(ListKind kind, std::optional<qint64> networkId, const QList<QPair<QString, QVariant>> &filters)
{
    m_listKind = kind;
    m_listNetwork = networkId;
    m_listFilters = filters;
    m_listView.reset();
    auto *model = new RecordTableModel(m_document->connection(), kind, this);
    if (networkId)
        model->setFilter(u"network_id"_s, *networkId);
    for (const auto &[key, value] : filters)
        model->setFilter(key, value);
    if (!m_search->text().isEmpty())
        model->setSearch(m_search->text());

    RecordTableModel *old = m_tableModel;
    m_tableModel = model;
    {
        // A new list starts in its natural order.
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_table->setModel(model);
    delete old;
    // Organisations are added to a network several at a time; other lists act on one record.
    m_table->setSelectionMode(kind == ListKind::Organisations ? QAbstractItemView::ExtendedSelection
                                                              : QAbstractItemView::SingleSelection);

    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateRowCount);
    connect(model, &RecordTableModel::failed, this, &MainWindow::listFailed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::tableRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::selectionChanged);
    m_listColumns->apply(kind);
    updateRowCount();
    // A list opens on its first record, so the detail pane is never blank; a network's members keep the network
    // itself in the detail pane.
    if (!networkId && model->rowCount() > 0)
        m_table->setCurrentIndex(model->index(0, 1));
}

void MainWindow::showSavedView(qint64 viewId)
{
    if (m_navigatorModel)
        selectNode(m_navigatorModel->indexForSavedView(viewId));
}

void MainWindow::applySavedView(qint64 viewId)
{
    std::optional<SavedView> view;
    try {
        view = SavedViewRepository(m_document->connection()).get(viewId);
    } catch (const Error &error) {
        listFailed(error.message());
        return;
    }
    if (!view)
        return;
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(view->search);
    }
    setList(view->kind, std::nullopt, view->filters);
    m_listView = viewId;
    if (const int column = view->sortColumn.isEmpty() ? -1 : m_tableModel->columnOf(view->sortColumn); column >= 0) {
        m_table->sortByColumn(column, view->sortOrder);
        selectFirstRow();
    }
}

SavedView MainWindow::listState() const
{
    SavedView state;
    if (!m_tableModel)
        return state;
    state.kind = m_tableModel->kind();
    state.search = m_search->text().trimmed();
    if (m_listNetwork)
        state.setFilter(u"network_id"_s, *m_listNetwork);
    for (const auto &[key, value] : m_listFilters)
        state.setFilter(key, value);
    state.sortColumn = m_tableModel->keyOf(m_table->horizontalHeader()->sortIndicatorSection());
    if (!state.sortColumn.isEmpty())
        state.sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
    return state;
}

void MainWindow::tableRowChanged(const QModelIndex &current)
{
    if (!m_tableModel || m_refreshing)
        return;
    if (!current.isValid()) {
        // Nothing selected (a search that leaves no rows): the pane shows nothing rather than a record not listed.
        if (!m_listNetwork)
            m_detail->showNothing();
        return;
    }
    m_detail->showRecord(m_tableModel->kind(), m_tableModel->recordId(current.row()));
    emit recordSelected(m_tableModel->kind(), m_tableModel->recordId(current.row()));
}

void MainWindow::applySearch()
{
    m_searchTimer.stop();
    if (!m_tableModel)
        return;
    m_tableModel->setSearch(m_search->text());
    selectFirstRow();
}

void MainWindow::selectFirstRow()
{
    // A list shows its first record in the detail pane (a network's members keep the network there).
    if (m_listNetwork)
        return;
    if (m_tableModel->rowCount() > 0)
        m_table->setCurrentIndex(m_tableModel->index(0, 1));
    else
        m_detail->showNothing();
}

void MainWindow::refresh()
{
    if (!m_document)
        return;
    catchUpSearchIndex();
    refreshNavigator();
    refreshTable();
}

void MainWindow::dataChanged(const DataChange &change)
{
    if (!m_document || change.isEmpty())
        return;
    // Only what the change can alter is read again: the navigator's counts and tree when records came or went (or
    // networks and saved searches changed), the table when it reads a changed table, the pane when it shows one.
    catchUpSearchIndex();
    if (change.addsOrRemovesAny() || change.touchesAny({u"networks"_s, u"saved_views"_s}))
        refreshNavigator();
    if (m_tableModel && m_listKind && listShowsChange(*m_listKind, change)) {
        refreshTable();
        return;
    }
    if (m_detail->showsChange(change))
        m_detail->reload();
}

void MainWindow::refreshNavigator()
{
    const QModelIndex current = m_navigator->currentIndex();
    const auto kind = static_cast<ListKind>(current.data(NavigatorModel::ListKindRole).toInt());
    const QString node = m_navigatorModel->nodeKey(current);
    {
        // Keep the table (and its sorting) while the navigator is read again.
        m_refreshing = true;
        m_navigatorModel->refresh();
        m_navigator->expandRecursively(m_navigatorModel->indexForList(ListKind::Networks), 2);
        m_navigator->expand(m_navigatorModel->indexForSavedViews());
        // A saved search deleted meanwhile leaves its list selected.
        QModelIndex again = m_navigatorModel->indexForKey(node);
        if (!again.isValid())
            again = m_navigatorModel->indexForList(m_listKind.value_or(kind));
        m_navigator->setCurrentIndex(again);
        m_refreshing = false;
    }
}

void MainWindow::refreshTable()
{
    if (!m_tableModel) {
        m_detail->reload();
        return;
    }
    const int previousRow = m_table->currentIndex().row();
    const qint64 previousId = previousRow >= 0 ? m_tableModel->recordId(previousRow) : 0;
    {
        m_refreshing = true; // the reset clears the selection: that is not the user choosing nothing
        m_tableModel->refresh();
        m_refreshing = false;
    }
    if (m_tableModel->failure().isEmpty() && m_navigatorModel->failure().isEmpty()) {
        // The database reads well again: the problem it had is no longer news.
        m_problem->clear();
        m_problem->setToolTip(QString());
    }
    if (m_listNetwork) {
        m_detail->reload();
        return;
    }
    // Keep the user's place: the same record, selected and in view, wherever the change moved it (a new status
    // sorts it elsewhere); if it is gone (deleted here or elsewhere), the record that took its row; if it left the
    // list (a filter no longer matches it), it stays in the pane.
    const int rows = m_tableModel->rowCount();
    if (previousRow >= 0 && previousRow < rows && m_tableModel->recordId(previousRow) == previousId) {
        m_table->setCurrentIndex(m_tableModel->index(previousRow, 1));
        return;
    }
    // Asked only when the record is not where it was: finding it is a query over the whole list.
    if (const int movedTo = previousId ? m_tableModel->rowOf(previousId) : -1; movedTo >= 0) {
        selectRow(movedTo);
    } else if (previousId && recordExists(*m_listKind, previousId)) {
        m_detail->reload();
    } else if (rows > 0) {
        m_table->setCurrentIndex(m_tableModel->index(std::clamp(previousRow, 0, rows - 1), 1));
    } else {
        m_detail->showNothing();
    }
}

bool MainWindow::backUpTo(const QString &path)
{
    return m_backups->backUpTo(path);
}

bool MainWindow::recordExists(ListKind kind, qint64 id)
{
    try {
        return RecordLocator::rowOf(m_document->connection(), kind, id) >= 0;
    } catch (const Error &error) {
        listFailed(error.message());
        return false;
    }
}

void MainWindow::listFailed(const QString &message)
{
    reportProblem(tr("Cannot read the database"),
                  tr("The database could not be read: %1\n\nThe window shows what it could read. View → Refresh "
                     "tries again; if this keeps happening, close other programs using the file, or reopen it.")
                      .arg(message));
}

void MainWindow::reportProblem(const QString &title, const QString &message)
{
    m_problem->setText(message.section(u'\n', 0, 0));
    m_problem->setToolTip(message);
    if (!m_problemBox) {
        m_problemBox = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
        m_problemBox->setObjectName(u"problemMessage"_s);
        m_problemBox->setTextFormat(Qt::PlainText);
        // Not exec(): this is called from the event loop (a failed read while painting, an undo), and a nested
        // loop there is how one failure becomes a cascade of message boxes.
        m_problemBox->setWindowModality(Qt::WindowModal);
    }
    if (m_problemBox->isVisible())
        return; // said once: the box on screen already tells the user
    m_problemBox->setWindowTitle(title);
    m_problemBox->setText(message);
    m_problemBox->open();
}

QString MainWindow::problem() const
{
    return m_problem->toolTip();
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), dialogFolder(), tr(MainWindow::fileFilter),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".alliancedesk"_s;
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        showError(
            tr("New Database"),
            tr("“%1” already exists. Choose another name, or use Open to open it.").arg(QFileInfo(path).fileName()));
        return;
    }
    std::unique_ptr<Database> database;
    try {
        database = Database::open(path, Database::OpenMode::CreateIfMissing);
    } catch (const Error &error) {
        showError(tr("Cannot create database"), error.message());
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("New Database"),
        tr("Load the sample alliance into the new database? It shows how networks, members, programs and "
           "support groups are recorded, and every sample record is marked as such."));
    if (answer == QMessageBox::Yes) {
        try {
            SampleAlliance::load(*database);
        } catch (const Error &error) {
            showError(tr("Cannot load the sample alliance"), error.message());
        }
    }
    setDatabase(std::move(database));
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), dialogFolder(),
                                                      tr(MainWindow::fileFilter) + u";;"_s + tr("All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::files();
    for (const QString &path : files) {
        QAction *action =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openDatabase(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [] { RecentFiles::clear(); });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About AllianceDesk"),
                       tr("<h3>AllianceDesk %1</h3><p>Networks, members, programs, support groups, events and "
                          "concerns of a civil-society alliance, for its secretariat.</p>")
                           .arg(QString::fromLatin1(ALLIANCEDESK_VERSION)));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::updateRowCount()
{
    QString text = m_tableModel ? tr("%n row(s)", nullptr, m_tableModel->rowCount()) : QString();
    if (m_tableModel && m_tableModel->waitingForIndex() > 0)
        text = tr("%1 so far (still indexing for search)").arg(text);
    m_rowCount->setText(text);
}

void MainWindow::updateTitle()
{
    // The platform adds " — AllianceDesk" (the application's display name) to any other title.
    if (!m_document)
        setWindowTitle(QGuiApplication::applicationDisplayName());
    else if (database()->isReadOnly())
        setWindowTitle(tr("%1 (read-only)").arg(QFileInfo(database()->path()).fileName()));
    else
        setWindowTitle(QFileInfo(database()->path()).fileName());
    setWindowFilePath(m_document ? database()->path() : QString());
}

QString MainWindow::dialogFolder() const
{
    return m_document ? QFileInfo(database()->path()).absolutePath() : QString();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    event->accept();
}

} // namespace AllianceDesk
