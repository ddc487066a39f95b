#include "migrator.h"

#include "database.h"
#include "sqlfunctions.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QStringList migrationFiles()
{
    QStringList files = QDir(u":/schema"_s).entryList({u"[0-9][0-9][0-9]_*.sql"_s}, QDir::Files, QDir::Name);
    return files;
}

} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

int Migrator::latestVersion()
{
    static const int latest = [] {
        const QStringList files = migrationFiles();
        return files.isEmpty() ? 0 : files.constLast().left(3).toInt();
    }();
    return latest;
}

QStringList Migrator::statements(int version)
{
    const QStringList files = migrationFiles();
    const QString prefix = u"%1_"_s.arg(version, 3, 10, QLatin1Char('0'));
    for (const QString &name : files) {
        if (!name.startsWith(prefix))
            continue;
        QFile file(u":/schema/"_s + name);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(u"Cannot read the built-in migration %1."_s.arg(name));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression separator(u"^-- ;\\s*$"_s, QRegularExpression::MultilineOption);
        QStringList result;
        for (const QString &part : text.split(separator)) {
            // Drop comment-only lines so that an empty chunk is recognised as empty.
            QStringList lines;
            for (const QString &line : part.split(u'\n')) {
                if (!line.trimmed().startsWith(u"--"_s))
                    lines << line;
            }
            const QString statement = lines.join(u'\n').trimmed();
            if (!statement.isEmpty())
                result << statement;
        }
        return result;
    }
    throw StorageError(u"There is no built-in migration to data format %1."_s.arg(version));
}

int Migrator::currentVersion() const
{
    // Scoped: a statement left open would keep migrations from dropping tables (SQLITE_LOCKED).
    SqlQuery versionQuery(m_db, u"PRAGMA user_version"_s);
    versionQuery.exec();
    return versionQuery.next() ? versionQuery.value(0).toInt() : 0;
}

void Migrator::migrate(int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    if (currentVersion() >= targetVersion)
        return;

    // Data format 4 rewrites CHECK constraints through writable_schema, which SQLite's defensive mode (off by
    // default, but a build may turn it on) forbids: it is off while the migrations run.
    sqlite3 *handle = sqliteHandle(m_db);
    int defensive = 0;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    const auto restore =
        qScopeGuard([handle, defensive] { sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, defensive, nullptr); });
    // Data format 7 makes the names' sort keys with this program's SQL functions: a connection opened without
    // Database (a test's, a tool's) gets them here.
    if (!QSqlQuery(m_db).exec(u"SELECT ad_sort_locale()"_s))
        registerSqlFunctions(m_db, storedSortLocale(m_db));
    Transaction transaction(m_db);
    // Read again under the write lock: another program may have migrated the file since.
    const int fromVersion = currentVersion();
    if (fromVersion >= targetVersion)
        return;
    for (int version = fromVersion + 1; version <= targetVersion; ++version) {
        for (const QString &statement : statements(version))
            SqlQuery(m_db, statement).exec();
    }
    // PRAGMAs take no bound parameters; both values are integers we control.
    SqlQuery(m_db, u"PRAGMA application_id = %1"_s.arg(Database::applicationId)).exec();
    SqlQuery(m_db, u"PRAGMA user_version = %1"_s.arg(targetVersion)).exec();
    transaction.commit();
}

} // namespace AllianceDesk
