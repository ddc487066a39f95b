#include "eventform.h"

#include "domain/validation.h"

#include "childrows.h"
#include "dateedit.h"

#include "countrycombobox.h"
#include "eventparticipantdialog.h"
#include "optionaldateedit.h"
#include "reachreportdialog.h"
#include "recordpicker.h"
#include "vocabularycombobox.h"

#include "storage/eventrepository.h"
#include "util/countrycatalog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

EventForm::EventForm(Document *document, qint64 id, QWidget *parent, std::optional<qint64> networkId)
    : RecordForm(document, parent)
    , m_name(new QLineEdit)
    , m_kind(new VocabularyComboBox(Vocabulary::Kind::EventKind))
    , m_start(new DateEdit(QDate::currentDate()))
    , m_end(new OptionalDateEdit(tr("Several days")))
    , m_city(new QLineEdit)
    , m_country(new CountryComboBox)
    , m_online(new QCheckBox(tr("On&line")))
    , m_organiser(new RecordPicker(connection(), ListKind::Organisations, tr("(none)")))
    , m_network(new RecordPicker(connection(), ListKind::Networks, tr("(none)")))
    , m_participantCount(ReachReportDialog::countBox(u"participantCount"_s))
    , m_countryCount(ReachReportDialog::countBox(u"countryCount"_s))
    , m_description(new QPlainTextEdit)
    , m_participantTable(new QTableWidget(0, 3))
{
    setWindowTitle(id ? tr("Edit Event") : tr("New Event"));
    m_name->setObjectName(u"name"_s);
    m_kind->setObjectName(u"kind"_s);
    m_start->setObjectName(u"start"_s);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_end->setObjectName(u"end"_s);
    m_city->setObjectName(u"city"_s);
    m_country->setObjectName(u"country"_s);
    m_online->setObjectName(u"online"_s);
    m_organiser->setObjectName(u"organiser"_s);
    m_network->setObjectName(u"network"_s);
    m_description->setObjectName(u"description"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_kind->setCode(u"meeting"_s);
    m_network->setRecordId(networkId);

    // City and "online" share a row; the container passes the label's focus on to the city.
    auto *place = new QWidget;
    auto *placeLayout = new QHBoxLayout(place);
    placeLayout->setContentsMargins(0, 0, 0, 0);
    placeLayout->addWidget(m_city, 1);
    placeLayout->addWidget(m_online);
    place->setFocusProxy(m_city);
    QFormLayout *form = formLayout();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("C&ity:"), place);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Organiser:"), m_organiser);
    form->addRow(tr("Net&work:"), m_network);
    form->addRow(tr("Partici&pants reported:"), m_participantCount);
    form->addRow(tr("Co&untries reported:"), m_countryCount);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Listed participants:"), participantSection());

    setRecordId(id);
    if (id)
        load(EventRepository(connection()).get(id));
    finishLayout();
    resize(600, sizeHint().height());
    m_name->setFocus();
}

QWidget *EventForm::participantSection()
{
    m_participantTable->setObjectName(u"eventParticipants"_s);
    m_participantTable->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Country")});
    m_participantTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participantTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participantTable->setTabKeyNavigation(false);
    m_participantTable->verticalHeader()->hide();
    m_participantTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_participantTable->setMaximumHeight(150);
    auto *add = new QPushButton(tr("&Add participant…"));
    auto *edit = new QPushButton(tr("Edi&t participant…"));
    auto *remove = new QPushButton(tr("Re&move participant"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, edit, remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_participantTable);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { editParticipant(-1); });
    connect(edit, &QPushButton::clicked, this,
            [this] { editParticipant(ChildRows::selected(m_participantTable, m_participants.size())); });
    connect(m_participantTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editParticipant(row); });
    connect(remove, &QPushButton::clicked, this, &EventForm::removeParticipant);
    return section;
}

void EventForm::load(const Event &event)
{
    m_loaded = event;
    m_loadedParticipants = EventRepository(connection()).participants(event.id);
    m_participants = m_loadedParticipants;
    m_organisationNames.clear();
    for (const EventParticipant &participant : m_participants) {
        m_organisationNames << (participant.organisationId
                                    ? RecordPicker::recordName(connection(), ListKind::Organisations,
                                                               *participant.organisationId)
                                    : QString());
    }
    m_name->setText(event.name);
    m_kind->setCode(event.kind);
    m_start->setDate(event.start.isValid() ? event.start : QDate::currentDate());
    m_end->setDate(event.end);
    m_city->setText(event.city);
    m_country->setCode(event.country);
    m_online->setChecked(event.online);
    m_organiser->setRecordId(event.organiserId);
    m_network->setRecordId(event.networkId);
    ReachReportDialog::setCount(m_participantCount, event.participantCount);
    ReachReportDialog::setCount(m_countryCount, event.countryCount);
    m_description->setPlainText(event.description);
    showParticipants();
}

void EventForm::showParticipants()
{
    m_participantTable->setRowCount(int(m_participants.size()));
    for (int row = 0; row < m_participants.size(); ++row) {
        const EventParticipant &participant = m_participants.at(row);
        m_participantTable->setItem(row, 0, new QTableWidgetItem(participant.name));
        m_participantTable->setItem(row, 1, new QTableWidgetItem(m_organisationNames.value(row)));
        m_participantTable->setItem(row, 2,
                                    new QTableWidgetItem(CountryCatalog::instance().displayName(participant.country)));
    }
}

void EventForm::addParticipant(const EventParticipant &participant, const QString &organisationName)
{
    m_participants << participant;
    m_organisationNames << organisationName;
    showParticipants();
    revalidate();
}

void EventForm::editParticipant(int row)
{
    const bool adding = row < 0 || row >= m_participants.size();
    EventParticipantDialog dialog(connection(), adding ? EventParticipant() : m_participants.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (adding) {
        addParticipant(dialog.participant(), dialog.organisationName());
        return;
    }
    m_participants[row] = dialog.participant();
    m_organisationNames[row] = dialog.organisationName();
    showParticipants();
    revalidate();
}

void EventForm::removeParticipant()
{
    const int row = ChildRows::selected(m_participantTable, m_participants.size());
    if (row < 0)
        return;
    m_participants.removeAt(row);
    m_organisationNames.removeAt(row);
    showParticipants();
    revalidate();
}

Event EventForm::eventRecord() const
{
    Event result = m_loaded;
    result.name = m_name->text().trimmed();
    result.kind = m_kind->code();
    result.start = m_start->date();
    result.end = m_end->date();
    result.city = m_city->text().trimmed();
    result.country = m_country->code();
    result.online = m_online->isChecked();
    result.organiserId = m_organiser->recordId();
    result.networkId = m_network->recordId();
    result.participantCount = ReachReportDialog::count(m_participantCount);
    result.countryCount = ReachReportDialog::count(m_countryCount);
    result.description = m_description->toPlainText();
    return result;
}

QString EventForm::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The event needs a name.");
    if (const QString country = m_country->problem(); !country.isEmpty())
        return country;
    if (!m_organiser->isAcceptable())
        return tr("“%1” is not an organisation: choose one from the list.").arg(m_organiser->currentText());
    if (!m_network->isAcceptable())
        return tr("“%1” is not a network: choose one from the list.").arg(m_network->currentText());
    const Event edited = eventRecord();
    if (const std::optional<QString> order =
            Validation::dateOrder(tr("start date"), edited.start, tr("end date"), edited.end))
        return Validation::sentence(*order);
    const QSqlDatabase db = connection();
    return ruleProblem([&edited, &db] { EventRepository(db).validate(edited); });
}

void EventForm::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    EventRepository repository(db);
    const qint64 id = addOrUpdate(repository, eventRecord(), onConflict);
    const auto stored = [id](EventParticipant participant) {
        participant.eventId = id;
        if (participant.personId)
            participant.name.clear(); // the directory holds the name
        return participant;
    };
    ChildRows::write(
        m_loadedParticipants, m_participants,
        [&](const EventParticipant &participant) { repository.addParticipant(stored(participant)); },
        [&](const EventParticipant &participant) { repository.updateParticipant(stored(participant)); },
        [&](qint64 participantId) { repository.removeParticipant(participantId); },
        [](const EventParticipant &before, const EventParticipant &after) {
            return before.personId != after.personId || before.organisationId != after.organisationId ||
                   before.country != after.country || (!after.personId && before.name != after.name);
        });
}

QString EventForm::commandText() const
{
    return m_loaded.id ? tr("Edit event “%1”").arg(m_name->text().trimmed())
                       : tr("Add event “%1”").arg(m_name->text().trimmed());
}

void EventForm::reload()
{
    load(EventRepository(connection()).get(m_loaded.id));
}

} // namespace AllianceDesk
