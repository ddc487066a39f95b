#include "database.h"

#include "backupstore.h"
#include "databasebackup.h"
#include "migrator.h"
#include "sqlfunctions.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/error.h"
#include "util/filepublisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>
#include <unistd.h>

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

/**
 * Points @p db at @p path read-only, without locks or side files (SQLite's `immutable`): for files nobody may write
 * (a read-only medium, a backup). Closing such a connection closes its descriptor outright, so it is never used on a
 * file that another connection of this process has open.
 */
void setImmutable(QSqlDatabase &db, const QString &path)
{
    db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
}

/// Below this, SQLite may fail to make its shared-memory file or to write at all: a full disk is the likely cause.
constexpr qint64 minimumFreeBytes = 1024 * 1024;

/// Where a file lives, read from the mount table and the permissions (never by opening the file).
struct Place
{
    bool readOnly = false;
    QString whyReadOnly;
    QByteArray networkType;
    qint64 bytesAvailable = -1;
};

Place placeOf(const QFileInfo &info)
{
    Place place;
    const QString folder = info.absolutePath();
    const QStorageInfo storage(folder);
    place.bytesAvailable = storage.isValid() ? storage.bytesAvailable() : -1;
    if (storage.isValid() &&
        Database::isNetworkFileSystem(storage.fileSystemType(), QString::fromLocal8Bit(storage.device())))
        place.networkType = storage.fileSystemType();
    if (storage.isValid() && storage.isReadOnly()) {
        place.readOnly = true;
        place.whyReadOnly = QCoreApplication::translate("Database", "its disk or medium is read-only");
    } else if (::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        place.readOnly = true;
        place.whyReadOnly = QCoreApplication::translate("Database", "its folder cannot be written to");
    } else if (info.exists() && ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) != 0) {
        place.readOnly = true;
        place.whyReadOnly = QCoreApplication::translate("Database", "the file is read-only");
    }
    return place;
}

/// How many Database objects of this process have each file open (see refuseLogThatDoesNotFit).
QMutex openFilesMutex;
QHash<QString, int> openFiles;

/**
 * Refuses a file whose -wal is not a write-ahead log at all (copied over, or random bytes): SQLite would silently
 * discard it. It is read with QFile: SQLite's locks are on the database and -shm files, never on the -wal.
 */
void refuseForeignLog(const QString &path, const QFileInfo &wal)
{
    QFile file(wal.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return; // SQLite will say what it cannot do
    const QByteArray header = file.read(32);
    const quint32 magic = header.size() >= 4 ? qFromBigEndian<quint32>(header.constData()) : 0;
    const quint32 format = header.size() >= 8 ? qFromBigEndian<quint32>(header.constData() + 4) : 0;
    if (header.size() == 32 && (magic & 0xFFFFFFFE) == 0x377F0682 && format == 3007000)
        return;
    throw OpenError(OpenError::Reason::ForeignLog,
                    QCoreApplication::translate("Database",
                                                "Beside %1 there is %2, which is not an SQLite write-ahead log (it "
                                                "may have been copied there or damaged). Both were left unchanged: "
                                                "move %2 out of the folder, keep it until you have checked the data, "
                                                "and open the database again.")
                        .arg(nativePath(path), wal.fileName()));
}

/**
 * After a file with a -wal failed its check: if the file alone is sound, the log is what does not fit (another
 * copy's log, or a damaged one). Checked on a read-only, lock-free connection, so only when no other connection of
 * this process has the file open (closing it would drop their locks).
 */
void refuseLogThatDoesNotFit(const QString &path, const QFileInfo &wal)
{
    {
        const QMutexLocker locker(&openFilesMutex);
        if (openFiles.value(path) > 0)
            return;
    }
    const QString name = nextConnectionName();
    bool sound = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        setImmutable(db, path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"PRAGMA ignore_check_constraints = ON"_s);
            sound = query.exec(u"PRAGMA quick_check"_s) && query.next() && query.value(0).toString() == u"ok"_s &&
                    !query.next();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!sound)
        return;
    throw OpenError(OpenError::Reason::ForeignLog,
                    QCoreApplication::translate("Database",
                                                "%1 itself is sound, but the write-ahead log beside it, %2, does not "
                                                "fit it (it may belong to another copy of the file, or be damaged). "
                                                "Both were left unchanged: move %2 out of the folder, keep it until "
                                                "you have checked the data, and open the database again.")
                        .arg(nativePath(path), wal.fileName()));
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
void Database::inspect(OpenMode mode)
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
    const bool blank = appId == 0 && version == 0 && objects == 0;
    if (appId != applicationId && !blank)
        throw notAllianceDesk(m_path, QCoreApplication::translate("Database", "it belongs to another program"));
    if (blank && mode != OpenMode::CreateOrAdopt) {
        throw OpenError(OpenError::Reason::EmptySqlite,
                        QCoreApplication::translate("Database",
                                                    "%1 is an SQLite database without any table, not made by "
                                                    "AllianceDesk; it was left unchanged. To make it an AllianceDesk "
                                                    "database, run “alliancedesk-cli --db %1 init”.")
                            .arg(nativePath(m_path)));
    }
    if (version > currentSchemaVersion())
        throw tooNew(m_path, version);
    if (appId == applicationId && version < 1) {
        // AllianceDesk writes its application id and a data format of 1 or more in one transaction.
        throw corrupt(m_path, QCoreApplication::translate("Database", "its data format number, %1, is not one "
                                                                      "AllianceDesk writes")
                                  .arg(version));
    }
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

bool Database::isNetworkFileSystem(const QByteArray &type, const QString &device)
{
    static const QList<QByteArray> remote = {"nfs",
                                             "nfs4",
                                             "cifs",
                                             "smb3",
                                             "smbfs",
                                             "ncpfs",
                                             "9p",
                                             "afs",
                                             "coda",
                                             "ceph",
                                             "glusterfs",
                                             "lustre",
                                             "gfs2",
                                             "ocfs2",
                                             "davfs",
                                             "fuse.sshfs",
                                             "fuse.rclone",
                                             "fuse.s3fs",
                                             "fuse.gcsfuse",
                                             "fuse.gvfsd-fuse",
                                             "fuse.glusterfs",
                                             "fuse.davfs2",
                                             "fuse.curlftpfs",
                                             "fuse.smbnetfs",
                                             "fuse.cephfs",
                                             "fuse.juicefs",
                                             "fuse.onedriver"};
    if (remote.contains(type))
        return true;
    // An unknown mount whose source names a host: "server:/export", "//server/share", "user@host:path".
    if (device.startsWith(u"//"_s))
        return true;
    return device.indexOf(u':') > 0 && !device.startsWith(u'/');
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

    const Place place = placeOf(info);
    const QFileInfo wal(absolute + u"-wal"_s);
    const bool hadLog = wal.exists() && wal.size() > 0;
    if (hadLog && !isNew)
        refuseForeignLog(absolute, wal);
    if (place.readOnly && isNew) {
        throw OpenError(OpenError::Reason::ReadOnly,
                        QCoreApplication::translate("Database", "Cannot create a database at %1: %2.")
                            .arg(nativePath(absolute), place.whyReadOnly));
    }

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    database->m_readOnly = place.readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    if (place.readOnly) {
        if (hadLog) {
            throw OpenError(OpenError::Reason::ReadOnly,
                            QCoreApplication::translate("Database",
                                                        "%1 cannot be read where it is (%2): the latest changes are "
                                                        "still in %3 beside it, which SQLite must write to in order "
                                                        "to read. Copy both files to a folder you can write to and "
                                                        "open the copy; both were left unchanged.")
                                .arg(nativePath(absolute), place.whyReadOnly, wal.fileName()));
        }
        // No program can be writing to a file that nobody may write: it is read as it is, without the lock and
        // shared-memory files that a read-only folder could not hold.
        setImmutable(db, absolute);
    } else {
        db.setDatabaseName(absolute);
    }
    const auto diagnosed = [&](const OpenError &error) -> OpenError {
        // SQLite says "disk I/O error" or "unable to open" when it cannot make its side files on a full disk.
        if (error.reason() != OpenError::Reason::NotAllianceDesk && error.reason() != OpenError::Reason::TooNew &&
            place.bytesAvailable >= 0 && place.bytesAvailable < minimumFreeBytes) {
            return OpenError(OpenError::Reason::NoSpace,
                             QCoreApplication::translate("Database",
                                                         "There is not enough space on the disk that holds %1 (%2 "
                                                         "bytes free) to open it: free some space and try again. "
                                                         "The file was left unchanged.")
                                 .arg(nativePath(absolute))
                                 .arg(place.bytesAvailable));
        }
        return error;
    };
    if (!db.open()) {
        throw diagnosed(OpenError(isNew ? OpenError::Reason::CannotCreate : OpenError::Reason::Locked,
                                  QCoreApplication::translate("Database", "Cannot open %1: %2.")
                                      .arg(nativePath(absolute), db.lastError().text())));
    }
    // A log that was there before belongs to the file (or not): whatever the inspection finds, closing must not
    // merge it into the file, so the connection does not checkpoint on close until the file has been accepted.
    sqlite3 *handle = sqliteHandle(db);
    if (hadLog)
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    // Waiting for another program's write applies to the inspection too: a busy file is not a damaged one.
    QSqlQuery(db).exec(busyTimeoutPragma());
    try {
        if (!isNew)
            database->inspect(mode);
    } catch (const OpenError &error) {
        db = QSqlDatabase();
        database.reset();
        if (error.reason() == OpenError::Reason::Corrupt && hadLog && !place.readOnly)
            refuseLogThatDoesNotFit(absolute, wal);
        throw diagnosed(error);
    }
    if (hadLog)
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    if (place.readOnly) {
        if (database->schemaVersion() < currentSchemaVersion()) {
            throw OpenError(OpenError::Reason::ReadOnly,
                            QCoreApplication::translate("Database",
                                                        "%1 is in an older data format (%2) and cannot be brought up "
                                                        "to date where it is (%3): copy it to a folder you can write "
                                                        "to and open the copy. It was left unchanged.")
                                .arg(nativePath(absolute))
                                .arg(database->schemaVersion())
                                .arg(place.whyReadOnly));
        }
        SqlQuery(db, u"PRAGMA foreign_keys = ON"_s).exec();
        registerSqlFunctions(db, storedSortLocale(db));
        database->m_notices << QCoreApplication::translate("Database",
                                                           "%1 is open read-only (%2): it can be read, searched, "
                                                           "reported and exported, and changes cannot be saved.")
                                   .arg(nativePath(absolute), place.whyReadOnly);
        return database;
    }
    if (!place.networkType.isEmpty()) {
        // SQLite's write-ahead log needs shared memory that network file systems do not share between computers:
        // there the file uses a rollback journal and is held by one program at a time.
        database->m_notices << QCoreApplication::translate(
                                   "Database",
                                   "%1 is on a network folder (%2). AllianceDesk uses it one program at a time there, "
                                   "with a rollback journal instead of a write-ahead log, because a write-ahead log "
                                   "cannot be shared over a network; other programs wait until this one closes it. "
                                   "For a team in several offices, use a shared server (PostgreSQL) instead.")
                                   .arg(nativePath(absolute), QString::fromLatin1(place.networkType));
        SqlQuery(db, u"PRAGMA locking_mode = EXCLUSIVE"_s).exec();
        SqlQuery(db, u"PRAGMA journal_mode = DELETE"_s).exec();
        database->m_networkFolder = true;
    }
    database->configure();
    if (!isNew && database->schemaVersion() < currentSchemaVersion()) {
        // The data as it was before the migration, kept in case the user needs to go back to an older version.
        BackupStore(absolute).make(*database, BackupStore::Kind::BeforeMigration);
    }
    try {
        Migrator(db).migrate();
    } catch (const OpenError &) {
        throw;
    } catch (const StorageError &error) {
        // The migration runs in one transaction: it was rolled back, and the file is as it was.
        throw OpenError(OpenError::Reason::CannotMigrate,
                        QCoreApplication::translate("Database",
                                                    "%1 could not be brought up to the current data format (%2); "
                                                    "it was left unchanged. Its header may be damaged: restore it "
                                                    "from a backup if the data looks wrong elsewhere.")
                            .arg(nativePath(absolute), error.message()));
    }
    database->keepNamesInOrder();
    return database;
}

void Database::keepNamesInOrder()
{
    const QSqlDatabase db = connection();
    keepSortKeys(db);
    // Names another program wrote (any SQLite tool may write the file) have no key yet: an index seek finds them.
    SqlQuery missing(db, u"SELECT EXISTS (SELECT 1 FROM organisations WHERE sort_key IS NULL) OR EXISTS (SELECT 1 "
                         "FROM people WHERE sort_key IS NULL) OR EXISTS (SELECT 1 FROM networks WHERE sort_key IS "
                         "NULL)"_s);
    missing.exec();
    if (missing.next() && missing.value(0).toBool()) {
        try {
            Transaction transaction(db);
            makeMissingSortKeys(db);
            transaction.commit();
        } catch (const StorageError &) {
            // Another program is writing: those few names sort first until the next time the file is opened.
        }
    }
}

QString Database::restoreFrom(const QString &backupPath)
{
    requireWritable();
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    const auto refused = [&source](const QString &why) {
        return StorageError(QCoreApplication::translate("Database", "%1 cannot be restored: %2. Nothing was changed.")
                                .arg(nativePath(source), why));
    };
    if (!QFileInfo(source).isFile())
        throw refused(QCoreApplication::translate("Database", "there is no such file"));
    const QString name = nextConnectionName();
    QString replaced;
    {
        // A backup is never written: it is read as it is, without locks or side files.
        QSqlDatabase backup = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        const auto closer = qScopeGuard([&backup] { backup.close(); });
        setImmutable(backup, source);
        if (!backup.open())
            throw refused(backup.lastError().text());
        QSqlQuery query(backup);
        const auto value = [&](const QString &sql) {
            if (!query.exec(sql) || !query.next())
                throw refused(primaryCode(query.lastError()) == SQLITE_NOTADB
                                  ? QCoreApplication::translate("Database", "it is not an SQLite file")
                                  : detailOf(query.lastError()));
            const QVariant result = query.value(0);
            query.finish();
            return result;
        };
        if (value(u"PRAGMA application_id"_s).toInt() != applicationId)
            throw refused(QCoreApplication::translate("Database", "it is not an AllianceDesk database"));
        const int version = value(u"PRAGMA user_version"_s).toInt();
        if (version > currentSchemaVersion()) {
            throw refused(QCoreApplication::translate("Database", "it was written by a newer version of AllianceDesk "
                                                                  "(data format %1)")
                              .arg(version));
        }
        query.exec(u"PRAGMA ignore_check_constraints = ON"_s);
        if (value(u"PRAGMA quick_check"_s).toString() != u"ok"_s)
            throw refused(QCoreApplication::translate("Database", "it is damaged"));

        replaced = BackupStore(m_path).make(*this, BackupStore::Kind::BeforeRestore);
        sqlite3_backup *copy = sqlite3_backup_init(sqliteHandle(connection()), "main", sqliteHandle(backup), "main");
        if (!copy)
            throw StorageError(QString::fromUtf8(sqlite3_errmsg(sqliteHandle(connection()))));
        const int stepped = sqlite3_backup_step(copy, -1);
        const int finished = sqlite3_backup_finish(copy);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
            const int code = stepped != SQLITE_DONE ? stepped : finished;
            throw StorageError(
                QCoreApplication::translate("Database", "%1 could not be restored into %2: %3. Nothing was changed.")
                    .arg(nativePath(source), nativePath(m_path),
                         (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED
                             ? QCoreApplication::translate("Database",
                                                           "another program is writing to it; try again in a moment")
                             : QString::fromUtf8(sqlite3_errstr(code))));
        }
    }
    QSqlDatabase::removeDatabase(name);
    // A backup of an older data format is migrated: the triggers that keep sort keys are made again after it.
    forgetSortKeys(connection());
    Migrator(connection()).migrate();
    keepNamesInOrder();
    return replaced;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    const QMutexLocker locker(&openFilesMutex);
    ++openFiles[m_path];
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    const QMutexLocker locker(&openFilesMutex);
    if (--openFiles[m_path] <= 0)
        openFiles.remove(m_path);
}

void Database::configure()
{
    QSqlDatabase db = connection();
    SqlQuery(db, u"PRAGMA foreign_keys = ON"_s).exec();
    if (!m_networkFolder)
        SqlQuery(db, u"PRAGMA journal_mode = WAL"_s).exec();
    SqlQuery(db, m_networkFolder ? u"PRAGMA synchronous = FULL"_s : u"PRAGMA synchronous = NORMAL"_s).exec();
    registerSqlFunctions(db, storedSortLocale(db));
}

void Database::requireWritable() const
{
    if (m_readOnly) {
        throw StorageError(QCoreApplication::translate("Database",
                                                       "%1 is open read-only (its disk, folder or file cannot be "
                                                       "written to), so nothing can be changed in it: copy it to a "
                                                       "folder you can write to and use the copy.")
                               .arg(nativePath(m_path)));
    }
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
    // One snapshot copied page by page with SQLite's online backup, so other connections may keep writing.
    DatabaseBackup::write(connection(), file, {});
}

} // namespace AllianceDesk
