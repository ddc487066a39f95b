#pragma once

#include "domain/listkind.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace AllianceDesk {

/// What a list shows now: its search, filters and sort, by column key.
struct ListRequest
{
    QStringList searchWords; ///< folded (foldForSearch); a row matches when every word is in one of its search fields
    bool unverifiedOnly = false; ///< only records with a value kept as written because it could not be verified
    QList<QPair<QString, QVariant>> filters; ///< the column with the key equals the value
    QString sortKey;                         ///< the column sorted by; empty: the list's natural order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    /// A search brings the search index up to date first when at most this many records wait (any number when
    /// negative); with a longer queue it answers from the index as it is.
    int catchUpLimit = -1;
};

/**
 * Reads the rows of one list as a request asks, page by page, in the database: what RecordLister runs. The rows of the
 * same request come in one order (the id breaks ties), so that pages never overlap or skip rows.
 */
class ListStore
{
public:
    /// How sorting by a column orders the rows.
    enum class Order
    {
        Value,       ///< by the stored value (numbers, dates, codes, ids)
        Text,        ///< text, in the locale's order
        SortKey,     ///< a name, by its stored sort key (the locale's order)
        CountryName, ///< a country code, by the country's name in the locale's order
    };

    ListStore(QSqlDatabase db, ListKind kind);

    int count(const ListRequest &request) const;
    /// Rows [offset, offset + limit) (all from @p offset when @p limit is negative), each with the values of the
    /// columns @p columnKeys in that order.
    QList<QVariantList> page(const ListRequest &request, const QStringList &columnKeys, int offset, int limit) const;
    /// Where record @p id is in the list as the request has it (0-based), or -1 when it is not in it.
    int rowOf(const ListRequest &request, qint64 id) const;
    /// How many records waited to be indexed at the last call that searched through the index (0: none).
    int waitingForIndex() const { return m_waiting; }

    /// The column keys the list can read, in the storage's order (the first is the record's id).
    static QStringList columnKeys(ListKind kind);
    /// How sorting list @p kind by column @p key orders it; throws StorageError for a key the list does not have.
    static Order order(ListKind kind, const QString &key);

private:
    struct Plan;
    Plan plan(const ListRequest &request) const;

    QSqlDatabase m_db;
    ListKind m_kind;
    mutable int m_waiting = 0;
};

} // namespace AllianceDesk
