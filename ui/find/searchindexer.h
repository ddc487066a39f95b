#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace AllianceDesk {

/**
 * Brings the search index up to date on a worker thread with a database connection of its own, so that the
 * catch-up after a large import (or another program's writes) never runs on the GUI thread inside a keystroke's
 * query. It indexes in small transactions, so the window's own edits wait at most one batch. Meanwhile searches
 * answer from what is indexed and say so (SearchIndex::interactiveCatchUpLimit).
 */
class SearchIndexer : public QObject
{
    Q_OBJECT

public:
    /// Records indexed per transaction on the worker.
    static constexpr int batchSize = 500;

    explicit SearchIndexer(QString databasePath, QObject *parent = nullptr);
    /// Stops the worker at its next batch and waits for it.
    ~SearchIndexer() override;

    /**
     * Starts the worker when more records wait than a search would index itself (read on @p db, the GUI's
     * connection); true when it started or was already at work. A call while it works makes it look again when
     * done. Never throws: a database that cannot be read now is left for the next change.
     */
    bool catchUpIfBehind(const QSqlDatabase &db);
    /// Starts the worker (unless it is at work already), however few records wait.
    void catchUp();
    bool isIndexing() const { return m_running; }
    /// Waits (without an event loop) for the worker and delivers its last signals; for tests and benchmarks.
    void wait();

signals:
    /// @p indexed of @p total records waiting when the run began are in the index.
    void progress(int indexed, int total);
    /// The worker stopped: @p current is true when nothing waits any more.
    void finished(bool current);

private:
    struct State
    {
        std::atomic_bool stop{false};
        std::atomic_int indexed{0};
        std::atomic_int total{0};
        bool current = false;
    };
    void threadFinished();

    QString m_databasePath;
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    bool m_running = false;
    bool m_again = false;
    int m_run = 0;
};

} // namespace AllianceDesk
