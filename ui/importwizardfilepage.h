#pragma once

#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace AllianceDesk {

class ImportWizard;

/// Page 1: the file to import and what it holds (and, for organisations, the network they join).
class ImportWizardFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardFilePage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *networkCombo() const { return m_network; }

private:
    void browse();
    void updateNetwork();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QComboBox *m_network;
};

} // namespace AllianceDesk
