#pragma once

#include "listing/recordlister.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace AllianceDesk {

/**
 * One list of records as a table, read through core's RecordLister: the row count is the true count from the
 * start, rows are fetched a page at a time when a view asks for them and cached, and searching and sorting
 * happen in SQL. A list of 100,000 records costs a count and the pages on screen.
 */
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;
    /// Qt::UserRole: the record's id (the list's column 0), on every cell of its row.
    static constexpr int RecordIdRole = Qt::UserRole;

    RecordTableModel(QSqlDatabase db, ListKind kind, QObject *parent = nullptr);

    ListKind kind() const { return m_lister.definition().kind; }
    const ListDefinition &definition() const { return m_lister.definition(); }
    qint64 recordId(int row) const;
    /// The row of record @p id in the list as filtered and sorted now, or -1 (not in it, or unreadable).
    int rowOf(qint64 id) const;
    /// The table column showing the definition's column @p key, or -1 when it is not shown.
    int columnOf(const QString &key) const;
    /// The key of the definition's column that table column @p column shows; empty when there is none.
    QString keyOf(int column) const;

    void setSearch(const QString &text);
    void setFilter(const QString &key, const QVariant &value);
    void clearFilters();
    /// Reads the count again and forgets the cached pages.
    void refresh();
    /// Why the list could not be read the last time it was asked (empty while it reads well).
    const QString &failure() const { return m_failure; }
    /// How many records waited to be indexed when the search was last counted: the rows may miss some of them.
    int waitingForIndex() const { return m_lister.waitingForIndex(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /**
     * The database could not be read (busy, damaged, gone): the rows that could not be read show empty cells and
     * @p message says why, in words for the user. Emitted once per failure, from the event loop (never from inside
     * data(), so a view painting the table is never interrupted); reading well again clears the failure.
     */
    void failed(const QString &message);

private:
    const QVariantList &row(int row) const;
    void reload();
    int readCount() const;
    void reportFailure(const QString &message) const;

    RecordLister m_lister;
    QList<int> m_columns; ///< definition column of each table column
    int m_count = 0;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QString m_failure;
};

} // namespace AllianceDesk
