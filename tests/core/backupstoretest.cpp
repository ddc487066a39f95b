#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QSet<QString> madeTimes(const QList<BackupStore::Backup> &backups, BackupStore::Kind kind)
{
    QSet<QString> times;
    for (const BackupStore::Backup &backup : backups) {
        if (backup.kind == kind)
            times.insert(backup.made.toString(u"yyyy-MM-dd"_s));
    }
    return times;
}

qint64 addOrganisation(Database &database, const QString &name)
{
    Organisation organisation;
    organisation.name = name;
    organisation.country = u"PK"_s;
    return OrganisationRepository(database.connection()).add(organisation);
}

} // namespace

TEST_CASE("Daily backups are kept 7 days, 4 weeks and 12 months; backups before changes the last 10", "[backup]")
{
    Test::TestDatabase test;
    const BackupStore store(test.path());
    // A year and a half of daily use, one backup a day, and an import every third day.
    QDateTime day = at(u"2025-06-01T09:00:00"_s);
    const QDateTime last = at(u"2026-12-03T09:00:00"_s);
    int imports = 0;
    for (; day <= last; day = day.addDays(1)) {
        CHECK_FALSE(store.makeDailyIfDue(test.database(), day).isEmpty());
        CHECK(store.makeDailyIfDue(test.database(), day.addSecs(3600)).isEmpty()); // once a day only
        if (day.date().dayOfYear() % 3 == 0) {
            store.make(test.database(), BackupStore::Kind::BeforeImport, day.addSecs(60));
            ++imports;
        }
    }
    const QList<BackupStore::Backup> backups = store.list();
    const QSet<QString> daily = madeTimes(backups, BackupStore::Kind::Daily);
    // The last 7 days…
    for (int i = 0; i < 7; ++i)
        CHECK(daily.contains(last.addDays(-i).toString(u"yyyy-MM-dd"_s)));
    // …the newest of each of the last 4 weeks (Sundays, as weeks end there, and this week's newest)…
    for (const QString &sunday : {u"2026-11-29"_s, u"2026-11-22"_s, u"2026-11-15"_s})
        CHECK(daily.contains(sunday));
    // …and the newest of each of the last 12 months.
    for (const QString &monthEnd : {u"2026-11-30"_s, u"2026-10-31"_s, u"2026-09-30"_s, u"2026-01-31"_s})
        CHECK(daily.contains(monthEnd));
    CHECK_FALSE(daily.contains(u"2025-12-31"_s)); // the 13th month, counting this one
    CHECK_FALSE(daily.contains(u"2026-11-20"_s)); // neither among the last days nor the newest of its week
    CHECK(daily.size() == 7 + 2 + 10); // days, the two weeks not already counted, the months not already counted
    CHECK(madeTimes(backups, BackupStore::Kind::BeforeImport).size() == 10);
    CHECK(imports > 10);
    CHECK(QDir(store.folder()).entryList(QDir::Files).size() == backups.size());
}

TEST_CASE("A restore brings back a backup's data, keeps what it replaces, and refuses what is not a backup", "[backup]")
{
    Test::TestDatabase test(true);
    const BackupStore store(test.path());
    const QString before = store.make(test.database(), BackupStore::Kind::BeforeImport);
    const QString dumpBefore = Test::dumpDatabase(test.connection());
    addOrganisation(test.database(), u"Added after the backup"_s);
    const QString dumpAfter = Test::dumpDatabase(test.connection());

    // Another connection (another window) has the file open throughout.
    auto window = Database::open(test.path());
    const QString replacedPath = test.database().restoreFrom(before);
    CHECK(Test::dumpDatabase(test.connection()) == dumpBefore);
    CHECK(Test::dumpDatabase(window->connection()) == dumpBefore);
    CHECK_FALSE(OrganisationRepository(window->connection()).findByName(u"Added after the backup"_s).has_value());

    // What the restore replaced is itself a backup, and restoring it undoes the restore.
    const QList<BackupStore::Backup> backups = store.list();
    REQUIRE(backups.size() == 2);
    const auto replaced = std::find_if(backups.begin(), backups.end(), [](const BackupStore::Backup &backup) {
        return backup.kind == BackupStore::Kind::BeforeRestore;
    });
    REQUIRE(replaced != backups.end());
    CHECK(replaced->path == replacedPath);
    test.database().restoreFrom(replaced->path);
    CHECK(Test::dumpDatabase(test.connection()) == dumpAfter);

    SECTION("a file that is not an AllianceDesk backup")
    {
        const QString text = QDir(test.dir()).filePath(u"notes.txt"_s);
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database at all, but long enough to look like one's first page to a careless reader");
        file.close();
        try {
            test.database().restoreFrom(text);
            FAIL("restored from a text file");
        } catch (const StorageError &error) {
            CHECK(error.message().contains(u"cannot be restored: it is not an SQLite file. Nothing was changed."_s));
        }
        CHECK(Test::dumpDatabase(test.connection()) == dumpAfter);
    }
    SECTION("a backup of an older data format is brought up to date")
    {
        const QString older = QDir(test.dir()).filePath(u"older.alliancedesk"_s);
        Test::makeOldFormat(older, 4);
        test.database().restoreFrom(older);
        CHECK(test.database().schemaVersion() == Database::currentSchemaVersion());
    }
}

TEST_CASE("Opening a file of an earlier data format keeps a backup of it first", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.alliancedesk"_s);
    Test::makeOldFormat(path, 4, [](const QSqlDatabase &db) {
        SqlQuery(db, u"INSERT INTO organisations (name, type, country) VALUES ('Rozan', 'ngo', 'PK')"_s).exec();
    });
    auto database = Database::open(path);
    CHECK(database->schemaVersion() == Database::currentSchemaVersion());
    const QList<BackupStore::Backup> backups = BackupStore(path).list();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().kind == BackupStore::Kind::BeforeMigration);
    // The backup is the file as it was: the old data format, with its data.
    QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"before-migration"_s);
    copy.setDatabaseName(backups.first().path);
    copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    REQUIRE(copy.open());
    {
        SqlQuery version(copy, u"PRAGMA user_version"_s);
        version.exec();
        REQUIRE(version.next());
        CHECK(version.value(0).toInt() == 4);
        SqlQuery names(copy, u"SELECT name FROM organisations"_s);
        names.exec();
        REQUIRE(names.next());
        CHECK(names.value(0).toString() == u"Rozan"_s);
    }
    copy.close();
    copy = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"before-migration"_s);
}
