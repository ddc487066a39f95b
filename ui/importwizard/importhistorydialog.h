#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableWidget;

namespace AllianceDesk {

class MainWindow;

/**
 * File > Import History…: every import batch of the open database (kind, file, start and end, user, counts, the
 * file's SHA-256, whether it was undone), read from the database, so it works after a restart too. Undo Import
 * and Redo Import run the command line's undo-import (ImportBatches) on a worker with a connection of its own,
 * then bring the window's undo stack in step (Document::importBatchChanged) and its lists with it; when a batch
 * cannot be undone or redone, the dialog says why.
 */
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        BatchColumn,
        KindColumn,
        FileColumn,
        StartedColumn,
        FinishedColumn,
        UserColumn,
        CreatedColumn,
        UpdatedColumn,
        SkippedColumn,
        RejectedColumn,
        Sha256Column,
        StateColumn,
        ColumnCount
    };

    explicit ImportHistoryDialog(MainWindow *window);

    /// Adds File > Import History… to @p menu.
    static void addAction(MainWindow *window, QMenu *menu);

    /// Reads the batches again, keeping the selected one selected.
    void reload();
    /// Selects batch @p id; false when it is not listed.
    bool selectBatch(qint64 id);
    /// The selected batch's id, 0 when none is selected.
    qint64 selectedBatch() const;
    /// Undoes the selected batch (waiting for the worker); true when it was undone.
    bool undoSelected();
    /// Applies the selected batch again after an undo; true when it was.
    bool redoSelected();

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *redoButton() const { return m_redo; }
    /// The selected batch's SHA-256 in full, selectable.
    QLineEdit *sha256Field() const { return m_sha256; }
    /// What the last Undo or Redo did, or why it could not.
    QLabel *messageLabel() const { return m_message; }

private:
    enum class Action
    {
        Undo,
        Redo,
    };
    bool run(Action action);
    void selectionChanged();
    void showMessage(const QString &text, bool problem);

    MainWindow *m_window;
    QTableWidget *m_table;
    QLineEdit *m_sha256;
    QPushButton *m_copy;
    QLabel *m_message;
    QPushButton *m_undo;
    QPushButton *m_redo;
};

} // namespace AllianceDesk
