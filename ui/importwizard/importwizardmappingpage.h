#pragma once

#include "import/headermapper.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace AllianceDesk {

class ImportWizard;

/// Page 3: which field each column of the file fills (mapped from the headers), with saved presets.
class ImportWizardMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    QComboBox *presetCombo() const { return m_preset; }
    /// The field combo of the column @p row (0-based).
    QComboBox *fieldCombo(int row) const;
    /// The mapping as chosen on the page.
    ColumnMapping mapping() const;

    void savePreset(const QString &name);
    void loadPreset(const QString &name);

private:
    void setMapping(const ColumnMapping &mapping);
    void updateNote();
    void fillPresets();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QComboBox *m_preset;
    QLabel *m_note;
};

} // namespace AllianceDesk
