#include "recordwriter.h"

#include "listing/listdefinition.h"
#include "storage/auditlog.h"
#include "storage/sqlfunctions.h"
#include "storage/sqlquery.h"
#include "util/countrycatalog.h"
#include "util/error.h"
#include "valuenormaliser.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordWriter", text);
}

using F = ImportField;

/// The columns an update may fill, per kind: field -> column of the record's table.
struct UpdatableColumn
{
    ImportField field;
    const char16_t *column;
};
const UpdatableColumn organisationColumns[] = {
    {F::NativeName, u"native_name"},
    {F::Acronym, u"acronym"},
    {F::Type, u"type"},
    {F::Country, u"country"},
    {F::Province, u"province"},
    {F::City, u"city"},
    {F::Website, u"website"},
    {F::Email, u"email"},
    {F::Phone, u"phone"},
    {F::Notes, u"notes"},
};
const UpdatableColumn personColumns[] = {
    {F::NativeName, u"native_name"}, {F::Email, u"email"},     {F::Phone, u"phone"},
    {F::Languages, u"languages"},    {F::Country, u"country"}, {F::Notes, u"notes"},
};
const UpdatableColumn meetingColumns[] = {{F::Topic, u"topic"}, {F::Notes, u"notes"}};
const UpdatableColumn participantColumns[] = {{F::Country, u"country"}};

} // namespace

class RecordWriter::TriggerPause
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

bool RecordWriter::onlySearchTriggers(const QStringList &tables) const
{
    RawStatement triggers(m_handle, "SELECT tbl_name, name FROM sqlite_schema WHERE type = 'trigger'");
    while (triggers.step()) {
        if (tables.contains(triggers.columnText(0)) && !triggers.columnText(1).startsWith(u"search_"_s))
            return false;
    }
    return true;
}

RecordWriter::RecordWriter(const QSqlDatabase &db, ImportKind kind, qint64 networkId)
    : m_db(db)
    , m_handle(sqliteHandle(db))
    , m_kind(kind)
    , m_networkId(networkId)
    , m_user(AuditLog::userName())
    , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    , m_today(QDate::currentDate().toString(Qt::ISODate))
{
    // Organisations outside a network and people touch only tables whose triggers queue search-index updates.
    QStringList tables;
    if (kind == ImportKind::Organisations && networkId == 0) {
        tables = {u"organisations"_s, u"organisation_focus_areas"_s};
    } else if (kind == ImportKind::People) {
        tables = {u"people"_s, u"affiliations"_s};
    }
    if (!tables.isEmpty() && onlySearchTriggers(tables)) {
        m_triggerPause = std::make_unique<TriggerPause>(m_handle);
        RawStatement last(m_handle, kind == ImportKind::People ? "SELECT coalesce(max(id), 0) FROM people"
                                                               : "SELECT coalesce(max(id), 0) FROM organisations");
        last.step();
        m_lastIdBefore = last.columnInt(0);
    }
    switch (kind) {
    case ImportKind::Organisations:
        m_insert = std::make_unique<RawStatement>(
            m_handle, "INSERT INTO organisations (name, native_name, acronym, type, country, province, city, website, "
                      "email, phone, notes) VALUES (?1, ?2, ?3, coalesce(?4, 'ngo'), ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        m_insertExtra = std::make_unique<RawStatement>(
            m_handle, "INSERT OR IGNORE INTO organisation_focus_areas (organisation_id, focus_area) VALUES (?1, ?2)");
        break;
    case ImportKind::People:
        m_insert = std::make_unique<RawStatement>(
            m_handle, "INSERT INTO people (name, native_name, email, phone, languages, country, notes) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        break;
    case ImportKind::Meetings:
        m_insert = std::make_unique<RawStatement>(
            m_handle, "INSERT INTO meetings (support_group_id, meeting_date, topic, attendance, notes) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)");
        break;
    case ImportKind::Participants:
        m_insert = std::make_unique<RawStatement>(
            m_handle, "INSERT INTO event_participants (event_id, person_id, name, organisation_id, country) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)");
        break;
    }
    m_audit = std::make_unique<RawStatement>(
        m_handle, "INSERT INTO audit_log (at, user_name, action, entity, entity_id, field, old_value, new_value) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    m_savepoint = std::make_unique<RawStatement>(m_handle, "SAVEPOINT import_row");
    m_release = std::make_unique<RawStatement>(m_handle, "RELEASE import_row");
    m_rollback = std::make_unique<RawStatement>(m_handle, "ROLLBACK TO import_row");
    loadIndex();
}

RecordWriter::~RecordWriter() = default;

void RecordWriter::finish()
{
    if (!m_triggerPause)
        return;
    // What the search_<table>_insert and _update triggers would have queued (see 003_search.sql).
    const int kind = int(m_kind == ImportKind::People ? ListKind::People : ListKind::Organisations);
    RawStatement created(m_handle, m_kind == ImportKind::People
                                       ? "INSERT OR IGNORE INTO search_dirty (kind, record_id) "
                                         "SELECT ?1, id FROM people WHERE id > ?2"
                                       : "INSERT OR IGNORE INTO search_dirty (kind, record_id) "
                                         "SELECT ?1, id FROM organisations WHERE id > ?2");
    created.bind(1, qint64(kind)).bind(2, m_lastIdBefore).exec();
    RawStatement updated(m_handle, "INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES (?1, ?2)");
    RawStatement concerns(m_handle, "INSERT OR IGNORE INTO search_dirty (kind, record_id) "
                                    "SELECT ?1, id FROM concerns WHERE organisation_id = ?2");
    for (const qint64 id : std::as_const(m_updated)) {
        updated.bind(1, qint64(kind)).bind(2, id).exec();
        if (m_kind == ImportKind::Organisations)
            concerns.bind(1, qint64(ListKind::Concerns)).bind(2, id).exec();
    }
}

RecordWriter::Fingerprint RecordWriter::fingerprint(const QString &key)
{
    return {qHash(key, size_t(0x9e3779b97f4a7c15)), qHash(key, size_t(0x2545f4914f6cdd1d))};
}

void RecordWriter::index(const QString &key, qint64 id)
{
    const Fingerprint print = fingerprint(key);
    if (!m_keys.contains(print))
        m_keys.emplace(print, id);
}

void RecordWriter::loadIndex()
{
    const auto add = [this](const QString &key, qint64 id) { index(key, id); };
    if (m_kind == ImportKind::Organisations || m_kind == ImportKind::People) {
        RawStatement query(m_handle, m_kind == ImportKind::Organisations
                                         ? "SELECT id, name, country, email, native_name FROM organisations"
                                         : "SELECT id, name, country, email, native_name FROM people");
        m_keys.reserve(200000);
        while (query.step()) {
            const qint64 id = query.columnInt(0);
            add(u"n|"_s + ValueNormaliser::matchKey(query.columnText(1)) + u'|' + query.columnText(2), id);
            if (!query.columnIsNull(3))
                add(u"e|"_s + query.columnText(3).toLower(), id);
            // A file may write the name in the record's own script ("روزن" for ROZAN).
            if (!query.columnIsNull(4))
                add(u"n|"_s + ValueNormaliser::matchKey(query.columnText(4)) + u'|' + query.columnText(2), id);
        }
    } else if (m_kind == ImportKind::Meetings) {
        RawStatement query(m_handle, "SELECT id, support_group_id, meeting_date, topic FROM meetings");
        while (query.step())
            add(u"m|%1|%2|%3"_s.arg(query.columnInt(1))
                    .arg(query.columnText(2), ValueNormaliser::matchKey(query.columnText(3))),
                query.columnInt(0));
    } else {
        RawStatement query(m_handle, "SELECT p.id, p.event_id, coalesce(pe.email, ''), coalesce(p.name, pe.name) "
                                     "FROM event_participants p LEFT JOIN people pe ON pe.id = p.person_id");
        while (query.step()) {
            if (!query.columnText(2).isEmpty())
                add(u"e|%1|%2"_s.arg(query.columnInt(1)).arg(query.columnText(2).toLower()), query.columnInt(0));
            add(u"n|%1|%2"_s.arg(query.columnInt(1)).arg(ValueNormaliser::matchKey(query.columnText(3))),
                query.columnInt(0));
        }
    }
}

QStringList RecordWriter::keysOf(const NormalisedRow &row) const
{
    QStringList keys;
    switch (m_kind) {
    case ImportKind::Organisations:
    case ImportKind::People:
        keys << u"n|"_s + ValueNormaliser::matchKey(row.value(F::Name)) + u'|' + row.value(F::Country);
        if (row.has(F::Email))
            keys << u"e|"_s + row.value(F::Email).toLower();
        if (row.has(F::NativeName))
            keys << u"n|"_s + ValueNormaliser::matchKey(row.value(F::NativeName)) + u'|' + row.value(F::Country);
        break;
    case ImportKind::Meetings:
        keys << u"m|%1|%2|%3"_s.arg(row.value(F::SupportGroup), row.date.toString(Qt::ISODate),
                                    ValueNormaliser::matchKey(row.value(F::Topic)));
        break;
    case ImportKind::Participants:
        if (row.has(F::Email))
            keys << u"e|%1|%2"_s.arg(row.value(F::Event), row.value(F::Email).toLower());
        keys << u"n|%1|%2"_s.arg(row.value(F::Event), ValueNormaliser::matchKey(row.value(F::Name)));
        break;
    }
    return keys;
}

std::optional<RecordWriter::Match> RecordWriter::findDuplicate(const QStringList &keys) const
{
    for (const QString &key : keys) {
        const auto found = m_keys.constFind(fingerprint(key));
        if (found == m_keys.constEnd())
            continue;
        const bool byEmail = key.startsWith(u"e|"_s);
        QString why = byEmail ? tr("same email") : tr("same name and country");
        if (m_kind == ImportKind::Meetings)
            why = tr("same group, date and topic");
        else if (m_kind == ImportKind::Participants && !byEmail)
            why = tr("same event and name");
        return Match{*found, why};
    }
    return std::nullopt;
}

void RecordWriter::remember(const NormalisedRow &row, const QStringList &keys, qint64 id)
{
    for (const QString &key : keys)
        index(key, id);
    m_writtenLine.insert(id, row.line);
}

QString RecordWriter::existingName(qint64 id) const
{
    const char *sql = "SELECT name FROM organisations WHERE id = ?1";
    if (m_kind == ImportKind::People)
        sql = "SELECT name FROM people WHERE id = ?1";
    else if (m_kind == ImportKind::Meetings)
        sql =
            "SELECT g.name || ' ' || m.meeting_date FROM meetings m JOIN support_groups g ON g.id = m.support_group_id "
            "WHERE m.id = ?1";
    else if (m_kind == ImportKind::Participants)
        sql = "SELECT coalesce(p.name, pe.name) FROM event_participants p LEFT JOIN people pe ON pe.id = p.person_id "
              "WHERE p.id = ?1";
    RawStatement query(m_handle, sql);
    query.bind(1, id);
    return query.step() ? query.columnText(0) : QString();
}

void RecordWriter::audit(const char *action, const char *entity, qint64 id, const QString &field,
                         const QString &oldValue, const QString &newValue)
{
    m_audit->bind(1, m_now)
        .bind(2, m_user)
        .bind(3, QString::fromLatin1(action))
        .bind(4, QString::fromLatin1(entity))
        .bind(5, id)
        .bind(6, field)
        .bind(7, oldValue)
        .bind(8, newValue)
        .exec();
}

std::optional<qint64> RecordWriter::findByName(const char *sql, const QString &name, ImportField field,
                                               Outcome &outcome, const QString &what)
{
    const QString cacheKey = QString::fromLatin1(sql);
    if (!m_nameCache.contains(u"#"_s + cacheKey)) {
        m_nameCache.insert(u"#"_s + cacheKey, {});
        RawStatement query(m_handle, sql);
        while (query.step()) {
            for (int column = 1; column <= 2; ++column) {
                const QString key = cacheKey + ValueNormaliser::matchKey(query.columnText(column));
                if (!query.columnIsNull(column) && !m_nameCache[key].contains(query.columnInt(0)))
                    m_nameCache[key].append(query.columnInt(0));
            }
        }
    }
    const QList<qint64> ids = m_nameCache.value(cacheKey + ValueNormaliser::matchKey(name));
    if (ids.size() == 1)
        return ids.first();
    outcome.kind = Outcome::Kind::Rejected;
    outcome.problem.column = -int(field) - 1; // resolved to a column by the caller
    outcome.problem.reason = ids.isEmpty()
                                 ? tr("there is no %1 called “%2” in the database").arg(what, name)
                                 : tr("%1 %2s are called “%3”; rename one first").arg(ids.size()).arg(what, name);
    return std::nullopt;
}

RecordWriter::Outcome RecordWriter::write(const NormalisedRow &input, const Decide &decide)
{
    Outcome outcome;
    NormalisedRow row = input;
    // References to other records are resolved first: duplicates of meetings and participants depend on them.
    qint64 referenceId = 0;
    if (m_kind == ImportKind::Meetings) {
        const auto group = findByName("SELECT id, name, NULL FROM support_groups", row.value(F::SupportGroup),
                                      F::SupportGroup, outcome, tr("support group"));
        if (!group)
            return outcome;
        referenceId = *group;
        row.values[size_t(F::SupportGroup)] = QString::number(referenceId);
    } else if (m_kind == ImportKind::Participants) {
        const auto event =
            findByName("SELECT id, name, NULL FROM events", row.value(F::Event), F::Event, outcome, tr("event"));
        if (!event)
            return outcome;
        referenceId = *event;
        row.values[size_t(F::Event)] = QString::number(referenceId);
    }

    DuplicatePolicy policy = DuplicatePolicy::Create;
    qint64 existing = 0;
    const QStringList keys = keysOf(row);
    if (const auto match = findDuplicate(keys)) {
        DuplicateMatch duplicate;
        duplicate.line = row.line;
        duplicate.name = input.value(m_kind == ImportKind::Meetings ? F::SupportGroup : F::Name);
        duplicate.earlierLine = m_writtenLine.value(match->id);
        duplicate.existingId = match->id;
        duplicate.existingName = existingName(match->id);
        duplicate.why = match->why;
        policy = decide(duplicate);
        duplicate.applied = policy;
        outcome.duplicate = duplicate;
        existing = match->id;
    }
    if (policy == DuplicatePolicy::Skip) {
        outcome.kind = Outcome::Kind::Skipped;
        if (m_kind == ImportKind::Organisations && m_networkId) {
            // Skipping leaves the organisation as it is; it still joins the network the file is imported into.
            m_savepoint->exec();
            try {
                ensureMembership(existing, row, outcome, true);
                if (outcome.kind == Outcome::Kind::Rejected)
                    m_rollback->exec();
                m_release->exec();
            } catch (const RuleViolation &error) {
                m_rollback->exec();
                m_release->exec();
                outcome.kind = Outcome::Kind::Rejected;
                outcome.joined = false;
                outcome.problem.reason = tr("the database refused the row: %1").arg(error.message());
            }
        }
        return outcome;
    }

    // A row is one statement when it creates an organisation outside a network: atomic by itself. Otherwise a
    // savepoint lets a refused row roll back alone (a savepoint costs a statement journal, hence not always).
    const bool updating = policy == DuplicatePolicy::Update;
    const bool needsSavepoint = updating || m_kind != ImportKind::Organisations || m_networkId != 0;
    if (needsSavepoint)
        m_savepoint->exec();
    try {
        const sqlite3_int64 changesBefore = sqlite3_total_changes64(m_handle);
        if (updating)
            update(existing, row, outcome);
        const qint64 id = updating ? existing : create(row, outcome);
        if (outcome.kind != Outcome::Kind::Rejected) {
            outcome.kind = updating ? Outcome::Kind::Updated : Outcome::Kind::Created;
            if (m_kind == ImportKind::Organisations && m_networkId)
                ensureMembership(id, row, outcome);
            // Every change an update makes writes a row (the record, its audit entries, a membership).
            if (updating && outcome.kind == Outcome::Kind::Updated &&
                sqlite3_total_changes64(m_handle) == changesBefore)
                outcome.kind = Outcome::Kind::Unchanged;
        }
        if (outcome.kind != Outcome::Kind::Rejected)
            remember(row, keys, id);
        if (needsSavepoint) {
            if (outcome.kind == Outcome::Kind::Rejected)
                m_rollback->exec();
            m_release->exec();
        }
    } catch (const RuleViolation &error) {
        if (!needsSavepoint && m_kind == ImportKind::Organisations && !row.focusAreas.isEmpty())
            throw; // cannot happen: focus areas were validated; never leave half a row
        if (needsSavepoint) {
            m_rollback->exec();
            m_release->exec();
        }
        outcome.kind = Outcome::Kind::Rejected;
        outcome.problem.reason = tr("the database refused the row: %1").arg(error.message());
    }
    return outcome;
}

qint64 RecordWriter::create(const NormalisedRow &row, Outcome &outcome)
{
    qint64 id = 0;
    switch (m_kind) {
    case ImportKind::Organisations: {
        const ImportField fields[] = {F::Name, F::NativeName, F::Acronym, F::Type,  F::Country, F::Province,
                                      F::City, F::Website,    F::Email,   F::Phone, F::Notes};
        for (int i = 0; i < 11; ++i)
            m_insert->bind(i + 1, row.value(fields[i]));
        m_insert->exec();
        id = m_insert->lastInsertId();
        for (const QString &area : row.focusAreas)
            m_insertExtra->bind(1, id).bind(2, area).exec();
        break;
    }
    case ImportKind::People: {
        std::optional<qint64> organisation;
        if (row.has(F::Organisation)) {
            organisation = findByName("SELECT id, name, acronym FROM organisations", row.value(F::Organisation),
                                      F::Organisation, outcome, tr("organisation"));
            if (!organisation)
                return 0;
        }
        const ImportField fields[] = {F::Name, F::NativeName, F::Email, F::Phone, F::Languages, F::Country, F::Notes};
        for (int i = 0; i < 7; ++i)
            m_insert->bind(i + 1, row.value(fields[i]));
        m_insert->exec();
        id = m_insert->lastInsertId();
        if (organisation)
            ensureAffiliation(id, *organisation, row);
        break;
    }
    case ImportKind::Meetings:
        m_insert->bind(1, row.value(F::SupportGroup).toLongLong())
            .bind(2, row.date.toString(Qt::ISODate))
            .bind(3, row.value(F::Topic))
            .bind(4, row.attendance)
            .bind(5, row.value(F::Notes))
            .exec();
        id = m_insert->lastInsertId();
        break;
    case ImportKind::Participants: {
        std::optional<qint64> organisation;
        if (row.has(F::Organisation)) {
            organisation = findByName("SELECT id, name, acronym FROM organisations", row.value(F::Organisation),
                                      F::Organisation, outcome, tr("organisation"));
            if (!organisation)
                return 0;
        }
        std::optional<qint64> person;
        if (row.has(F::Email)) {
            RawStatement query(m_handle, "SELECT id FROM people WHERE lower(email) = ?1 LIMIT 1");
            query.bind(1, row.value(F::Email).toLower());
            if (query.step())
                person = query.columnInt(0);
        }
        m_insert->bind(1, row.value(F::Event).toLongLong());
        if (person)
            m_insert->bind(2, *person);
        m_insert->bind(3, row.value(F::Name));
        if (organisation)
            m_insert->bind(4, *organisation);
        m_insert->bind(5, row.value(F::Country)).exec();
        id = m_insert->lastInsertId();
        break;
    }
    }
    return id;
}

void RecordWriter::update(qint64 id, const NormalisedRow &row, Outcome &outcome)
{
    const char *table = "organisations";
    QList<UpdatableColumn> columns(std::begin(organisationColumns), std::end(organisationColumns));
    if (m_kind == ImportKind::People) {
        table = "people";
        columns = QList<UpdatableColumn>(std::begin(personColumns), std::end(personColumns));
    } else if (m_kind == ImportKind::Meetings) {
        table = "meetings";
        columns = QList<UpdatableColumn>(std::begin(meetingColumns), std::end(meetingColumns));
    } else if (m_kind == ImportKind::Participants) {
        table = "event_participants";
        columns = QList<UpdatableColumn>(std::begin(participantColumns), std::end(participantColumns));
    }
    const QString tableName = QString::fromLatin1(table);
    const bool versioned = m_kind == ImportKind::Organisations || m_kind == ImportKind::People;
    for (const UpdatableColumn &column : columns) {
        if (!row.has(column.field))
            continue;
        const QString name = QString::fromUtf16(column.column);
        SqlQuery select(m_db, u"SELECT %1 FROM %2 WHERE id = :id"_s.arg(name, tableName));
        select.bind(u":id"_s, id).exec();
        const QString old = select.next() ? select.value(0).toString() : QString();
        if (old == row.value(column.field))
            continue;
        SqlQuery change(m_db, u"UPDATE %1 SET %2 = :value%3 WHERE id = :id"_s.arg(
                                  tableName, name, versioned ? u", row_version = row_version + 1"_s : QString()));
        change.bind(u":value"_s, row.value(column.field)).bind(u":id"_s, id).exec();
        audit("update", table, id, name, old, row.value(column.field));
        m_updated.insert(id);
    }
    if (m_kind == ImportKind::Meetings && row.has(F::Attendance)) {
        SqlQuery change(m_db, u"UPDATE meetings SET attendance = :value WHERE id = :id"_s);
        change.bind(u":value"_s, row.attendance).bind(u":id"_s, id).exec();
    }
    if (m_kind == ImportKind::Organisations) {
        for (const QString &area : row.focusAreas)
            m_insertExtra->bind(1, id).bind(2, area).exec();
    }
    if (m_kind == ImportKind::People && row.has(F::Organisation)) {
        const auto organisation = findByName("SELECT id, name, acronym FROM organisations", row.value(F::Organisation),
                                             F::Organisation, outcome, tr("organisation"));
        if (organisation)
            ensureAffiliation(id, *organisation, row);
    }
}

void RecordWriter::ensureAffiliation(qint64 personId, qint64 organisationId, const NormalisedRow &row)
{
    RawStatement exists(m_handle, "SELECT 1 FROM affiliations WHERE person_id = ?1 AND organisation_id = ?2");
    exists.bind(1, personId).bind(2, organisationId);
    if (exists.step())
        return;
    RawStatement insert(m_handle,
                        "INSERT INTO affiliations (person_id, organisation_id, role, title) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, personId).bind(2, organisationId).bind(3, row.value(F::Role)).bind(4, row.value(F::Title)).exec();
}

void RecordWriter::setMembershipDefaults(const QString &status, const QString &role, const QDate &joined)
{
    if (!status.isEmpty())
        m_defaultStatus = status;
    if (!role.isEmpty())
        m_defaultRole = role;
    m_defaultJoined = joined.isValid() ? joined.toString(Qt::ISODate) : QString();
}

void RecordWriter::ensureMembership(qint64 organisationId, const NormalisedRow &row, Outcome &outcome, bool onlyJoin)
{
    const QString status = row.has(F::MembershipStatus) ? row.value(F::MembershipStatus) : m_defaultStatus;
    RawStatement find(m_handle, "SELECT id, role FROM memberships WHERE organisation_id = ?1 AND network_id = ?2");
    find.bind(1, organisationId).bind(2, m_networkId);
    if (!find.step()) {
        find.reset();
        const QString date = row.joined.isValid()         ? row.joined.toString(Qt::ISODate)
                             : !m_defaultJoined.isEmpty() ? m_defaultJoined
                                                          : m_today;
        RawStatement insert(m_handle,
                            "INSERT INTO memberships (organisation_id, network_id, role) VALUES (?1, ?2, ?3)");
        insert.bind(1, organisationId)
            .bind(2, m_networkId)
            .bind(3, row.has(F::MembershipRole) ? row.value(F::MembershipRole) : m_defaultRole)
            .exec();
        const qint64 membership = insert.lastInsertId();
        RawStatement history(m_handle, "INSERT INTO membership_status_changes (membership_id, status, "
                                       "effective_date, reason) VALUES (?1, ?2, ?3, ?4)");
        history.bind(1, membership).bind(2, status).bind(3, date).bind(4, tr("imported")).exec();
        audit("create", "memberships", membership, QString(), QString(), status);
        outcome.joined = true;
        return;
    }
    if (onlyJoin)
        return;
    const qint64 membership = find.columnInt(0);
    const QString role = find.columnText(1);
    find.reset();
    if (row.has(F::MembershipRole) && row.value(F::MembershipRole) != role) {
        RawStatement change(m_handle, "UPDATE memberships SET role = ?1, row_version = row_version + 1 WHERE id = ?2");
        change.bind(1, row.value(F::MembershipRole)).bind(2, membership).exec();
        audit("update", "memberships", membership, u"role"_s, role, row.value(F::MembershipRole));
    }
    if (!row.has(F::MembershipStatus))
        return;
    RawStatement latest(m_handle, "SELECT status, effective_date FROM membership_status_changes "
                                  "WHERE membership_id = ?1 ORDER BY effective_date DESC, id DESC LIMIT 1");
    latest.bind(1, membership);
    const bool hasLatest = latest.step();
    const QString current = hasLatest ? latest.columnText(0) : QString();
    const QString since = hasLatest ? latest.columnText(1) : QString();
    latest.reset();
    if (current == status)
        return;
    if (since > m_today) {
        outcome.kind = Outcome::Kind::Rejected;
        outcome.problem.column = -int(F::MembershipStatus) - 1;
        outcome.problem.reason = tr("the membership’s latest status change is dated %1, after today").arg(since);
        return;
    }
    RawStatement history(m_handle, "INSERT INTO membership_status_changes (membership_id, status, effective_date, "
                                   "reason) VALUES (?1, ?2, ?3, ?4)");
    history.bind(1, membership).bind(2, status).bind(3, m_today).bind(4, tr("imported")).exec();
    audit("update", "memberships", membership, u"status"_s, current, status);
}

} // namespace AllianceDesk
