#pragma once

#include "import/importkind.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace AllianceDesk {

class ImportWizard;
class ImportWizardWorker;

/**
 * Page 4: a dry run's problems (line, column, reason) and duplicates, with a choice for each duplicate row; and each
 * country name of the file that fits several countries where its rows do not say which ("Congo"), with a choice of
 * those countries or, by default, leaving its rows rejected.
 */
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
    /// The ambiguous country names: the name, its rows, the country chosen for them.
    QTableWidget *countriesTable() const { return m_countries; }
    /// The country combo of ambiguous name @p row (0-based): "leave rejected" (no data) or a country (its code).
    QComboBox *countryCombo(int row) const;

private:
    void dryRunFinished();
    /// Puts the country chosen for each ambiguous name into the wizard's options.
    void storeCountryChoices();
    /// @p brief: the short labels of a row's choice ("Skip"), where the page-wide choice explains each.
    static void fillChoices(QComboBox *combo, DuplicatePolicy policy, bool brief);

    ImportWizard *m_wizard;
    ImportWizardWorker *m_worker;
    QLabel *m_summary;
    QWidget *m_problemSection;   ///< shown only when there are problems
    QWidget *m_duplicateSection; ///< shown only when there are duplicates
    QWidget *m_countrySection;   ///< shown only when country names fit several countries
    QComboBox *m_policy;
    QTableWidget *m_problems;
    QTableWidget *m_duplicates;
    QTableWidget *m_countries;
    bool m_checked = false;
};

} // namespace AllianceDesk
