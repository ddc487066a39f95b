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
    // Inverted here rather than when pushed: most edits are never undone. Inverting can fail too (a damaged
    // changeset, no memory), and undo() is called by the event loop: apply() reports it instead of throwing.
    apply([this] { return Changesets::invert(m_changeset); },
          QCoreApplication::translate("ChangeCommand", "undo of “%1”").arg(text()));
}

void ChangeCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    apply([this] { return m_changeset; }, QCoreApplication::translate("ChangeCommand", "redo of “%1”").arg(text()));
}

void ChangeCommand::apply(const std::function<QByteArray()> &changeset, const QString &auditNote)
{
    m_document.runFromStack(*this, [&](const QSqlDatabase &db) {
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
    m_document.runFromStack(*this, [this](const QSqlDatabase &db) {
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
    m_document.runFromStack(*this, [this](const QSqlDatabase &db) {
        if (ImportBatches::get(db, m_batchId).undone.isValid())
            ImportBatches::redo(db, m_batchId);
    });
}

} // namespace AllianceDesk
