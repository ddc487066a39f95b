#include "recordidstore.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QList<qint64> RecordIdStore::ids(const QSqlDatabase &db, RecordKind kind)
{
    // The table comes from the catalogue, never from input.
    SqlQuery query(db, u"SELECT id FROM %1 ORDER BY id"_s.arg(Catalogue::entity(kind).table));
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool RecordIdStore::any(const QSqlDatabase &db, RecordKind kind)
{
    SqlQuery query(db, u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(Catalogue::entity(kind).table));
    query.exec();
    return query.next() && query.value(0).toBool();
}

} // namespace AllianceDesk
