#pragma once

#include <QByteArray>
#include <QUndoCommand>

#include <functional>

namespace AllianceDesk {

class Document;

/**
 * An edit on the undo stack, kept as the changeset it made: undo applies the inverse, redo applies it again, each
 * in one transaction. A row changed elsewhere in between makes undo or redo fail without changing anything; the
 * command then leaves the stack and the document reports why.
 */
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(Document &document, const QString &text, QByteArray changeset, bool alreadyApplied);

    void undo() override;
    void redo() override;
    const QByteArray &changeset() const { return m_changeset; }

private:
    /// Applies the changes @p changeset gives, in one transaction; a failure is reported, never thrown.
    void apply(const std::function<QByteArray()> &changeset, const QString &auditNote);

    Document &m_document;
    QByteArray m_changeset;
    bool m_skipFirstRedo;
};

} // namespace AllianceDesk
