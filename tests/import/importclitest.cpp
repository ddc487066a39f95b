#include "storage/database.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString write(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("import exit codes: 0 imported, 1 usage, 2 rows rejected, 3 unreadable file", "[import][cli]")
{
    Test::TestDatabase test(true);
    const QString db = test.path();
    const QString good = write(test.dir(), u"good.csv"_s, "name,country\nAlpha Org,PK\n");
    Run run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, good, u"--format"_s, u"json"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"\"created\": 1"_s));
    CHECK(run.out.contains(u"\"batch\": 1"_s));

    run = cli({u"--db"_s, db, u"import"_s, u"things"_s, good});
    CHECK(run.exitCode == 1);
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, good, u"--delimiter"_s, u"colon"_s});
    CHECK(run.exitCode == 1);
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, good, u"--status"_s, u"applicant"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"give --network too"_s));
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, good, u"--network"_s, u"FEM"_s, u"--role"_s, u"boss"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"“boss” is not a membership role: use member, steering_committee"_s));
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, good, u"--network"_s, u"FEM"_s, u"--joined"_s,
               u"15/01/2026"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"--joined takes a date as YYYY-MM-DD"_s));
    const QString applicants = write(test.dir(), u"applicants.csv"_s, "name,country\nQuokka Forum,IN\n");
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, applicants, u"--network"_s, u"FEM"_s, u"--status"_s,
               u"applicant"_s, u"--joined"_s, u"2026-01-15"_s});
    CHECK(run.exitCode == 0);
    run = cli({u"--db"_s, db, u"list"_s, u"memberships"_s, u"--format"_s, u"csv"_s, u"--search"_s, u"Quokka"_s});
    CHECK(run.out.contains(u"Quokka Forum"_s));
    CHECK(run.out.contains(u"applicant"_s, Qt::CaseInsensitive));
    CHECK(run.out.contains(u"2026-01-15"_s));

    const QString errors = QDir(test.dir()).filePath(u"errors.csv"_s);
    const QString mixed = write(test.dir(), u"mixed.csv"_s, "name,country,email\nBeta Org,PK,bad\nGamma Org,IN,\n");
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, mixed, u"--errors"_s, errors});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"line 2, column 3"_s));
    QFile errorFile(errors);
    REQUIRE(errorFile.open(QIODevice::ReadOnly));
    const QString errorText = QString::fromUtf8(errorFile.readAll());
    CHECK(errorText.contains(u"reason"_s));
    CHECK(errorText.contains(u"Beta Org"_s));

    const QString broken = write(test.dir(), u"broken.csv"_s, "name,country\n\"Delta,PK\n");
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, broken});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"broken.csv, line 2"_s));

    run = cli({u"--db"_s, db, u"imports"_s});
    CHECK(run.out.contains(u"good.csv"_s));
    run = cli({u"--db"_s, db, u"undo-import"_s, u"1"_s});
    CHECK(run.exitCode == 0);
    run = cli({u"--db"_s, db, u"undo-import"_s, u"1"_s});
    CHECK(run.exitCode == 2);
    run = cli({u"--db"_s, db, u"check"_s});
    CHECK(run.exitCode == 0);
}

TEST_CASE("An importer killed mid-run leaves the database as it was", "[import][cli][kill]")
{
    Test::TestDatabase test(true);
    const QString before = Test::dumpDatabase(test.connection());
    QByteArray bytes = "name,country,notes\n";
    for (int i = 0; i < 60000; ++i)
        bytes += "\"Организация " + QByteArray::number(i) + "\",PK,\"note\nline\"\n";
    const QString path = write(test.dir(), u"big.csv"_s, bytes);
    QProcess process;
    process.start(QStringLiteral(ALLIANCEDESK_CLI_PATH),
                  {u"--db"_s, test.path(), u"import"_s, u"organisations"_s, path});
    REQUIRE(process.waitForStarted());
    QThread::msleep(400);
    process.kill();
    process.waitForFinished();
    test.reopen();
    const QString after = Test::dumpDatabase(test.connection());
    const bool untouched = after == before;
    SqlQuery batches(test.connection(), u"SELECT created FROM import_batches"_s);
    batches.exec();
    const bool whole = batches.next() && batches.value(0).toInt() == 60000;
    CHECK((untouched || whole));
    CHECK(cli({u"--db"_s, test.path(), u"check"_s}).exitCode == 0);
}
