#include "importwizard/importwizardundowatcher.h"

#include "document/document.h"

#include <QUndoStack>

namespace AllianceDesk {

ImportWizardUndoWatcher::ImportWizardUndoWatcher(Document *document)
    : QObject(document)
    , m_document(document)
    , m_commandIndex(document->undoStack()->count() - 1)
    , m_command(document->undoStack()->command(m_commandIndex))
{}

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

} // namespace AllianceDesk
