#pragma once

#include "domain/event.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace AllianceDesk {

class CountryComboBox;
class RecordPicker;

/// One participant of an event: a person of the directory or a name, their organisation and country.
class EventParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    /// Adds a participant, or edits @p participant when it has an id.
    EventParticipantDialog(QSqlDatabase db, const EventParticipant &participant = {}, QWidget *parent = nullptr);

    /// The participant (with the id and event it was opened with); its name is the person's when one was chosen.
    EventParticipant participant() const;
    /// The organisation's name, for the table.
    QString organisationName() const;

private:
    void revalidate();

    EventParticipant m_loaded;
    RecordPicker *m_person;
    QLineEdit *m_name;
    RecordPicker *m_organisation;
    CountryComboBox *m_country;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace AllianceDesk
