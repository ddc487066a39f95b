#include "testdatabase.h"

#include <QDir>

#include "sample/samplealliance.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk::Test {

TestDatabase::TestDatabase(bool withSample)
    : m_path(m_dir.filePath(u"test.alliancedesk"_s))
    , m_database(Database::open(m_path, Database::OpenMode::CreateIfMissing))
{
    if (withSample)
        SampleAlliance::load(*m_database);
}

void TestDatabase::reopen()
{
    m_database.reset();
    m_database = Database::open(m_path);
}

QString dumpDatabase(const QSqlDatabase &db, const QStringList &skippedTables)
{
    QString dump;
    SqlQuery tables(db, u"SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name"_s);
    tables.exec();
    QStringList tableNames;
    while (tables.next()) {
        dump += tables.value(1).toString() + u"\n"_s;
        if (tables.value(1).toString().startsWith(u"CREATE TABLE"_s))
            tableNames << tables.value(0).toString();
    }
    for (const QString &table : std::as_const(tableNames)) {
        if (std::any_of(skippedTables.cbegin(), skippedTables.cend(),
                        [&table](const QString &prefix) { return table.startsWith(prefix); }))
            continue;
        SqlQuery rows(db, u"SELECT * FROM \"%1\" ORDER BY 1"_s.arg(table));
        rows.exec();
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.raw().record();
            for (int i = 0; i < record.count(); ++i)
                values << (rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
            dump += table + u": "_s + values.join(u'|') + u"\n"_s;
        }
    }
    return dump;
}

void makeOldFormat(const QString &path, int version, const std::function<void(const QSqlDatabase &)> &prepare)
{
    const QString name = u"old-format-%1"_s.arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Migrator(db).migrate(version);
        SqlQuery(db, u"PRAGMA application_id = %1"_s.arg(Database::applicationId)).exec();
        if (prepare)
            prepare(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

namespace {
QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}
} // namespace

QString writeFile(const TestDatabase &test, const QString &name, const QByteArray &bytes)
{
    return writeBytes(QDir(test.dir()).filePath(name), bytes);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    return writeBytes(dir.filePath(name), text.toUtf8());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList sampleMembers(const QString &status, const QString &country, const QString &network)
{
    QFile file(SampleAlliance::resourcePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, QJsonObject> organisations;
    for (const QJsonValue &organisation : sample.value(u"organisations"_s).toArray())
        organisations.insert(organisation[u"key"_s].toString(), organisation.toObject());
    QStringList names;
    for (const QJsonValue &membership : sample.value(u"memberships"_s).toArray()) {
        QString latest;
        QString latestDate;
        for (const QJsonValue &change : membership[u"history"_s].toArray()) {
            if (change[u"date"_s].toString() >= latestDate) {
                latestDate = change[u"date"_s].toString();
                latest = change[u"status"_s].toString();
            }
        }
        const QJsonObject organisation = organisations.value(membership[u"organisation"_s].toString());
        if (latest == status && (country.isEmpty() || organisation[u"country"_s].toString() == country) &&
            (network.isEmpty() || membership[u"network"_s].toString() == network))
            names << organisation[u"name"_s].toString();
    }
    names.sort();
    return names;
}

} // namespace AllianceDesk::Test
