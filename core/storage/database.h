#pragma once

#include <QSqlDatabase>
#include <QString>

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

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    /// Writes a consistent copy of the database to @p file, even while other connections write to it.
    void backupTo(const QString &file) const;

private:
    Database(QString path, QString connectionName);
    void inspect();
    void configure();

    QString m_path;
    QString m_connectionName;
};

} // namespace AllianceDesk
