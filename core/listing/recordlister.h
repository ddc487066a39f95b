#pragma once

#include "listdefinition.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace AllianceDesk {

/**
 * Reads one list page by page, with search, filters and sorting done in SQL, so that a list of 100,000 records
 * costs one page at a time. Shared by the GUI's table models and the command line.
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

    int count() const;
    /// Rows [offset, offset + limit), each holding one value per column of the definition.
    QList<QVariantList> fetch(int offset, int limit) const;
    QList<QVariantList> fetchAll() const { return fetch(0, -1); }

private:
    QStringList searchWords() const;
    QString whereClause() const;
    void bindParameters(class SqlQuery &query) const;

    QSqlDatabase m_db;
    const ListDefinition &m_definition;
    QString m_search;
    bool m_unverifiedOnly = false;
    QList<QPair<int, QVariant>> m_filters;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace AllianceDesk
