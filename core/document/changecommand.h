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

    /**
     * Lets go of the changeset to keep the undo history within @p limit bytes: the edit can no longer be undone, and
     * undo() then says why and leaves the stack.
     */
    void forget(qint64 limit);
    bool isForgotten() const { return m_forgotten; }

private:
    /// Applies the changes @p changeset gives, in one transaction; a failure is reported, never thrown.
    void apply(const std::function<QByteArray()> &changeset, const QString &auditNote);

    Document &m_document;
    QByteArray m_changeset;
    bool m_skipFirstRedo;
    bool m_forgotten = false;
};

/**
 * An import batch on the undo stack. Its record can be far larger than an edit's and stays in the database
 * (ImportBatches): undo and redo apply it part by part, and keep the batch's "undone" mark in step. A batch found
 * already undone by undo() (or standing, by redo()) — from the import history or the command line — is left as it
 * is: the step only moves the stack, never undoes twice nor fails.
 */
class ImportCommand : public QUndoCommand
{
public:
    /// The import of batch @p batchId, already committed.
    ImportCommand(Document &document, const QString &text, qint64 batchId);

    void undo() override;
    void redo() override;
    qint64 batchId() const { return m_batchId; }

private:
    Document &m_document;
    qint64 m_batchId;
    bool m_skipFirstRedo = true;
};

} // namespace AllianceDesk
