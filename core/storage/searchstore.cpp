#include "searchstore.h"

#include "listqueries.h"
#include "searchfts.h"
#include "sqlfunctions.h"
#include "sqlquery.h"
#include "util/error.h"

#include <QByteArray>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

constexpr int batchSize = 2000;

/// One row for a record id: the list's indexed search fields, in order (the text the index holds for it).
QByteArray fieldsSql(ListKind kind)
{
    const ListQuery &list = listQuery(kind);
    return u"SELECT %1 FROM %2 WHERE %3 = ?"_s
        .arg(list.indexedSearchExpressions().join(u", "_s), list.from, list.idExpression())
        .toUtf8();
}

/// What the search results show of a record: id, name, then what tells it apart. "%1" is the list of ids.
QString summarySql(ListKind kind)
{
    switch (kind) {
    case ListKind::Organisations:
        return u"SELECT id, name, native_name, acronym, city, email FROM organisations WHERE id IN (%1)"_s;
    case ListKind::People:
        return u"SELECT id, name, native_name, email FROM people WHERE id IN (%1)"_s;
    case ListKind::Networks:
        return u"SELECT id, name, native_name, acronym, region FROM networks WHERE id IN (%1)"_s;
    case ListKind::Programs:
        return u"SELECT p.id, p.name, p.native_name, p.acronym, o.name FROM programs p "
               "JOIN organisations o ON o.id = p.lead_organisation_id WHERE p.id IN (%1)"_s;
    case ListKind::SupportGroups:
        return u"SELECT id, name, district, province FROM support_groups WHERE id IN (%1)"_s;
    case ListKind::Events:
        return u"SELECT id, name, city, start_date FROM events WHERE id IN (%1)"_s;
    case ListKind::Concerns:
        // A concern shows what it is about, never its summary or notes.
        return u"SELECT c.id, o.name, c.category, c.received_date FROM concerns c "
               "JOIN organisations o ON o.id = c.organisation_id WHERE c.id IN (%1)"_s;
    case ListKind::Memberships:
    case ListKind::SecretariatTerms:
    case ListKind::Meetings:
        break;
    }
    return {};
}

/// Ids as SQL text: integers, safe to write into a statement.
QString idList(const QList<qint64> &ids, qint64 offset)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids)
        texts << QString::number(id + offset);
    return texts.join(u", "_s);
}

/// A prepared statement on the raw handle, finalized on destruction.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    sqlite3_stmt *get() const { return m_statement; }
    Statement &bind(int index, qint64 value)
    {
        sqlite3_bind_int64(m_statement, index, value);
        return *this;
    }
    Statement &bind(int index, const QByteArray &text)
    {
        sqlite3_bind_text(m_statement, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    void run()
    {
        step();
        reset();
    }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    QString text(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
    }

private:
    [[noreturn]] void fail() const
    {
        throw StorageError(u"Cannot update the search index: %1."_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

bool execute(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

/// Restores the connection's busy timeout: synchronizing never waits long for another writer.
class BusyTimeoutGuard
{
public:
    explicit BusyTimeoutGuard(sqlite3 *db)
        : m_db(db)
    {
        Statement query(db, "PRAGMA busy_timeout");
        m_previous = query.step() ? sqlite3_column_int(query.get(), 0) : 0;
        sqlite3_busy_timeout(db, 100);
    }
    ~BusyTimeoutGuard() { sqlite3_busy_timeout(m_db, m_previous); }
    BusyTimeoutGuard(const BusyTimeoutGuard &) = delete;
    BusyTimeoutGuard &operator=(const BusyTimeoutGuard &) = delete;

private:
    sqlite3 *m_db;
    int m_previous = 0;
};

void indexBatch(sqlite3 *db, const QList<QPair<int, qint64>> &queued)
{
    Statement oldText(db, "SELECT text FROM search_items WHERE id = ?");
    Statement deleteTrigrams(db, "INSERT INTO search_trigrams (search_trigrams, rowid, text) VALUES ('delete', ?, ?)");
    Statement deleteWords(db, "INSERT INTO search_words (search_words, rowid, text) VALUES ('delete', ?, ?)");
    Statement deleteItem(db, "DELETE FROM search_items WHERE id = ?");
    Statement insertItem(db, "INSERT INTO search_items (id, text) VALUES (?, ?)");
    Statement insertTrigrams(db, "INSERT INTO search_trigrams (rowid, text) VALUES (?, ?)");
    Statement insertWords(db, "INSERT INTO search_words (rowid, text) VALUES (?, ?)");
    Statement dequeue(db, "DELETE FROM search_dirty WHERE kind = ? AND record_id = ?");
    std::map<int, std::unique_ptr<Statement>> fieldQueries;

    for (const auto &[kindValue, recordId] : queued) {
        const auto kind = static_cast<ListKind>(kindValue);
        // A kind this version does not know (a later version's) only leaves the queue.
        if (allListKinds().contains(kind) && SearchStore::holds(kind)) {
            const qint64 item = SearchFts::itemBase(kind) + recordId;
            oldText.bind(1, item);
            if (oldText.step()) {
                const QByteArray text = oldText.text(0).toUtf8();
                deleteTrigrams.bind(1, item).bind(2, text).run();
                deleteWords.bind(1, item).bind(2, text).run();
                deleteItem.bind(1, item).run();
            }
            oldText.reset();

            auto &fields = fieldQueries[kindValue];
            if (!fields)
                fields = std::make_unique<Statement>(db, fieldsSql(kind).constData());
            fields->bind(1, recordId);
            if (fields->step()) {
                QStringList values;
                const int columns = sqlite3_column_count(fields->get());
                for (int i = 0; i < columns; ++i)
                    values << fields->text(i);
                const QByteArray text = SearchStore::documentText(values).toUtf8();
                insertItem.bind(1, item).bind(2, text).run();
                insertTrigrams.bind(1, item).bind(2, text).run();
                insertWords.bind(1, item).bind(2, text).run();
            }
            fields->reset();
        }
        dequeue.bind(1, kindValue).bind(2, recordId).run();
    }
}

} // namespace

SearchStore::SearchStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool SearchStore::holds(ListKind kind)
{
    return std::any_of(listQuery(kind).searchFields.cbegin(), listQuery(kind).searchFields.cend(),
                       [](const ListQuery::SearchField &field) { return field.indexed; });
}

bool SearchStore::isCurrent() const
{
    Statement any(sqliteHandle(m_db), "SELECT 1 FROM search_dirty LIMIT 1");
    return !any.step();
}

int SearchStore::pending() const
{
    Statement count(sqliteHandle(m_db), "SELECT count(*) FROM search_dirty");
    return count.step() ? sqlite3_column_int(count.get(), 0) : 0;
}

bool SearchStore::synchronize() const
{
    if (isCurrent())
        return true;
    sqlite3 *handle = sqliteHandle(m_db);
    const BusyTimeoutGuard timeout(handle);
    // Inside the caller's transaction a savepoint keeps the work undone with it on rollback.
    const bool ownTransaction = sqlite3_get_autocommit(handle) != 0;
    if (!execute(handle, ownTransaction ? "BEGIN IMMEDIATE" : "SAVEPOINT search_synchronize"))
        return false;
    try {
        Statement next(handle, "SELECT kind, record_id FROM search_dirty LIMIT ?");
        for (;;) {
            QList<QPair<int, qint64>> queued;
            next.bind(1, batchSize);
            while (next.step())
                queued.append({sqlite3_column_int(next.get(), 0), sqlite3_column_int64(next.get(), 1)});
            next.reset();
            if (queued.isEmpty())
                break;
            indexBatch(handle, queued);
        }
    } catch (const Error &) {
        execute(handle, ownTransaction ? "ROLLBACK" : "ROLLBACK TO search_synchronize");
        if (!ownTransaction)
            execute(handle, "RELEASE search_synchronize");
        return false;
    }
    if (!execute(handle, ownTransaction ? "COMMIT" : "RELEASE search_synchronize")) {
        if (ownTransaction)
            execute(handle, "ROLLBACK");
        return false;
    }
    return true;
}

int SearchStore::catchUp(int limit) const
{
    if (isCurrent())
        return 0;
    const int waiting = pending();
    if (limit >= 0 && waiting > limit)
        return waiting;
    return synchronize() ? 0 : waiting;
}

int SearchStore::indexSome(int limit) const
{
    sqlite3 *handle = sqliteHandle(m_db);
    const BusyTimeoutGuard timeout(handle);
    if (!execute(handle, "BEGIN IMMEDIATE"))
        return -1;
    QList<QPair<int, qint64>> queued;
    try {
        Statement next(handle, "SELECT kind, record_id FROM search_dirty LIMIT ?");
        next.bind(1, std::max(limit, 1));
        while (next.step())
            queued.append({sqlite3_column_int(next.get(), 0), sqlite3_column_int64(next.get(), 1)});
        next.reset();
        if (!queued.isEmpty())
            indexBatch(handle, queued);
    } catch (const Error &) {
        execute(handle, "ROLLBACK");
        return -1;
    }
    if (!execute(handle, "COMMIT")) {
        execute(handle, "ROLLBACK");
        return -1;
    }
    return static_cast<int>(queued.size());
}

QList<qint64> SearchStore::wordPrefixMatches(ListKind kind, const QStringList &prefixes, int limit) const
{
    const qint64 base = SearchFts::itemBase(kind);
    QStringList terms;
    for (const QString &prefix : prefixes)
        terms << SearchFts::phrase(prefix) + u'*';
    SqlQuery query(m_db, u"SELECT rowid FROM search_words WHERE search_words MATCH :match "
                         "AND rowid BETWEEN :low AND :high LIMIT :limit"_s);
    query.bind(u":match"_s, terms.join(u" AND "_s))
        .bind(u":low"_s, base)
        .bind(u":high"_s, base + SearchFts::kindStride - 1)
        .bind(u":limit"_s, limit)
        .exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong() - base;
    return ids;
}

QList<qint64> SearchStore::substringMatches(ListKind kind, const QStringList &substrings, const QStringList &shortWords,
                                            int limit) const
{
    const qint64 base = SearchFts::itemBase(kind);
    QStringList phrases;
    for (const QString &substring : substrings)
        phrases << SearchFts::phrase(substring);
    QString sql = u"SELECT f.rowid FROM search_trigrams f WHERE search_trigrams MATCH :match "
                  "AND f.rowid BETWEEN :low AND :high"_s;
    for (int i = 0; i < shortWords.size(); ++i)
        sql += u" AND instr((SELECT i.text FROM search_items i WHERE i.id = f.rowid), :short%1) > 0"_s.arg(i);
    sql += u" LIMIT :limit"_s;
    SqlQuery query(m_db, sql);
    query.bind(u":match"_s, phrases.join(u" AND "_s))
        .bind(u":low"_s, base)
        .bind(u":high"_s, base + SearchFts::kindStride - 1)
        .bind(u":limit"_s, limit);
    for (int i = 0; i < shortWords.size(); ++i)
        query.bind(u":short%1"_s.arg(i), shortWords.at(i));
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong() - base;
    return ids;
}

QHash<qint64, QString> SearchStore::indexedTexts(ListKind kind, const QList<qint64> &ids) const
{
    QHash<qint64, QString> texts;
    if (ids.isEmpty())
        return texts;
    const qint64 base = SearchFts::itemBase(kind);
    SqlQuery query(m_db, u"SELECT id, text FROM search_items WHERE id IN (%1)"_s.arg(idList(ids, base)));
    query.exec();
    while (query.next())
        texts.insert(query.value(0).toLongLong() - base, query.value(1).toString());
    return texts;
}

QList<QVariantList> SearchStore::summaries(ListKind kind, const QList<qint64> &ids) const
{
    QList<QVariantList> rows;
    const QString sql = summarySql(kind);
    if (sql.isEmpty() || ids.isEmpty())
        return rows;
    SqlQuery query(m_db, sql.arg(idList(ids, 0)));
    query.exec();
    const int columns = query.raw().record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row << query.value(column);
        rows << row;
    }
    return rows;
}

QString SearchStore::documentText(const QStringList &fields)
{
    QStringList folded;
    folded.reserve(fields.size());
    for (const QString &field : fields) {
        if (!field.isEmpty())
            folded << foldForSearch(field).replace(u'\n', u' ');
    }
    return folded.join(u'\n');
}

} // namespace AllianceDesk
