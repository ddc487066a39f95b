#pragma once

#include "recordform.h"

#include "domain/event.h"

#include <optional>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace AllianceDesk {

class CountryComboBox;
class OptionalDateEdit;
class RecordPicker;
class VocabularyComboBox;

/// Adds or edits an event and its participants; all of it is saved as one undoable command.
class EventForm : public RecordForm
{
    Q_OBJECT

public:
    /// @p id 0 adds a new event (of @p networkId when given).
    EventForm(Document *document, qint64 id = 0, QWidget *parent = nullptr,
              std::optional<qint64> networkId = std::nullopt);

    Event eventRecord() const;
    QList<EventParticipant> participants() const { return m_participants; }
    /// Adds a participant as the "Add…" button does once its dialog is accepted (for tests).
    void addParticipant(const EventParticipant &participant, const QString &organisationName = QString());

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    QWidget *participantSection();
    void load(const Event &event);
    void showParticipants();
    void editParticipant(int row); ///< out of range: adds one
    void removeParticipant();

    Event m_loaded;
    QList<EventParticipant> m_loadedParticipants;
    QList<EventParticipant> m_participants;
    QStringList m_organisationNames; ///< of m_participants, same order
    QLineEdit *m_name;
    VocabularyComboBox *m_kind;
    QDateEdit *m_start;
    OptionalDateEdit *m_end;
    QLineEdit *m_city;
    CountryComboBox *m_country;
    QCheckBox *m_online;
    RecordPicker *m_organiser;
    RecordPicker *m_network;
    QSpinBox *m_participantCount;
    QSpinBox *m_countryCount;
    QPlainTextEdit *m_description;
    QTableWidget *m_participantTable;
};

} // namespace AllianceDesk
