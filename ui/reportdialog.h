#pragma once

#include "reports/reportdocument.h"
#include "reports/reportparameters.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QSpinBox;

namespace AllianceDesk {

class Database;
class MainWindow;
class ReportRenderer;

/**
 * The report dialog: the parameters of a report, a preview of its pages, printing, and saving as PDF on a worker
 * thread (with its own database connection) with progress and cancel. Protected details are included only after
 * the user confirms.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Database &database, ReportKind kind, QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// Adds the Reports menu to @p window: one entry per report, each opening this dialog.
    static void addReportsMenu(MainWindow *window);

    ReportParameters parameters() const;
    void setNetwork(const QString &name);
    /// Makes the report and shows page @p page (0-based); false (with a message shown) when it cannot be made.
    bool updatePreview();
    int previewPageCount() const;
    void showPage(int page);

private:
    void createWidgets();
    void kindChanged();
    void includeProtectedToggled(bool checked);
    void savePdf();
    void print();
    void showError(const QString &message);
    void showPreviewProblem(const QString &message);

    Database &m_database;
    QComboBox *m_kind = nullptr;
    QComboBox *m_network = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_pageSize = nullptr;
    QListWidget *m_columns = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QCheckBox *m_includeProtected = nullptr;
    QScrollArea *m_previewArea = nullptr;
    QLabel *m_preview = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    std::optional<ReportDocument> m_document;
    std::unique_ptr<ReportRenderer> m_renderer;
};

} // namespace AllianceDesk
