// Two programs writing one file: the window and the command line, or two imports. Every row of every write must
// land, the file must stay sound, and each program must say what happened to its own work.

#include "scratchmount.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

QString writeMemberList(const QString &dir, const QString &prefix, int rows)
{
    const QString path = QDir(dir).filePath(prefix + u".csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("name,country,city\n");
    for (int i = 0; i < rows; ++i)
        file.write(u"%1 %2,PK,Peshawar\n"_s.arg(prefix).arg(i, 6, 10, QLatin1Char('0')).toUtf8());
    return path;
}

QStringList importArguments(const QString &db, const QString &csv)
{
    return {u"--db"_s, db, u"import"_s, u"organisations"_s, csv, u"--format"_s, u"json"_s};
}

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
};

Finished finish(QProcess &process)
{
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Finished runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    return finish(process);
}

/// The names of the organisations whose name starts with @p prefix, read by a fresh connection.
QSet<QString> namesStartingWith(const QSqlDatabase &db, const QString &prefix)
{
    SqlQuery query(db, u"SELECT name FROM organisations WHERE substr(name, 1, :length) = :prefix"_s);
    query.bind(u":length"_s, prefix.size()).bind(u":prefix"_s, prefix).exec();
    QSet<QString> names;
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

QSet<QString> expectedNames(const QString &prefix, int rows)
{
    QSet<QString> names;
    for (int i = 0; i < rows; ++i)
        names.insert(u"%1 %2"_s.arg(prefix).arg(i, 6, 10, QLatin1Char('0')));
    return names;
}

QString integrity(const QSqlDatabase &db)
{
    SqlQuery query(db, u"PRAGMA integrity_check"_s);
    query.exec();
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(u"; "_s);
}

/// Each batch of the file: its source file name and the count it created.
QMap<QString, int> batches(const QSqlDatabase &db)
{
    SqlQuery query(db, u"SELECT file_name, created FROM import_batches"_s);
    query.exec();
    QMap<QString, int> result;
    while (query.next())
        result.insert(QFileInfo(query.value(0).toString()).fileName(), query.value(1).toInt());
    return result;
}

} // namespace

TEST_CASE("Two imports started together into one file both land whole, and the file stays sound",
          "[reliability][concurrency]")
{
    constexpr int trials = 4;
    constexpr int rows = 20000;
    for (int trial = 0; trial < trials; ++trial) {
        INFO("trial " << trial);
        Test::TestDatabase test(true);
        const QString alpha = writeMemberList(test.dir(), u"Alpha"_s, rows);
        const QString beta = writeMemberList(test.dir(), u"Beta"_s, rows);
        // The test's own connection is closed: the two importers race from a file nobody holds, as from a shell.
        const QString path = test.path();
        test.reopen();
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), importArguments(path, alpha));
        second.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), importArguments(path, beta));
        REQUIRE(first.waitForStarted());
        REQUIRE(second.waitForStarted());
        const Finished a = finish(first);
        const Finished b = finish(second);
        INFO(a.err.toStdString() << b.err.toStdString());
        // The second waits for the first's transaction (busy timeout); neither may report what did not happen.
        CHECK(a.exitCode == 0);
        CHECK(b.exitCode == 0);
        CHECK(a.out.contains(u"\"created\": %1"_s.arg(rows)));
        CHECK(b.out.contains(u"\"created\": %1"_s.arg(rows)));

        test.reopen();
        CHECK(integrity(test.connection()) == u"ok"_s);
        CHECK(namesStartingWith(test.connection(), u"Alpha "_s) == expectedNames(u"Alpha"_s, rows));
        CHECK(namesStartingWith(test.connection(), u"Beta "_s) == expectedNames(u"Beta"_s, rows));
        const QMap<QString, int> recorded = batches(test.connection());
        CHECK(recorded.value(u"Alpha.csv"_s) == rows);
        CHECK(recorded.value(u"Beta.csv"_s) == rows);
        CHECK(recorded.size() == 2);
        const Finished check = runCli({u"--db"_s, path, u"check"_s});
        INFO(check.out.toStdString());
        CHECK(check.exitCode == 0);
    }
}

TEST_CASE("An import queues behind another program's long write instead of failing after the busy timeout",
          "[reliability][concurrency]")
{
    Test::TestDatabase test(true);
    const QString path = test.path();
    const QString members = writeMemberList(test.dir(), u"Gamma"_s, 200);
    // Another program holds the write lock for longer than the connections' usual busy timeout (5 s).
    QSqlQuery hold(test.connection());
    REQUIRE(hold.exec(u"BEGIN IMMEDIATE"_s));
    QProcess import;
    import.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), importArguments(path, members));
    REQUIRE(import.waitForStarted());
    QElapsedTimer held;
    held.start();
    while (held.elapsed() < 6500)
        import.waitForFinished(100);
    CHECK(import.state() == QProcess::Running); // still waiting, not failed
    REQUIRE(hold.exec(u"COMMIT"_s));
    const Finished result = finish(import);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(u"\"created\": 200"_s));
    CHECK(namesStartingWith(test.connection(), u"Gamma "_s) == expectedNames(u"Gamma"_s, 200));
}

TEST_CASE("A program that opened the file twice keeps its locks: another program's commands never pull the log from "
          "under it",
          "[reliability][concurrency]")
{
    Test::TestDatabase test(true);
    const QString path = test.path();
    const QString csv = writeMemberList(test.dir(), u"Gamma"_s, 5000);
    constexpr int ownEdits = 150;
    {
        // As the window does when the import wizard opens its own connection on a worker and closes it again.
        std::unique_ptr<Database> window = Database::open(path);
        Database::open(path).reset();
        OrganisationRepository repository(window->connection());
        Organisation first;
        first.name = u"Window edit before"_s;
        first.country = u"PK"_s;
        repository.add(first);
        REQUIRE(QFileInfo::exists(path + u"-wal"_s));

        // The next command of another program must see that it is not the last one on the file.
        const Finished stats = runCli({u"--db"_s, path, u"stats"_s});
        CHECK(stats.exitCode == 0);
        CHECK(QFileInfo::exists(path + u"-wal"_s));
        CHECK(QFileInfo::exists(path + u"-shm"_s));

        // An import runs beside the window's own edits, which wait for it or it for them.
        QProcess import;
        import.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), importArguments(path, csv));
        REQUIRE(import.waitForStarted());
        for (int i = 0; i < ownEdits; ++i) {
            Organisation organisation;
            organisation.name = u"Window edit %1"_s.arg(i, 6, 10, QLatin1Char('0'));
            organisation.country = u"PK"_s;
            repository.add(organisation);
        }
        const Finished imported = finish(import);
        INFO(imported.err.toStdString());
        CHECK(imported.exitCode == 0);
        CHECK(integrity(window->connection()) == u"ok"_s);
    }
    test.reopen();
    CHECK(integrity(test.connection()) == u"ok"_s);
    CHECK(namesStartingWith(test.connection(), u"Gamma "_s) == expectedNames(u"Gamma"_s, 5000));
    QSet<QString> own = expectedNames(u"Window edit"_s, ownEdits);
    own.insert(u"Window edit before"_s);
    CHECK(namesStartingWith(test.connection(), u"Window edit"_s) == own);
    CHECK(runCli({u"--db"_s, path, u"check"_s}).exitCode == 0);
}

TEST_CASE("A database on a read-only medium is read, and a change says why it cannot be saved",
          "[reliability][readonly]")
{
    Test::ScratchMount medium(u"size=32m"_s);
    if (!medium.mounted()) {
        WARN("tmpfs cannot be mounted here (not root?): the read-only medium is not tried");
        return;
    }
    const QString path = medium.filePath(u"alliance.alliancedesk"_s);
    REQUIRE(runCli({u"--db"_s, path, u"init"_s, u"--sample"_s}).exitCode == 0);
    REQUIRE(medium.remount(u"ro"_s));
    const QByteArray before = Test::fileBytes(path);
    {
        const auto database = Database::open(path);
        CHECK(database->isReadOnly());
        REQUIRE(database->notices().size() == 1);
        CHECK(database->notices().first().contains(u"open read-only (its disk or medium is read-only)"_s));
        CHECK(OrganisationRepository(database->connection()).findByName(u"ROZAN"_s).has_value());
        Organisation organisation;
        organisation.name = u"Not saved"_s;
        try {
            OrganisationRepository(database->connection()).add(organisation);
            FAIL("a change was saved on a read-only medium");
        } catch (const StorageError &error) {
            CHECK(error.message().contains(u"the database is open read-only"_s));
        }
    }
    const Finished list = runCli({u"--db"_s, path, u"list"_s, u"organisations"_s, u"--search"_s, u"rozan"_s});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"ROZAN"_s));
    CHECK(list.err.contains(u"open read-only"_s));
    const QString csv = writeMemberList(QDir::tempPath(), u"ReadOnlyTry"_s, 3);
    const Finished import = runCli({u"--db"_s, path, u"import"_s, u"organisations"_s, csv});
    QFile::remove(csv);
    CHECK(import.exitCode == 3);
    CHECK(import.err.contains(u"nothing can be changed in it"_s));
    CHECK(runCli({u"--db"_s, path, u"check"_s}).exitCode == 0);
    CHECK(Test::fileBytes(path) == before);
}
