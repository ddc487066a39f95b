#pragma once

#include "importwizard/importwizardundowatcher.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace AllianceDesk {

class Document;
class ImportWizard;
class ImportWizardWorker;

/// Page 5: the import itself, on a worker thread, with progress and Cancel (which changes nothing).
class ImportWizardProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardProgressPage(ImportWizard *wizard);
    /// A page closed with its import still running lets the document poll again.
    ~ImportWizardProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;

    ImportWizardWorker *worker() const { return m_worker; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    /// The watcher of the import's undo command (null until an import committed).
    ImportWizardUndoWatcher *undoWatcher() const { return m_watcher; }

private:
    void resumePolling();
    void finished();

    ImportWizard *m_wizard;
    ImportWizardWorker *m_worker;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPointer<ImportWizardUndoWatcher> m_watcher;
    /// The document that stops polling while the import runs (its commit is told by pushImport, not by a poll).
    QPointer<Document> m_pausedDocument;
    bool m_done = false;
};

} // namespace AllianceDesk
