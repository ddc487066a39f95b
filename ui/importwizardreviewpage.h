#pragma once

#include "import/importkind.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace AllianceDesk {

class ImportWizard;
class ImportWizardWorker;

/// Page 4: a dry run's problems (line, column, reason) and duplicates, with a choice for each duplicate row.
class ImportWizardReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardReviewPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ImportWizardWorker *worker() const { return m_worker; }
    QTableWidget *problemsTable() const { return m_problems; }
    QTableWidget *duplicatesTable() const { return m_duplicates; }
    QComboBox *policyCombo() const { return m_policy; }
    /// The choice combo of duplicate row @p row (0-based).
    QComboBox *choiceCombo(int row) const;

private:
    void dryRunFinished();
    /// @p brief: the short labels of a row's choice ("Skip"), where the page-wide choice explains each.
    static void fillChoices(QComboBox *combo, DuplicatePolicy policy, bool brief);

    ImportWizard *m_wizard;
    ImportWizardWorker *m_worker;
    QLabel *m_summary;
    QWidget *m_problemSection;   ///< shown only when there are problems
    QWidget *m_duplicateSection; ///< shown only when there are duplicates
    QComboBox *m_policy;
    QTableWidget *m_problems;
    QTableWidget *m_duplicates;
    bool m_checked = false;
};

} // namespace AllianceDesk
