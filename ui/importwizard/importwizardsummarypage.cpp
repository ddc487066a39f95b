#include "importwizard/importwizardsummarypage.h"

#include "importwizard/importwizard.h"
#include "importwizard/importwizardprogresspage.h"
#include "importwizard/importwizardundowatcher.h"
#include "mainwindow.h"

#include "domain/contactvalues.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

constexpr qsizetype shownUnverified = 10;

} // namespace

ImportWizardSummaryPage::ImportWizardSummaryPage(ImportWizard *wizard, ImportWizardProgressPage *progressPage)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progressPage(progressPage)
    , m_counts(new QLabel(this))
    , m_saveErrors(new QPushButton(tr("Save &Rejected Rows…"), this))
    , m_undo(new QPushButton(tr("&Undo Import"), this))
{
    setTitle(tr("Done"));
    setSubTitle(tr("What the import did. Edit > Undo also undoes it, as one step."));
    setFinalPage(true);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_saveErrors, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QFileInfo(m_wizard->filePath())
                .dir()
                .filePath(tr("%1 rejected.csv").arg(QFileInfo(m_wizard->filePath()).completeBaseName()));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveErrors(path);
    });
    connect(m_undo, &QPushButton::clicked, this, &ImportWizardSummaryPage::undo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveErrors);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void ImportWizardSummaryPage::initializePage()
{
    const ImportResult &result = m_wizard->result();
    const QString fileName = QFileInfo(m_wizard->filePath()).fileName().toHtmlEscaped();
    QString text =
        result.rows == 1 ? tr("%1: 1 row read.").arg(fileName) : tr("%1: %2 rows read.").arg(fileName).arg(result.rows);
    text += u"<ul><li>"_s + tr("%n created", nullptr, result.created) + u"</li><li>"_s +
            tr("%n updated", nullptr, result.updated) + u"</li><li>"_s +
            (result.unchanged ? tr("%n already up to date", nullptr, result.unchanged) + u"</li><li>"_s : QString()) +
            tr("%n skipped", nullptr, result.skipped) + u"</li><li>"_s + tr("%n rejected", nullptr, result.rejected) +
            u"</li>"_s;
    if (!m_wizard->options().networkName.isEmpty())
        text +=
            u"<li>"_s +
            tr("%n became members of %1", nullptr, result.joined).arg(m_wizard->options().networkName.toHtmlEscaped()) +
            u"</li>"_s;
    if (result.unverified > 0)
        text += u"<li>"_s + tr("%n value(s) kept as written but unverified", nullptr, result.unverified) + u"</li>"_s;
    text += u"</ul>"_s;
    if (result.unverified > 0) {
        // Named one by one (the first few), with where to find them all later.
        text += u"<p>"_s +
                tr("These could not be verified and were kept as written; type %1 in a list’s filter (Ctrl+L) to "
                   "find every record with such a value:")
                    .arg(u"<b>"_s + ContactValues::unverifiedFilterWord() + u"</b>"_s) +
                u"</p><ul>"_s;
        for (qsizetype i = 0; i < result.unverifiedValues.size() && i < shownUnverified; ++i) {
            const UnverifiedValue &value = result.unverifiedValues.at(i);
            text += u"<li>"_s + tr("Line %1: %2").arg(value.line).arg(value.reason.toHtmlEscaped()) + u"</li>"_s;
        }
        if (result.unverified > shownUnverified)
            text += u"<li>"_s + tr("… and %1 more").arg(result.unverified - shownUnverified) + u"</li>"_s;
        text += u"</ul>"_s;
    }
    for (const QString &note : result.notes)
        text += u"<p>"_s + note.toHtmlEscaped() + u"</p>"_s;
    if (result.batchId)
        text += tr("Recorded as import batch %1.").arg(result.batchId);
    m_counts->setText(text);
    m_saveErrors->setEnabled(result.rejected > 0 && QFileInfo::exists(m_wizard->errorsPath()));
    ImportWizardUndoWatcher *watcher = m_progressPage->undoWatcher();
    m_undo->setEnabled(watcher && watcher->canUndo());
}

bool ImportWizardSummaryPage::saveErrors(const QString &path)
{
    // Written whole or not at all: a full disk or a cancelled write never leaves half a file under the chosen name.
    QFile source(m_wizard->errorsPath());
    QSaveFile target(path);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(source.readAll()) != source.size() || !target.commit()) {
        QMessageBox::warning(this, tr("Save Rejected Rows"),
                             tr("%1 cannot be written: %2")
                                 .arg(QDir::toNativeSeparators(path),
                                      target.errorString().isEmpty() ? source.errorString() : target.errorString()));
        return false;
    }
    m_counts->setText(m_counts->text() + u"<p>"_s +
                      tr("The rejected rows were saved to %1.").arg(QDir::toNativeSeparators(path).toHtmlEscaped()) +
                      u"</p>"_s);
    return true;
}

void ImportWizardSummaryPage::undo()
{
    ImportWizardUndoWatcher *watcher = m_progressPage->undoWatcher();
    if (!watcher || !watcher->undo()) {
        QMessageBox::information(this, tr("Undo Import"),
                                 tr("Other changes were made after the import; undo them first with Edit > Undo."));
        return;
    }
    m_undo->setEnabled(false);
    m_counts->setText(m_counts->text() + u"<p>"_s + tr("The import was undone.") + u"</p>"_s);
    m_wizard->mainWindow()->refresh();
}

} // namespace AllianceDesk
