#include "listdependencies.h"

#include "domain/catalogue.h"
#include "listqueries.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// Every table a list may read, with the tables behind the views among them.
QHash<QString, QStringList> readableTables()
{
    QHash<QString, QStringList> tables;
    for (const EntityDescription &entity : Catalogue::entities()) {
        tables.insert(entity.table, {entity.table});
        for (const SetDescription &set : entity.sets)
            tables.insert(set.table, {set.table});
    }
    tables.insert(u"membership_current"_s, {u"memberships"_s, u"membership_status_changes"_s});
    return tables;
}

QStringList computeTablesRead(ListKind kind)
{
    const ListQuery &query = listQuery(kind);
    QStringList sql{query.from, query.defaultOrder, query.unverified};
    for (const ListQuery::SearchField &field : query.searchFields)
        sql << field.expression;
    for (const ListQuery::Column &column : query.columns)
        sql << column.expression << column.sortExpression;
    const QString text = sql.join(u' ');
    QStringList result;
    const QHash<QString, QStringList> tables = readableTables();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (text.contains(QRegularExpression(u"\\b%1\\b"_s.arg(it.key()))))
            result << it.value();
    }
    result.removeDuplicates();
    result.sort();
    return result;
}

} // namespace

QStringList tablesReadBy(ListKind kind)
{
    static const QHash<ListKind, QStringList> cache = [] {
        QHash<ListKind, QStringList> all;
        for (ListKind each : allListKinds())
            all.insert(each, computeTablesRead(each));
        return all;
    }();
    return cache.value(kind);
}

bool listShowsChange(ListKind kind, const DataChange &change)
{
    return change.touchesAny(tablesReadBy(kind));
}

} // namespace AllianceDesk
