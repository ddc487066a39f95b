#include "databasebackup.h"

#include "sqlfunctions.h"
#include "util/error.h"
#include "util/filepublisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// Pages copied between two progress reports: 1 MB with SQLite's default page size.
constexpr int pagesPerStep = 256;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void failWrite(const QString &path, const QString &reason)
{
    throw StorageError(QCoreApplication::translate("DatabaseBackup", "Cannot write the backup to %1: %2.")
                           .arg(nativePath(path), reason));
}

/// The copy under its temporary name: closed and removed unless published.
class PartialCopy
{
public:
    explicit PartialCopy(QString path)
        : m_path(std::move(path))
    {}
    ~PartialCopy()
    {
        close();
        if (!m_published) {
            QFile::remove(m_path);
            QFile::remove(m_path + u"-journal"_s);
        }
    }
    PartialCopy(const PartialCopy &) = delete;
    PartialCopy &operator=(const PartialCopy &) = delete;

    sqlite3 *open()
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc != SQLITE_OK)
            return nullptr;
        return m_db;
    }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }
    bool close()
    {
        const bool closed = !m_db || sqlite3_close(m_db) == SQLITE_OK;
        m_db = nullptr;
        return closed;
    }
    void published() { m_published = true; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_published = false;
};

/// A read transaction on the source, so that every step copies pages of the same snapshot.
class Snapshot
{
public:
    explicit Snapshot(sqlite3 *db)
        : m_db(db)
    {
        m_open = sqlite3_exec(db, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Snapshot()
    {
        if (m_open)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;
    bool isOpen() const { return m_open; }

private:
    sqlite3 *m_db;
    bool m_open = false;
};

} // namespace

bool DatabaseBackup::write(const QSqlDatabase &source, const QString &file, const Progress &progress)
{
    const QFileInfo target(file);
    const QString path = target.absoluteFilePath();
    if (target.exists()) {
        throw StorageError(QCoreApplication::translate("DatabaseBackup", "%1 already exists: choose a new file "
                                                                         "name for the backup.")
                               .arg(nativePath(path)));
    }
    if (!target.absoluteDir().exists()) {
        throw StorageError(QCoreApplication::translate("DatabaseBackup", "Cannot write the backup to %1: the folder "
                                                                         "%2 does not exist.")
                               .arg(nativePath(path), nativePath(target.absolutePath())));
    }

    sqlite3 *sourceHandle = sqliteHandle(source);
    const Snapshot snapshot(sourceHandle);
    if (!snapshot.isOpen())
        failWrite(path, QString::fromUtf8(sqlite3_errmsg(sourceHandle)));

    // Hidden, beside the target: the rename that publishes it stays within one file system.
    PartialCopy copy(FilePublisher::temporaryPathFor(path));
    sqlite3 *destination = copy.open();
    if (!destination)
        failWrite(path, copy.error().isEmpty() ? QCoreApplication::translate("DatabaseBackup", "the file cannot be "
                                                                                               "created")
                                               : copy.error());
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", sourceHandle, "main");
    if (!backup)
        failWrite(path, copy.error());

    int rc = SQLITE_OK;
    bool cancelled = false;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        const int copied = total - sqlite3_backup_remaining(backup);
        if (progress && !progress(total > 0 ? int(qint64(copied) * 99 / total) : 0)) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(20);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (cancelled)
        return false; // the partial copy is removed on the way out
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        const int code = (rc != SQLITE_DONE ? rc : finished) & 0xff;
        failWrite(path, code == SQLITE_FULL       ? FilePublisher::describeWriteError(ENOSPC)
                        : code == SQLITE_READONLY ? FilePublisher::describeWriteError(EROFS)
                                                  : QString::fromUtf8(sqlite3_errstr(code)));
    }
    if (!copy.close())
        failWrite(path, QCoreApplication::translate("DatabaseBackup", "the copy could not be closed"));
    // Flushed to the disk, then given its name — never over a file that appeared meanwhile.
    FilePublisher::publish(copy.path(), path, FilePublisher::Existing::Refuse);
    copy.published();
    if (progress)
        progress(100);
    return true;
}

} // namespace AllianceDesk
