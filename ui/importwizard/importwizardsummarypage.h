#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace AllianceDesk {

class ImportWizard;
class ImportWizardProgressPage;

/// Page 6: what the import did, the rejected rows as a CSV file, and Undo.
class ImportWizardSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardSummaryPage(ImportWizard *wizard, ImportWizardProgressPage *progressPage);

    void initializePage() override;

    QLabel *countsLabel() const { return m_counts; }
    QPushButton *saveErrorsButton() const { return m_saveErrors; }
    QPushButton *undoButton() const { return m_undo; }
    /// Copies the rejected rows to @p path; false (after saying why) when it cannot.
    bool saveErrors(const QString &path);
    void undo();

private:
    ImportWizard *m_wizard;
    ImportWizardProgressPage *m_progressPage;
    QLabel *m_counts;
    QPushButton *m_saveErrors;
    QPushButton *m_undo;
};

} // namespace AllianceDesk
