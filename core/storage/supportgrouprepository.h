#pragma once

#include "auditlog.h"
#include "domain/supportgroup.h"
#include "recordremover.h"
#include "rowwriter.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace AllianceDesk {

/// Support groups, their meetings and their pseudonymous participants.
class SupportGroupRepository
{
public:
    explicit SupportGroupRepository(QSqlDatabase db);

    qint64 add(const SupportGroup &group);
    void update(const SupportGroup &group, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id, RecordRemover::Policy policy = RecordRemover::Policy::RefuseIfDependents);
    void updateMeeting(const Meeting &meeting);
    void removeMeeting(qint64 meetingId);
    void removeParticipant(qint64 participantId);
    /// Participants by code; identities only when the user deliberately asked for them.
    QList<Participant> participants(qint64 groupId, bool withIdentities = false) const;
    static QVariantMap fields(const SupportGroup &group);

    qint64 addMeeting(const Meeting &meeting);
    /// The identity is stored only when given; the audit trail never records it.
    qint64 addParticipant(const Participant &participant);

    SupportGroup get(qint64 id) const;
    QList<SupportGroup> forProgram(qint64 programId) const;
    /// How many groups a program has per district (an empty district: not recorded), by district.
    QList<QPair<QString, int>> countByDistrict(qint64 programId) const;
    QList<Meeting> meetings(qint64 groupId) const;
    int participantCount(qint64 groupId) const;

    /// Checks every rule of the record without writing (forms call it as the user types); throws RuleViolation.
    QString validate(const SupportGroup &group) const;

private:
    QList<SupportGroup> load(const QString &where, qint64 id) const;
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
