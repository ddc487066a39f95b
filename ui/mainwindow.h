#pragma once

#include "document/document.h"
#include "listing/listdefinition.h"
#include "listing/savedview.h"
#include "storage/database.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QSplitter;
class QTableView;
class QTreeView;
class QUndoGroup;

namespace AllianceDesk {

class DataChange;

class BackupActions;
class CollapsiblePane;
class DetailPane;
class GlobalSearchDialog;
class ListColumns;
class NavigatorModel;
class RecordTableModel;
class SavedSearchActions;
class SearchIndexer;

/**
 * The main window: the navigator (lists and the network tree) on the left, the search field and the list
 * table in the middle, the details of the selected record on the right. Read-only for now.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The QSettings key of the name the audit trail records for this user (empty: the account name).
    static constexpr auto auditNameKey = "audit/userName";
    /// The file dialogs' filter for database files (translated in the MainWindow context).
    static constexpr auto fileFilter =
        QT_TRANSLATE_NOOP("AllianceDesk::MainWindow", "AllianceDesk databases (*.alliancedesk)");

    /// Shows @p database (which the window then owns), closing the one shown before.
    void setDatabase(std::unique_ptr<Database> database);
    /// Opens the file; on failure explains why in a message box and keeps the current database open.
    bool openDatabase(const QString &path);
    Database *database() const { return m_document ? &m_document->database() : nullptr; }
    /// The open database with its undo history; null when none is open.
    Document *document() const { return m_document.get(); }

    /// Shows the list @p kind and selects its navigator node.
    void showList(ListKind kind);
    /// Selects the network's navigator node: its memberships in the table, the network in the detail pane.
    void showNetwork(qint64 networkId);
    /// Shows the list @p kind in its natural order with record @p id selected and in the detail pane.
    void showRecord(ListKind kind, qint64 id);
    /// Selects record @p id in the list shown when it is of @p kind and in it (filters kept); else shows it.
    void selectRecord(ListKind kind, qint64 id);
    /// Opens the global search popup (Ctrl+K, Ctrl+F).
    void openGlobalSearch();
    /// Selects saved search @p viewId in the navigator: its list, search, filters and sort in the table.
    void showSavedView(qint64 viewId);
    /**
     * The list as the table shows it — its kind, the search typed, the filters (the navigator's network, a saved
     * search's) and the sort — for saving it as a search or exporting it. Without a name; of the table's kind.
     */
    SavedView listState() const;
    /// The saved search the table shows, as it was chosen in the navigator (the user may have changed it since).
    std::optional<qint64> savedViewShown() const { return m_listView; }
    SavedSearchActions *savedSearchActions() const { return m_savedSearches; }

    // For tests and for the later editing issues.
    QTreeView *navigatorView() const { return m_navigator; }
    NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    QTableView *tableView() const { return m_table; }
    RecordTableModel *tableModel() const { return m_tableModel; }
    DetailPane *detailPane() const { return m_detail; }
    /// The columns of the list: shown, hidden, moved and resized per kind of list.
    ListColumns *listColumns() const { return m_listColumns; }
    /// The ids of the rows selected in the list, in the list's order (several only where a list allows it).
    QList<qint64> selectedRecordIds() const;
    /// How many rows are selected, without reading their ids.
    int selectedRowCount() const;
    /// Whether the detail pane takes a part of the window (View › Detail Pane); collapsed, the list has its room.
    bool isDetailPaneShown() const;
    void setDetailPaneShown(bool shown);
    /// Writes a consistent copy of the open database to @p path (refused when it exists); false, said, on failure.
    bool backUpTo(const QString &path);
    QLineEdit *searchField() const { return m_search; }
    GlobalSearchDialog *globalSearch() const { return m_globalSearch; }
    /// Brings the search index up to date on a worker after large changes; null when no database is open.
    SearchIndexer *searchIndexer() const { return m_indexer.get(); }

    /**
     * Tells the user, in words, that the database could not be read or written (busy, damaged, gone) — once: while
     * the message is on screen, further failures update it instead of opening another. The window keeps showing
     * what it could read. The message stays in the status bar until the window reads the database well again.
     */
    void reportProblem(const QString &title, const QString &message);
    /// The problem on screen (empty when none).
    QString problem() const;

public slots:
    /// Reads the navigator, the list and the detail pane again (View → Refresh).
    void refresh();
    /// Reads again what @p change can alter (Document::changed).
    void dataChanged(const AllianceDesk::DataChange &change);

signals:
    /// The user selected a record: a row of the table, or a network in the navigator.
    void recordSelected(ListKind kind, qint64 id);
    /// The day's automatic backup was made, or was not due, or failed (said in the status bar).
    void dailyBackupFinished();
    /// The rows selected in the list changed (not only the current one).
    void selectionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refreshNavigator();
    /// Reads the list again, keeping the user's place (and the pane on the record).
    void refreshTable();
    void createMenus();
    void createEditMenu();
    void createLayoutActions(QMenu *view);
    void askAuditName();
    void createWidgets();
    void newDatabase();
    void openDatabaseDialog();
    void updateRecentMenu();
    void about();
    void showError(const QString &title, const QString &message);

    void navigatorChanged(const QModelIndex &current);
    /// Makes navigator node @p index current (in view), showing its list again if it already was.
    void selectNode(const QModelIndex &index);
    void tableRowChanged(const QModelIndex &current);
    void selectFirstRow();
    void listFailed(const QString &message);
    bool recordExists(ListKind kind, qint64 id);
    void setList(ListKind kind, std::optional<qint64> networkId, const QList<QPair<QString, QVariant>> &filters = {});
    void applySavedView(qint64 viewId);
    void applySearch();
    void updateRowCount();
    void updateTitle();
    QString dialogFolder() const;

    void catchUpSearchIndex();
    /// Makes row @p row of the table current (its record in the detail pane) and scrolls it into view.
    void selectRow(int row);
    void indexingProgress(int indexed, int total);
    void indexingFinished();

    std::unique_ptr<Document> m_document;
    std::unique_ptr<SearchIndexer> m_indexer;
    BackupActions *m_backups;
    SavedSearchActions *m_savedSearches = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_navigator = nullptr;
    NavigatorModel *m_navigatorModel = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    RecordTableModel *m_tableModel = nullptr;
    DetailPane *m_detail = nullptr;
    ListColumns *m_listColumns = nullptr;
    CollapsiblePane *m_detailToggle = nullptr;
    QLabel *m_rowCount = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_indexing = nullptr;
    QMessageBox *m_problemBox = nullptr;
    QMenu *m_recentMenu = nullptr;
    QTimer m_searchTimer;
    bool m_refreshing = false;
    bool m_pollingPausedForIndexer = false;
    std::optional<ListKind> m_listKind;  ///< the kind of list the table shows
    std::optional<qint64> m_listNetwork; ///< the network whose members it shows (the detail pane shows the network)
    QList<QPair<QString, QVariant>> m_listFilters; ///< a saved search's filters on the list
    std::optional<qint64> m_listView;              ///< the saved search chosen in the navigator
    GlobalSearchDialog *m_globalSearch = nullptr;
};

} // namespace AllianceDesk
