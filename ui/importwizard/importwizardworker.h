#pragma once

#include "import/importer.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace AllianceDesk {

/**
 * Runs one Importer on a worker thread with a database connection of its own (Database::open in the thread; the
 * GUI's connection is never used there). Reports progress in percent and finishes with the result or a message;
 * cancel() stops it at its next progress check, and the import's transaction is rolled back.
 */
class ImportWizardWorker : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Done,
        Cancelled,
        Failed,
    };

    explicit ImportWizardWorker(QObject *parent = nullptr);
    /// Cancels a run still going and waits for it.
    ~ImportWizardWorker() override;

    void start(const QString &databasePath, const QString &filePath, const ImportOptions &options);
    void cancel() { m_state->cancel = true; }
    bool isRunning() const;
    /// Waits for the run to end and delivers its finished() signal (for tests and for closing the wizard).
    void wait();

    Outcome outcome() const { return m_state->outcome; }
    const ImportResult &result() const { return m_state->result; }
    const QString &message() const { return m_state->message; }

signals:
    void progress(int percent);
    void finished(AllianceDesk::ImportWizardWorker::Outcome outcome);

private:
    struct State
    {
        std::atomic_int percent{0};
        std::atomic_bool cancel{false};
        Outcome outcome = Outcome::Done;
        ImportResult result;
        QString message;
    };
    void threadFinished();

    std::shared_ptr<State> m_state = std::make_shared<State>();
    QThread *m_thread = nullptr;
    bool m_delivered = true;
};

} // namespace AllianceDesk
