#include "find/searchindexer.h"

#include "search/searchindex.h"
#include "storage/database.h"
#include "util/error.h"

#include <QThread>

namespace AllianceDesk {

namespace {
/// How long the worker waits for another connection's write (an import, say) before it gives up for now.
constexpr int busyAttempts = 200;
constexpr int busyPauseMs = 50;
} // namespace

SearchIndexer::SearchIndexer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

SearchIndexer::~SearchIndexer()
{
    if (m_thread) {
        m_state->stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool SearchIndexer::catchUpIfBehind(const QSqlDatabase &db)
{
    if (m_running) {
        m_again = true;
        return true;
    }
    try {
        if (SearchIndex::isCurrent(db) || SearchIndex::pending(db) <= SearchIndex::interactiveCatchUpLimit)
            return false;
    } catch (const Error &) {
        return false;
    }
    catchUp();
    return true;
}

void SearchIndexer::catchUp()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_running = true;
    m_again = false;
    m_state = std::make_shared<State>();
    const auto state = m_state;
    m_thread = QThread::create([this, state, path = m_databasePath] {
        try {
            // One connection per thread: this one is opened, used and closed here.
            const auto database = Database::open(path);
            const QSqlDatabase db = database->connection();
            state->total = SearchIndex::pending(db);
            int busy = 0;
            while (!state->stop) {
                const int indexed = SearchIndex::indexSome(db, batchSize);
                if (indexed < 0) {
                    // Another connection is writing (an import): try again shortly, then leave it for later.
                    if (++busy > busyAttempts)
                        break;
                    QThread::msleep(busyPauseMs);
                    continue;
                }
                busy = 0;
                if (indexed == 0) {
                    state->current = true;
                    break;
                }
                state->indexed += indexed;
                const int done = state->indexed;
                const int total = std::max<int>(state->total, done);
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            }
        } catch (const Error &error) {
            qWarning("AllianceDesk: the search index could not be brought up to date: %s",
                     qUtf8Printable(error.message()));
        }
    });
    // A run's late signal (delivered after wait() has moved on to another run) is ignored.
    const int run = ++m_run;
    connect(m_thread, &QThread::finished, this, [this, run] {
        if (run == m_run)
            threadFinished();
    });
    m_thread->start(QThread::LowPriority);
}

void SearchIndexer::wait()
{
    while (m_running) {
        m_thread->wait();
        threadFinished(); // may start another run
    }
}

void SearchIndexer::threadFinished()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_again && !m_state->stop) {
        catchUp();
        return;
    }
    emit finished(m_state->current);
}

} // namespace AllianceDesk
