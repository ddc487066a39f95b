#pragma once

#include "auditlog.h"
#include "domain/event.h"
#include "recordremover.h"
#include "rowwriter.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace AllianceDesk {

class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db);

    qint64 add(const Event &event);
    void update(const Event &event, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id, RecordRemover::Policy policy = RecordRemover::Policy::RefuseIfDependents);
    void removeParticipant(qint64 participantId);
    static QVariantMap fields(const Event &event);

    qint64 addParticipant(const EventParticipant &participant);
    /// Saves a participant's person, name, organisation and country; each changed value goes to the audit trail.
    void updateParticipant(const EventParticipant &participant);
    Event get(qint64 id) const;
    QList<EventParticipant> participants(qint64 eventId) const;
    /// Listed participants per country (alpha-2), most first.
    QList<QPair<QString, int>> participantCountries(qint64 eventId) const;

    /// Checks every rule of the record without writing (forms call it as the user types); throws RuleViolation.
    QString validate(const Event &event) const;

private:
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
