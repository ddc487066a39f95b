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
    , m_policy(new QComboBox(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_duplicates(new QTableWidget(0, 4, this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("A trial run of the import: nothing has been written yet."));
    setCommitPage(true);
    connect(m_worker, &ImportWizardWorker::finished, this, &ImportWizardReviewPage::dryRunFinished);

    m_summary->setWordWrap(true);
    fillChoices(m_policy, DuplicatePolicy::Skip);
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        for (int row = 0; row < m_duplicates->rowCount(); ++row)
            choiceCombo(row)->setCurrentIndex(m_policy->currentIndex());
    });

    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_duplicates->setHorizontalHeaderLabels({tr("Line"), tr("Row"), tr("Matches"), tr("Action")});
    for (QTableWidget *table : {m_problems, m_duplicates}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_duplicates->horizontalHeader()->setStretchLastSection(false);
    m_duplicates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *policyRow = new QFormLayout;
    policyRow->addRow(tr("Rows that match a record &already there:"), m_policy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Problems (these rows will be rejected):"), this));
    layout->addWidget(m_problems, 1);
    layout->addWidget(new QLabel(tr("Duplicates:"), this));
    layout->addLayout(policyRow);
    layout->addWidget(m_duplicates, 1);
}

void ImportWizardReviewPage::fillChoices(QComboBox *combo, DuplicatePolicy policy)
{
    combo->addItem(tr("Skip (keep the record as it is)"), int(DuplicatePolicy::Skip));
    combo->addItem(tr("Update the record"), int(DuplicatePolicy::Update));
    combo->addItem(tr("Create another record"), int(DuplicatePolicy::Create));
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
    QString text = tr("%1 rows: %2 would be created, %3 updated, %4 skipped and %5 rejected.")
                       .arg(result.rows)
                       .arg(result.created)
                       .arg(result.updated)
                       .arg(result.skipped)
                       .arg(result.rejected);
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
        const QString matches = match.existingId != 0 ? tr("%1 (%2)").arg(match.existingName, match.why)
                                                      : tr("line %1 (%2)").arg(match.earlierLine).arg(match.why);
        m_duplicates->setItem(row, 2, new QTableWidgetItem(matches));
        auto *combo = new QComboBox(m_duplicates);
        fillChoices(combo, DuplicatePolicy(m_policy->currentData().toInt()));
        m_duplicates->setCellWidget(row, 3, combo);
    }
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
