#include "programform.h"

#include "domain/validation.h"

#include "childrows.h"

#include "checklist.h"
#include "countrycombobox.h"
#include "optionaldateedit.h"
#include "placetable.h"
#include "reachreportdialog.h"
#include "recordlistedit.h"
#include "recordpicker.h"
#include "vocabularycombobox.h"

#include "storage/programrepository.h"
#include "util/dates.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString countText(std::optional<int> value)
{
    return value ? QLocale().toString(*value) : QString();
}

bool sameReach(const ReachReport &a, const ReachReport &b)
{
    return a.periodStart == b.periodStart && a.periodEnd == b.periodEnd && a.villages == b.villages &&
           a.districts == b.districts && a.institutions == b.institutions && a.participants == b.participants &&
           a.note == b.note;
}
} // namespace

ProgramForm::ProgramForm(Document *document, qint64 id, QWidget *parent, std::optional<qint64> networkId)
    : RecordForm(document, parent)
    , m_name(new QLineEdit)
    , m_nativeName(new QLineEdit)
    , m_acronym(new QLineEdit)
    , m_network(new RecordPicker(connection(), ListKind::Networks, tr("(none)")))
    , m_lead(new RecordPicker(connection(), ListKind::Organisations, QString()))
    , m_partners(new RecordListEdit(connection(), ListKind::Organisations))
    , m_themes(new QLineEdit)
    , m_approach(new VocabularyComboBox(Vocabulary::Kind::Approach, true))
    , m_levels(new CheckList)
    , m_places(new PlaceTable)
    , m_start(new OptionalDateEdit(tr("Known")))
    , m_end(new OptionalDateEdit(tr("Ended")))
    , m_description(new QPlainTextEdit)
    , m_reachTable(new QTableWidget(0, 7))
{
    setWindowTitle(id ? tr("Edit Program") : tr("New Program"));
    m_name->setObjectName(u"name"_s);
    m_nativeName->setObjectName(u"nativeName"_s);
    m_acronym->setObjectName(u"acronym"_s);
    m_network->setObjectName(u"network"_s);
    m_lead->setObjectName(u"lead"_s);
    m_partners->setObjectName(u"partners"_s);
    m_themes->setObjectName(u"themes"_s);
    m_themes->setPlaceholderText(tr("Separate themes with semicolons"));
    m_approach->setObjectName(u"approach"_s);
    m_levels->setObjectName(u"levels"_s);
    m_start->setObjectName(u"start"_s);
    m_end->setObjectName(u"end"_s);
    m_description->setObjectName(u"description"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    for (const QString &code : Vocabulary::codes(Vocabulary::Kind::EcologicalLevel))
        m_levels->addChoice(Vocabulary::label(Vocabulary::Kind::EcologicalLevel, code), code);
    m_levels->setMaximumHeight(110);
    m_lead->setCurrentIndex(-1);
    m_network->setRecordId(networkId);

    QFormLayout *form = formLayout();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Name in own &script:"), m_nativeName);
    form->addRow(tr("A&cronym:"), m_acronym);
    form->addRow(tr("Net&work:"), m_network);
    form->addRow(tr("&Lead organisation:"), m_lead);
    form->addRow(tr("&Approach:"), m_approach);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("&End:"), m_end);

    // The lists go in tabs so that the form fits a laptop screen.
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"sections"_s);
    tabs->setUsesScrollButtons(false);
    auto *about = new QWidget;
    auto *aboutForm = new QFormLayout(about);
    aboutForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    aboutForm->addRow(tr("Pa&rtners:"), m_partners);
    aboutForm->addRow(tr("T&hemes:"), m_themes);
    aboutForm->addRow(tr("Socio-ecolo&gical levels:"), m_levels);
    aboutForm->addRow(tr("Descr&iption:"), m_description);
    tabs->addTab(about, tr("Partners and themes"));
    auto *places = new QWidget;
    (new QVBoxLayout(places))->addWidget(m_places);
    tabs->addTab(places, tr("Places"));
    tabs->addTab(reachSection(), tr("Reach reports"));
    mainLayout()->addWidget(tabs);
    connect(m_partners, &RecordListEdit::recordsChanged, this, &ProgramForm::revalidate);
    connect(m_places, &PlaceTable::placesChanged, this, &ProgramForm::revalidate);

    setRecordId(id);
    if (id) {
        const ProgramRepository repository(connection());
        load(repository.get(id), repository.reach(id));
    }
    finishLayout();
    resize(640, sizeHint().height());
    m_name->setFocus();
}

QWidget *ProgramForm::reachSection()
{
    m_reachTable->setObjectName(u"reach"_s);
    m_reachTable->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("Villages"), tr("Districts"), tr("Institutions"), tr("Participants"), tr("Note")});
    m_reachTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reachTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reachTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reachTable->setTabKeyNavigation(false);
    m_reachTable->verticalHeader()->hide();
    m_reachTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reachTable->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("Add re&port…"));
    auto *edit = new QPushButton(tr("Edit rep&ort…"));
    auto *remove = new QPushButton(tr("Remo&ve report"));
    add->setObjectName(u"addReach"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, edit, remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->addWidget(m_reachTable);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { editReach(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editReach(m_reachTable->currentRow()); });
    connect(m_reachTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editReach(row); });
    connect(remove, &QPushButton::clicked, this, &ProgramForm::removeReach);
    return section;
}

void ProgramForm::load(const Program &program, const QList<ReachReport> &reach)
{
    m_loaded = program;
    m_loadedReach = reach;
    m_reach = reach;
    m_name->setText(program.name);
    m_nativeName->setText(program.nativeName);
    m_acronym->setText(program.acronym);
    m_network->setRecordId(program.networkId);
    m_lead->setRecordId(program.leadOrganisationId);
    m_partners->setRecordIds(program.partnerIds);
    m_themes->setText(program.themes.join(u"; "_s));
    m_approach->setCode(program.approach);
    m_levels->setCheckedStrings(program.levels);
    m_places->setPlaces(program.places);
    m_start->setDate(program.start);
    m_end->setDate(program.end);
    m_description->setPlainText(program.description);
    showReach();
}

void ProgramForm::showReach()
{
    m_reachTable->setRowCount(int(m_reach.size()));
    for (int row = 0; row < m_reach.size(); ++row) {
        const ReachReport &report = m_reach.at(row);
        const QStringList cells{Dates::display(report.periodStart),
                                Dates::display(report.periodEnd),
                                countText(report.villages),
                                countText(report.districts),
                                countText(report.institutions),
                                countText(report.participants),
                                report.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 2 && column <= 5)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            m_reachTable->setItem(row, column, item);
        }
    }
}

void ProgramForm::addReachReport(const ReachReport &report)
{
    m_reach << report;
    showReach();
    revalidate();
}

void ProgramForm::editReach(int row)
{
    if (!ChildRows::edit<ReachReportDialog>(m_reach, row, this, &ReachReportDialog::report))
        return;
    showReach();
    revalidate();
}

void ProgramForm::removeReach()
{
    const int row = ChildRows::selected(m_reachTable, m_reach.size());
    if (row < 0)
        return;
    m_reach.removeAt(row);
    showReach();
    revalidate();
}

Program ProgramForm::program() const
{
    Program result = m_loaded;
    result.name = m_name->text().trimmed();
    result.nativeName = m_nativeName->text().trimmed();
    result.acronym = m_acronym->text().trimmed();
    result.networkId = m_network->recordId();
    result.leadOrganisationId = m_lead->recordId().value_or(0);
    result.partnerIds = m_partners->recordIds();
    result.themes.clear();
    for (const QString &theme : m_themes->text().split(u';', Qt::SkipEmptyParts)) {
        if (!theme.trimmed().isEmpty() && !result.themes.contains(theme.trimmed()))
            result.themes << theme.trimmed();
    }
    result.approach = m_approach->code();
    result.levels = m_levels->checkedStrings();
    result.places = m_places->places();
    result.start = m_start->date();
    result.end = m_end->date();
    result.description = m_description->toPlainText();
    return result;
}

QString ProgramForm::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The program needs a name.");
    if (!m_network->isAcceptable())
        return tr("“%1” is not a network: choose one from the list.").arg(m_network->currentText());
    if (!m_lead->recordId())
        return m_lead->currentText().trimmed().isEmpty()
                   ? tr("Choose the lead organisation.")
                   : tr("“%1” is not an organisation: choose one from the list.").arg(m_lead->currentText());
    if (const QString country = m_places->unacceptableCountry(); !country.isNull())
        return CountryComboBox::problemFor(country);
    const Program edited = program();
    for (const ProgramPlace &place : edited.places) {
        if (place.country.isEmpty())
            return tr("Choose the country of every place.");
    }
    if (const std::optional<QString> order =
            Validation::dateOrder(tr("start date"), edited.start, tr("end date"), edited.end))
        return Validation::sentence(*order);
    const QSqlDatabase db = connection();
    return ruleProblem([&edited, &db] { ProgramRepository(db).validate(edited); });
}

void ProgramForm::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    ProgramRepository repository(db);
    const qint64 id = addOrUpdate(repository, program(), onConflict);
    auto ofProgram = [id](ReachReport report) {
        report.programId = id;
        return report;
    };
    ChildRows::write(
        m_loadedReach, m_reach, [&](const ReachReport &report) { repository.addReach(ofProgram(report)); },
        [&](const ReachReport &report) { repository.updateReach(ofProgram(report)); },
        [&](qint64 reportId) { repository.removeReach(reportId); },
        [](const ReachReport &before, const ReachReport &after) { return !sameReach(before, after); });
}

QString ProgramForm::commandText() const
{
    return m_loaded.id ? tr("Edit program “%1”").arg(m_name->text().trimmed())
                       : tr("Add program “%1”").arg(m_name->text().trimmed());
}

void ProgramForm::reload()
{
    const ProgramRepository repository(connection());
    load(repository.get(m_loaded.id), repository.reach(m_loaded.id));
}

} // namespace AllianceDesk
