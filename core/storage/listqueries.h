#pragma once

#include "domain/listkind.h"
#include "liststore.h"

#include <QList>
#include <QString>

namespace AllianceDesk {

/**
 * The SQL of each list (ListDefinition) for SQLite: where its rows come from, the expression of each column key, how
 * each column sorts, the text its search matches, its natural order. Private to the SQLite backend: ListStore and
 * SearchStore run it, and only they and tests that compare with a full scan include it (another backend has its own).
 */
struct ListQuery
{
    /// How sorting by a column orders the rows (a fact of the column's type, checked against ListColumn by a test).
    using Order = ListStore::Order;

    struct Column
    {
        QString key;
        QString expression; ///< over the list's FROM clause
        Order order = Order::Value;
        QString sortExpression; ///< what ORDER BY uses for the column (without direction)
    };

    /// One field the list's search matches. The search index holds the folded text of the indexed ones (in this
    /// order): the list searches them through it, and scans the others.
    struct SearchField
    {
        QString expression;
        bool indexed = false;
    };

    ListKind kind;
    QString from;          ///< FROM clause (table and joins)
    QList<Column> columns; ///< column 0 is the record's id
    QList<SearchField> searchFields;
    QString defaultOrder; ///< ORDER BY when no column is sorted
    /// True for a record with a value kept as written because it could not be verified; empty: the list has none.
    QString unverified;

    const Column *column(const QString &key) const;
    const QString &idExpression() const { return columns.constFirst().expression; }
    /// The search fields the search index holds, in order.
    QStringList indexedSearchExpressions() const;
};

const ListQuery &listQuery(ListKind kind);

} // namespace AllianceDesk
