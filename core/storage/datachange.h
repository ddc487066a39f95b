#pragma once

#include "changeset.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace AllianceDesk {

/**
 * What a change to the data touched, so that a view reads again only what it shows: the rows of each table that
 * were created, changed or deleted — or "everything", when that is not known (another program wrote the file, a whole
 * import was undone, a backup was restored).
 */
class DataChange
{
public:
    /// Nothing changed.
    DataChange() = default;

    static DataChange everything();
    /// The rows a changeset (an edit, its undo or redo) touched.
    static DataChange fromRows(const QList<ChangedRow> &rows);

    bool isEverything() const { return m_everything; }
    bool isEmpty() const { return !m_everything && m_tables.isEmpty(); }

    /// Whether rows of @p table changed (always true for everything).
    bool touches(const QString &table) const;
    bool touchesAny(const QStringList &tables) const;
    /// Whether row @p id of @p table changed.
    bool touches(const QString &table, qint64 id) const;
    /// Whether a row of @p table was created or deleted (a count or a tree may change).
    bool addsOrRemoves(const QString &table) const;
    /// Whether rows were created or deleted in any table.
    bool addsOrRemovesAny() const;
    /// The ids of the changed rows of @p table (empty for everything).
    QSet<qint64> ids(const QString &table) const;
    QStringList tables() const;

    void add(const QString &table, qint64 id, ChangedRow::Operation operation);
    DataChange &operator+=(const DataChange &other);

private:
    struct TableChange
    {
        QSet<qint64> ids;
        bool addsOrRemoves = false;
    };
    QHash<QString, TableChange> m_tables;
    bool m_everything = false;
};

} // namespace AllianceDesk

Q_DECLARE_METATYPE(AllianceDesk::DataChange)
