#include "recordlocator.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

int RecordLocator::rowOf(const QSqlDatabase &db, ListKind kind, qint64 id)
{
    const ListDefinition &definition = listDefinition(kind);
    const QString idExpression = definition.columns.at(0).expression;
    // The same order as RecordLister::fetch: the list's natural order, then the id.
    SqlQuery query(
        db, u"SELECT position FROM (SELECT %1 AS record_id, row_number() OVER (ORDER BY %2, %1) - 1 "
            "AS position FROM %3) WHERE record_id = :id"_s.arg(idExpression, definition.defaultOrder, definition.from));
    query.bind(u":id"_s, id).exec();
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace AllianceDesk
