#include "database.h"

#include "migrator.h"
#include "sqlfunctions.h"
#include "sqlquery.h"
#include "util/error.h"
#include "util/filepublisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString nextConnectionName()
{
    static std::atomic_int counter{0};
    return u"alliancedesk-%1"_s.arg(++counter);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

OpenError notAllianceDesk(const QString &path, const QString &why)
{
    return OpenError(
        OpenError::Reason::NotAllianceDesk,
        QCoreApplication::translate("Database", "%1 is not an AllianceDesk database (%2); it was left unchanged.")
            .arg(nativePath(path), why));
}

OpenError tooNew(const QString &path, int version)
{
    return OpenError(OpenError::Reason::TooNew,
                     QCoreApplication::translate("Database",
                                                 "%1 was written by a newer version of AllianceDesk (data format %2; "
                                                 "this version reads up to %3): open it with the newer version.")
                         .arg(nativePath(path))
                         .arg(version)
                         .arg(Database::currentSchemaVersion()));
}

QString busyTimeoutPragma()
{
    return u"PRAGMA busy_timeout = 5000"_s;
}

OpenError corrupt(const QString &path, const QString &detail)
{
    return OpenError(OpenError::Reason::Corrupt,
                     QCoreApplication::translate("Database",
                                                 "%1 is damaged and cannot be opened (%2); it was left unchanged: "
                                                 "restore it from a backup.")
                         .arg(nativePath(path), detail));
}

/// SQLite's primary result code of a failed statement (SQLITE_NOTADB, SQLITE_CORRUPT…), 0 when there is none.
int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

QString detailOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

[[noreturn]] void throwInspectionError(const QString &path, const QSqlError &error)
{
    switch (primaryCode(error)) {
    case SQLITE_NOTADB:
        throw notAllianceDesk(path, QCoreApplication::translate("Database", "it is not an SQLite file"));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw OpenError(OpenError::Reason::Locked,
                        QCoreApplication::translate("Database",
                                                    "%1 is in use by another program that keeps it locked; try "
                                                    "again when it has finished.")
                            .arg(nativePath(path)));
    default:
        throw corrupt(path, detailOf(error));
    }
}

} // namespace

/**
 * Checks, on the connection that will be used, that the file is an AllianceDesk database this version can open,
 * before anything may write to it.
 *
 * The check runs through SQLite only (`query_only`, nothing written): opening the file any other way while this
 * process has connections to it would drop their POSIX locks, and the write-ahead log and shared-memory files are
 * SQLite's to create and delete — another process may be using them this very moment.
 */
void Database::inspect()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const auto pragma = [&](const QString &sql) {
        if (!query.exec(sql) || !query.next()) {
            const QSqlError error = query.lastError();
            throwInspectionError(m_path, error);
        }
        const QVariant value = query.value(0);
        query.finish();
        return value;
    };
    const auto set = [&](const QString &sql) {
        if (!query.exec(sql))
            throwInspectionError(m_path, query.lastError());
        query.finish();
    };
    set(u"PRAGMA query_only = 1"_s);
    const int appId = pragma(u"PRAGMA application_id"_s).toInt();
    const int version = pragma(u"PRAGMA user_version"_s).toInt();
    const int objects = pragma(u"SELECT count(*) FROM sqlite_schema"_s).toInt();
    if (appId != applicationId && !(appId == 0 && version == 0 && objects == 0))
        throw notAllianceDesk(m_path, QCoreApplication::translate("Database", "it belongs to another program"));
    if (version > currentSchemaVersion())
        throw tooNew(m_path, version);
    // Memory-mapped reads make the check of a large file cheaper; they are turned off again for writing.
    // Damage only: a value that breaks a CHECK is a broken rule, which `check` reports; it does not stop opening.
    set(u"PRAGMA ignore_check_constraints = ON"_s);
    set(u"PRAGMA mmap_size = 268435456"_s);
    if (!query.exec(u"PRAGMA quick_check"_s))
        throwInspectionError(m_path, query.lastError());
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    query.finish();
    if (problems != QStringList{u"ok"_s})
        throw corrupt(m_path, problems.mid(0, 3).join(u"; "_s));
    set(u"PRAGMA mmap_size = 0"_s);
    set(u"PRAGMA ignore_check_constraints = OFF"_s);
    set(u"PRAGMA query_only = 0"_s);
}

int Database::currentSchemaVersion()
{
    return Migrator::latestVersion();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"alliance.alliancedesk"_s);
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists() && info.isDir())
        throw notAllianceDesk(absolute, QCoreApplication::translate("Database", "it is a folder"));
    if (info.exists() && !info.isFile()) {
        // A named pipe or a device: opening it would wait for a writer or read forever.
        throw notAllianceDesk(absolute, QCoreApplication::translate("Database", "it is a pipe or a device"));
    }

    // Only SQLite opens the file: see inspect().
    const bool exists = info.exists();
    const bool isNew = !exists || info.size() == 0;
    if (!exists && mode == OpenMode::OpenExisting) {
        throw OpenError(
            OpenError::Reason::NotFound,
            QCoreApplication::translate("Database", "There is no database at %1.").arg(nativePath(absolute)));
    }
    if (exists && isNew && mode == OpenMode::OpenExisting)
        throw notAllianceDesk(absolute, QCoreApplication::translate("Database", "the file is empty"));
    if (!exists && !QDir().mkpath(info.absolutePath())) {
        throw OpenError(OpenError::Reason::CannotCreate,
                        QCoreApplication::translate("Database", "Cannot create the folder %1.")
                            .arg(nativePath(info.absolutePath())));
    }

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    db.setDatabaseName(absolute);
    if (!db.open()) {
        throw OpenError(isNew ? OpenError::Reason::CannotCreate : OpenError::Reason::Locked,
                        QCoreApplication::translate("Database", "Cannot open %1: %2.")
                            .arg(nativePath(absolute), db.lastError().text()));
    }
    // Waiting for another program's write applies to the inspection too: a busy file is not a damaged one.
    QSqlQuery(db).exec(busyTimeoutPragma());
    if (!isNew)
        database->inspect();
    database->configure();
    Migrator(db).migrate();
    return database;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::configure()
{
    QSqlDatabase db = connection();
    for (const QString &pragma :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        SqlQuery(db, pragma).exec();
    }
    registerSqlFunctions(db);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    SqlQuery query(connection(), u"PRAGMA user_version"_s);
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

void Database::backupTo(const QString &file) const
{
    const QFileInfo target(file);
    if (target.exists()) {
        throw StorageError(QCoreApplication::translate("Database", "%1 already exists: choose a new file name for "
                                                                   "the backup.")
                               .arg(nativePath(target.absoluteFilePath())));
    }
    if (!target.absoluteDir().exists()) {
        throw StorageError(QCoreApplication::translate("Database", "Cannot write the backup to %1: the folder %2 does "
                                                                   "not exist.")
                               .arg(nativePath(target.absoluteFilePath()), nativePath(target.absolutePath())));
    }
    // VACUUM INTO reads one consistent snapshot, so other connections may keep writing meanwhile. It writes under a
    // temporary name: a kill or a full disk never leaves a file at the target that looks like a backup.
    const QString temporary = FilePublisher::temporaryPathFor(target.absoluteFilePath());
    QSqlQuery query(connection());
    query.prepare(u"VACUUM INTO :file"_s);
    query.bindValue(u":file"_s, temporary);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        QFile::remove(temporary);
        QFile::remove(temporary + u"-journal"_s);
        const int code = primaryCode(error);
        const int errnoValue = code == SQLITE_FULL ? ENOSPC : code == SQLITE_READONLY ? EROFS : 0;
        throw StorageError(QCoreApplication::translate("Database", "Cannot write the backup to %1: %2.")
                               .arg(nativePath(target.absoluteFilePath()),
                                    errnoValue != 0 ? FilePublisher::describeWriteError(errnoValue) : detailOf(error)));
    }
    query.finish();
    FilePublisher::publish(temporary, target.absoluteFilePath(), FilePublisher::Existing::Refuse);
}

} // namespace AllianceDesk
