#include "clitestsupport.h"
#include "testdatabase.h"

#include "sample/samplealliance.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <map>

using namespace Qt::StringLiterals;
using AllianceDesk::Database;
using AllianceDesk::Test::fileBytes;

namespace AllianceDesk::CliTest {

/// Runs alliancedesk-cli in @p home (a test's temporary folder), never touching the real home folder.
CliResult runCli(const QTemporaryDir &home, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"xdg-data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"xdg-config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"xdg-cache"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(home.path());
    process.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), arguments);
    INFO("alliancedesk-cli " << arguments.join(u' ').toStdString());
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliResult result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult runCli(const QTemporaryDir &home, const QString &db, const QStringList &arguments)
{
    return runCli(home, QStringList{u"--db"_s, db} + arguments);
}

/// The sample alliance as shipped (resources/sample/alliance.json, built into core).
QJsonObject sampleJson()
{
    QFile file(AllianceDesk::SampleAlliance::resourcePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray parseArray(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.left(2000).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

/// Creates the sample database at @p dir/alliance.alliancedesk through the command line; returns its path.
QString initSample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"alliance.alliancedesk"_s);
    const CliResult result = runCli(dir, path, {u"init"_s, u"--sample"_s});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    return path;
}

QJsonObject stats(const QTemporaryDir &dir, const QString &db)
{
    const CliResult result = runCli(dir, db, {u"stats"_s, u"--format"_s, u"json"_s});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    return parseObject(result.out);
}

QJsonArray listJson(const QTemporaryDir &dir, const QString &db, const QString &list, const QString &search)
{
    QStringList arguments{u"list"_s, list, u"--format"_s, u"json"_s};
    if (!search.isNull())
        arguments << u"--search"_s << search;
    const CliResult result = runCli(dir, db, arguments);
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.err.isEmpty());
    return parseArray(result.out);
}

QString dump(const QString &path)
{
    const auto database = Database::open(path);
    return AllianceDesk::Test::dumpDatabase(database->connection());
}

/// The names of the SQLite side files (-wal, -shm, -journal) that exist next to @p path, or "" when none do.
std::string sidecarFiles(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            found << QFileInfo(path + suffix).fileName();
    }
    return found.join(u", "_s).toStdString();
}

/// Parses RFC 4180 CSV (CRLF or LF line ends) into rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

/// Another program's SQLite database that uses a write-ahead log (closed cleanly: no side files left).
void writeForeignWalDatabase(const QString &path)
{
    RawConnection raw(path);
    CHECK(raw.value(u"PRAGMA journal_mode = WAL"_s).toString() == u"wal"_s);
    raw.exec(u"CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)"_s);
    raw.exec(u"INSERT INTO foo (bar) VALUES ('keep me')"_s);
}

/// An AllianceDesk database cut short, as after a failed copy: the header is intact, the pages are not.
void writeTruncatedDatabase(const QTemporaryDir &dir, const QString &path)
{
    const QString whole = dir.filePath(u"whole.alliancedesk"_s);
    {
        const auto database = Database::open(whole, Database::OpenMode::CreateIfMissing);
        AllianceDesk::SampleAlliance::load(*database);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(fileBytes(whole).left(20000));
}

/// The stats key counting the records of each list.
const std::map<QString, QString> &listEntities()
{
    static const std::map<QString, QString> entities = {
        {u"networks"_s, u"networks"_s},
        {u"organisations"_s, u"organisations"_s},
        {u"people"_s, u"people"_s},
        {u"memberships"_s, u"memberships"_s},
        {u"secretariat-terms"_s, u"secretariat_terms"_s},
        {u"programs"_s, u"programs"_s},
        {u"support-groups"_s, u"support_groups"_s},
        {u"meetings"_s, u"meetings"_s},
        {u"events"_s, u"events"_s},
        {u"concerns"_s, u"concerns"_s},
    };
    return entities;
}

QJsonObject findBy(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &element : array) {
        if (element.toObject().value(key).toString() == value)
            return element.toObject();
    }
    FAIL("no element with " << key.toStdString() << " = " << value.toStdString());
    return {};
}

const QSet<QString> &dateKeys()
{
    static const QSet<QString> keys = {u"founded"_s,      u"start_date"_s,    u"end_date"_s,
                                       u"status_since"_s, u"joined"_s,        u"coc_signed"_s,
                                       u"meeting_date"_s, u"received_date"_s, u"closed_date"_s};
    return keys;
}

} // namespace AllianceDesk::CliTest
