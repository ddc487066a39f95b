#pragma once

#include <QObject>
#include <QSqlDatabase>

class QUndoCommand;
class QUndoStack;

namespace AllianceDesk {

class Document;

/**
 * Keeps an import batch's "undone" mark in step with the undo stack: when the command that pushed the import is
 * undone (Edit > Undo, or Undo in the wizard) the batch is marked undone, and unmarked when it is redone.
 */
class ImportWizardUndoWatcher : public QObject
{
    Q_OBJECT

public:
    /// Watches the command on top of @p document's undo stack, the import of batch @p batchId.
    ImportWizardUndoWatcher(Document *document, qint64 batchId);

    /// True while the import's command is the next one Edit > Undo undoes.
    bool canUndo() const;
    /// Undoes the import through the undo stack; false when other edits came after it.
    bool undo();

private:
    void indexChanged(int index);

    Document *m_document;
    qint64 m_batchId;
    int m_commandIndex;
    const QUndoCommand *m_command;
    bool m_undone = false;
};

} // namespace AllianceDesk
