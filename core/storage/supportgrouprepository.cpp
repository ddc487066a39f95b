#include "supportgrouprepository.h"

#include "entitywriter.h"
#include "rules.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SupportGroupRepository", text);
}

QString groupName(const QSqlDatabase &db, qint64 id)
{
    SqlQuery query(db, u"SELECT name FROM support_groups WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        throw RuleViolation(tr("There is no support group with id %1.").arg(id));
    return query.value(0).toString();
}
} // namespace

SupportGroupRepository::SupportGroupRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

QString SupportGroupRepository::validate(const SupportGroup &group) const
{
    const QString record = Rules::describe(tr("Support group"), group.name);
    Rules::requireText(record, tr("name"), group.name);
    Rules::requireCountry(record, group.country);
    Rules::requireCode(record, Vocabulary::Kind::SupportGroupStatus, group.status);
    SqlQuery program(m_db, u"SELECT 1 FROM programs WHERE id = :id"_s);
    program.bind(u":id"_s, group.programId).exec();
    if (!program.next())
        throw RuleViolation(tr("%1: the program it runs under is required.").arg(record));
    return record;
}

qint64 SupportGroupRepository::add(const SupportGroup &group)
{
    const QString record = validate(group);
    const qint64 id = EntityWriter(m_db, RecordKind::SupportGroup)
                          .insert(FieldValues::fromMap(RecordKind::SupportGroup, fields(group)), group.isSample);
    return id;
}

qint64 SupportGroupRepository::addMeeting(const Meeting &meeting)
{
    const QString record = tr("Meeting of “%1”").arg(groupName(m_db, meeting.supportGroupId));
    Rules::requireDate(record, tr("date"), meeting.date);
    Rules::requireNotNegative(record, tr("attendance"), meeting.attendance);
    SqlQuery query(m_db, u"INSERT INTO meetings (support_group_id, meeting_date, topic, attendance, notes) "
                         "VALUES (:group, :date, :topic, :attendance, :notes)"_s);
    query.bind(u":group"_s, meeting.supportGroupId)
        .bind(u":date"_s, SqlValues::fromDate(meeting.date))
        .bindText(u":topic"_s, meeting.topic)
        .bind(u":attendance"_s, meeting.attendance)
        .bindText(u":notes"_s, meeting.notes)
        .exec();
    const qint64 id = query.lastInsertId();
    m_audit.recordCreate(u"meetings"_s, id, record + u", "_s + meeting.date.toString(Qt::ISODate));
    return id;
}

qint64 SupportGroupRepository::addParticipant(const Participant &participant)
{
    const QString record = tr("Participant of “%1”").arg(groupName(m_db, participant.supportGroupId));
    Rules::requireText(record, tr("pseudonymous code"), participant.code);
    SqlQuery duplicate(m_db, u"SELECT 1 FROM participants WHERE support_group_id = :group AND code = :code"_s);
    duplicate.bind(u":group"_s, participant.supportGroupId).bind(u":code"_s, participant.code.trimmed()).exec();
    if (duplicate.next())
        throw RuleViolation(tr("%1: the code “%2” is already used in this group.").arg(record, participant.code));
    SqlQuery query(m_db, u"INSERT INTO participants (support_group_id, code, identity, joined) "
                         "VALUES (:group, :code, :identity, :joined)"_s);
    query.bind(u":group"_s, participant.supportGroupId)
        .bindText(u":code"_s, participant.code)
        .bindText(u":identity"_s, participant.identity)
        .bind(u":joined"_s, SqlValues::fromDate(participant.joined))
        .exec();
    const qint64 id = query.lastInsertId();
    // Neither the code nor the identity enters the audit trail: a code with its group and dates can point to a person.
    m_audit.recordCreate(u"participants"_s, id, record);
    return id;
}

QList<SupportGroup> SupportGroupRepository::load(const QString &where, qint64 id) const
{
    SqlQuery query(m_db, u"SELECT g.id, g.program_id, g.name, g.country, g.province, g.district, g.facilitator_id, "
                         "g.founded, g.status, g.is_sample, p.name, f.name, g.row_version FROM support_groups g "
                         "JOIN programs p ON p.id = g.program_id LEFT JOIN people f ON f.id = g.facilitator_id "
                         "WHERE %1 ORDER BY g.district COLLATE ad_locale, g.name COLLATE ad_locale"_s.arg(where));
    query.bind(u":id"_s, id).exec();
    QList<SupportGroup> groups;
    while (query.next()) {
        SupportGroup group;
        group.id = query.value(0).toLongLong();
        group.programId = query.value(1).toLongLong();
        group.name = query.value(2).toString();
        group.country = query.value(3).toString();
        group.province = query.value(4).toString();
        group.district = query.value(5).toString();
        group.facilitatorId = SqlValues::toOptionalId(query.value(6));
        group.founded = SqlValues::toDate(query.value(7));
        group.status = query.value(8).toString();
        group.isSample = query.value(9).toBool();
        group.programName = query.value(10).toString();
        group.facilitatorName = query.value(11).toString();
        group.rowVersion = query.value(12).toLongLong();
        groups << group;
    }
    return groups;
}

SupportGroup SupportGroupRepository::get(qint64 id) const
{
    const QList<SupportGroup> found = load(u"g.id = :id"_s, id);
    if (found.isEmpty())
        throw RuleViolation(tr("There is no support group with id %1.").arg(id));
    return found.constFirst();
}

QList<SupportGroup> SupportGroupRepository::forProgram(qint64 programId) const
{
    return load(u"g.program_id = :id"_s, programId);
}

QList<QPair<QString, int>> SupportGroupRepository::countByDistrict(qint64 programId) const
{
    SqlQuery query(m_db, u"SELECT coalesce(district, ''), count(*) FROM support_groups WHERE program_id = :id "
                         "GROUP BY 1 ORDER BY 1"_s);
    query.bind(u":id"_s, programId).exec();
    QList<QPair<QString, int>> result;
    while (query.next())
        result << qMakePair(query.value(0).toString(), query.value(1).toInt());
    return result;
}

QList<Meeting> SupportGroupRepository::meetings(qint64 groupId) const
{
    SqlQuery query(m_db, u"SELECT id, meeting_date, topic, attendance, notes FROM meetings "
                         "WHERE support_group_id = :id ORDER BY meeting_date, id"_s);
    query.bind(u":id"_s, groupId).exec();
    QList<Meeting> result;
    while (query.next()) {
        result << Meeting{query.value(0).toLongLong(),
                          groupId,
                          SqlValues::toDate(query.value(1)),
                          query.value(2).toString(),
                          query.value(3).toInt(),
                          query.value(4).toString()};
    }
    return result;
}

int SupportGroupRepository::participantCount(qint64 groupId) const
{
    SqlQuery query(m_db, u"SELECT count(*) FROM participants WHERE support_group_id = :id"_s);
    query.bind(u":id"_s, groupId).exec();
    return query.next() ? query.value(0).toInt() : 0;
}

QVariantMap SupportGroupRepository::fields(const SupportGroup &group)
{
    return {{u"program_id"_s, group.programId}, {u"name"_s, group.name},
            {u"country"_s, group.country},      {u"province"_s, group.province},
            {u"district"_s, group.district},    {u"facilitator_id"_s, SqlValues::fromOptional(group.facilitatorId)},
            {u"founded"_s, group.founded},      {u"status"_s, group.status}};
}

void SupportGroupRepository::update(const SupportGroup &group, RowWriter::OnConflict onConflict)
{
    const QString record = validate(group);
    const SupportGroup before = get(group.id);
    RowWriter(m_db, u"support_groups"_s)
        .update(group.id, group.rowVersion, fields(before), fields(group), record, onConflict);
}

void SupportGroupRepository::remove(qint64 id, RecordRemover::Policy policy)
{
    const SupportGroup group = get(id);
    RecordRemover(m_db).remove(u"support_groups"_s, id, Rules::describe(tr("Support group"), group.name), policy);
}

void SupportGroupRepository::updateMeeting(const Meeting &meeting)
{
    const QString record = tr("Meeting of “%1”").arg(groupName(m_db, meeting.supportGroupId));
    Rules::requireDate(record, tr("date"), meeting.date);
    Rules::requireNotNegative(record, tr("attendance"), meeting.attendance);
    SqlQuery query(m_db, u"UPDATE meetings SET meeting_date = :date, topic = :topic, attendance = :attendance, "
                         "notes = :notes WHERE id = :id"_s);
    query.bind(u":date"_s, SqlValues::fromDate(meeting.date))
        .bindText(u":topic"_s, meeting.topic)
        .bind(u":attendance"_s, meeting.attendance)
        .bindText(u":notes"_s, meeting.notes)
        .bind(u":id"_s, meeting.id)
        .exec();
    m_audit.recordUpdate(u"meetings"_s, meeting.id, QString(), QString(),
                         record + u", "_s + meeting.date.toString(Qt::ISODate));
}

void SupportGroupRepository::removeMeeting(qint64 meetingId)
{
    SqlQuery query(m_db, u"DELETE FROM meetings WHERE id = :id"_s);
    query.bind(u":id"_s, meetingId).exec();
    m_audit.recordDelete(u"meetings"_s, meetingId, QString());
}

void SupportGroupRepository::removeParticipant(qint64 participantId)
{
    SqlQuery query(m_db, u"DELETE FROM participants WHERE id = :id"_s);
    query.bind(u":id"_s, participantId).exec();
    m_audit.recordDelete(u"participants"_s, participantId, QString());
}

QList<Participant> SupportGroupRepository::participants(qint64 groupId, bool withIdentities) const
{
    SqlQuery query(m_db, u"SELECT id, code, identity, joined FROM participants WHERE support_group_id = :id "
                         "ORDER BY code COLLATE ad_locale"_s);
    query.bind(u":id"_s, groupId).exec();
    QList<Participant> result;
    while (query.next()) {
        result << Participant{query.value(0).toLongLong(), groupId, query.value(1).toString(),
                              withIdentities ? query.value(2).toString() : QString(),
                              SqlValues::toDate(query.value(3))};
    }
    return result;
}

} // namespace AllianceDesk
