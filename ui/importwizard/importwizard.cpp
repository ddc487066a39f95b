#include "importwizard/importwizard.h"

#include "importwizard/importwizarddialectpage.h"
#include "importwizard/importwizarddropfilter.h"
#include "importwizard/importwizardfilepage.h"
#include "importwizard/importwizardmappingpage.h"
#include "importwizard/importwizardprogresspage.h"
#include "importwizard/importwizardreviewpage.h"
#include "importwizard/importwizardsummarypage.h"
#include "importwizard/importwizardworker.h"
#include "mainwindow.h"

#include "import/importfileerror.h"
#include "util/error.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

ImportWizard::ImportWizard(MainWindow *window, const QString &filePath)
    : QWizard(window)
    , m_window(window)
    , m_filePath(filePath)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportWizardFilePage(this));
    setPage(DialectPage, new ImportWizardDialectPage(this));
    setPage(MappingPage, new ImportWizardMappingPage(this));
    setPage(ReviewPage, new ImportWizardReviewPage(this));
    auto *progressPage = new ImportWizardProgressPage(this);
    setPage(ProgressPage, progressPage);
    setPage(SummaryPage, new ImportWizardSummaryPage(this, progressPage));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(760, 560);

    // Closing the wizard while the import runs stops it; an import that committed first still reaches the undo
    // stack, because wait() delivers its result before the wizard goes.
    connect(this, &QDialog::rejected, this, [progressPage, this] {
        progressPage->worker()->cancel();
        progressPage->worker()->wait();
        qobject_cast<ImportWizardReviewPage *>(page(ReviewPage))->worker()->cancel();
    });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::addImportAction(MainWindow *window, QMenu *menu)
{
    QAction *action = menu->addAction(tr("&Import…"), window, [window] { start(window, {}); });
    action->setShortcut(QKeySequence(tr("Ctrl+I")));
    new ImportWizardDropFilter(window);
}

void ImportWizard::start(MainWindow *window, const QString &filePath)
{
    if (!window->database())
        return;
    try {
        window->database()->requireWritable(); // a file on a read-only medium says so before the wizard opens
    } catch (const Error &error) {
        QMessageBox::information(window, tr("Import"), error.message());
        return;
    }
    ImportWizard wizard(window, filePath);
    wizard.exec();
}

QString ImportWizard::inspect()
{
    auto importer = std::make_unique<Importer>(m_filePath, m_options);
    try {
        importer->inspect();
    } catch (const Error &error) {
        m_importer.reset();
        return error.message();
    }
    m_importer = std::move(importer);
    return {};
}

QString ImportWizard::errorsPath() const
{
    return m_tempDir.filePath(u"rejected.csv"_s);
}

} // namespace AllianceDesk
