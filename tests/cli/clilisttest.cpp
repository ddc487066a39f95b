// End-to-end tests of alliancedesk-cli: creating, counting and listing.
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

using namespace AllianceDesk::CliTest;

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
