#include "importstore.h"

#include "rawstatement.h"
#include "sqlfunctions.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

class ImportStore::TriggerPause
{
public:
    explicit TriggerPause(sqlite3 *handle)
        : m_handle(handle)
    {
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_before);
        int now = 0;
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &now);
    }
    ~TriggerPause()
    {
        int now = 0;
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, m_before, &now);
    }
    TriggerPause(const TriggerPause &) = delete;
    TriggerPause &operator=(const TriggerPause &) = delete;

private:
    sqlite3 *m_handle;
    int m_before = 1;
};

ImportStore::ImportStore(const QSqlDatabase &db)
    : m_db(db)
    , m_handle(sqliteHandle(db))
{}

ImportStore::~ImportStore() = default;

RawStatement &ImportStore::statement(const char *sql)
{
    // Keyed by the literal's address: every statement here is a constant.
    std::shared_ptr<RawStatement> &cached = m_statements[sql];
    if (!cached)
        cached = std::make_shared<RawStatement>(m_handle, sql);
    return *cached;
}

EntityWriter &ImportStore::writer(RecordKind kind)
{
    std::shared_ptr<EntityWriter> &cached = m_writers[int(kind)];
    if (!cached)
        cached = std::make_shared<EntityWriter>(m_db, kind, EntityWriter::Mode::Bulk);
    return *cached;
}

void ImportStore::forEachNamed(RecordKind kind, const std::function<void(const NamedRecord &)> &visit)
{
    RawStatement query(m_handle, kind == RecordKind::Organisation
                                     ? "SELECT id, name, country, email, native_name FROM organisations"
                                     : "SELECT id, name, country, email, native_name FROM people");
    NamedRecord record;
    while (query.step()) {
        record.id = query.columnInt(0);
        record.name = query.columnText(1);
        record.country = query.columnText(2);
        record.email = query.columnText(3);
        record.nativeName = query.columnText(4);
        visit(record);
    }
}

void ImportStore::forEachMeeting(
    const std::function<void(qint64 id, qint64 group, const QString &date, const QString &topic)> &visit)
{
    RawStatement query(m_handle, "SELECT id, support_group_id, meeting_date, topic FROM meetings");
    while (query.step())
        visit(query.columnInt(0), query.columnInt(1), query.columnText(2), query.columnText(3));
}

void ImportStore::forEachEventParticipant(
    const std::function<void(qint64 id, qint64 event, const QString &email, const QString &name)> &visit)
{
    RawStatement query(m_handle, "SELECT p.id, p.event_id, coalesce(pe.email, ''), coalesce(p.name, pe.name) "
                                 "FROM event_participants p LEFT JOIN people pe ON pe.id = p.person_id");
    while (query.step())
        visit(query.columnInt(0), query.columnInt(1), query.columnText(2), query.columnText(3));
}

void ImportStore::forEachName(
    RecordKind kind, const std::function<void(qint64 id, const QString &name, const QString &alternative)> &visit)
{
    const char *sql = "SELECT id, name, acronym FROM organisations";
    if (kind == RecordKind::SupportGroup)
        sql = "SELECT id, name, NULL FROM support_groups";
    else if (kind == RecordKind::Event)
        sql = "SELECT id, name, NULL FROM events";
    RawStatement query(m_handle, sql);
    while (query.step())
        visit(query.columnInt(0), query.columnText(1), query.columnText(2));
}

QString ImportStore::duplicateName(RecordKind kind, qint64 id)
{
    const char *sql = "SELECT name FROM organisations WHERE id = ?1";
    if (kind == RecordKind::Person)
        sql = "SELECT name FROM people WHERE id = ?1";
    else if (kind == RecordKind::Meeting)
        sql =
            "SELECT g.name || ' ' || m.meeting_date FROM meetings m JOIN support_groups g ON g.id = m.support_group_id "
            "WHERE m.id = ?1";
    else if (kind == RecordKind::EventParticipant)
        sql = "SELECT coalesce(p.name, pe.name) FROM event_participants p LEFT JOIN people pe ON pe.id = p.person_id "
              "WHERE p.id = ?1";
    RawStatement &query = statement(sql);
    query.bind(1, id);
    const QString name = query.step() ? query.columnText(0) : QString();
    query.reset();
    return name;
}

std::optional<qint64> ImportStore::personByEmail(const QString &email)
{
    RawStatement &query = statement("SELECT id FROM people WHERE lower(email) = ?1 LIMIT 1");
    query.bind(1, email.toLower());
    std::optional<qint64> id;
    if (query.step())
        id = query.columnInt(0);
    query.reset();
    return id;
}

bool ImportStore::ensureAffiliation(qint64 personId, qint64 organisationId, const QString &role, const QString &title)
{
    RawStatement &exists = statement("SELECT 1 FROM affiliations WHERE person_id = ?1 AND organisation_id = ?2");
    exists.bind(1, personId).bind(2, organisationId);
    const bool found = exists.step();
    exists.reset();
    if (found)
        return false;
    RawStatement &insert =
        statement("INSERT INTO affiliations (person_id, organisation_id, role, title) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, personId).bind(2, organisationId).bind(3, role).bind(4, title).exec();
    return true;
}

std::optional<ImportStore::Membership> ImportStore::membership(qint64 organisationId, qint64 networkId)
{
    RawStatement &find = statement("SELECT id, role FROM memberships WHERE organisation_id = ?1 AND network_id = ?2");
    find.bind(1, organisationId).bind(2, networkId);
    std::optional<Membership> found;
    if (find.step())
        found = Membership{find.columnInt(0), find.columnText(1)};
    find.reset();
    return found;
}

qint64 ImportStore::addMembership(qint64 organisationId, qint64 networkId, const QString &role, const QString &status,
                                  const QString &date, const QString &reason)
{
    EntityWriter &memberships = writer(RecordKind::Membership);
    FieldValues values = memberships.values();
    values.set(u"organisation_id", organisationId).set(u"network_id", networkId).set(u"role", role);
    const qint64 id = memberships.insert(values, false, status);
    RawStatement &history = statement("INSERT INTO membership_status_changes (membership_id, status, "
                                      "effective_date, reason) VALUES (?1, ?2, ?3, ?4)");
    history.bind(1, id).bind(2, status).bind(3, date).bind(4, reason).exec();
    return id;
}

void ImportStore::setMembershipRole(const Membership &membership, const QString &role)
{
    EntityWriter &memberships = writer(RecordKind::Membership);
    FieldValues before = memberships.values();
    FieldValues after = memberships.values();
    before.set(u"role", membership.role);
    after.set(u"role", role);
    memberships.update(membership.id, before, after);
}

std::optional<ImportStore::Status> ImportStore::latestStatus(qint64 membershipId)
{
    RawStatement &latest = statement("SELECT status, effective_date FROM membership_status_changes "
                                     "WHERE membership_id = ?1 ORDER BY effective_date DESC, id DESC LIMIT 1");
    latest.bind(1, membershipId);
    std::optional<Status> status;
    if (latest.step())
        status = Status{latest.columnText(0), latest.columnText(1)};
    latest.reset();
    return status;
}

void ImportStore::addStatusChange(qint64 membershipId, const QString &status, const QString &date,
                                  const QString &reason, const QString &previous)
{
    RawStatement &history = statement("INSERT INTO membership_status_changes (membership_id, status, effective_date, "
                                      "reason) VALUES (?1, ?2, ?3, ?4)");
    history.bind(1, membershipId).bind(2, status).bind(3, date).bind(4, reason).exec();
    writer(RecordKind::Membership).audit(u"update"_s, membershipId, u"status"_s, previous, status);
}

void ImportStore::beginRow()
{
    statement("SAVEPOINT import_row").exec();
}

void ImportStore::releaseRow()
{
    statement("RELEASE import_row").exec();
}

void ImportStore::rollbackRow()
{
    statement("ROLLBACK TO import_row").exec();
}

qint64 ImportStore::totalChanges() const
{
    return sqlite3_total_changes64(m_handle);
}

bool ImportStore::pauseSearchTriggers(RecordKind kind, const QStringList &tables)
{
    RawStatement triggers(m_handle, "SELECT tbl_name, name FROM sqlite_schema WHERE type = 'trigger'");
    while (triggers.step()) {
        if (tables.contains(triggers.columnText(0)) && !triggers.columnText(1).startsWith(u"search_"_s))
            return false;
    }
    m_triggerPause = std::make_unique<TriggerPause>(m_handle);
    m_pausedKind = kind;
    RawStatement last(m_handle, kind == RecordKind::Person ? "SELECT coalesce(max(id), 0) FROM people"
                                                           : "SELECT coalesce(max(id), 0) FROM organisations");
    last.step();
    m_lastIdBefore = last.columnInt(0);
    return true;
}

void ImportStore::queueSearch(int listKind, const QSet<qint64> &updated, int concernsListKind)
{
    if (!m_triggerPause)
        return;
    // What the search_<table>_insert and _update triggers would have queued (see 003_search.sql).
    RawStatement created(m_handle, m_pausedKind == RecordKind::Person
                                       ? "INSERT OR IGNORE INTO search_dirty (kind, record_id) "
                                         "SELECT ?1, id FROM people WHERE id > ?2"
                                       : "INSERT OR IGNORE INTO search_dirty (kind, record_id) "
                                         "SELECT ?1, id FROM organisations WHERE id > ?2");
    created.bind(1, qint64(listKind)).bind(2, m_lastIdBefore).exec();
    RawStatement queued(m_handle, "INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (?1, ?2)");
    RawStatement concerns(m_handle, "INSERT OR IGNORE INTO search_dirty (kind, record_id) "
                                    "SELECT ?1, id FROM concerns WHERE organisation_id = ?2");
    for (const qint64 id : updated) {
        queued.bind(1, qint64(listKind)).bind(2, id).exec();
        if (concernsListKind >= 0)
            concerns.bind(1, qint64(concernsListKind)).bind(2, id).exec();
    }
}

} // namespace AllianceDesk
