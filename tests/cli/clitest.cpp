// End-to-end tests of alliancedesk-cli, run as a child process the way a user or a script runs it.
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

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

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

QJsonArray listJson(const QTemporaryDir &dir, const QString &db, const QString &list, const QString &search = {})
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

/// A raw SQLite connection to a file, as another program would open it (no AllianceDesk rules, no migration).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"cli-test-raw-%1"_s.arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    void exec(const QString &sql)
    {
        QSqlQuery query(db());
        INFO(sql.toStdString());
        const bool ok = query.exec(sql);
        INFO(query.lastError().text().toStdString());
        REQUIRE(ok);
    }

    QVariant value(const QString &sql)
    {
        QSqlQuery query(db());
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0);
    }

private:
    static std::atomic_int &counter()
    {
        static std::atomic_int value{0};
        return value;
    }
    QString m_name;
};

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

} // namespace

TEST_CASE("cli: init creates a database and refuses to load the sample twice", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("init --sample names the file it wrote")
    {
        const QString path = dir.filePath(u"alliance.alliancedesk"_s);
        const CliResult result = runCli(dir, path, {u"init"_s, u"--sample"_s});
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        CHECK(result.outText().contains(QDir::toNativeSeparators(path)));
        CHECK(QFileInfo(path).size() > 0);
        CHECK(stats(dir, path).value(u"support_groups"_s).toInteger() == 180);
    }

    SECTION("a second init --sample is rejected and changes nothing")
    {
        const QString path = initSample(dir);
        const QJsonObject before = stats(dir, path);
        const QString dumpBefore = dump(path);

        const CliResult again = runCli(dir, path, {u"init"_s, u"--sample"_s});
        CHECK(again.exitCode == 2);
        CHECK(again.out.isEmpty());
        INFO(again.errText().toStdString());
        CHECK(again.err.count('\n') == 1);
        CHECK(again.err.endsWith('\n'));
        CHECK(again.errText().contains(u"already holds an alliance"_s));

        CHECK(stats(dir, path) == before);
        CHECK(dump(path) == dumpBefore);
    }

    SECTION("--db=PATH is the same as --db PATH")
    {
        const QString path = initSample(dir);
        const CliResult result = runCli(dir, {u"stats"_s, u"--format=json"_s, u"--db="_s + path});
        CHECK(result.exitCode == 0);
        CHECK(parseObject(result.out) == stats(dir, path));
    }

    SECTION("init on a new path creates an empty database")
    {
        const QString path = dir.filePath(u"sub/folder/new.alliancedesk"_s);
        const CliResult result = runCli(dir, path, {u"init"_s});
        CHECK(result.exitCode == 0);
        CHECK(result.outText().contains(QDir::toNativeSeparators(path)));
        REQUIRE(QFileInfo::exists(path));

        const QJsonObject counts = stats(dir, path);
        CHECK(counts.size() == 14);
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            INFO(it.key().toStdString());
            CHECK(it.value().isDouble());
            CHECK(it.value().toInteger(-1) == 0);
        }
    }
}

TEST_CASE("cli: stats --format json counts every entity of the sample", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);
    const QJsonObject counts = stats(dir, path);
    const QJsonObject sample = sampleJson();

    auto arraySize = [&sample](const QString &key) { return static_cast<qint64>(sample.value(key).toArray().size()); };
    auto nestedSize = [&sample](const QString &key, const QString &nested) {
        qint64 total = 0;
        for (const QJsonValue &value : sample.value(key).toArray())
            total += value.toObject().value(nested).toArray().size();
        return total;
    };
    const QJsonObject groups = sample.value(u"support_groups"_s).toObject();
    const qint64 groupCount = groups.value(u"count"_s).toInteger();
    // One generated facilitator per district that has a group.
    const qint64 facilitators = std::min<qint64>(groupCount, groups.value(u"districts"_s).toArray().size());

    const std::map<QString, qint64> expected = {
        {u"networks"_s, arraySize(u"networks"_s)},
        {u"secretariat_terms"_s, arraySize(u"secretariat_terms"_s)},
        {u"organisations"_s, arraySize(u"organisations"_s)},
        {u"memberships"_s, arraySize(u"memberships"_s)},
        {u"people"_s, arraySize(u"people"_s) + facilitators},
        {u"affiliations"_s, nestedSize(u"people"_s, u"affiliations"_s)},
        {u"programs"_s, arraySize(u"programs"_s)},
        {u"reach_reports"_s, nestedSize(u"programs"_s, u"reach"_s)},
        {u"support_groups"_s, groupCount},
        {u"meetings"_s, groupCount * groups.value(u"meetings_per_group"_s).toInteger()},
        {u"participants"_s, groupCount * groups.value(u"participants_per_group"_s).toInteger()},
        {u"events"_s, arraySize(u"events"_s)},
        {u"event_participants"_s, nestedSize(u"events"_s, u"participants"_s)},
        {u"concerns"_s, arraySize(u"concerns"_s)},
    };

    CHECK(groupCount == 180); // seed 001: 180 men's support groups
    CHECK(counts.value(u"support_groups"_s).toInteger() == 180);
    CHECK(counts.size() == static_cast<qsizetype>(expected.size()));
    for (const auto &[key, count] : expected) {
        INFO(key.toStdString());
        REQUIRE(counts.contains(key));
        CHECK(counts.value(key).isDouble());
        CHECK(counts.value(key).toInteger(-1) == count);
    }
}

TEST_CASE("cli: every list as JSON: snake_case keys, one element per record, clean values", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);
    const QJsonObject counts = stats(dir, path);
    const QRegularExpression snakeCase(u"^[a-z][a-z0-9_]*$"_s);
    const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QRegularExpression countryCode(u"^[A-Z]{2}$"_s);

    REQUIRE(listEntities().size() == 10);
    for (const auto &[list, entity] : listEntities()) {
        INFO("list " << list.toStdString());
        const QJsonArray array = listJson(dir, path, list);
        CHECK(array.size() == counts.value(entity).toInteger(-1));
        CHECK(!array.isEmpty());
        for (const QJsonValue &element : array) {
            REQUIRE(element.isObject());
            const QJsonObject object = element.toObject();
            CHECK(object.value(u"id"_s).isDouble());
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                INFO("key " << it.key().toStdString());
                CHECK(snakeCase.match(it.key()).hasMatch());
                if (it.key() == u"country"_s) {
                    CHECK((it.value().isNull() || countryCode.match(it.value().toString()).hasMatch()));
                    CHECK(!it.value().isUndefined());
                }
                if (dateKeys().contains(it.key())) {
                    INFO("value " << it.value().toString().toStdString());
                    CHECK((it.value().isNull() || isoDate.match(it.value().toString()).hasMatch()));
                }
            }
        }
    }
}

TEST_CASE("cli: networks list both the parent's id and its name", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);
    const QJsonArray networks = listJson(dir, path, u"networks"_s);

    QHash<qint64, QString> namesById;
    for (const QJsonValue &value : networks)
        namesById.insert(value.toObject().value(u"id"_s).toInteger(), value.toObject().value(u"name"_s).toString());

    QHash<QString, QString> sampleNames;
    for (const QJsonValue &value : sampleJson().value(u"networks"_s).toArray())
        sampleNames.insert(value.toObject().value(u"key"_s).toString(), value.toObject().value(u"name"_s).toString());

    for (const QJsonValue &value : sampleJson().value(u"networks"_s).toArray()) {
        const QJsonObject sample = value.toObject();
        const QJsonObject listed = findBy(networks, u"name"_s, sample.value(u"name"_s).toString());
        INFO(sample.value(u"name"_s).toString().toStdString());
        REQUIRE(listed.contains(u"parent_id"_s));
        REQUIRE(listed.contains(u"parent"_s));
        if (sample.value(u"parent"_s).isNull()) {
            CHECK(listed.value(u"parent_id"_s).isNull());
            CHECK(listed.value(u"parent"_s).isNull());
        } else {
            const QString parentName = sampleNames.value(sample.value(u"parent"_s).toString());
            CHECK(listed.value(u"parent"_s).toString() == parentName);
            CHECK(namesById.value(listed.value(u"parent_id"_s).toInteger()) == parentName);
        }
    }
    CHECK(findBy(networks, u"name"_s, u"MenEngage Alliance Pakistan"_s).value(u"parent"_s).toString() ==
          u"MenEngage Alliance South Asia"_s);
}

TEST_CASE("cli: secretariat terms of MenEngage Alliance Pakistan follow seed 000", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);
    const QJsonArray terms = listJson(dir, path, u"secretariat-terms"_s);

    QStringList hosts;
    QStringList starts;
    QList<QJsonValue> ends;
    QList<QJsonValue> currents;
    for (const QJsonValue &value : terms) {
        const QJsonObject term = value.toObject();
        if (term.value(u"network"_s).toString() != u"MenEngage Alliance Pakistan"_s)
            continue;
        hosts << term.value(u"host"_s).toString();
        starts << term.value(u"start_date"_s).toString();
        ends << term.value(u"end_date"_s);
        currents << term.value(u"current"_s);
    }
    CHECK(hosts == QStringList{u"UNDP Pakistan"_s, u"ROZAN"_s, u"AMAL Human Development Network"_s,
                               u"Shirakat-Partnership for Development"_s});
    CHECK(starts == QStringList{u"2007-03-01"_s, u"2009-05-01"_s, u"2011-10-01"_s, u"2015-01-01"_s});
    REQUIRE(ends.size() == 4);
    for (int i = 0; i < 3; ++i) {
        INFO("term " << i);
        CHECK(ends.at(i).isString());
        CHECK(ends.at(i).toString() < starts.at(i + 1));
        CHECK(currents.at(i) == QJsonValue(false));
    }
    CHECK(ends.at(3).isNull());
    CHECK(currents.at(3) == QJsonValue(true));
}

TEST_CASE("cli: events carry the symposia's participants and countries", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);
    const QJsonArray events = listJson(dir, path, u"events"_s);

    const QJsonObject rio = findBy(events, u"city"_s, u"Rio de Janeiro"_s);
    CHECK(rio.value(u"kind"_s).toString() == u"symposium"_s);
    CHECK(rio.value(u"participant_count"_s) == QJsonValue(439));
    CHECK(rio.value(u"country_count"_s) == QJsonValue(77));
    CHECK(rio.value(u"country"_s).toString() == u"BR"_s);

    const QJsonObject delhi = findBy(events, u"city"_s, u"New Delhi"_s);
    CHECK(delhi.value(u"participant_count"_s) == QJsonValue(1200));
    CHECK(delhi.value(u"country_count"_s) == QJsonValue(66));
    CHECK(delhi.value(u"country"_s).toString() == u"IN"_s);
}

TEST_CASE("cli: search finds names in any script, ignoring case and accents", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);

    SECTION("Cyrillic, lower case")
    {
        const QJsonArray found = listJson(dir, path, u"people"_s, u"мария"_s);
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).toObject().value(u"native_name"_s).toString() == u"Мария Иванова"_s);
        CHECK(found.at(0).toObject().value(u"name"_s).toString() == u"Maria Ivanova"_s);
    }
    SECTION("Latin without the umlaut")
    {
        const QJsonArray found = listJson(dir, path, u"people"_s, u"muller"_s);
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).toObject().value(u"name"_s).toString() == u"José Müller"_s);
    }
    SECTION("Urdu")
    {
        const QJsonArray found = listJson(dir, path, u"organisations"_s, u"روزن"_s);
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).toObject().value(u"name"_s).toString() == u"ROZAN"_s);
        CHECK(found.at(0).toObject().value(u"native_name"_s).toString() == u"روزن"_s);
    }
    SECTION("no match is an empty array")
    {
        CHECK(listJson(dir, path, u"organisations"_s, u"no such organisation anywhere"_s).isEmpty());
    }
}

TEST_CASE("cli: CSV and JSON keep every value exactly", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("the CSV header is the snake_case keys and quoting follows RFC 4180")
    {
        const QString path = dir.filePath(u"csv.alliancedesk"_s);
        const QString awkward = u"Men, Boys & \"Allies\" Forum"_s;
        {
            const auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
            AllianceDesk::Organisation organisation;
            organisation.name = awkward;
            organisation.city = u"Lahore"_s;
            organisation.country = u"PK"_s;
            AllianceDesk::OrganisationRepository(database->connection()).add(organisation);
        }
        const CliResult result = runCli(dir, path, {u"list"_s, u"organisations"_s, u"--format"_s, u"csv"_s});
        REQUIRE(result.exitCode == 0);
        const QString text = result.outText();
        const QString header = text.left(text.indexOf(u'\n')).trimmed();
        const QStringList keys = header.split(u',');
        const QRegularExpression snakeCase(u"^[a-z][a-z0-9_]*$"_s);
        for (const QString &key : keys) {
            INFO(key.toStdString());
            CHECK(snakeCase.match(key).hasMatch());
        }
        // The CSV columns are the JSON keys.
        const QJsonArray json = listJson(dir, path, u"organisations"_s);
        REQUIRE(json.size() == 1);
        const QStringList jsonKeys = json.at(0).toObject().keys();
        CHECK(QSet<QString>(keys.cbegin(), keys.cend()) == QSet<QString>(jsonKeys.cbegin(), jsonKeys.cend()));

        CHECK(text.contains(u"\"Men, Boys & \"\"Allies\"\" Forum\""_s));
        const QList<QStringList> rows = parseCsv(text);
        REQUIRE(rows.size() == 2);
        REQUIRE(rows.at(1).size() == keys.size());
        CHECK(rows.at(1).at(keys.indexOf(u"name"_s)) == awkward);
        CHECK(rows.at(1).at(keys.indexOf(u"city"_s)) == u"Lahore"_s);
        CHECK(rows.at(1).at(keys.indexOf(u"country"_s)) == u"PK"_s);
    }

    SECTION("the sample's CSV parses into one row per organisation")
    {
        const QString path = initSample(dir);
        const CliResult result = runCli(dir, path, {u"list"_s, u"organisations"_s, u"--format"_s, u"csv"_s});
        REQUIRE(result.exitCode == 0);
        const QList<QStringList> rows = parseCsv(result.outText());
        REQUIRE(!rows.isEmpty());
        CHECK(rows.size() - 1 == stats(dir, path).value(u"organisations"_s).toInteger());
        for (const QStringList &row : rows) {
            INFO(row.join(u'|').toStdString());
            CHECK(row.size() == rows.at(0).size());
        }
        // A name with a comma in the sample itself.
        const QString dfatd = u"Department of Foreign Affairs, Trade and Development Canada"_s;
        CHECK(result.outText().contains(u"\"%1\""_s.arg(dfatd)));
    }

    SECTION("names in Urdu, Cyrillic and Devanagari round-trip byte for byte")
    {
        const QString path = initSample(dir);
        const CliResult result = runCli(dir, path, {u"list"_s, u"organisations"_s, u"--format"_s, u"json"_s});
        REQUIRE(result.exitCode == 0);
        const QJsonArray organisations = parseArray(result.out);
        int nativeNames = 0;
        for (const QJsonValue &value : sampleJson().value(u"organisations"_s).toArray()) {
            const QJsonObject sample = value.toObject();
            if (sample.value(u"native_name"_s).isNull())
                continue;
            ++nativeNames;
            const QString native = sample.value(u"native_name"_s).toString();
            INFO(native.toStdString());
            CHECK(result.out.contains(native.toUtf8()));
            CHECK(findBy(organisations, u"name"_s, sample.value(u"name"_s).toString()).value(u"native_name"_s) ==
                  QJsonValue(native));
        }
        CHECK(nativeNames > 5);
        for (const QString &native :
             {u"روزن"_s, u"سندھ یوتھ فار ایکویلٹی نیٹ ورک"_s, u"सहयोग"_s, u"Инициатива «Мужчины за равенство»"_s}) {
            INFO(native.toStdString());
            CHECK(result.out.contains(native.toUtf8()));
        }

        const CliResult people = runCli(dir, path, {u"list"_s, u"people"_s, u"--format"_s, u"json"_s});
        REQUIRE(people.exitCode == 0);
        for (const QString &native : {u"عائشہ خان"_s, u"अमित कुमार"_s, u"Мария Иванова"_s, u"ნინო ბერიძე"_s}) {
            INFO(native.toStdString());
            CHECK(people.out.contains(native.toUtf8()));
        }
    }
}

TEST_CASE("cli: lists never show protected text", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);
    const QStringList formats{u"json"_s, u"csv"_s, u"table"_s};

    SECTION("concerns: no summary, no confidential notes")
    {
        QStringList secrets;
        for (const QJsonValue &value : sampleJson().value(u"concerns"_s).toArray()) {
            secrets << value.toObject().value(u"summary"_s).toString();
            secrets << value.toObject().value(u"confidential_notes"_s).toString();
        }
        REQUIRE(secrets.size() == 6);
        for (const QString &format : formats) {
            const CliResult result = runCli(dir, path, {u"list"_s, u"concerns"_s, u"--format"_s, format});
            REQUIRE(result.exitCode == 0);
            INFO(format.toStdString());
            for (const QString &secret : std::as_const(secrets)) {
                REQUIRE(secret.size() > 20);
                INFO(secret.toStdString());
                CHECK(!result.outText().contains(secret));
                // Not even its distinctive second sentence.
                CHECK(!result.outText().contains(secret.mid(secret.indexOf(u". "_s) + 2, 30)));
            }
        }
        const QJsonArray concerns = listJson(dir, path, u"concerns"_s);
        REQUIRE(concerns.size() == 3);
        for (const QJsonValue &concern : concerns) {
            CHECK(!concern.toObject().contains(u"summary"_s));
            CHECK(!concern.toObject().contains(u"confidential_notes"_s));
        }
    }

    SECTION("support groups and meetings: no participant codes")
    {
        for (const QString &list : {u"support-groups"_s, u"meetings"_s}) {
            for (const QString &format : formats) {
                INFO(list.toStdString() << " as " << format.toStdString());
                const CliResult result = runCli(dir, path, {u"list"_s, list, u"--format"_s, format});
                REQUIRE(result.exitCode == 0);
                CHECK(result.out.size() > 1000);
                CHECK(!result.out.contains("MOVE-"));
                CHECK(!result.out.contains("-P1"));
            }
        }
        // The codes are in the file: this is a real check, not an empty one.
        RawConnection raw(path);
        CHECK(raw.value(u"SELECT count(*) FROM participants WHERE code LIKE 'MOVE-%'"_s).toInt() == 1440);
    }
}

TEST_CASE("cli: check reports rules broken behind core's back", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);

    SECTION("the sample has no problems")
    {
        const CliResult result = runCli(dir, path, {u"check"_s});
        CHECK(result.exitCode == 0);
        CHECK(result.outText().contains(u"no problems"_s));
        CHECK(result.err.isEmpty());
    }

    SECTION("a cycle in the network tree")
    {
        {
            RawConnection raw(path);
            const qint64 root = raw.value(u"SELECT id FROM networks WHERE name = 'MenEngage Alliance'"_s).toLongLong();
            const qint64 child =
                raw.value(u"SELECT id FROM networks WHERE name = 'MenEngage Alliance Pakistan'"_s).toLongLong();
            raw.exec(u"UPDATE networks SET parent_id = %1 WHERE id = %2"_s.arg(child).arg(root));
        }
        const CliResult result = runCli(dir, path, {u"check"_s});
        INFO(result.outText().toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.outText().contains(u"“MenEngage Alliance”"_s));
        CHECK(result.outText().contains(u"“MenEngage Alliance Pakistan”"_s));
        CHECK(result.outText().contains(u"cycle"_s));
        // Networks below the cycle are not themselves in it.
        CHECK(!result.outText().contains(u"“MenEngage Africa”"_s));
        CHECK(result.errText().contains(u"problem"_s));
    }

    SECTION("a negative count in a reach report")
    {
        qint64 report = 0;
        {
            RawConnection raw(path);
            report = raw.value(u"SELECT min(id) FROM reach_reports"_s).toLongLong();
            raw.exec(u"PRAGMA ignore_check_constraints = ON"_s);
            raw.exec(u"UPDATE reach_reports SET villages = -5 WHERE id = %1"_s.arg(report));
        }
        const CliResult result = runCli(dir, path, {u"check"_s});
        INFO(result.outText().toStdString());
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.outText().contains(u"Reach report %1: has a negative count"_s.arg(report)));
    }

    SECTION("a country code that does not exist")
    {
        {
            RawConnection raw(path);
            raw.exec(u"UPDATE networks SET country = 'XX' WHERE name = 'Forum to Engage Men (FEM)'"_s);
        }
        const CliResult result = runCli(dir, path, {u"check"_s});
        INFO(result.outText().toStdString());
        CHECK(result.exitCode == 2);
        const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 1);
        CHECK(lines.at(0).contains(u"Forum to Engage Men (FEM)"_s));
        CHECK(lines.at(0).contains(u"XX"_s));
        CHECK(lines.at(0).contains(u"country code"_s));
    }
}

TEST_CASE("cli: backup writes a consistent copy and never overwrites", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);
    const QJsonObject original = stats(dir, path);

    SECTION("the copy opens and holds the same records")
    {
        const QString copy = dir.filePath(u"backup.alliancedesk"_s);
        const CliResult result = runCli(dir, path, {u"backup"_s, copy});
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        CHECK(result.outText().contains(QDir::toNativeSeparators(copy)));
        REQUIRE(QFileInfo::exists(copy));
        CHECK(stats(dir, copy) == original);
        CHECK(dump(copy) == dump(path));
    }

    SECTION("an existing file is left exactly as it was")
    {
        const QString existing = dir.filePath(u"precious.alliancedesk"_s);
        {
            QFile file(existing);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("the only copy of something precious\n");
        }
        const QByteArray before = fileBytes(existing);
        const CliResult result = runCli(dir, path, {u"backup"_s, existing});
        CHECK(result.exitCode == 3);
        CHECK(result.err.count('\n') == 1);
        CHECK(result.errText().contains(u"already exists"_s));
        CHECK(fileBytes(existing) == before);
    }

    SECTION("a write in progress on another connection is not copied and does not block")
    {
        const QString copy = dir.filePath(u"during-write.alliancedesk"_s);
        RawConnection writer(path);
        writer.exec(u"PRAGMA busy_timeout = 100"_s);
        writer.exec(u"BEGIN IMMEDIATE"_s);
        writer.exec(u"INSERT INTO organisations (name, type) VALUES ('Uncommitted Organisation', 'ngo')"_s);

        const CliResult result = runCli(dir, path, {u"backup"_s, copy});
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == 0);
        REQUIRE(QFileInfo::exists(copy));
        writer.exec(u"ROLLBACK"_s);

        CHECK(stats(dir, copy) == original);
        CHECK(listJson(dir, copy, u"organisations"_s, u"Uncommitted Organisation"_s).isEmpty());
    }
}

TEST_CASE("cli: usage errors exit 1 and point to --help", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"never-created.alliancedesk"_s);

    const std::map<std::string, QStringList> cases = {
        {"no command", {u"--db"_s, path}},
        {"unknown command", {u"--db"_s, path, u"frobnicate"_s}},
        {"unknown list", {u"--db"_s, path, u"list"_s, u"widgets"_s}},
        {"list without a name", {u"--db"_s, path, u"list"_s}},
        {"unknown list format", {u"--db"_s, path, u"list"_s, u"networks"_s, u"--format"_s, u"xml"_s}},
        {"unknown stats format", {u"--db"_s, path, u"stats"_s, u"--format"_s, u"xml"_s}},
        {"--db without a value", {u"stats"_s, u"--db"_s}},
        {"--db alone", {u"--db"_s}},
        {"extra argument to stats", {u"--db"_s, path, u"stats"_s, u"extra"_s}},
        {"extra argument to check", {u"--db"_s, path, u"check"_s, u"extra"_s}},
        {"extra argument to list", {u"--db"_s, path, u"list"_s, u"networks"_s, u"people"_s}},
        {"backup without a file", {u"--db"_s, path, u"backup"_s}},
    };
    for (const auto &[name, arguments] : cases) {
        INFO(name);
        const CliResult result = runCli(dir, arguments);
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(u"--help"_s));
        CHECK(result.out.isEmpty());
        CHECK(!QFileInfo::exists(path));
    }
}

TEST_CASE("cli: a missing database is not created by reading commands", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"missing.alliancedesk"_s);
    for (const QStringList &command :
         {QStringList{u"stats"_s}, QStringList{u"check"_s}, QStringList{u"list"_s, u"networks"_s},
          QStringList{u"backup"_s, dir.filePath(u"copy.alliancedesk"_s)}}) {
        INFO(command.join(u' ').toStdString());
        const CliResult result = runCli(dir, path, command);
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.err.count('\n') == 1);
        CHECK(result.errText().contains(u"init"_s));
        CHECK(!QFileInfo::exists(path));
        CHECK(!QFileInfo::exists(dir.filePath(u"copy.alliancedesk"_s)));
    }
}

TEST_CASE("cli: files that are not a usable AllianceDesk database are refused and left untouched", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"file.alliancedesk"_s);
    bool initRefused = true;
    // Refusing a WAL-mode or damaged file currently leaves -wal/-shm files behind: checked in the next test.
    bool sidecarsCheckedElsewhere = false;

    SECTION("a text file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,country\nROZAN,PK\n");
    }
    SECTION("an empty file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // init may turn an empty file into a new database; reading commands must not.
        initRefused = false;
    }
    SECTION("another program's SQLite database")
    {
        RawConnection raw(path);
        raw.exec(u"CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)"_s);
        raw.exec(u"INSERT INTO foo (bar) VALUES ('keep me')"_s);
    }
    SECTION("a database from a newer AllianceDesk")
    {
        {
            const auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        }
        RawConnection raw(path);
        raw.exec(u"PRAGMA user_version = %1"_s.arg(Database::currentSchemaVersion() + 1));
        CHECK(raw.value(u"PRAGMA application_id"_s).toInt() == Database::applicationId);
    }
    SECTION("another program's SQLite database in WAL mode")
    {
        writeForeignWalDatabase(path);
        sidecarsCheckedElsewhere = true;
    }
    SECTION("a damaged (truncated) AllianceDesk database")
    {
        writeTruncatedDatabase(dir, path);
        sidecarsCheckedElsewhere = true;
    }
    REQUIRE(QFileInfo::exists(path));
    REQUIRE(sidecarFiles(path).empty());
    const QByteArray before = fileBytes(path);

    QList<QStringList> commands{
        {u"stats"_s}, {u"check"_s}, {u"list"_s, u"networks"_s}, {u"backup"_s, dir.filePath(u"copy.alliancedesk"_s)}};
    if (initRefused)
        commands << QStringList{u"init"_s} << QStringList{u"init"_s, u"--sample"_s};
    for (const QStringList &command : std::as_const(commands)) {
        INFO(command.join(u' ').toStdString());
        const CliResult result = runCli(dir, path, command);
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.out.isEmpty());
        CHECK(result.err.count('\n') == 1);
        CHECK(result.err.endsWith('\n'));
        CHECK(fileBytes(path) == before);
        if (!sidecarsCheckedElsewhere)
            CHECK(sidecarFiles(path) == "");
        CHECK(!QFileInfo::exists(dir.filePath(u"copy.alliancedesk"_s)));
    }
}

TEST_CASE("cli: refusing a WAL-mode or damaged file leaves no -wal/-shm files next to it", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"file.alliancedesk"_s);

    SECTION("another program's SQLite database in WAL mode")
    {
        writeForeignWalDatabase(path);
    }
    SECTION("a damaged (truncated) AllianceDesk database")
    {
        writeTruncatedDatabase(dir, path);
    }
    REQUIRE(sidecarFiles(path).empty());
    const QByteArray before = fileBytes(path);

    const CliResult result = runCli(dir, path, {u"stats"_s});
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.errText().contains(u"left unchanged"_s));
    CHECK(fileBytes(path) == before);
    CHECK(sidecarFiles(path) == "");
}

TEST_CASE("cli: --help and --version", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const CliResult help = runCli(dir, {u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.err.isEmpty());
    for (const QString &command : {u"init"_s, u"list"_s, u"stats"_s, u"check"_s, u"backup"_s, u"--db"_s}) {
        INFO(command.toStdString());
        CHECK((help.outText().contains(u"  "_s + command) || help.outText().contains(u"["_s + command)));
    }
    for (const auto &entry : listEntities()) {
        INFO(entry.first.toStdString());
        CHECK(help.outText().contains(entry.first));
    }
    // The default database lives in the (redirected) home, never the real one.
    CHECK(help.outText().contains(dir.path()));

    const CliResult version = runCli(dir, {u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.err.isEmpty());
    CHECK(QRegularExpression(u"^alliancedesk-cli \\d+\\.\\d+"_s).match(version.outText()).hasMatch());
}
