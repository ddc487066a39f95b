#pragma once

#include <QObject>
#include <QSqlDatabase>

class QUndoCommand;
class QUndoStack;

namespace AllianceDesk {

class Document;

/**
 * The wizard's view of the import it pushed on the undo stack: its Undo button undoes that command, and only while
 * it is the next one Edit > Undo would undo (the command itself keeps the batch's "undone" mark in step).
 */
class ImportWizardUndoWatcher : public QObject
{
    Q_OBJECT

public:
    /// Watches the command on top of @p document's undo stack, the import.
    explicit ImportWizardUndoWatcher(Document *document);

    /// True while the import's command is the next one Edit > Undo undoes.
    bool canUndo() const;
    /// Undoes the import through the undo stack; false when other edits came after it.
    bool undo();

private:
    Document *m_document;
    int m_commandIndex;
    const QUndoCommand *m_command;
};

} // namespace AllianceDesk
