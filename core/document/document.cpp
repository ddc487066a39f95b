#include "document.h"

#include "changecommand.h"
#include "import/importbatches.h"
#include "storage/changefeed.h"
#include "storage/changeset.h"
#include "storage/transaction.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
constexpr int pollIntervalMs = 1500;
/// Past this many audit entries from another connection a view reads everything again rather than record by record.
constexpr int mostAuditedChanges = 2000;
} // namespace

Document::Document(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    noteOwnCommit();
    // PRAGMA data_version changes when another connection commits: cheap to poll, exact, works across processes.
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &Document::checkForExternalChanges);
    m_pollTimer.start();
}

Document::~Document()
{
    // Commands refer to the document: clear them before the database goes.
    m_undoStack.clear();
}

void Document::perform(const QString &text, const Edit &edit)
{
    const QSqlDatabase db = connection();
    QByteArray changes;
    {
        Transaction transaction(db);
        {
            ChangeRecorder recorder(db);
            edit(db);
            changes = recorder.changeset();
        }
        transaction.commit();
    }
    noteOwnCommit();
    const DataChange change = DataChange::fromRows(Changesets::rows(changes));
    if (!changes.isEmpty()) {
        m_undoStack.push(new ChangeCommand(*this, text, changes, true));
        enforceUndoMemoryLimit();
    }
    emit changed(change);
}

void Document::pushImport(const QString &text, qint64 batchId)
{
    noteOwnCommit();
    if (ImportBatches::hasChanges(connection(), batchId))
        m_undoStack.push(new ImportCommand(*this, text, batchId));
    emit changed(DataChange::everything());
}

void Document::importBatchChanged(qint64 batchId)
{
    const int index = m_undoStack.index();
    const auto importOf = [this, batchId](int at) {
        const auto *command = dynamic_cast<const ImportCommand *>(m_undoStack.command(at));
        return command && command->batchId() == batchId;
    };
    bool undone = false;
    try {
        undone = ImportBatches::get(connection(), batchId).undone.isValid();
    } catch (const Error &) {
        // Unreadable now: the stack stays as it is, and its command checks the batch again when it runs.
        undone = false;
    }
    // Each step runs the command, which finds the batch already as wanted, changes nothing and emits changed().
    if (undone && index > 0 && importOf(index - 1)) {
        m_undoStack.undo();
        return;
    }
    if (!undone && index < m_undoStack.count() && importOf(index)) {
        m_undoStack.redo();
        return;
    }
    noteOwnCommit();
    emit changed(DataChange::everything());
}

void Document::runFromStack(QUndoCommand &command, const DataChange &change,
                            const std::function<void(const QSqlDatabase &)> &work)
{
    try {
        work(connection());
    } catch (const Error &error) {
        // The database is as it was before this attempt; the command can no longer be undone or redone.
        command.setObsolete(true);
        emit failed(error.message());
    }
    noteOwnCommit();
    emit changed(change);
}

void Document::noteOwnCommit()
{
    m_dataVersion = dataVersion();
    try {
        m_auditSeen = ChangeFeed(connection()).latestAuditId();
    } catch (const Error &) {
        // Unreadable now: the next look at others' changes reports everything.
        m_auditSeen = -1;
    }
}

void Document::setUndoMemoryLimit(qint64 bytes)
{
    m_undoMemoryLimit = bytes;
    enforceUndoMemoryLimit();
}

qint64 Document::undoMemoryUsed() const
{
    qint64 used = 0;
    for (int i = 0; i < m_undoStack.count(); ++i) {
        if (const auto *command = dynamic_cast<const ChangeCommand *>(m_undoStack.command(i)))
            used += command->changeset().size();
    }
    return used;
}

void Document::enforceUndoMemoryLimit()
{
    qint64 used = undoMemoryUsed();
    // The oldest first; the edit just made is always kept, however large.
    for (int i = 0; used > m_undoMemoryLimit && i < m_undoStack.count() - 1; ++i) {
        auto *command = dynamic_cast<ChangeCommand *>(const_cast<QUndoCommand *>(m_undoStack.command(i)));
        if (!command || command->isForgotten())
            continue;
        used -= command->changeset().size();
        command->forget(m_undoMemoryLimit);
    }
}

qint64 Document::dataVersion() const
{
    // Asked on a timer and after every undo and redo, from the event loop: a database that cannot be read now
    // (busy, gone) counts as unchanged; whatever reads it next reports the problem.
    try {
        return ChangeFeed(connection()).dataVersion();
    } catch (const Error &) {
        return m_dataVersion;
    }
}

void Document::setPollingPaused(bool paused)
{
    if (paused) {
        if (m_pollingPauses++ == 0)
            m_pollTimer.stop();
        return;
    }
    if (m_pollingPauses == 0 || --m_pollingPauses > 0)
        return;
    m_pollTimer.start();
    checkForExternalChanges();
}

void Document::checkForExternalChanges()
{
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // What the audit trail tells of the other connection's edits; a commit it does not explain (another SQLite
    // program, a restored backup) or too many changes to go through one by one: everything.
    DataChange change = DataChange::everything();
    try {
        const ChangeFeed feed(connection());
        if (m_auditSeen >= 0) {
            if (const auto rows = feed.auditedSince(m_auditSeen, mostAuditedChanges); rows && !rows->isEmpty())
                change = DataChange::fromRows(*rows);
        }
        m_auditSeen = feed.latestAuditId();
    } catch (const Error &) {
        m_auditSeen = -1;
    }
    emit changed(change);
}

} // namespace AllianceDesk
