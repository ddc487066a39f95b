// The cost of ordering lists as people of the locale expect (the ad_locale collation) on a big alliance, against
// SQLite's NOCASE order measured in the same run: the first page of the organisations list, a page in its middle,
// and finding where a record is in the list. Uses searchbench's database (run searchbench first, or pass --db).
#include "listing/recordlister.h"
#include "storage/database.h"
#include "storage/sqlfunctions.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

QTextStream out(stdout);

/// The median of @p runs timings of @p work, in milliseconds.
template<typename Work>
double median(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

double query(const QSqlDatabase &db, const QString &sql)
{
    return median(5, [&] {
        SqlQuery query(db, sql);
        query.exec();
        while (query.next()) {
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(u"--db"_s);
    const QString path = at > 0 && at + 1 < arguments.size()
                             ? arguments.at(at + 1)
                             : QDir::temp().filePath(u"alliancedesk-searchbench.alliancedesk"_s);
    if (!QFileInfo::exists(path)) {
        out << "No database at " << path << ": run searchbench first, or pass --db FILE." << Qt::endl;
        return 1;
    }
    const std::unique_ptr<Database> database = Database::open(path);
    const QSqlDatabase db = database->connection();
    out << "sort locale: " << sortLocale().name() << Qt::endl;

    RecordLister lister(db, ListKind::Organisations);
    const int rows = lister.count();
    out << "organisations: " << rows << Qt::endl;
    const double firstPage = median(5, [&] { lister.fetch(0, 200); });
    const double middlePage = median(5, [&] { lister.fetch(rows / 2, 200); });
    const qint64 lastId = lister.fetch(rows - 1, 1).value(0).value(0).toLongLong();
    const double rowOf = median(5, [&] { lister.rowOf(lastId); });

    const QString select = u"SELECT id, name FROM organisations ORDER BY %1, id LIMIT 200 OFFSET %2"_s;
    const double nocaseFirst = query(db, select.arg(u"name COLLATE NOCASE"_s).arg(0));
    const double localeFirst = query(db, select.arg(collated(u"name"_s)).arg(0));
    const double nocaseMiddle = query(db, select.arg(u"name COLLATE NOCASE"_s).arg(rows / 2));
    const double localeMiddle = query(db, select.arg(collated(u"name"_s)).arg(rows / 2));

    out << Qt::fixed << qSetRealNumberPrecision(1);
    out << "list, first page of 200: " << firstPage << " ms" << Qt::endl;
    out << "list, page of 200 in the middle: " << middlePage << " ms" << Qt::endl;
    out << "list, where the last record is (rowOf): " << rowOf << " ms" << Qt::endl;
    out << "query, first page: locale " << localeFirst << " ms, NOCASE " << nocaseFirst << " ms, ratio "
        << localeFirst / nocaseFirst << Qt::endl;
    out << "query, middle page: locale " << localeMiddle << " ms, NOCASE " << nocaseMiddle << " ms, ratio "
        << localeMiddle / nocaseMiddle << Qt::endl;
    return 0;
}
