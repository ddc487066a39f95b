#include "searchindex.h"

#include "storage/sqlfunctions.h"
#include "util/error.h"

#include <QByteArray>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

constexpr int batchSize = 2000;

/// Which fields of a kind are searchable, and the list search expressions they stand for.
struct IndexedKind
{
    ListKind kind;
    const char *fieldsSql; ///< one row for :id: the fields to fold, in order
    QStringList listExpressions;
};

const QList<IndexedKind> &indexedKinds()
{
    // Concerns are found only by the organisation they are about: their details are protected.
    static const QList<IndexedKind> result = {
        {ListKind::Organisations,
         "SELECT name, native_name, acronym, city, email, notes FROM organisations WHERE id = ?",
         {u"o.name"_s, u"o.native_name"_s, u"o.acronym"_s, u"o.city"_s, u"o.email"_s, u"o.notes"_s}},
        {ListKind::People,
         "SELECT name, native_name, email, notes FROM people WHERE id = ?",
         {u"p.name"_s, u"p.native_name"_s, u"p.email"_s, u"p.notes"_s}},
        {ListKind::Networks,
         "SELECT name, native_name, acronym, region, notes FROM networks WHERE id = ?",
         {u"n.name"_s, u"n.native_name"_s, u"n.acronym"_s, u"n.region"_s, u"n.notes"_s}},
        {ListKind::Programs,
         "SELECT name, native_name, acronym, description FROM programs WHERE id = ?",
         {u"p.name"_s, u"p.native_name"_s, u"p.acronym"_s, u"p.description"_s}},
        {ListKind::SupportGroups,
         "SELECT name, district, province FROM support_groups WHERE id = ?",
         {u"g.name"_s, u"g.district"_s, u"g.province"_s}},
        {ListKind::Events,
         "SELECT name, city, description FROM events WHERE id = ?",
         {u"e.name"_s, u"e.city"_s, u"e.description"_s}},
        {ListKind::Concerns,
         "SELECT o.name, o.native_name FROM concerns c JOIN organisations o ON o.id = c.organisation_id "
         "WHERE c.id = ?",
         {u"o.name"_s, u"o.native_name"_s}},
    };
    return result;
}

const IndexedKind *findKind(ListKind kind)
{
    for (const IndexedKind &indexed : indexedKinds()) {
        if (indexed.kind == kind)
            return &indexed;
    }
    return nullptr;
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
        const IndexedKind *indexed = findKind(kind);
        if (indexed) {
            const qint64 item = SearchIndex::itemId(kind, recordId);
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
                fields = std::make_unique<Statement>(db, indexed->fieldsSql);
            fields->bind(1, recordId);
            if (fields->step()) {
                QStringList values;
                const int columns = sqlite3_column_count(fields->get());
                for (int i = 0; i < columns; ++i)
                    values << fields->text(i);
                const QByteArray text = SearchIndex::documentText(values).toUtf8();
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

const QList<ListKind> &SearchIndex::kinds()
{
    static const QList<ListKind> result = [] {
        QList<ListKind> kinds;
        for (const IndexedKind &indexed : indexedKinds())
            kinds << indexed.kind;
        return kinds;
    }();
    return result;
}

bool SearchIndex::holds(ListKind kind)
{
    return findKind(kind) != nullptr;
}

qint64 SearchIndex::itemBase(ListKind kind)
{
    return static_cast<qint64>(kind) * SearchIndex::kindStride;
}

bool SearchIndex::isCurrent(const QSqlDatabase &db)
{
    Statement any(sqliteHandle(db), "SELECT 1 FROM search_dirty LIMIT 1");
    return !any.step();
}

int SearchIndex::pending(const QSqlDatabase &db)
{
    Statement count(sqliteHandle(db), "SELECT count(*) FROM search_dirty");
    return count.step() ? sqlite3_column_int(count.get(), 0) : 0;
}

bool SearchIndex::synchronize(const QSqlDatabase &db)
{
    if (isCurrent(db))
        return true;
    sqlite3 *handle = sqliteHandle(db);
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

int SearchIndex::catchUp(const QSqlDatabase &db, int limit)
{
    if (isCurrent(db))
        return 0;
    const int waiting = pending(db);
    if (limit >= 0 && waiting > limit)
        return waiting;
    return synchronize(db) ? 0 : waiting;
}

int SearchIndex::indexSome(const QSqlDatabase &db, int limit)
{
    sqlite3 *handle = sqliteHandle(db);
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

QString SearchIndex::documentText(const QStringList &fields)
{
    QStringList folded;
    folded.reserve(fields.size());
    for (const QString &field : fields) {
        if (!field.isEmpty())
            folded << foldForSearch(field).replace(u'\n', u' ');
    }
    return folded.join(u'\n');
}

QStringList SearchIndex::coveredListExpressions(ListKind kind)
{
    const IndexedKind *indexed = findKind(kind);
    return indexed ? indexed->listExpressions : QStringList();
}

QString SearchIndex::quoted(const QString &text)
{
    QString result = text;
    result.replace(u'"', u"\"\""_s);
    return u'"' + result + u'"';
}

int SearchIndex::characterCount(const QString &text)
{
    int count = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace AllianceDesk
