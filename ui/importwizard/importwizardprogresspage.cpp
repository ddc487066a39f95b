#include "importwizard/importwizardprogresspage.h"

#include "importwizard/importwizard.h"
#include "importwizard/importwizardundowatcher.h"
#include "importwizard/importwizardworker.h"
#include "mainwindow.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace AllianceDesk {

ImportWizardProgressPage::ImportWizardProgressPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_worker(new ImportWizardWorker(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop Import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Stopping the import changes nothing in the database."));
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    connect(m_worker, &ImportWizardWorker::progress, m_progress, &QProgressBar::setValue);
    connect(m_worker, &ImportWizardWorker::finished, this, &ImportWizardProgressPage::finished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_worker->isRunning()) {
            initializePage(); // after a stop or a failure: try again
            return;
        }
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping…"));
        m_worker->cancel();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

ImportWizardProgressPage::~ImportWizardProgressPage()
{
    resumePolling();
}

void ImportWizardProgressPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Stop Import"));
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    emit completeChanged();
    Database *database = m_wizard->mainWindow()->database();
    if (!database) {
        m_status->setText(tr("No database is open."));
        m_cancel->setEnabled(false);
        return;
    }
    ImportOptions options = m_wizard->options();
    options.dryRun = false;
    options.errorsPath = m_wizard->errorsPath();
    // The import commits on the worker's connection: the window hears of it from pushImport() when it ends, not
    // from the document's poll (which would read every list again first, on the GUI thread).
    if (Document *document = m_wizard->mainWindow()->document(); document && !m_pausedDocument) {
        m_pausedDocument = document;
        document->setPollingPaused(true);
    }
    m_worker->start(database->path(), m_wizard->filePath(), options);
}

void ImportWizardProgressPage::resumePolling()
{
    if (m_pausedDocument)
        m_pausedDocument->setPollingPaused(false);
    m_pausedDocument = nullptr;
}

bool ImportWizardProgressPage::isComplete() const
{
    return m_done;
}

void ImportWizardProgressPage::finished()
{
    m_cancel->setEnabled(m_worker->outcome() != ImportWizardWorker::Outcome::Done);
    m_cancel->setText(tr("&Import Again"));
    switch (m_worker->outcome()) {
    case ImportWizardWorker::Outcome::Cancelled:
        resumePolling();
        m_status->setText(tr("The import was stopped; nothing was changed."));
        m_progress->setValue(0);
        return;
    case ImportWizardWorker::Outcome::Failed:
        resumePolling();
        m_status->setText(tr("Nothing was imported: %1").arg(m_worker->message()));
        return;
    case ImportWizardWorker::Outcome::Done:
        break;
    }
    const ImportResult &result = m_worker->result();
    m_wizard->result() = result;
    m_progress->setValue(100);
    m_status->setText(tr("Imported."));
    MainWindow *window = m_wizard->mainWindow();
    if (Document *document = window->document()) {
        // The import committed on the worker's connection; the undo stack gets it as one command.
        const int before = document->undoStack()->count();
        document->pushImport(tr("Import %1").arg(QFileInfo(m_wizard->filePath()).fileName()), result.batchId);
        if (document->undoStack()->count() > before)
            m_watcher = new ImportWizardUndoWatcher(document);
    }
    resumePolling(); // pushImport() took the import's commit as known: no second refresh
    // pushImport() told the window, which reads its lists again once: a second refresh of 200,000 records would
    // only stall it.
    m_done = true;
    emit completeChanged();
    m_wizard->next();
}

} // namespace AllianceDesk
