#pragma once

#include "recordform.h"

#include "domain/supportgroup.h"

#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace AllianceDesk {

class CountryComboBox;
class OptionalDateEdit;
class RecordPicker;
class VocabularyComboBox;

/**
 * Adds or edits a support group with its meetings and its participants, saved as one undoable command.
 * Participants are listed by pseudonymous code; their identities are shown only when the user deliberately asks
 * ("Show identities…", confirmed).
 */
class SupportGroupForm : public RecordForm
{
    Q_OBJECT

public:
    /// Asks whether to show the identities; replaced in tests (the default shows a message box).
    using IdentityConfirmer = std::function<bool(QWidget *parent)>;
    static void setIdentityConfirmer(IdentityConfirmer confirmer);
    static bool confirmShowingIdentities(QWidget *parent);

    /// @p id 0 adds a new group (under @p programId when given).
    SupportGroupForm(Document *document, qint64 id = 0, QWidget *parent = nullptr,
                     std::optional<qint64> programId = std::nullopt);

    SupportGroup group() const;
    QList<Meeting> meetings() const { return m_meetings; }
    QList<Participant> participants() const { return m_participants; }
    bool identitiesShown() const { return m_identitiesShown; }
    /// As the "Add…" buttons do once their dialog is accepted (for tests).
    void addMeeting(const Meeting &meeting);
    void addParticipant(const Participant &participant);
    /// Asks for confirmation, then shows the identities.
    void showIdentities();

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    QWidget *meetingSection();
    QWidget *participantSection();
    void load(const SupportGroup &group);
    void showMeetings();
    void showParticipants();
    void editMeeting(int row);
    void removeMeeting();
    void newParticipant();
    void removeParticipant();

    SupportGroup m_loaded;
    QList<Meeting> m_loadedMeetings;
    QList<Meeting> m_meetings;
    QList<Participant> m_loadedParticipants;
    QList<Participant> m_participants;
    bool m_identitiesShown = false;
    RecordPicker *m_program;
    QLineEdit *m_name;
    CountryComboBox *m_country;
    QLineEdit *m_province;
    QLineEdit *m_district;
    RecordPicker *m_facilitator;
    OptionalDateEdit *m_founded;
    VocabularyComboBox *m_status;
    QTableWidget *m_meetingTable;
    QTableWidget *m_participantTable;
    QPushButton *m_showIdentities;
};

} // namespace AllianceDesk
