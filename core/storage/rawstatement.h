#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace AllianceDesk {

/**
 * A statement prepared once on the raw SQLite handle and run many times: QSqlQuery's binding costs about three
 * times the insert itself, which matters at 100,000 rows. The one raw-statement wrapper of the program, for bulk
 * writing (EntityWriter's bulk mode, the import's bookkeeping). Positional parameters from 1 (named ones count in
 * their order); an empty text binds NULL. A broken constraint throws a RuleViolation, any other failure a
 * StorageError.
 */
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    RawStatement &bind(int index, const QString &text);
    RawStatement &bind(int index, qint64 value);
    RawStatement &bindBlob(int index, const QByteArray &blob);
    RawStatement &bindNull(int index);
    /// Binds a null, an integer, a real, a byte array (as a blob) or anything else as its text.
    RawStatement &bind(int index, const QVariant &value);

    /// Runs a statement that returns no row; resets it for the next run.
    void exec();
    /// Steps once; true when a row is available (read it with the column functions, then reset()).
    bool step();
    void reset();

    qint64 columnInt(int index) const;
    QString columnText(int index) const;
    bool columnIsNull(int index) const;
    /// The column as QSqlQuery would give it: null, qint64, double, QByteArray or QString.
    QVariant columnValue(int index) const;

    qint64 lastInsertId() const;

private:
    [[noreturn]] void fail(int rc) const;
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace AllianceDesk
