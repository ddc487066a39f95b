#include "importwizardreviewpage.h"

#include "importwizard.h"
#include "importwizardworker.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QTableWidgetItem *numberItem(qint64 number)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, number);
    return item;
}

} // namespace

ImportWizardReviewPage::ImportWizardReviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_worker(new ImportWizardWorker(this))
    , m_summary(new QLabel(this))
    , m_problemSection(new QWidget(this))
    , m_duplicateSection(new QWidget(this))
    , m_policy(new QComboBox(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_duplicates(new QTableWidget(0, 4, this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("A trial run of the import: nothing has been written yet."));
    setCommitPage(true);
    connect(m_worker, &ImportWizardWorker::finished, this, &ImportWizardReviewPage::dryRunFinished);

    m_summary->setWordWrap(true);
    fillChoices(m_policy, DuplicatePolicy::Skip, false);
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        for (int row = 0; row < m_duplicates->rowCount(); ++row)
            choiceCombo(row)->setCurrentIndex(m_policy->currentIndex());
    });

    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_duplicates->setHorizontalHeaderLabels({tr("Line"), tr("Name in the file"), tr("Already there"), tr("Action")});
    for (QTableWidget *table : {m_problems, m_duplicates}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_duplicates->horizontalHeader()->setStretchLastSection(false);
    m_duplicates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *problemLayout = new QVBoxLayout(m_problemSection);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(new QLabel(tr("Problems (these rows will be rejected):"), m_problemSection));
    problemLayout->addWidget(m_problems);
    auto *policyRow = new QFormLayout;
    policyRow->addRow(tr("Rows that match a record &already there:"), m_policy);
    auto *duplicateLayout = new QVBoxLayout(m_duplicateSection);
    duplicateLayout->setContentsMargins(0, 0, 0, 0);
    duplicateLayout->addWidget(new QLabel(tr("Duplicates:"), m_duplicateSection));
    duplicateLayout->addLayout(policyRow);
    duplicateLayout->addWidget(m_duplicates);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemSection, 1);
    layout->addWidget(m_duplicateSection, 1);
    layout->addStretch(0);
    m_problemSection->hide();
    m_duplicateSection->hide();
}

void ImportWizardReviewPage::fillChoices(QComboBox *combo, DuplicatePolicy policy, bool brief)
{
    combo->addItem(brief ? tr("Skip") : tr("Skip (keep the record as it is)"), int(DuplicatePolicy::Skip));
    combo->addItem(brief ? tr("Update") : tr("Update the record"), int(DuplicatePolicy::Update));
    combo->addItem(brief ? tr("Create another") : tr("Create another record"), int(DuplicatePolicy::Create));
    combo->setCurrentIndex(combo->findData(int(policy)));
}

QComboBox *ImportWizardReviewPage::choiceCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 3));
}

void ImportWizardReviewPage::initializePage()
{
    m_checked = false;
    m_problems->setRowCount(0);
    m_duplicates->setRowCount(0);
    m_problemSection->hide();
    m_duplicateSection->hide();
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    emit completeChanged();
    ImportOptions options = m_wizard->options();
    options.dryRun = true;
    options.errorsPath.clear();
    options.rowChoices.clear();
    options.onDuplicate = DuplicatePolicy::Skip;
    Database *database = m_wizard->mainWindow()->database();
    if (!database) {
        m_summary->setText(tr("No database is open."));
        return;
    }
    m_worker->start(database->path(), m_wizard->filePath(), options);
}

void ImportWizardReviewPage::cleanupPage()
{
    // Back while the trial run goes: stop it, so that coming here again starts a fresh one.
    m_worker->cancel();
    m_worker->wait();
    QWizardPage::cleanupPage();
}

void ImportWizardReviewPage::dryRunFinished()
{
    if (m_worker->outcome() != ImportWizardWorker::Outcome::Done) {
        m_summary->setText(m_worker->message());
        return;
    }
    const ImportResult &result = m_worker->result();
    m_wizard->dryRun() = result;
    QString text = (result.rows == 1 ? tr("1 row:") : tr("%1 rows:").arg(result.rows)) + u' ' +
                   tr("%1 would be created, %2 updated, %3 skipped and %4 rejected.")
                       .arg(result.created)
                       .arg(result.updated)
                       .arg(result.skipped)
                       .arg(result.rejected);
    if (result.unchanged)
        text += u' ' + tr("%n would be updated but already hold what the file has.", nullptr, result.unchanged);
    if (!m_wizard->options().networkName.isEmpty())
        text += u' ' + tr("%1 would become members of %2.").arg(result.joined).arg(m_wizard->options().networkName);
    for (const QString &note : result.notes)
        text += u' ' + note;
    if (result.problems.isEmpty() && result.duplicates.isEmpty())
        text += u' ' + tr("No problems and no duplicates were found.");
    if (result.datesAmbiguous)
        text += u' ' + tr("Every date of the file reads both day first and month first; rows with such dates are "
                          "rejected.");
    m_summary->setText(text);

    m_problems->setRowCount(int(result.problems.size()));
    for (int row = 0; row < result.problems.size(); ++row) {
        const RowProblem &problem = result.problems.at(row);
        m_problems->setItem(row, 0, numberItem(problem.line));
        m_problems->setItem(row, 1, problem.column > 0 ? numberItem(problem.column) : new QTableWidgetItem);
        m_problems->setItem(row, 2, new QTableWidgetItem(problem.reason));
    }
    m_duplicates->setRowCount(int(result.duplicates.size()));
    for (int row = 0; row < result.duplicates.size(); ++row) {
        const DuplicateMatch &match = result.duplicates.at(row);
        m_duplicates->setItem(row, 0, numberItem(match.line));
        m_duplicates->setItem(row, 1, new QTableWidgetItem(match.name));
        const QString matches = match.earlierLine != 0
                                    ? tr("line %1 of the file (%2)").arg(match.earlierLine).arg(match.why)
                                    : tr("%1 (%2)").arg(match.existingName, match.why);
        auto *matchItem = new QTableWidgetItem(matches);
        matchItem->setToolTip(matches);
        m_duplicates->setItem(row, 2, matchItem);
        auto *combo = new QComboBox(m_duplicates);
        fillChoices(combo, DuplicatePolicy(m_policy->currentData().toInt()), true);
        m_duplicates->setCellWidget(row, 3, combo);
    }
    m_problemSection->setVisible(!result.problems.isEmpty());
    m_duplicateSection->setVisible(!result.duplicates.isEmpty());
    m_duplicates->resizeColumnsToContents();
    m_checked = true;
    emit completeChanged();
}

bool ImportWizardReviewPage::isComplete() const
{
    return m_checked;
}

bool ImportWizardReviewPage::validatePage()
{
    ImportOptions &options = m_wizard->options();
    options.onDuplicate = DuplicatePolicy(m_policy->currentData().toInt());
    options.rowChoices.clear();
    for (int row = 0; row < m_duplicates->rowCount(); ++row) {
        const auto choice = DuplicatePolicy(choiceCombo(row)->currentData().toInt());
        if (choice != options.onDuplicate)
            options.rowChoices.insert(m_duplicates->item(row, 0)->data(Qt::DisplayRole).toLongLong(), choice);
    }
    return true;
}

} // namespace AllianceDesk
