#include "changeset.h"

#include "auditlog.h"
#include "sqlfunctions.h"
#include "sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>

// Debian's SQLite is built with the session extension; its declarations need these two macros.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

int recordTable(void *, const char *table)
{
    // SQLite asks again for every change to a table it does not record (the audit trail, search_dirty: once per
    // imported row), so the answer is cached per table name rather than building a QString each time.
    thread_local QHash<QByteArray, bool> recorded;
    const QByteArrayView name(table);
    auto found = recorded.constFind(QByteArray::fromRawData(name.data(), name.size()));
    if (found == recorded.constEnd())
        found = recorded.insert(name.toByteArray(), !ChangeRecorder::isBookkeeping(QString::fromUtf8(name)));
    return *found ? 1 : 0;
}

[[noreturn]] void throwSessionError(int rc, const char *what)
{
    throw StorageError(u"Cannot %1: %2."_s.arg(QLatin1StringView(what), QString::fromUtf8(sqlite3_errstr(rc))));
}

/// The first primary-key column of the current change, from the old or the new row.
qint64 changeId(sqlite3_changeset_iter *iterator, int operation)
{
    sqlite3_value *value = nullptr;
    const int rc = operation == SQLITE_INSERT ? sqlite3changeset_new(iterator, 0, &value)
                                              : sqlite3changeset_old(iterator, 0, &value);
    return rc == SQLITE_OK && value ? sqlite3_value_int64(value) : 0;
}

struct ConflictReport
{
    QString table;
    qint64 id = 0;
    int kind = 0;
};

bool sameValue(sqlite3_value *a, sqlite3_value *b)
{
    const int type = sqlite3_value_type(a);
    if (type != sqlite3_value_type(b))
        return false;
    switch (type) {
    case SQLITE_NULL:
        return true;
    case SQLITE_INTEGER:
        return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT:
        return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        const int size = sqlite3_value_bytes(a);
        return size == sqlite3_value_bytes(b) &&
               std::memcmp(sqlite3_value_blob(a), sqlite3_value_blob(b), size_t(size)) == 0;
    }
    }
}

/// True when the conflicting row already holds what the change would write: an update or insert whose effect is
/// there, typically made by a foreign key's ON DELETE SET NULL while the same changeset deleted the parent.
bool alreadyApplied(sqlite3_changeset_iter *iterator, int columns)
{
    for (int column = 0; column < columns; ++column) {
        sqlite3_value *wanted = nullptr;
        sqlite3_value *current = nullptr;
        if (sqlite3changeset_new(iterator, column, &wanted) != SQLITE_OK)
            return false;
        if (!wanted)
            continue; // a column the update does not change
        if (sqlite3changeset_conflict(iterator, column, &current) != SQLITE_OK || !current ||
            !sameValue(wanted, current))
            return false;
    }
    return true;
}

int onConflict(void *context, int conflict, sqlite3_changeset_iter *iterator)
{
    auto *report = static_cast<ConflictReport *>(context);
    const char *table = nullptr;
    int columns = 0;
    int operation = 0;
    sqlite3changeset_op(iterator, &table, &columns, &operation, nullptr);
    // A row to delete that is already gone (a cascade from its parent did it) is the state the change wants.
    if (conflict == SQLITE_CHANGESET_NOTFOUND && operation == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    // A row that already is as the change would leave it (an action of a foreign key made it so) is no conflict.
    if ((conflict == SQLITE_CHANGESET_DATA && operation == SQLITE_UPDATE) ||
        (conflict == SQLITE_CHANGESET_CONFLICT && operation == SQLITE_INSERT)) {
        if (alreadyApplied(iterator, columns))
            return SQLITE_CHANGESET_OMIT;
    }
    report->table = QString::fromUtf8(table);
    report->id = conflict == SQLITE_CHANGESET_FOREIGN_KEY ? 0 : changeId(iterator, operation);
    report->kind = conflict;
    return SQLITE_CHANGESET_ABORT;
}

/// "organisation “ROZAN”" for a row, as far as the database still knows it.
QString describeRow(const QSqlDatabase &db, const QString &table, qint64 id)
{
    const QString name = AuditLog::recordName(db, table, id);
    return name.isEmpty() ? QCoreApplication::translate("Changesets", "record %1 of %2").arg(id).arg(table)
                          : u"“%1”"_s.arg(name);
}

} // namespace

ChangeRecorder::ChangeRecorder(const QSqlDatabase &db)
    : m_connection(sqliteHandle(db))
{
    start();
}

void ChangeRecorder::start()
{
    sqlite3_session *session = nullptr;
    int rc = sqlite3session_create(m_connection, "main", &session);
    if (rc != SQLITE_OK)
        throwSessionError(rc, "record the changes");
    sqlite3session_table_filter(session, &recordTable, nullptr);
    rc = sqlite3session_attach(session, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3session_delete(session);
        throwSessionError(rc, "record the changes");
    }
    m_session = session;
}

ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

bool ChangeRecorder::isBookkeeping(const QString &table)
{
    return table == u"audit_log"_s || table == u"meta"_s || table.startsWith(u"import_"_s) ||
           table.startsWith(u"search_"_s) || table.startsWith(u"sqlite_"_s);
}

QByteArray ChangeRecorder::changeset() const
{
    int size = 0;
    void *data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK)
        throwSessionError(rc, "collect the changes");
    QByteArray result(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return result;
}

QByteArray ChangeRecorder::takeChangeset()
{
    QByteArray changes = changeset();
    // A new session forgets the rows recorded so far; it records the next changes against the state they start
    // from, so the parts taken one after another, inverted and applied in reverse order, undo the whole work.
    sqlite3session_delete(m_session);
    m_session = nullptr;
    start();
    return changes;
}

namespace Changesets {

QByteArray invert(const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return {};
    int size = 0;
    void *data = nullptr;
    const int rc = sqlite3changeset_invert(static_cast<int>(changeset.size()),
                                           const_cast<char *>(changeset.constData()), &size, &data);
    if (rc != SQLITE_OK)
        throwSessionError(rc, "invert the changes");
    QByteArray result(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return result;
}

void apply(const QSqlDatabase &db, const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return;
    ConflictReport report;
    const int rc = sqlite3changeset_apply(sqliteHandle(db), static_cast<int>(changeset.size()),
                                          const_cast<char *>(changeset.constData()), nullptr, &onConflict, &report);
    if (rc == SQLITE_OK)
        return;
    if (report.kind == SQLITE_CHANGESET_FOREIGN_KEY) {
        throw ConflictError(QCoreApplication::translate(
            "Changesets", "The change cannot be applied: records it relies on were changed or deleted elsewhere."));
    }
    if (report.kind != 0) {
        throw ConflictError(
            QCoreApplication::translate("Changesets", "%1 was changed elsewhere since; nothing was changed.")
                .arg(describeRow(db, report.table, report.id)));
    }
    throwSessionError(rc, "apply the changes");
}

QList<ChangedRow> rows(const QByteArray &changeset)
{
    QList<ChangedRow> result;
    if (changeset.isEmpty())
        return result;
    sqlite3_changeset_iter *iterator = nullptr;
    int rc = sqlite3changeset_start(&iterator, static_cast<int>(changeset.size()),
                                    const_cast<char *>(changeset.constData()));
    if (rc != SQLITE_OK)
        throwSessionError(rc, "read the changes");
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int operation = 0;
        sqlite3changeset_op(iterator, &table, &columns, &operation, nullptr);
        const ChangedRow::Operation kind = operation == SQLITE_INSERT   ? ChangedRow::Operation::Insert
                                           : operation == SQLITE_DELETE ? ChangedRow::Operation::Delete
                                                                        : ChangedRow::Operation::Update;
        result << ChangedRow{QString::fromUtf8(table), kind, changeId(iterator, operation)};
    }
    rc = sqlite3changeset_finalize(iterator);
    if (rc != SQLITE_OK)
        throwSessionError(rc, "read the changes");
    return result;
}

} // namespace Changesets

} // namespace AllianceDesk
