#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace AllianceDesk {

class ImportWizard;

/// Page 2: encoding, delimiter and header row, with a live preview of the first rows as decoded.
class ImportWizardDialectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardDialectPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QCheckBox *headerCheck() const { return m_header; }
    QTableView *previewView() const { return m_preview; }
    QLabel *statusLabel() const { return m_status; }

    /// How many rows the preview shows.
    static constexpr int previewCount = 50;

private:
    /// Reads the file again with the choices on the page and fills the preview.
    void reread();

    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_status;
    QTableView *m_preview;
    QStandardItemModel *m_model;
    bool m_headerTouched = false;
    bool m_readable = false;
    bool m_updating = false;
};

} // namespace AllianceDesk
