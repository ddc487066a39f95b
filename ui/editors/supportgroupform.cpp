#include "supportgroupform.h"

#include "childrows.h"

#include "countrycombobox.h"
#include "meetingdialog.h"
#include "optionaldateedit.h"
#include "participantdialog.h"
#include "recordpicker.h"
#include "vocabularycombobox.h"

#include "storage/supportgrouprepository.h"
#include "util/dates.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
SupportGroupForm::IdentityConfirmer &identityConfirmer()
{
    static SupportGroupForm::IdentityConfirmer confirmer = &SupportGroupForm::confirmShowingIdentities;
    return confirmer;
}

QTableWidget *recordTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QHBoxLayout *buttonRow(const QList<QPushButton *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch();
    return row;
}
} // namespace

void SupportGroupForm::setIdentityConfirmer(IdentityConfirmer confirmer)
{
    identityConfirmer() =
        confirmer ? std::move(confirmer) : IdentityConfirmer(&SupportGroupForm::confirmShowingIdentities);
}

bool SupportGroupForm::confirmShowingIdentities(QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("Show Identities"), tr("Show who the participants of this group are?"),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Participants of support groups are at risk. Show their identities only when you "
                              "need them and nobody else can see your screen."));
    QPushButton *show = box.addButton(tr("&Show Identities"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == show;
}

SupportGroupForm::SupportGroupForm(Document *document, qint64 id, QWidget *parent, std::optional<qint64> programId)
    : RecordForm(document, parent)
    , m_program(new RecordPicker(connection(), ListKind::Programs, QString()))
    , m_name(new QLineEdit)
    , m_country(new CountryComboBox)
    , m_province(new QLineEdit)
    , m_district(new QLineEdit)
    , m_facilitator(new RecordPicker(connection(), ListKind::People, tr("(none)")))
    , m_founded(new OptionalDateEdit(tr("Known")))
    , m_status(new VocabularyComboBox(Vocabulary::Kind::SupportGroupStatus))
    , m_meetingTable(recordTable(u"meetings"_s, {tr("Date"), tr("Topic"), tr("Attendance"), tr("Notes")}))
    , m_participantTable(recordTable(u"participants"_s, {tr("Code"), tr("Joined"), tr("Identity")}))
    , m_showIdentities(new QPushButton(tr("Show identi&ties…")))
{
    setWindowTitle(id ? tr("Edit Support Group") : tr("New Support Group"));
    m_program->setObjectName(u"program"_s);
    m_name->setObjectName(u"name"_s);
    m_country->setObjectName(u"country"_s);
    m_province->setObjectName(u"province"_s);
    m_district->setObjectName(u"district"_s);
    m_facilitator->setObjectName(u"facilitator"_s);
    m_founded->setObjectName(u"founded"_s);
    m_status->setObjectName(u"status"_s);
    m_showIdentities->setObjectName(u"showIdentities"_s);
    m_program->setCurrentIndex(-1);
    if (programId)
        m_program->setRecordId(programId);
    m_status->setCode(u"active"_s);

    QFormLayout *form = formLayout();
    form->addRow(tr("&Program:"), m_program);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("P&rovince:"), m_province);
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("F&ounded:"), m_founded);
    form->addRow(tr("&Status:"), m_status);
    auto *tabs = new QTabWidget;
    tabs->addTab(meetingSection(), tr("Meetings"));
    tabs->addTab(participantSection(), tr("Participants"));
    mainLayout()->addWidget(tabs);

    setRecordId(id);
    if (id)
        load(SupportGroupRepository(connection()).get(id));
    else
        showParticipants();
    finishLayout();
    resize(600, sizeHint().height());
    (id ? static_cast<QWidget *>(m_name) : static_cast<QWidget *>(m_program))->setFocus();
}

QWidget *SupportGroupForm::meetingSection()
{
    auto *add = new QPushButton(tr("&Add meeting…"));
    auto *edit = new QPushButton(tr("&Edit meeting…"));
    auto *remove = new QPushButton(tr("Re&move meeting"));
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->addWidget(m_meetingTable);
    layout->addLayout(buttonRow({add, edit, remove}));
    connect(add, &QPushButton::clicked, this, [this] { editMeeting(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editMeeting(m_meetingTable->currentRow()); });
    connect(m_meetingTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editMeeting(row); });
    connect(remove, &QPushButton::clicked, this, &SupportGroupForm::removeMeeting);
    return section;
}

QWidget *SupportGroupForm::participantSection()
{
    auto *add = new QPushButton(tr("Add part&icipant…"));
    auto *remove = new QPushButton(tr("Remo&ve participant"));
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->addWidget(m_participantTable);
    layout->addLayout(buttonRow({add, remove, m_showIdentities}));
    connect(add, &QPushButton::clicked, this, &SupportGroupForm::newParticipant);
    connect(remove, &QPushButton::clicked, this, &SupportGroupForm::removeParticipant);
    connect(m_showIdentities, &QPushButton::clicked, this, &SupportGroupForm::showIdentities);
    return section;
}

void SupportGroupForm::load(const SupportGroup &group)
{
    const SupportGroupRepository repository(connection());
    m_loaded = group;
    m_loadedMeetings = repository.meetings(group.id);
    m_meetings = m_loadedMeetings;
    // Never the identities here: they are read only when the user asks for them.
    m_loadedParticipants = repository.participants(group.id);
    m_participants = m_loadedParticipants;
    m_identitiesShown = false;
    m_program->setRecordId(group.programId);
    m_name->setText(group.name);
    m_country->setCode(group.country);
    m_province->setText(group.province);
    m_district->setText(group.district);
    m_facilitator->setRecordId(group.facilitatorId);
    m_founded->setDate(group.founded);
    m_status->setCode(group.status);
    showMeetings();
    showParticipants();
}

void SupportGroupForm::showMeetings()
{
    m_meetingTable->setRowCount(int(m_meetings.size()));
    for (int row = 0; row < m_meetings.size(); ++row) {
        const Meeting &meeting = m_meetings.at(row);
        auto *attendance = new QTableWidgetItem(QLocale().toString(meeting.attendance));
        attendance->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_meetingTable->setItem(row, 0, new QTableWidgetItem(Dates::display(meeting.date)));
        m_meetingTable->setItem(row, 1, new QTableWidgetItem(meeting.topic));
        m_meetingTable->setItem(row, 2, attendance);
        m_meetingTable->setItem(row, 3, new QTableWidgetItem(meeting.notes.simplified()));
    }
}

void SupportGroupForm::showParticipants()
{
    m_participantTable->setRowCount(int(m_participants.size()));
    for (int row = 0; row < m_participants.size(); ++row) {
        const Participant &participant = m_participants.at(row);
        m_participantTable->setItem(row, 0, new QTableWidgetItem(participant.code));
        m_participantTable->setItem(row, 1, new QTableWidgetItem(Dates::display(participant.joined)));
        m_participantTable->setItem(row, 2, new QTableWidgetItem(m_identitiesShown ? participant.identity : QString()));
    }
    m_participantTable->setColumnHidden(2, !m_identitiesShown);
    m_showIdentities->setEnabled(!m_identitiesShown && !m_participants.isEmpty());
}

void SupportGroupForm::showIdentities()
{
    if (m_identitiesShown || !identityConfirmer()(this))
        return;
    if (m_loaded.id) {
        const QList<Participant> known = SupportGroupRepository(connection()).participants(m_loaded.id, true);
        for (Participant &participant : m_participants) {
            for (const Participant &withIdentity : known) {
                if (participant.id && withIdentity.id == participant.id)
                    participant.identity = withIdentity.identity;
            }
        }
    }
    m_identitiesShown = true;
    showParticipants();
}

void SupportGroupForm::addMeeting(const Meeting &meeting)
{
    m_meetings << meeting;
    showMeetings();
    revalidate();
}

void SupportGroupForm::editMeeting(int row)
{
    if (!ChildRows::edit<MeetingDialog>(m_meetings, row, this, &MeetingDialog::meeting))
        return;
    showMeetings();
    revalidate();
}

void SupportGroupForm::removeMeeting()
{
    const int row = ChildRows::selected(m_meetingTable, m_meetings.size());
    if (row < 0)
        return;
    m_meetings.removeAt(row);
    showMeetings();
    revalidate();
}

void SupportGroupForm::addParticipant(const Participant &participant)
{
    m_participants << participant;
    showParticipants();
    revalidate();
}

void SupportGroupForm::newParticipant()
{
    QStringList codes;
    for (const Participant &participant : m_participants)
        codes << participant.code;
    ParticipantDialog dialog(codes, this);
    if (dialog.exec() == QDialog::Accepted)
        addParticipant(dialog.participant());
}

void SupportGroupForm::removeParticipant()
{
    const int row = ChildRows::selected(m_participantTable, m_participants.size());
    if (row < 0)
        return;
    m_participants.removeAt(row);
    showParticipants();
    revalidate();
}

SupportGroup SupportGroupForm::group() const
{
    SupportGroup result = m_loaded;
    result.programId = m_program->recordId().value_or(0);
    result.name = m_name->text().trimmed();
    result.country = m_country->code();
    result.province = m_province->text().trimmed();
    result.district = m_district->text().trimmed();
    result.facilitatorId = m_facilitator->recordId();
    result.founded = m_founded->date();
    result.status = m_status->code();
    return result;
}

QString SupportGroupForm::problem() const
{
    if (!m_program->recordId())
        return m_program->currentText().trimmed().isEmpty()
                   ? tr("Choose the program the group runs under.")
                   : tr("“%1” is not a program: choose one from the list.").arg(m_program->currentText());
    if (m_name->text().trimmed().isEmpty())
        return tr("The support group needs a name.");
    if (const QString country = m_country->problem(); !country.isEmpty())
        return country;
    if (!m_facilitator->isAcceptable())
        return tr("“%1” is not a person: choose one from the list.").arg(m_facilitator->currentText());
    const SupportGroup edited = group();
    const QSqlDatabase db = connection();
    return ruleProblem([&edited, &db] { SupportGroupRepository(db).validate(edited); });
}

void SupportGroupForm::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    SupportGroupRepository repository(db);
    const qint64 id = addOrUpdate(repository, group(), onConflict);
    ChildRows::write(
        m_loadedMeetings, m_meetings,
        [&](Meeting meeting) {
            meeting.supportGroupId = id;
            repository.addMeeting(meeting);
        },
        [&](Meeting meeting) {
            meeting.supportGroupId = id;
            repository.updateMeeting(meeting);
        },
        [&](qint64 meetingId) { repository.removeMeeting(meetingId); },
        [](const Meeting &before, const Meeting &after) {
            return before.date != after.date || before.topic != after.topic || before.attendance != after.attendance ||
                   before.notes != after.notes;
        });
    // A participant is only ever added or removed: a code is never rewritten.
    ChildRows::write(
        m_loadedParticipants, m_participants,
        [&](Participant participant) {
            participant.supportGroupId = id;
            repository.addParticipant(participant);
        },
        [](const Participant &) {}, [&](qint64 participantId) { repository.removeParticipant(participantId); },
        [](const Participant &, const Participant &) { return false; });
}

QString SupportGroupForm::commandText() const
{
    return m_loaded.id ? tr("Edit support group “%1”").arg(m_name->text().trimmed())
                       : tr("Add support group “%1”").arg(m_name->text().trimmed());
}

void SupportGroupForm::reload()
{
    load(SupportGroupRepository(connection()).get(m_loaded.id));
}

} // namespace AllianceDesk
