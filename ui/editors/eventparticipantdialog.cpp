#include "eventparticipantdialog.h"

#include "countrycombobox.h"
#include "recordpicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

EventParticipantDialog::EventParticipantDialog(QSqlDatabase db, const EventParticipant &participant, QWidget *parent)
    : QDialog(parent)
    , m_loaded(participant)
    , m_person(new RecordPicker(db, ListKind::People, tr("(not in the directory)")))
    , m_name(new QLineEdit)
    , m_organisation(new RecordPicker(db, ListKind::Organisations, tr("(none)")))
    , m_country(new CountryComboBox)
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Event Participant"));
    m_person->setObjectName(u"person"_s);
    m_name->setObjectName(u"participantName"_s);
    m_name->setPlaceholderText(tr("Name, when the person is not in the directory"));
    m_organisation->setObjectName(u"organisation"_s);
    m_country->setObjectName(u"participantCountry"_s);
    m_message->setObjectName(u"dialogMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("or &name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Country:"), m_country);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_person, &RecordPicker::recordChanged, this, &EventParticipantDialog::revalidate);
    connect(m_organisation, &RecordPicker::recordChanged, this, &EventParticipantDialog::revalidate);
    connect(m_country, &QComboBox::currentTextChanged, this, &EventParticipantDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &EventParticipantDialog::revalidate);
    if (participant.personId)
        m_person->setRecordId(participant.personId);
    else
        m_name->setText(participant.name);
    m_organisation->setRecordId(participant.organisationId);
    m_country->setCode(participant.country);
    resize(460, sizeHint().height());
    revalidate();
    // A new participant starts empty: OK waits for a person or a name, without a reproach before any typing.
    if (!participant.personId && participant.name.isEmpty())
        m_message->hide();
    m_person->setFocus();
}

void EventParticipantDialog::revalidate()
{
    QString message;
    if (!m_person->isAcceptable())
        message = tr("“%1” is not in the directory: choose a person from the list, or type the name below.")
                      .arg(m_person->currentText());
    else if (!m_person->recordId() && m_name->text().trimmed().isEmpty())
        message = tr("Choose a person or type a name.");
    else if (!m_organisation->isAcceptable())
        message = tr("“%1” is not an organisation: choose one from the list.").arg(m_organisation->currentText());
    else if (!m_country->isAcceptable())
        message = m_country->problem();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

EventParticipant EventParticipantDialog::participant() const
{
    EventParticipant result;
    result.id = m_loaded.id;
    result.eventId = m_loaded.eventId;
    result.personId = m_person->recordId();
    result.name = result.personId ? m_person->currentText().trimmed() : m_name->text().trimmed();
    result.organisationId = m_organisation->recordId();
    result.country = m_country->code();
    return result;
}

QString EventParticipantDialog::organisationName() const
{
    return m_organisation->recordId() ? m_organisation->currentText().trimmed() : QString();
}

} // namespace AllianceDesk
