#pragma once

#include "import/importer.h"

#include <QTemporaryDir>
#include <QWizard>

#include <memory>

class QMenu;

namespace AllianceDesk {

class MainWindow;

/**
 * File > Import…: imports a delimited file into the open database in six pages — the file and what it holds; its
 * encoding, delimiter and header with a live preview; the column mapping; a review of the dry run's problems and
 * duplicates; the import itself on a worker thread (with its own connection) that can be cancelled; a summary with
 * the rejected rows and Undo. The committed import goes on the document's undo stack as one command.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        DialectPage,
        MappingPage,
        ReviewPage,
        ProgressPage,
        SummaryPage,
    };

    ImportWizard(MainWindow *window, const QString &filePath = {});
    ~ImportWizard() override;

    /// Adds File > Import… (Ctrl+I) to @p menu and lets files be dropped on @p window to import them.
    static void addImportAction(MainWindow *window, QMenu *menu);
    /// Opens the wizard on @p filePath (may be empty) for @p window's database.
    static void start(MainWindow *window, const QString &filePath);

    MainWindow *mainWindow() const { return m_window; }
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }
    ImportOptions &options() { return m_options; }

    /// Reads the start of the file with the current options; returns a message when it cannot be read.
    QString inspect();
    /// The last inspected file (null before inspect() succeeded).
    const Importer *inspected() const { return m_importer.get(); }

    ImportResult &dryRun() { return m_dryRun; }
    ImportResult &result() { return m_result; }
    /// Where the real run writes its rejected rows.
    QString errorsPath() const;

private:
    MainWindow *m_window;
    QString m_filePath;
    ImportOptions m_options;
    std::unique_ptr<Importer> m_importer;
    ImportResult m_dryRun;
    ImportResult m_result;
    QTemporaryDir m_tempDir;
};

} // namespace AllianceDesk
