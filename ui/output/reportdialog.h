#pragma once

#include "reports/reportdocument.h"
#include "reports/reportparameters.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QTimer;
class QThread;

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
    /**
     * Starts making the preview on a worker thread with its own database connection (reading a report of 10,000
     * rows and paginating it takes a good part of a second): the dialog says it is preparing the preview and stays
     * responsive, and shows the first page when it is done. A preview already being made is given up for the new one.
     */
    void startPreview();
    /// startPreview() and waits for it (the event loop keeps running); false (said in the preview) when the
    /// report cannot be made.
    bool updatePreview();
    /// True while a preview is being made.
    bool isPreparingPreview() const { return m_preparing != nullptr; }
    /// The parameters of the preview on screen, in the form they are recorded ("" when none is shown).
    QString previewedParameters() const;
    int previewPageCount() const;
    void showPage(int page);

signals:
    /// A preview was made (or could not be: @p ok is false, and the preview says why).
    void previewReady(bool ok);

private:
    struct Preview;
    void previewFinished(const std::shared_ptr<Preview> &preview);
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
    QTimer *m_previewDelay = nullptr;     ///< a changed parameter updates the preview once the user pauses
    std::shared_ptr<Preview> m_shown;     ///< the preview on screen: its document and its pages
    std::shared_ptr<Preview> m_preparing; ///< the preview being made on a worker, if any
    std::vector<std::unique_ptr<QThread>> m_threads;
    const ReportDocument *m_document = nullptr;
    const ReportRenderer *m_renderer = nullptr;
};

} // namespace AllianceDesk
