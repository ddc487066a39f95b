#include "changefeed.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

ChangeFeed::ChangeFeed(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 ChangeFeed::dataVersion() const
{
    SqlQuery query(m_db, u"PRAGMA data_version"_s);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ChangeFeed::latestAuditId() const
{
    SqlQuery query(m_db, u"SELECT coalesce(max(id), 0) FROM audit_log"_s);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<QList<ChangedRow>> ChangeFeed::auditedSince(qint64 afterId, int limit) const
{
    SqlQuery query(m_db,
                   u"SELECT entity, entity_id, action FROM audit_log WHERE id > :after ORDER BY id LIMIT :limit"_s);
    query.bind(u":after"_s, afterId).bind(u":limit"_s, limit + 1).exec();
    QList<ChangedRow> rows;
    while (query.next()) {
        if (rows.size() == limit)
            return std::nullopt;
        const QString action = query.value(2).toString();
        const ChangedRow::Operation operation = action == u"create"_s   ? ChangedRow::Operation::Insert
                                                : action == u"delete"_s ? ChangedRow::Operation::Delete
                                                                        : ChangedRow::Operation::Update;
        rows << ChangedRow{query.value(0).toString(), operation, query.value(1).toLongLong()};
    }
    return rows;
}

} // namespace AllianceDesk
