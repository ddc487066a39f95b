#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace AllianceDesk {

/// Records that depend on one about to be deleted, of one kind.
struct Dependents
{
    QString table;  ///< e.g. "memberships"
    QString column; ///< the column that refers to the record
    int count = 0;
    bool deleted = false;  ///< deleted with the record; otherwise the reference is cleared (or blocks the delete)
    QString label() const; ///< "3 memberships" in words for the user
};

/**
 * Deletes a record without ever cascading silently: dependents() tells what relies on it (found from the schema's
 * own foreign keys, so a new table is never missed), and remove() deletes it only when nothing depends on it or
 * the user chose to delete the dependents too.
 */
class RecordRemover
{
public:
    enum class Policy
    {
        RefuseIfDependents,
        DeleteDependents,
    };

    explicit RecordRemover(QSqlDatabase db);

    /// Everything that relies on the record, also indirectly (a program's groups and their meetings), by kind.
    QList<Dependents> dependents(const QString &table, qint64 id) const;
    /// Deletes row @p id of @p table; @p record names it in messages and in the audit trail.
    void remove(const QString &table, qint64 id, const QString &record, Policy policy);

private:
    void collectDependents(const QString &table, qint64 id, QList<Dependents> &result, int depth) const;
    void removeRecursively(const QString &table, qint64 id, int depth);
    QSqlDatabase m_db;
};

} // namespace AllianceDesk
