#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    SqlQuery query(db, u"PRAGMA "_s + name);
    query.exec();
    return query.next() ? query.value(0) : QVariant();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Expects opening @p path to be refused for @p reason, with the file's bytes and folder left as they were.
void requireRefused(const QString &path, OpenError::Reason reason, const QString &messagePart,
                    const QStringList &allowedSideFiles = {})
{
    const QByteArray before = Test::fileBytes(path);
    const QStringList filesBefore = QFileInfo(path).dir().entryList(QDir::Files);
    try {
        Database::open(path);
        FAIL("the file was opened");
    } catch (const OpenError &error) {
        CHECK(error.reason() == reason);
        CHECK(error.message().contains(messagePart));
        CHECK(error.message().contains(QFileInfo(path).fileName()));
    }
    CHECK(Test::fileBytes(path) == before);
    QStringList filesAfter = QFileInfo(path).dir().entryList(QDir::Files);
    // SQLite's shared-memory index of a log that was already there may stay: it holds no data and is SQLite's own.
    for (const QString &suffix : allowedSideFiles)
        filesAfter.removeAll(QFileInfo(path).fileName() + suffix);
    CHECK(filesAfter == filesBefore);
}

} // namespace

TEST_CASE("A new database is configured and at the current schema", "[database]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    CHECK(test.database().schemaVersion() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 1);
    CHECK(pragma(db, u"application_id"_s).toInt() == Database::applicationId);
    CHECK(pragma(db, u"foreign_keys"_s).toInt() == 1);
    CHECK(pragma(db, u"journal_mode"_s).toString() == u"wal"_s);
    CHECK(pragma(db, u"busy_timeout"_s).toInt() >= 1000);
}

TEST_CASE("Files that are not AllianceDesk databases are refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(u"members.csv"_s);
        writeFile(path, "name,country\nROZAN,PK\n");
        requireRefused(path, OpenError::Reason::NotAllianceDesk, u"not an SQLite file"_s);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(u"empty.alliancedesk"_s);
        writeFile(path, QByteArray());
        requireRefused(path, OpenError::Reason::NotAllianceDesk, u"empty"_s);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(u"CREATE TABLE contacts (name TEXT)"_s);
            QSqlQuery(other).exec(u"INSERT INTO contacts VALUES ('Rozan')"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other-program"_s);
        requireRefused(path, OpenError::Reason::NotAllianceDesk, u"another program"_s);
    }
    SECTION("a missing file")
    {
        CHECK_THROWS_AS(Database::open(dir.filePath(u"missing.alliancedesk"_s)), OpenError);
        CHECK_FALSE(QFile::exists(dir.filePath(u"missing.alliancedesk"_s)));
    }
}

TEST_CASE("A database written by a newer AllianceDesk is refused", "[database]")
{
    Test::TestDatabase test;
    SqlQuery(test.connection(), u"PRAGMA user_version = %1"_s.arg(Database::currentSchemaVersion() + 1)).exec();
    const QString path = test.path();
    // Close it so that everything is in the main file, as another machine would hand it over.
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(u"newer.alliancedesk"_s);
    test.database().backupTo(copy);
    SqlQuery(test.connection(), u"PRAGMA user_version = %1"_s.arg(Database::currentSchemaVersion())).exec();
    {
        // VACUUM INTO keeps user_version; make sure the copy carries the newer version.
        requireRefused(copy, OpenError::Reason::TooNew, u"newer version"_s);
    }
    CHECK(QFile::exists(path));
}

TEST_CASE("A damaged database is refused and its bytes are left as they were", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.alliancedesk"_s);
    {
        Test::TestDatabase test(true);
        test.database().backupTo(path);
    }
    QByteArray bytes = Test::fileBytes(path);
    REQUIRE(bytes.size() > 64 * 1024);
    // Overwrite pages in the middle of the file, keeping the header intact.
    for (qsizetype i = 16 * 1024; i < 48 * 1024; ++i)
        bytes[i] = static_cast<char>((i * 7) & 0xff);
    writeFile(path, bytes);
    requireRefused(path, OpenError::Reason::Corrupt, u"damaged"_s);
}

TEST_CASE("Names in every script round-trip exactly", "[database]")
{
    Test::TestDatabase test;
    const QStringList names = {
        u"روزن"_s,                                      // Urdu
        u"عائشہ خان"_s,                                 // Urdu with heh goal (ہ)
        u"Мария Иванова"_s,                             // Russian
        u"पुरुषों को जोड़ने का मंच"_s,                        // Hindi
        u"ქალთა უფლებები"_s,                            // Georgian
        u"José Müller – Saúde e Gênero"_s,              // accented Latin, en dash
        u"<b>Bold</b> & =SUM(A1) \u202Eevil"_s,         // markup, formula and a bidi override stay literal
        u"Zero\u200Dwidth joiner 👨‍👩‍👧"_s, // emoji sequence
    };
    QList<qint64> ids;
    {
        OrganisationRepository organisations(test.connection());
        for (const QString &name : names) {
            Organisation organisation;
            organisation.name = name;
            organisation.nativeName = name;
            ids << organisations.add(organisation);
        }
    }
    test.reopen();
    OrganisationRepository organisations(test.connection());
    for (int i = 0; i < names.size(); ++i) {
        const Organisation organisation = organisations.get(ids.at(i));
        CHECK(organisation.name == names.at(i));
        CHECK(organisation.nativeName == names.at(i));
    }
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[database]")
{
    Test::TestDatabase test;
    const QString before = Test::dumpDatabase(test.connection());
    {
        Transaction transaction(test.connection());
        Organisation organisation;
        organisation.name = u"Rolled back"_s;
        OrganisationRepository(test.connection()).add(organisation);
    }
    CHECK(Test::dumpDatabase(test.connection()) == before);
    {
        Transaction transaction(test.connection());
        Organisation organisation;
        organisation.name = u"Kept"_s;
        OrganisationRepository(test.connection()).add(organisation);
        transaction.commit();
    }
    CHECK(OrganisationRepository(test.connection()).findByName(u"Kept"_s).has_value());
}

TEST_CASE("A backup is a consistent copy while another connection writes", "[database]")
{
    Test::TestDatabase test(true);
    auto writer = Database::open(test.path());
    Transaction transaction(writer->connection());
    Organisation pending;
    pending.name = u"Uncommitted organisation"_s;
    OrganisationRepository(writer->connection()).add(pending);

    QTemporaryDir dir;
    const QString copy = dir.filePath(u"backup.alliancedesk"_s);
    test.database().backupTo(copy);
    auto backup = Database::open(copy);
    CHECK(Test::dumpDatabase(backup->connection()) == Test::dumpDatabase(test.connection()));
    CHECK_FALSE(OrganisationRepository(backup->connection()).findByName(u"Uncommitted organisation"_s).has_value());
    SECTION("an existing file is never overwritten")
    {
        const QByteArray before = Test::fileBytes(copy);
        CHECK_THROWS_AS(test.database().backupTo(copy), StorageError);
        CHECK(Test::fileBytes(copy) == before);
    }
}

namespace {

/// A connection as another program would make it, without AllianceDesk's checks.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(u"raw-sqlite-%1"_s.arg(++counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawSqlite()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;
    void exec(const QString &sql) { REQUIRE(QSqlQuery(QSqlDatabase::database(m_name, false)).exec(sql)); }

private:
    static inline int counter = 0;
    QString m_name;
};

/// A closed copy of a database with the sample alliance: everything in the main file, no side files.
QString closedCopy(const QTemporaryDir &dir, const QString &name, bool withSample)
{
    Test::TestDatabase source(withSample);
    const QString path = dir.filePath(name);
    source.database().backupTo(path);
    return path;
}

/// Requires the file and its log to be left byte for byte, and no side file made or removed.
void requireRefusedWithLog(const QString &path, OpenError::Reason reason, const QString &messagePart)
{
    const QByteArray log = Test::fileBytes(path + u"-wal"_s);
    requireRefused(path, reason, messagePart, {u"-shm"_s});
    CHECK(Test::fileBytes(path + u"-wal"_s) == log);
}

} // namespace

TEST_CASE("A log beside a file that is not its own is named for what it is, and neither file is touched", "[database]")
{
    QTemporaryDir dir;
    const QString path = closedCopy(dir, u"alliance.alliancedesk"_s, true);
    SECTION("a -wal of random bytes")
    {
        QByteArray noise(70000, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = static_cast<char>((i * 131 + 17) % 251);
        writeFile(path + u"-wal"_s, noise);
        requireRefusedWithLog(path, OpenError::Reason::ForeignLog, u"not an SQLite write-ahead log"_s);
    }
    SECTION("the log of another AllianceDesk file")
    {
        // A real log with committed changes, taken while its own file was still open, as a careless copy would.
        const QString other = closedCopy(dir, u"other.alliancedesk"_s, false);
        {
            auto database = Database::open(other);
            SqlQuery(database->connection(), u"PRAGMA wal_autocheckpoint = 0"_s).exec();
            for (int i = 0; i < 200; ++i) {
                Organisation organisation;
                organisation.name = u"Other file's organisation %1"_s.arg(i);
                organisation.notes = QString(400, u'x');
                OrganisationRepository(database->connection()).add(organisation);
            }
            writeFile(path + u"-wal"_s, Test::fileBytes(other + u"-wal"_s));
        }
        REQUIRE(Test::fileBytes(path + u"-wal"_s).size() > 100000);
        requireRefusedWithLog(path, OpenError::Reason::ForeignLog, u"does not fit it"_s);
        // Once the stray log is moved away, the file opens with its own data.
        QFile::rename(path + u"-wal"_s, dir.filePath(u"stray-wal"_s));
        auto database = Database::open(path);
        CHECK(OrganisationRepository(database->connection()).findByName(u"ROZAN"_s).has_value());
        CHECK_FALSE(
            OrganisationRepository(database->connection()).findByName(u"Other file's organisation 1"_s).has_value());
    }
}

TEST_CASE("An SQLite file without tables is adopted only when asked", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"blank.sqlite"_s);
    {
        RawSqlite blank(path);
        blank.exec(u"VACUUM"_s);
    }
    REQUIRE(QFileInfo(path).size() > 0);
    requireRefused(path, OpenError::Reason::EmptySqlite, u"without any table"_s);
    try {
        Database::open(path, Database::OpenMode::CreateIfMissing);
        FAIL("adopted without asking");
    } catch (const OpenError &error) {
        CHECK(error.reason() == OpenError::Reason::EmptySqlite);
        CHECK(error.message().contains(u"init"_s));
    }
    auto adopted = Database::open(path, Database::OpenMode::CreateOrAdopt);
    CHECK(adopted->schemaVersion() == Database::currentSchemaVersion());
}

TEST_CASE("Network file systems are recognised by their type or their source", "[database]")
{
    CHECK(Database::isNetworkFileSystem("nfs4", u"fileserver:/export/secretariat"_s));
    CHECK(Database::isNetworkFileSystem("cifs", u"//ROZAN-NAS/Shared"_s));
    CHECK(Database::isNetworkFileSystem("fuse.sshfs", u"officer@islamabad.example.org:/data"_s));
    CHECK(Database::isNetworkFileSystem("9p", u"hostshare"_s));
    CHECK(Database::isNetworkFileSystem("fuse.unknownfs", u"backup.example.org:/alliance"_s));
    CHECK(Database::isNetworkFileSystem("smb3", u"//10.0.0.5/docs"_s));
    CHECK_FALSE(Database::isNetworkFileSystem("ext4", u"/dev/sda1"_s));
    CHECK_FALSE(Database::isNetworkFileSystem("btrfs", u"/dev/mapper/root"_s));
    CHECK_FALSE(Database::isNetworkFileSystem("fuseblk", u"/dev/sdb1"_s));
    CHECK_FALSE(Database::isNetworkFileSystem("tmpfs", u"tmpfs"_s));
    CHECK_FALSE(Database::isNetworkFileSystem("overlay", u"overlay"_s));
    CHECK_FALSE(Database::isNetworkFileSystem("vfat", u"/dev/sdc1"_s));
}

TEST_CASE("A header whose data format number AllianceDesk never writes is refused, not migrated", "[database]")
{
    // Found by the opener fuzzer: a negative user_version was taken for an old format and "migrated".
    QTemporaryDir dir;
    const QString path = closedCopy(dir, u"header.alliancedesk"_s, true);
    {
        RawSqlite raw(path);
        raw.exec(u"PRAGMA user_version = -956264698"_s);
    }
    requireRefused(path, OpenError::Reason::Corrupt, u"data format number, -956264698"_s);
    {
        // A number in range but not the file's: the migration it would need fails, and is rolled back.
        RawSqlite raw(path);
        raw.exec(u"PRAGMA user_version = 2"_s);
    }
    const QByteArray before = Test::fileBytes(path);
    try {
        Database::open(path);
        FAIL("opened");
    } catch (const OpenError &error) {
        CHECK(error.reason() == OpenError::Reason::CannotMigrate);
        CHECK(error.message().contains(u"could not be brought up to the current data format"_s));
    }
    CHECK(Test::fileBytes(path) == before);
}
