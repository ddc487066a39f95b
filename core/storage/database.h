#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace AllianceDesk {

/**
 * One open AllianceDesk database: an SQLite file with the alliance schema, migrated to the current version.
 *
 * Opening never changes a file that is not an AllianceDesk database, is damaged, or was written by a newer
 * version: it is inspected read-only first and refused with an OpenError.
 */
class Database
{
public:
    enum class OpenMode
    {
        OpenExisting,    ///< refuse a missing file
        CreateIfMissing, ///< create a new, empty database when the file does not exist (or is empty)
        CreateOrAdopt,   ///< as CreateIfMissing, and also turn an SQLite file without any table into one
    };

    /// The schema version written by this build of AllianceDesk.
    static int currentSchemaVersion();
    /// `PRAGMA application_id` of every AllianceDesk file ("ADK1").
    static constexpr int applicationId = 0x41444B31;
    /// The database the GUI and the CLI use when none is named (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    static std::unique_ptr<Database> open(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Whether @p type (a mount's file system type, as in /proc/self/mountinfo) or @p device (its source) is a
    /// network file system, on which SQLite's write-ahead log cannot be shared.
    static bool isNetworkFileSystem(const QByteArray &type, const QString &device);

    QSqlDatabase connection() const;
    /// Opened read-only, because its disk, folder or file cannot be written to: every change is refused.
    bool isReadOnly() const { return m_readOnly; }
    /// Throws a StorageError that says why, when the database is open read-only (before a command that writes).
    void requireWritable() const;
    /// Things the user should know about how the file is used (a network folder…), one sentence each.
    const QStringList &notices() const { return m_notices; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    /**
     * Replaces the contents of this database with those of the backup @p backupPath, through SQLite (other programs
     * with the file open see the change as any other commit), after backing up the current contents; then brings
     * the restored data to the current data format. The backup is checked first and never changed. Returns the
     * path of the backup of the contents it replaced.
     */
    QString restoreFrom(const QString &backupPath);

    /// Writes a consistent copy of the database to @p file, even while other connections write to it.
    void backupTo(const QString &file) const;

private:
    Database(QString path, QString connectionName);
    void inspect(OpenMode mode);
    /// Keeps the names' sort keys as names are written, and makes those another program left out (writable files).
    void keepNamesInOrder();
    void configure();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_networkFolder = false;
    QStringList m_notices;
};

} // namespace AllianceDesk
