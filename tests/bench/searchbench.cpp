// Search and big-alliance benchmark (a program, not a test): on a database of 100,000 organisations and 100,000
// people, prints the latency of the global search per keystroke over queries typed character by character, the
// list filter's latency, the time from opening the file to the first painted organisations view, and peak RSS.
//
//   searchbench [--db FILE] [--organisations N] [--people N]
//
// Without an existing FILE it first generates one (in a child process, so that its memory is not counted).

#include "generate/syntheticalliance.h"
#include "listing/recordlister.h"
#include "mainwindow.h"
#include "recordtablemodel.h"
#include "sample/samplealliance.h"
#include "search/globalsearch.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

/// Notes when the table's viewport paints with the organisations list in it.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(MainWindow &window)
        : m_window(window)
    {}
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_window.tableModel() &&
            m_window.tableModel()->kind() == ListKind::Organisations && m_window.tableModel()->rowCount() > 0)
            painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow &m_window;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

void printLatencies(const QString &what, const QList<double> &values)
{
    out << what << u": "_s << values.size() << u" searches, p50 "_s << QString::number(percentile(values, 0.5), 'f', 2)
        << u" ms, p95 "_s << QString::number(percentile(values, 0.95), 'f', 2) << u" ms, max "_s
        << QString::number(percentile(values, 1.0), 'f', 2) << u" ms"_s << Qt::endl;
}

int generate(const QString &path, int organisations, int people)
{
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    SampleAlliance::load(*database);
    QElapsedTimer timer;
    timer.start();
    SyntheticAlliance::generate(database->connection(), {organisations, people, 1});
    out << u"generated "_s << organisations << u" organisations and "_s << people << u" people in "_s << timer.elapsed()
        << u" ms"_s << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    auto option = [&arguments](const QString &name, const QString &fallback) {
        const qsizetype index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? arguments.at(index + 1) : fallback;
    };
    const QString path = option(u"--db"_s, QDir::temp().filePath(u"alliancedesk-searchbench.alliancedesk"_s));
    const int organisations = option(u"--organisations"_s, u"100000"_s).toInt();
    const int people = option(u"--people"_s, u"100000"_s).toInt();
    if (arguments.contains(u"--generate-only"_s))
        return generate(path, organisations, people);
    if (!QFileInfo::exists(path)) {
        const int rc = QProcess::execute(app.applicationFilePath(),
                                         {u"--generate-only"_s, u"--db"_s, path, u"--organisations"_s,
                                          QString::number(organisations), u"--people"_s, QString::number(people)});
        if (rc != 0)
            return rc;
    }
    out << u"database: "_s << QDir::toNativeSeparators(path) << u" ("_s << QFileInfo(path).size() / (1024 * 1024)
        << u" MB)"_s << Qt::endl;

    QElapsedTimer opening;
    opening.start();
    Database::open(path);
    out << u"Database::open alone (inspection, quick_check, migration check): "_s << opening.elapsed() << u" ms"_s
        << Qt::endl;

    // 1. From opening the file to the first painted organisations view.
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    PaintWatcher watcher(window);
    window.tableView()->viewport()->installEventFilter(&watcher);
    QElapsedTimer timer;
    timer.start();
    if (!window.openDatabase(path))
        return 3;
    window.showList(ListKind::Organisations);
    while (!watcher.painted && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 firstPaint = timer.elapsed();
    out << u"open to first painted organisations view: "_s << firstPaint << u" ms ("_s
        << window.tableModel()->rowCount() << u" rows)"_s << Qt::endl;

    // 2. Global search per keystroke, on the window's own connection.
    const QSqlDatabase db = window.document()->connection();
    const QStringList queries = {
        u"мария иванова"_s, u"Müller"_s,   u"muller"_s,          u"jose garcia"_s, u"عائشہ خان"_s, u"لاہور"_s,
        u"प्रिया शर्मा"_s,    u"वाराणसी"_s,  u"ნინო ბერიძე"_s,     u"თბილისი"_s,     u"sao paulo"_s, u"düsseldorf"_s,
        u"example.net"_s,   u"info@lef"_s, u"lahore equality"_s, u"khan"_s,        u"kazan"_s,     u"rozan"_s,
        u"istanbul"_s,      u"fundação"_s, u"santé"_s,           u"zq"_s,          u"qxzv"_s,      u"shirakat"_s,
    };
    QList<double> keystrokes;
    QList<double> shortKeystrokes;
    const GlobalSearch search(db);
    int found = 0;
    for (const QString &query : queries) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            const QString typed = query.left(length);
            if (typed.endsWith(u' '))
                continue;
            QElapsedTimer keystroke;
            keystroke.start();
            const QList<SearchGroup> groups = search.search(typed, 6);
            const double ms = static_cast<double>(keystroke.nsecsElapsed()) / 1e6;
            keystrokes << ms;
            if (ms > 10)
                out << u"  slow keystroke: “"_s << typed << u"” "_s << QString::number(ms, 'f', 1) << u" ms"_s
                    << Qt::endl;
            if (typed.trimmed().size() <= 2)
                shortKeystrokes << ms;
            found += static_cast<int>(groups.size());
        }
    }
    printLatencies(u"global search per keystroke"_s, keystrokes);
    printLatencies(u"  of which 1-2 character queries"_s, shortKeystrokes);

    // 3. The list filter (count and first page of the organisations list) for queries of 3+ characters.
    QList<double> filters;
    for (const QString &query : queries) {
        for (qsizetype length = 3; length <= query.size(); ++length) {
            QElapsedTimer filter;
            filter.start();
            RecordLister lister(db, ListKind::Organisations);
            lister.setSearch(query.left(length));
            lister.count();
            lister.fetch(0, 200);
            filters << static_cast<double>(filter.nsecsElapsed()) / 1e6;
        }
    }
    printLatencies(u"organisations list filter, 3+ characters (count + first page)"_s, filters);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << u"peak RSS: "_s << usage.ru_maxrss / 1024 << u" MB"_s << Qt::endl;
    out << u"targets: p95 <= 10 ms, first paint <= 300 ms, RSS <= 150 MB"_s << Qt::endl;
    return found > 0 ? 0 : 1;
}
