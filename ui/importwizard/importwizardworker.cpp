#include "importwizard/importwizardworker.h"

#include "import/importcancelled.h"
#include "storage/backupstore.h"
#include "storage/database.h"

#include <QThread>

namespace AllianceDesk {

ImportWizardWorker::ImportWizardWorker(QObject *parent)
    : QObject(parent)
{}

ImportWizardWorker::~ImportWizardWorker()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportWizardWorker::start(const QString &databasePath, const QString &filePath, const ImportOptions &options)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_state = std::make_shared<State>();
    m_delivered = false;
    const auto state = m_state;
    m_thread = QThread::create([this, state, databasePath, filePath, options] {
        try {
            // One connection per thread: this one is opened, used and closed here.
            const auto database = Database::open(databasePath);
            database->requireWritable();
            if (!options.dryRun) // the data as it was, in case the import must be taken back another way than undo
                BackupStore(databasePath).make(*database, BackupStore::Kind::BeforeImport);
            Importer importer(filePath, options);
            state->result = importer.run(database->connection(), [this, state](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent != state->percent.exchange(percent))
                    QMetaObject::invokeMethod(
                        this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
                return !state->cancel;
            });
        } catch (const ImportCancelled &cancelled) {
            state->outcome = Outcome::Cancelled;
            state->message = cancelled.message();
        } catch (const Error &failure) {
            state->outcome = Outcome::Failed;
            state->message = failure.message();
        } catch (const std::exception &failure) {
            state->outcome = Outcome::Failed;
            state->message = QString::fromLocal8Bit(failure.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &ImportWizardWorker::threadFinished);
    m_thread->start();
}

bool ImportWizardWorker::isRunning() const
{
    return m_thread && !m_delivered;
}

void ImportWizardWorker::wait()
{
    if (m_thread)
        m_thread->wait();
    threadFinished();
}

void ImportWizardWorker::threadFinished()
{
    if (m_delivered)
        return;
    m_delivered = true;
    emit finished(m_state->outcome);
}

} // namespace AllianceDesk
