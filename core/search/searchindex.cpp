#include "searchindex.h"

#include "storage/searchstore.h"

namespace AllianceDesk {

const QList<ListKind> &SearchIndex::kinds()
{
    // Organisations and people first: what a secretariat looks up most.
    static const QList<ListKind> result = [] {
        QList<ListKind> kinds;
        for (const ListKind kind : {ListKind::Organisations, ListKind::People, ListKind::Networks, ListKind::Programs,
                                    ListKind::SupportGroups, ListKind::Events, ListKind::Concerns}) {
            if (SearchStore::holds(kind))
                kinds << kind;
        }
        return kinds;
    }();
    return result;
}

bool SearchIndex::holds(ListKind kind)
{
    return SearchStore::holds(kind);
}

bool SearchIndex::synchronize(const QSqlDatabase &db)
{
    return SearchStore(db).synchronize();
}

int SearchIndex::catchUp(const QSqlDatabase &db, int limit)
{
    return SearchStore(db).catchUp(limit);
}

int SearchIndex::indexSome(const QSqlDatabase &db, int limit)
{
    return SearchStore(db).indexSome(limit);
}

bool SearchIndex::isCurrent(const QSqlDatabase &db)
{
    return SearchStore(db).isCurrent();
}

int SearchIndex::pending(const QSqlDatabase &db)
{
    return SearchStore(db).pending();
}

} // namespace AllianceDesk
