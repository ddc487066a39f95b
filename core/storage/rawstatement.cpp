#include "rawstatement.h"

#include "sqlquery.h"
#include "util/error.h"

#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

RawStatement::RawStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK)
        throw StorageError(u"Cannot prepare a statement: %1."_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

RawStatement &RawStatement::bind(int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(m_statement, index);
    } else {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

RawStatement &RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

RawStatement &RawStatement::bindBlob(int index, const QByteArray &blob)
{
    sqlite3_bind_blob64(m_statement, index, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

RawStatement &RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

RawStatement &RawStatement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return *this;
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

void RawStatement::fail(int rc) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    if ((rc & 0xFF) == SQLITE_CONSTRAINT)
        throw RuleViolation(message);
    if ((rc & 0xFF) == SQLITE_READONLY || (rc & 0xFF) == SQLITE_FULL || (rc & 0xFF) == SQLITE_BUSY)
        throwSqlError(QSqlError(message, message, QSqlError::StatementError, QString::number(rc)), QString());
    throw StorageError(u"The database refused the write: %1."_s.arg(message));
}

void RawStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(rc);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc);
    return false;
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 RawStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

QString RawStatement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index)) : QString();
}

bool RawStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

QVariant RawStatement::columnValue(int index) const
{
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, index));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, index)),
                          sqlite3_column_bytes(m_statement, index));
    default:
        return columnText(index);
    }
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace AllianceDesk
