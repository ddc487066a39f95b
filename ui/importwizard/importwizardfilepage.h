#pragma once

#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace AllianceDesk {

class DateEdit;
class ImportWizard;
class VocabularyComboBox;

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
    VocabularyComboBox *statusCombo() const { return m_status; }
    VocabularyComboBox *roleCombo() const { return m_role; }
    DateEdit *joinedEdit() const { return m_joined; }

private:
    void browse();
    void updateNetwork();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QComboBox *m_network;
    VocabularyComboBox *m_status; ///< new memberships' status, role and start where the file has no column
    VocabularyComboBox *m_role;
    DateEdit *m_joined;
};

} // namespace AllianceDesk
