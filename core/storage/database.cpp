#include "database.h"

#include "migrator.h"
#include "sqlfunctions.h"
#include "sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <atomic>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString nextConnectionName()
{
    static std::atomic_int counter{0};
    return u"alliancedesk-%1"_s.arg(++counter);
}

/// What the first 100 bytes of a file (the SQLite header) say, read without opening it as a database.
struct FileHeader
{
    bool empty = false;
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

FileHeader readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw OpenError(OpenError::Reason::NotFound, QCoreApplication::translate("Database", "Cannot read %1: %2.")
                                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray bytes = file.read(100);
    FileHeader header;
    header.empty = bytes.isEmpty();
    header.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (header.sqlite) {
        header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    }
    return header;
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

OpenError tooNew(const QString &path, quint32 version)
{
    return OpenError(OpenError::Reason::TooNew,
                     QCoreApplication::translate("Database",
                                                 "%1 was written by a newer version of AllianceDesk (data format %2; "
                                                 "this version reads up to %3): open it with the newer version.")
                         .arg(nativePath(path))
                         .arg(version)
                         .arg(Database::currentSchemaVersion()));
}

/**
 * Removes the -wal and -shm files a read-only inspection of a WAL-mode file made, so that a refused file is left
 * exactly as it was found. Side files that existed before (another program has the file open) are kept.
 */
class SideFileGuard
{
public:
    explicit SideFileGuard(const QString &path)
        : m_wal(path + u"-wal"_s)
        , m_shm(path + u"-shm"_s)
        , m_hadWal(QFile::exists(m_wal))
        , m_hadShm(QFile::exists(m_shm))
    {}
    ~SideFileGuard()
    {
        if (!m_hadWal && QFileInfo(m_wal).size() == 0)
            QFile::remove(m_wal);
        if (!m_hadShm)
            QFile::remove(m_shm);
    }
    SideFileGuard(const SideFileGuard &) = delete;
    SideFileGuard &operator=(const SideFileGuard &) = delete;

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

/// Opens @p path read-only and checks it before anything may write to it.
void inspectReadOnly(const QString &path)
{
    const SideFileGuard sideFiles(path);
    const QString name = nextConnectionName();
    // Whatever happens, the connection is closed before the side files are tidied.
    struct ConnectionRemover
    {
        QString name;
        ~ConnectionRemover() { QSqlDatabase::removeDatabase(name); }
    } remover{name};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        auto corrupt = [&path](const QString &detail) {
            return OpenError(OpenError::Reason::Corrupt,
                             QCoreApplication::translate("Database",
                                                         "%1 is damaged and cannot be opened (%2); it was left "
                                                         "unchanged: restore it from a backup.")
                                 .arg(nativePath(path), detail));
        };
        if (!db.open())
            throw corrupt(db.lastError().text());
        QSqlQuery query(db);
        // Memory-mapped reads make the check of a large file cheaper; the connection is read-only.
        query.exec(u"PRAGMA mmap_size = 268435456"_s);
        if (!query.exec(u"PRAGMA quick_check"_s))
            throw corrupt(query.lastError().driverText().isEmpty() ? query.lastError().text()
                                                                   : query.lastError().databaseText());
        QStringList problems;
        while (query.next())
            problems << query.value(0).toString();
        if (problems != QStringList{u"ok"_s})
            throw corrupt(problems.mid(0, 3).join(u"; "_s));
        // The header may lag behind a write-ahead log: ask SQLite too.
        if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
            throw corrupt(query.lastError().text());
        const int appId = query.value(0).toInt();
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            throw corrupt(query.lastError().text());
        const int version = query.value(0).toInt();
        if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !query.next())
            throw corrupt(query.lastError().text());
        const int objects = query.value(0).toInt();
        if (appId != Database::applicationId && !(appId == 0 && version == 0 && objects == 0))
            throw notAllianceDesk(path, QCoreApplication::translate("Database", "it belongs to another program"));
        if (version > Database::currentSchemaVersion())
            throw tooNew(path, static_cast<quint32>(version));
        db.close();
    }
}

} // namespace

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

    bool isNew = !info.exists();
    if (!isNew) {
        const FileHeader header = readHeader(absolute);
        if (header.empty) {
            if (mode == OpenMode::OpenExisting)
                throw notAllianceDesk(absolute, QCoreApplication::translate("Database", "the file is empty"));
            isNew = true;
        } else if (!header.sqlite) {
            throw notAllianceDesk(absolute, QCoreApplication::translate("Database", "it is not an SQLite file"));
        } else {
            if (header.applicationId == static_cast<quint32>(applicationId) &&
                header.userVersion > static_cast<quint32>(currentSchemaVersion()))
                throw tooNew(absolute, header.userVersion);
            inspectReadOnly(absolute);
        }
    } else if (mode == OpenMode::OpenExisting) {
        throw OpenError(
            OpenError::Reason::NotFound,
            QCoreApplication::translate("Database", "There is no database at %1.").arg(nativePath(absolute)));
    } else if (!QDir().mkpath(info.absolutePath())) {
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
    for (const QString &pragma : {u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}) {
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
    // VACUUM INTO reads one consistent snapshot, so other connections may keep writing meanwhile.
    SqlQuery query(connection(), u"VACUUM INTO :file"_s);
    query.bind(u":file"_s, target.absoluteFilePath());
    query.exec();
}

} // namespace AllianceDesk
