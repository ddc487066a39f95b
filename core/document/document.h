#pragma once

#include "storage/database.h"
#include "storage/datachange.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace AllianceDesk {

/**
 * One open database and its history of edits: owns the Database and the QUndoStack, runs every edit as one
 * undoable command, and tells the views when the data changed — here or in another window or process.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Document() override;

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// The work of one edit, run inside a write transaction.
    using Edit = std::function<void(const QSqlDatabase &)>;

    /**
     * Runs @p edit as one undoable command named @p text. On error the transaction is rolled back, nothing is
     * pushed and the error (a RuleViolation naming the record and the rule, say) is thrown to the caller.
     */
    void perform(const QString &text, const Edit &edit);

    /// Pushes import batch @p batchId, already made and committed on another connection, as one undoable command.
    void pushImport(const QString &text, qint64 batchId);

    /**
     * Import batch @p batchId was undone or done again on another connection (the import history, the command
     * line): brings the undo stack in step and emits changed(). When the batch's command is the next one Edit >
     * Undo (or Redo) would run, the stack steps over it without touching the data, so that the menu offers what can
     * still be done ("Redo Import …" after an undo); further down the stack the command finds the batch as it is
     * when its turn comes and only steps (see ImportCommand).
     */
    void importBatchChanged(qint64 batchId);

    /**
     * Emits changed() if another connection committed since the last look (also checked on a timer), with the
     * records the audit trail says it touched, or everything when that is not known.
     */
    void checkForExternalChanges();

    /**
     * How much memory the undo history's edits may hold (their changesets); past it the oldest edits are forgotten
     * and can no longer be undone. Imports keep their record in the database and count for nothing here.
     */
    void setUndoMemoryLimit(qint64 bytes);
    qint64 undoMemoryLimit() const { return m_undoMemoryLimit; }
    /// The memory the undo history's edits hold now.
    qint64 undoMemoryUsed() const;
    static constexpr qint64 defaultUndoMemoryLimit = 64 * 1024 * 1024;
    /**
     * Stops looking for other connections' commits on the timer while this window's own background work commits on
     * a connection of its own (the search index catching up in many small transactions, an import the window is
     * told about when it ends): each commit would otherwise read every view again, on the GUI thread. Pauses nest:
     * each setPollingPaused(true) is ended by one setPollingPaused(false); the last one looks at once, so a change
     * made elsewhere meanwhile is seen then.
     */
    void setPollingPaused(bool paused);

signals:
    /// The data changed: an edit, an undo or redo here, or a commit by another connection; @p change says what.
    void changed(const AllianceDesk::DataChange &change);
    /// An undo or redo could not be applied; @p message says why, in words for the user.
    void failed(const QString &message);

private:
    qint64 dataVersion() const;
    /**
     * Runs a command's undo or redo, @p work, from the undo stack: nothing may leave it by an exception (QUndoStack
     * calls undo() and redo() from a menu action). A failure leaves the database as it was, makes @p command
     * obsolete and is told by failed().
     */
    void runFromStack(QUndoCommand &command, const DataChange &change,
                      const std::function<void(const QSqlDatabase &)> &work);
    /// Notes what this window has seen of the data (its own commits), so that polling reports only others' changes.
    void noteOwnCommit();
    /// Forgets the oldest edits until the undo history fits in its memory limit.
    void enforceUndoMemoryLimit();

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    QTimer m_pollTimer;
    qint64 m_dataVersion = 0;
    qint64 m_auditSeen = 0;
    qint64 m_undoMemoryLimit = defaultUndoMemoryLimit;
    int m_pollingPauses = 0;
    friend class ChangeCommand;
    friend class ImportCommand;
};

} // namespace AllianceDesk
