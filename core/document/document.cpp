#include "document.h"

#include "changecommand.h"
#include "import/importbatches.h"
#include "storage/changeset.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
constexpr int pollIntervalMs = 1500;
}

Document::Document(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_dataVersion = dataVersion();
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
    m_dataVersion = dataVersion();
    if (!changes.isEmpty())
        m_undoStack.push(new ChangeCommand(*this, text, changes, true));
    emit changed();
}

void Document::pushImport(const QString &text, qint64 batchId)
{
    m_dataVersion = dataVersion();
    if (ImportBatches::hasChanges(connection(), batchId))
        m_undoStack.push(new ImportCommand(*this, text, batchId));
    emit changed();
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
    m_dataVersion = dataVersion();
    emit changed();
}

void Document::runFromStack(QUndoCommand &command, const std::function<void(const QSqlDatabase &)> &work)
{
    try {
        work(connection());
    } catch (const Error &error) {
        // The database is as it was before this attempt; the command can no longer be undone or redone.
        command.setObsolete(true);
        emit failed(error.message());
    }
    m_dataVersion = dataVersion();
    emit changed();
}

qint64 Document::dataVersion() const
{
    // Asked on a timer and after every undo and redo, from the event loop: a database that cannot be read now
    // (busy, gone) counts as unchanged; whatever reads it next reports the problem.
    try {
        SqlQuery query(connection(), u"PRAGMA data_version"_s);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : m_dataVersion;
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
    if (version != m_dataVersion) {
        m_dataVersion = version;
        emit changed();
    }
}

} // namespace AllianceDesk
