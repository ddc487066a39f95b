#include "storage/database.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringEncoder>
#include <QThread>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
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

TEST_CASE("import says how it read the file and what it needs, in words", "[import][cli]")
{
    Test::TestDatabase test(true);
    const QString db = test.path();
    const QString civicrm = write(test.dir(), u"civicrm.csv"_s,
                                  "\"Contact ID\",\"Organization Name\",\"Country\",\"Postal Code\"\n"
                                  "101,\"Quokka Forum\",Pakistan,44000\n");
    // The network is found whatever the case; the mapping is printed, columns left out included.
    Run run = cli(
        {u"--db"_s, db, u"import"_s, u"organisations"_s, civicrm, u"--network"_s, u"menengage alliance pakistan"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"1 row, 1 created"_s));
    CHECK(run.out.contains(u"Columns: Contact ID → (left out), Organization Name → name, Country → country, "
                           "Postal Code → (left out)."_s));
    CHECK(run.out.contains(u"1 became members of menengage alliance pakistan."_s));

    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, civicrm, u"--on-duplicate"_s, u"update"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"0 created, 0 updated, 1 already up to date, 0 skipped, 0 rejected."_s));
    CHECK(run.out.contains(u"it changed nothing, so there is nothing to undo."_s));
    // Usage errors: exit 1 and one sentence that says what to do.
    const auto usageError = [&](const QString &kind, const QStringList &options) {
        const Run refused = cli(QStringList{u"--db"_s, db, u"import"_s, kind, civicrm} + options);
        CHECK(refused.exitCode == 1);
        return refused.err;
    };
    CHECK(usageError(u"people"_s, {u"--network"_s, u"MenEngage Alliance Pakistan"_s})
              .contains(u"it does not apply to people"_s));
    CHECK(usageError(u"organisations"_s, {u"--network"_s, u"Atlantis Network"_s})
              .contains(u"There is no network called “Atlantis Network”"_s));
    CHECK(usageError(u"organisations"_s, {u"--map"_s, u"Postal Code=postcode"_s})
              .contains(u"“postcode” is not a field of organisations; use one of: name, "_s));
    CHECK(usageError(u"organisations"_s, {u"--map"_s, u"Zip=ignore"_s})
              .contains(u"“Zip” is not a column of civicrm.csv"_s));

    // A file with no name column is refused once, with the way out, not row by row.
    QByteArray many = "Org Name (English),Country\n";
    for (int i = 0; i < 500; ++i)
        many += "Org " + QByteArray::number(i) + ",PK\n";
    const QString noName = write(test.dir(), u"noname.csv"_s, many);
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, noName});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"No column of noname.csv gives the name: name one with --map, for example --map "
                           "\"Org Name (English)=name\""_s));
    CHECK_FALSE(run.err.contains(u"line 2"_s)); // no rejection per row
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, noName, u"--map"_s, u"Org Name (English)=NAME"_s});
    CHECK(run.exitCode == 0); // field codes in any case

    // What cannot be opened exits 3, a missing file as a directory; a workbook is named as one.
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, QDir(test.dir()).filePath(u"missing.csv"_s)});
    CHECK(run.exitCode == 3);
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, test.dir()});
    CHECK(run.exitCode == 3);
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, test.dir(), u"--format"_s, u"json"_s});
    CHECK(run.exitCode == 3);
    const QJsonObject failure = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(failure.value(u"exit_code"_s).toInt() == 3);
    CHECK(failure.value(u"error"_s).toString().contains(u"it is a folder"_s));
    // A named pipe would make the import wait for a writer forever: refused at once, for what it is.
    const QString fifo = QDir(test.dir()).filePath(u"members-fifo.csv"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, fifo});
    CHECK(timer.elapsed() < 30000);
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"members-fifo.csv is not an ordinary file (a pipe or a device)"_s));
    const QString workbook = write(test.dir(), u"members.xlsx"_s, QByteArray("PK\x03\x04\x14\x00\x06\x00", 8));
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, workbook});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"members.xlsx is a spreadsheet workbook"_s));
    CHECK(run.err.contains(u"save it as “CSV UTF-8”"_s));

    // Without USER, LOGNAME or USERNAME the batch is still recorded under the system's account name.
    QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : {u"USER"_s, u"LOGNAME"_s, u"USERNAME"_s})
        bare.remove(variable);
    const QString other = write(test.dir(), u"other.csv"_s, "name,country\nNumbat Men,IN\n");
    CHECK(cli({u"--db"_s, db, u"import"_s, u"organisations"_s, other}, bare).exitCode == 0);
    run = cli({u"--db"_s, db, u"imports"_s, u"--format"_s, u"json"_s});
    CHECK_FALSE(run.out.contains(u"\"unknown\""_s));
}

TEST_CASE("An importer killed mid-run leaves the database as it was", "[import][cli][kill]")
{
    Test::TestDatabase test(true);
    const QString before = Test::dumpDatabase(test.connection());
    QByteArray bytes = "name,country,notes\n";
    for (int i = 0; i < 60000; ++i)
        bytes += "\"Организация " + QByteArray::number(i) + "\",PK,\"note\nline\"\n";
    const QString path = write(test.dir(), u"big.csv"_s, bytes);
    // The test's connection lets go of the file, so that the log the import writes is the importer's alone.
    const QString db = test.path();
    test.reopen();
    const QFileInfo wal(db + u"-wal"_s);
    const qint64 walBefore = wal.exists() ? wal.size() : 0;
    QProcess process;
    process.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), {u"--db"_s, db, u"import"_s, u"organisations"_s, path});
    REQUIRE(process.waitForStarted());
    // The kill is sent once the import's transaction has spilled pages into the write-ahead log: inside the write.
    bool landed = false;
    while (process.state() == QProcess::Running) {
        if (QFileInfo(db + u"-wal"_s).size() > walBefore + 1024 * 1024) {
            process.kill();
            landed = true;
            break;
        }
        QThread::msleep(2);
    }
    process.waitForFinished();
    REQUIRE(landed);
    test.reopen();
    const QString after = Test::dumpDatabase(test.connection());
    // Killed inside its transaction, the import left nothing: not a row, not a batch.
    CHECK(after == before);
    CHECK(cli({u"--db"_s, test.path(), u"check"_s}).exitCode == 0);
}

TEST_CASE("import reads a file pasted together from UTF-8 and Windows-1252 lines line by line, and says so",
          "[import][cli][encoding]")
{
    Test::TestDatabase test(true);
    const QString db = test.path();
    QStringEncoder cp1252("windows-1252");
    const QString early =
        write(test.dir(), u"early.csv"_s,
              "name,country\n" + QByteArray(cp1252.encode(u"Zoë Égalité,FR\n"_s)) + u"Иван,RU\n"_s.toUtf8());
    Run run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, early});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"early.csv (UTF-8 and windows-1252, comma): 2 rows, 2 created"_s));
    CHECK(run.out.contains(u"Line 2 is not UTF-8 text: it was read as windows-1252, the other lines as UTF-8.\n"_s));
    run = cli({u"--db"_s, db, u"list"_s, u"organisations"_s, u"--format"_s, u"csv"_s, u"--search"_s, u"Égalité"_s});
    CHECK(run.out.contains(u"Zoë Égalité"_s));
    run = cli({u"--db"_s, db, u"list"_s, u"organisations"_s, u"--format"_s, u"csv"_s, u"--search"_s, u"Иван"_s});
    CHECK(run.out.contains(u"Иван"_s));
    CHECK_FALSE(run.out.contains(u"Ð"_s));

    const QString late =
        write(test.dir(), u"late.csv"_s,
              u"name,country\nОльга,RU\n"_s.toUtf8() + QByteArray(cp1252.encode(u"Café Crème,FR\n"_s)));
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, late, u"--format"_s, u"json"_s});
    CHECK(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(u"created"_s).toInt() == 2);
    CHECK(json.value(u"encoding"_s).toString() == u"UTF-8 and windows-1252"_s);
    const QJsonObject lines = json.value(u"lines_not_utf8"_s).toObject();
    CHECK(lines.value(u"encoding"_s).toString() == u"windows-1252"_s);
    CHECK(lines.value(u"count"_s).toInt() == 1);
    CHECK(lines.value(u"lines"_s).toArray().first().toInt() == 3);

    // An encoding named with --encoding is held to: the first line that is not in it is refused, nothing imported.
    const QString again =
        write(test.dir(), u"again.csv"_s,
              "name,country\n" + QByteArray(cp1252.encode(u"Zoë Autre,FR\n"_s)) + u"Пётр,RU\n"_s.toUtf8());
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, again, u"--encoding"_s, u"windows-1252"_s});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"again.csv, line 3: this line is UTF-8 text, not windows-1252 as chosen"_s));
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, again, u"--encoding"_s, u"UTF-8"_s});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"again.csv, line 2: bytes that are not valid UTF-8 text"_s));
    run = cli({u"--db"_s, db, u"list"_s, u"organisations"_s, u"--format"_s, u"csv"_s, u"--search"_s, u"Пётр"_s});
    CHECK_FALSE(run.out.contains(u"Пётр"_s));
}

TEST_CASE("import keeps a phone number libphonenumber does not know, says so, and check lists it as a warning",
          "[import][cli][unverified]")
{
    Test::TestDatabase test(true);
    const QString db = test.path();
    const QString members = write(test.dir(), u"members.csv"_s,
                                  "name,country,phone\n"
                                  "Mardan Men's Forum,PK,+92-937-123456\n"
                                  "Swat Youth Alliance,PK,0300 1234567\n");
    Run run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, members});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"2 rows, 2 created, 0 updated, 0 skipped, 0 rejected."_s));
    CHECK(run.out.contains(u"1 value(s) could not be verified and were kept as written, marked unverified (find them "
                           "with: alliancedesk-cli list organisations --search is:unverified):\n"
                           "  line 2, column 3 (phone): “+92-937-123456” is not a number libphonenumber knows: kept "
                           "as written, marked unverified\n"_s));
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, members, u"--format"_s, u"json"_s, u"--on-duplicate"_s,
               u"update"_s});
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(u"unverified"_s).toInt() == 0); // already up to date: nothing stored by this run
    CHECK(json.value(u"unverified_values"_s).toArray().isEmpty());

    run =
        cli({u"--db"_s, db, u"list"_s, u"organisations"_s, u"--format"_s, u"csv"_s, u"--search"_s, u"is:unverified"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Mardan Men's Forum"_s));
    CHECK(run.out.contains(u"+92-937-123456"_s));
    CHECK_FALSE(run.out.contains(u"Swat Youth Alliance"_s));

    // check: a warning, not a problem; exit 0.
    run = cli({u"--db"_s, db, u"check"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Organisation “Mardan Men's Forum”: warning: phone “+92-937-123456” is not a number "
                           "libphonenumber knows: kept as written, marked unverified\n"_s));
    CHECK(run.out.contains(u": no problems found; 1 value(s) kept as written could not be verified (find them with: "
                           "list organisations --search is:unverified, list people --search is:unverified).\n"_s));

    // A row with a phone that cannot mean anything is still rejected (exit 2), with the reason.
    const QString letters = write(test.dir(), u"letters.csv"_s, "name,country,phone\nKohat Circle,PK,ask Ali\n");
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, letters});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"line 2, column 3: “ask Ali” is not a phone number (it has letters)"_s));
}

TEST_CASE("import --country decides a country name that fits two countries; without it the rows are rejected",
          "[import][cli][countries]")
{
    Test::TestDatabase test(true);
    const QString db = test.path();
    const QString members = write(test.dir(), u"membres.csv"_s,
                                  "nom,pays,ville,téléphone\n"
                                  "Association des Hommes de Brazzaville,Congo,Brazzaville,\n"
                                  "Réseau Hommes Engagés,Congo,,\n"
                                  "Femmes et Paix,Congo,,\n"
                                  "Jeunesse de Conakry,Guinée,Conakry,\n");
    Run run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, members, u"--dry-run"_s});
    CHECK(run.exitCode == 2);
    CHECK(run.out.contains(u"“Congo” (2 row(s), first on line 3) may be Congo Kinshasa (CD) or Congo Brazzaville "
                           "(CG): those rows were rejected; to decide, run again with --country \"Congo=CODE\" (CODE: "
                           "CD or CG).\n"_s));

    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, members, u"--dry-run"_s, u"--format"_s, u"json"_s});
    const QJsonArray ambiguous =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"ambiguous_countries"_s).toArray();
    REQUIRE(ambiguous.size() == 1);
    CHECK(ambiguous.at(0)[u"value"_s].toString() == u"Congo"_s);
    CHECK(ambiguous.at(0)[u"rows"_s].toInt() == 2);
    CHECK(ambiguous.at(0)[u"countries"_s].toArray() == QJsonArray{u"CD"_s, u"CG"_s});

    // Refused before anything is read: a code that is not one of the name's countries, or not a code at all.
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, members, u"--country"_s, u"Congo=FR"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(
        u"--country “Congo=FR”: “Congo” may be Congo Kinshasa (CD) or Congo Brazzaville (CG), not FR."_s));
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, members, u"--country"_s, u"Congo=XX"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"“XX” is not an ISO 3166 country code"_s));
    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, members, u"--country"_s, u"Congo"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"--country takes “NAME=CODE”"_s));

    run = cli({u"--db"_s, db, u"import"_s, u"organisations"_s, members, u"--country"_s, u"congo=cd"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"4 rows, 4 created, 0 updated, 0 skipped, 0 rejected."_s));
    CHECK(run.out.contains(u"2 row(s) naming “Congo” as their country were given Congo Kinshasa (CD), as chosen.\n"_s));
    const auto countryOf = [&test](const QString &name) {
        SqlQuery query(test.connection(), u"SELECT country FROM organisations WHERE name = :name"_s);
        query.bind(u":name"_s, name).exec();
        return query.next() ? query.value(0).toString() : QString();
    };
    CHECK(countryOf(u"Association des Hommes de Brazzaville"_s) == u"CG"_s); // its city decides, not the choice
    CHECK(countryOf(u"Réseau Hommes Engagés"_s) == u"CD"_s);
    CHECK(countryOf(u"Femmes et Paix"_s) == u"CD"_s);
    CHECK(countryOf(u"Jeunesse de Conakry"_s) == u"GN"_s);
}
