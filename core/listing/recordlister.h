#pragma once

#include "listdefinition.h"

#include "storage/liststore.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace AllianceDesk {

/**
 * Reads one list page by page, with search, filters and sorting done by the database (ListStore), so that a list of
 * 100,000 records costs one page at a time. Shared by the GUI's table models and the command line.
 */
class RecordLister
{
public:
    RecordLister(QSqlDatabase db, ListKind kind);

    const ListDefinition &definition() const { return m_definition; }

    /// Unicode case- and diacritic-insensitive substring search over the list's search columns. The word
    /// "is:unverified" (ContactValues::unverifiedFilterWord()) keeps the records with a value kept as written because
    /// it could not be verified.
    void setSearch(const QString &text);
    /// Keeps only the rows whose column @p key equals @p value (e.g. "network_id").
    void setFilter(const QString &key, const QVariant &value);
    void clearFilters();
    /// Sorts by column @p column (-1: the list's natural order).
    void setSort(int column, Qt::SortOrder order);
    /**
     * A search brings the search index up to date first when at most @p limit records wait to be indexed (any
     * number when negative, the default: the command line). With a longer queue (a large import), the GUI's
     * background indexer does the catch-up and the search answers from the index as it is meanwhile.
     */
    void setCatchUpLimit(int limit) { m_request.catchUpLimit = limit; }
    /// How many records waited to be indexed at the last count or fetch that searched the index (0: none).
    int waitingForIndex() const { return m_store.waitingForIndex(); }

    int count() const;
    /// Rows [offset, offset + limit), each holding one value per column of the definition.
    QList<QVariantList> fetch(int offset, int limit) const;
    QList<QVariantList> fetchAll() const { return fetch(0, -1); }
    /// Where record @p id is in the list as filtered and sorted now (0-based), or -1 when it is not in it.
    int rowOf(qint64 id) const;

private:
    const ListDefinition &m_definition;
    ListStore m_store;
    ListRequest m_request;
    QStringList m_columnKeys;
};

} // namespace AllianceDesk
