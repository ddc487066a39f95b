#pragma once
// Helpers shared by the end-to-end tests of alliancedesk-cli: run it as a child process, read what it wrote.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <catch2/catch.hpp>

#include <atomic>
#include <map>
#include <string>

namespace AllianceDesk::CliTest {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// Runs alliancedesk-cli in @p home (a test's temporary folder), never touching the real home folder.
CliResult runCli(const QTemporaryDir &home, const QStringList &arguments);

CliResult runCli(const QTemporaryDir &home, const QString &db, const QStringList &arguments);

/// The sample alliance as shipped (resources/sample/alliance.json, built into core).
QJsonObject sampleJson();

QJsonObject parseObject(const QByteArray &bytes);

QJsonArray parseArray(const QByteArray &bytes);

/// Creates the sample database at @p dir/alliance.alliancedesk through the command line; returns its path.
QString initSample(const QTemporaryDir &dir);

QJsonObject stats(const QTemporaryDir &dir, const QString &db);

QJsonArray listJson(const QTemporaryDir &dir, const QString &db, const QString &list, const QString &search = {});

QString dump(const QString &path);

/// The names of the SQLite side files (-wal, -shm, -journal) that exist next to @p path, or "" when none do.
std::string sidecarFiles(const QString &path);

/// Parses RFC 4180 CSV (CRLF or LF line ends) into rows of fields.
QList<QStringList> parseCsv(const QString &text);

/// Another program's SQLite database that uses a write-ahead log (closed cleanly: no side files left).
void writeForeignWalDatabase(const QString &path);

/// An AllianceDesk database cut short, as after a failed copy: the header is intact, the pages are not.
void writeTruncatedDatabase(const QTemporaryDir &dir, const QString &path);

/// The stats key counting the records of each list.
const std::map<QString, QString> &listEntities();

QJsonObject findBy(const QJsonArray &array, const QString &key, const QString &value);

const QSet<QString> &dateKeys();

/// A raw SQLite connection to a file, as another program would open it (no AllianceDesk rules, no migration).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("cli-test-raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    void exec(const QString &sql)
    {
        QSqlQuery query(db());
        INFO(sql.toStdString());
        const bool ok = query.exec(sql);
        INFO(query.lastError().text().toStdString());
        REQUIRE(ok);
    }

    QVariant value(const QString &sql)
    {
        QSqlQuery query(db());
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0);
    }

private:
    static std::atomic_int &counter()
    {
        static std::atomic_int value{0};
        return value;
    }
    QString m_name;
};

} // namespace AllianceDesk::CliTest
