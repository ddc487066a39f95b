#include "importwizardundowatcher.h"

#include "document/document.h"
#include "import/importbatches.h"
#include "util/error.h"

#include <QUndoStack>

namespace AllianceDesk {

ImportWizardUndoWatcher::ImportWizardUndoWatcher(Document *document, qint64 batchId)
    : QObject(document)
    , m_document(document)
    , m_batchId(batchId)
    , m_commandIndex(document->undoStack()->count() - 1)
    , m_command(document->undoStack()->command(m_commandIndex))
{
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &ImportWizardUndoWatcher::indexChanged);
}

bool ImportWizardUndoWatcher::canUndo() const
{
    QUndoStack *stack = m_document->undoStack();
    return m_command && stack->command(m_commandIndex) == m_command && stack->index() == m_commandIndex + 1;
}

bool ImportWizardUndoWatcher::undo()
{
    if (!canUndo())
        return false;
    m_document->undoStack()->undo();
    return true;
}

void ImportWizardUndoWatcher::indexChanged(int index)
{
    if (m_document->undoStack()->command(m_commandIndex) != m_command) {
        // The import's command was dropped from the stack (undone, then another edit): it stays undone.
        deleteLater();
        return;
    }
    const bool undone = index <= m_commandIndex;
    if (undone == m_undone)
        return;
    try {
        ImportBatches::markUndone(m_document->connection(), m_batchId, undone);
        m_undone = undone;
    } catch (const Error &) {
        // The mark is bookkeeping for the batch list; the data itself was undone or redone by the stack.
    }
}

} // namespace AllianceDesk
