#include "changecommand.h"

#include "document.h"
#include "import/importbatches.h"
#include "storage/auditlog.h"
#include "storage/changeset.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

ChangeCommand::ChangeCommand(Document &document, const QString &text, QByteArray changeset, bool alreadyApplied)
    : QUndoCommand(text)
    , m_document(document)
    , m_changeset(std::move(changeset))
    , m_skipFirstRedo(alreadyApplied)
{}

void ChangeCommand::undo()
{
    if (m_forgotten) {
        // The stack drops the command once it is obsolete; the user learns why nothing was undone.
        setObsolete(true);
        emit m_document.failed(text());
        return;
    }
    // Inverted here rather than when pushed: most edits are never undone. Inverting can fail too (a damaged
    // changeset, no memory), and undo() is called by the event loop: apply() reports it instead of throwing.
    apply([this] { return Changesets::invert(m_changeset); },
          QCoreApplication::translate("ChangeCommand", "undo of “%1”").arg(text()));
}

void ChangeCommand::redo()
{
    if (m_forgotten)
        return;
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    apply([this] { return m_changeset; }, QCoreApplication::translate("ChangeCommand", "redo of “%1”").arg(text()));
}

void ChangeCommand::forget(qint64 limit)
{
    m_changeset = QByteArray();
    m_forgotten = true;
    setText(QCoreApplication::translate("ChangeCommand", "%1 (too old to undo: the undo history keeps %2 MB of edits)")
                .arg(text())
                .arg(limit / (1024 * 1024)));
}

void ChangeCommand::apply(const std::function<QByteArray()> &changeset, const QString &auditNote)
{
    // What the views must read again; a changeset that cannot be read fails in the work below and is reported there.
    DataChange change = DataChange::everything();
    try {
        change = DataChange::fromRows(Changesets::rows(m_changeset));
    } catch (const Error &) {
    }
    m_document.runFromStack(*this, change, [&](const QSqlDatabase &db) {
        const QByteArray changes = changeset();
        Transaction transaction(db);
        Changesets::apply(db, changes);
        // The audit trail tells what the undo or redo touched; it never copies values (some are protected).
        AuditLog audit(db);
        for (const ChangedRow &row : Changesets::rows(changes)) {
            switch (row.operation) {
            case ChangedRow::Operation::Insert:
                audit.recordCreate(row.table, row.id, auditNote);
                break;
            case ChangedRow::Operation::Update:
                audit.recordUpdate(row.table, row.id, QString(), QString(), auditNote);
                break;
            case ChangedRow::Operation::Delete:
                audit.recordDelete(row.table, row.id, auditNote);
                break;
            }
        }
        transaction.commit();
    });
}

ImportCommand::ImportCommand(Document &document, const QString &text, qint64 batchId)
    : QUndoCommand(text)
    , m_document(document)
    , m_batchId(batchId)
{}

void ImportCommand::undo()
{
    // The same undo as `alliancedesk-cli undo-import`: the batch's parts one at a time, and the batch marked undone.
    // A batch undone meanwhile from the import history or the command line is already as this step wants it.
    m_document.runFromStack(*this, DataChange::everything(), [this](const QSqlDatabase &db) {
        if (!ImportBatches::get(db, m_batchId).undone.isValid())
            ImportBatches::undo(db, m_batchId);
    });
}

void ImportCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    m_document.runFromStack(*this, DataChange::everything(), [this](const QSqlDatabase &db) {
        if (ImportBatches::get(db, m_batchId).undone.isValid())
            ImportBatches::redo(db, m_batchId);
    });
}

} // namespace AllianceDesk
