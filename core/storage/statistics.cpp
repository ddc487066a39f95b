#include "statistics.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QList<QPair<QString, qint64>> recordCounts(const QSqlDatabase &db)
{
    static const char *const tables[] = {
        "networks",           "secretariat_terms", "organisations",  "memberships", "people",       "affiliations",
        "programs",           "reach_reports",     "support_groups", "meetings",    "participants", "events",
        "event_participants", "concerns",
    };
    QList<QPair<QString, qint64>> counts;
    for (const char *table : tables) {
        // Table names come from the list above, never from input.
        SqlQuery query(db, u"SELECT count(*) FROM %1"_s.arg(QLatin1StringView(table)));
        query.exec();
        counts << qMakePair(QString::fromLatin1(table), query.next() ? query.value(0).toLongLong() : 0);
    }
    return counts;
}

} // namespace AllianceDesk
