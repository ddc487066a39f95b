#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace AllianceDesk {

class Database;

/**
 * The backups AllianceDesk makes by itself, in the `backups` folder beside the database: before a migration, before
 * an import, before a restore, and once a day when the database is used. A rotation keeps the last 7 daily backups,
 * the newest of each of the last 4 weeks and of the last 12 months, and the last 10 made before an import, a
 * migration or a restore; it removes only files it made (named `<database>.<kind>.<time>.alliancedesk`).
 */
class BackupStore
{
public:
    enum class Kind
    {
        Daily,
        BeforeImport,
        BeforeMigration,
        BeforeRestore,
    };

    struct Backup
    {
        QString path;
        Kind kind = Kind::Daily;
        QDateTime made; ///< UTC, from the name
        qint64 size = 0;
    };

    explicit BackupStore(QString databasePath);

    /// `<folder of the database>/backups`.
    QString folder() const;
    /// The backups of this database, newest first.
    QList<Backup> list() const;
    /// Makes a backup of @p database of @p kind now, then applies the rotation; returns its path.
    QString make(const Database &database, Kind kind, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// Makes today's daily backup unless one was made today (UTC); returns its path or an empty string.
    QString makeDailyIfDue(const Database &database, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// The backups the rotation keeps of @p backups, newest first (the others are removed by make()).
    static QList<Backup> kept(const QList<Backup> &backups);
    /// A backup named by path, or by file name in folder().
    QString resolve(const QString &nameOrPath) const;

    static QString kindName(Kind kind);

private:
    void rotate() const;

    QString m_databasePath;
};

} // namespace AllianceDesk
