#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace AllianceDesk {

/**
 * A prepared statement with named placeholders that reports failures as core errors: a broken rule of the schema
 * as a RuleViolation, a busy or failing database as a StorageError, both in words for the user.
 */
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    /// Binds an empty string as NULL: optional text fields are stored as NULL, never as ''.
    SqlQuery &bindText(const QString &placeholder, const QString &value);
    SqlQuery &exec();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
};

/// The user-facing text for a failed statement (shared with the places that run SQL without SqlQuery).
[[noreturn]] void throwSqlError(const QSqlError &error, const QString &sql);

} // namespace AllianceDesk
