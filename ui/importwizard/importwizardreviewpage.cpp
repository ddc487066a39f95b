#include "importwizard/importwizardreviewpage.h"

#include "importwizard/importwizard.h"
#include "importwizard/importwizardworker.h"
#include "mainwindow.h"

#include "util/countrycatalog.h"

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
    , m_countrySection(new QWidget(this))
    , m_policy(new QComboBox(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_duplicates(new QTableWidget(0, 4, this))
    , m_countries(new QTableWidget(0, 3, this))
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
    m_countries->setObjectName(u"ambiguousCountries"_s);
    m_countries->setHorizontalHeaderLabels({tr("Country in the file"), tr("Rows"), tr("Means")});
    for (QTableWidget *table : {m_problems, m_duplicates, m_countries}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_duplicates->horizontalHeader()->setStretchLastSection(false);
    m_duplicates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_countries->horizontalHeader()->setStretchLastSection(false);
    m_countries->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

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
    auto *countryLayout = new QVBoxLayout(m_countrySection);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    // A short heading like the others: the summary above says what to do (a word-wrapped label here would take
    // the height the problems need).
    auto *countryNote = new QLabel(tr("Country names that fit more than one country:"), m_countrySection);
    countryLayout->addWidget(countryNote);
    countryLayout->addWidget(m_countries);
    countryNote->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_countrySection->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_countrySection);
    layout->addWidget(m_problemSection, 1);
    layout->addWidget(m_duplicateSection, 1);
    layout->addStretch(0);
    m_problemSection->hide();
    m_duplicateSection->hide();
    m_countrySection->hide();
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

QComboBox *ImportWizardReviewPage::countryCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_countries->cellWidget(row, 2));
}

void ImportWizardReviewPage::initializePage()
{
    m_checked = false;
    m_problems->setRowCount(0);
    m_duplicates->setRowCount(0);
    m_countries->setRowCount(0);
    m_problemSection->hide();
    m_duplicateSection->hide();
    m_countrySection->hide();
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    emit completeChanged();
    ImportOptions options = m_wizard->options();
    options.dryRun = true;
    options.errorsPath.clear();
    options.rowChoices.clear();
    options.countryChoices.clear(); // every ambiguous name is listed, with the choice made before if any
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
    if (!result.ambiguousCountries.isEmpty()) {
        int rows = 0;
        for (const AmbiguousCountry &country : result.ambiguousCountries)
            rows += country.rows;
        text += u' ' +
                tr("%n of the rejected row(s) name a country that fits more than one and say nothing else (phone code, "
                   "city) that decides: choose below what each name means, or leave them rejected.",
                   nullptr, rows);
    }
    m_summary->setText(text);

    m_countries->setRowCount(int(result.ambiguousCountries.size()));
    const QHash<QString, QString> &chosenBefore = m_wizard->options().countryChoices;
    for (int row = 0; row < result.ambiguousCountries.size(); ++row) {
        const AmbiguousCountry &country = result.ambiguousCountries.at(row);
        auto *name = new QTableWidgetItem(country.value);
        name->setToolTip(tr("First on line %1").arg(country.firstLine));
        m_countries->setItem(row, 0, name);
        m_countries->setItem(row, 1, numberItem(country.rows));
        auto *combo = new QComboBox(m_countries);
        combo->addItem(tr("Leave these rows rejected"));
        for (const QString &code : country.countries) {
            combo->addItem(CountryCatalog::distinctName(code), code);
            combo->setItemData(combo->count() - 1, CountryCatalog::instance().displayName(code), Qt::ToolTipRole);
        }
        // Back and forward again: the choice made before stays.
        for (auto it = chosenBefore.cbegin(); it != chosenBefore.cend(); ++it) {
            if (CountryCatalog::lookupKey(it.key()) == CountryCatalog::lookupKey(country.value))
                combo->setCurrentIndex(qMax(0, combo->findData(it.value())));
        }
        m_countries->setCellWidget(row, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizardReviewPage::storeCountryChoices);
    }
    m_countrySection->setVisible(!result.ambiguousCountries.isEmpty());
    m_countries->resizeColumnsToContents();
    m_countries->resizeRowsToContents();
    // As tall as its few names (up to six shown), leaving the room to the problems and duplicates.
    int height = m_countries->horizontalHeader()->sizeHint().height() + 2 * m_countries->frameWidth();
    for (int row = 0; row < m_countries->rowCount() && row < 6; ++row)
        height += m_countries->rowHeight(row);
    m_countries->setFixedHeight(height);

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
    storeCountryChoices();
    return true;
}

void ImportWizardReviewPage::storeCountryChoices()
{
    // Kept as soon as made, so that going back to change the mapping and coming here again keeps them.
    QHash<QString, QString> &choices = m_wizard->options().countryChoices;
    choices.clear();
    for (int row = 0; row < m_countries->rowCount(); ++row) {
        const QString code = countryCombo(row)->currentData().toString();
        if (!code.isEmpty())
            choices.insert(m_countries->item(row, 0)->text(), code);
    }
}

} // namespace AllianceDesk
