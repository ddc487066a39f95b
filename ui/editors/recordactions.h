#pragma once

#include "listing/listdefinition.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;

namespace AllianceDesk {

class HistoryPanel;
class MainWindow;

/**
 * The editing actions of the main window: New / Edit / Delete record (Record menu, the table's context menu,
 * Ctrl+Shift+N, F2 or Enter or a double click, Del), the record-specific actions (change a membership's status,
 * hand a secretariat over) and the History panel. Each opens a form; the window refreshes on Document::changed.
 */
class RecordActions : public QObject
{
    Q_OBJECT

public:
    /// Adds the Record menu after the Edit menu of @p window.
    explicit RecordActions(MainWindow *window);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    HistoryPanel *historyPanel() const { return m_history; }
    /// Adds View > History.
    void addViewActions(QMenu *view);

    /// The kind of record listed, and the id of the selected row.
    std::optional<ListKind> currentKind() const;
    std::optional<qint64> currentId() const;
    /// The record the window shows changed (a row of the table, or a network of the navigator).
    void recordSelected(ListKind kind, qint64 id);

    void newRecord();
    void editRecord();
    void deleteRecord();
    void changeStatus();
    void handOver();
    /// Adds the organisation selected to a network; with several selected, all of them at once (one undoable step).
    void addToNetwork();

private:
    void addSeveralToNetwork(const QList<qint64> &organisationIds);
    void updateActions();
    void openForm(ListKind kind, qint64 id);

    MainWindow *m_window;
    QMenu *m_menu;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_changeStatus;
    QAction *m_handover;
    QAction *m_addToNetwork;
    HistoryPanel *m_history;
};

} // namespace AllianceDesk
