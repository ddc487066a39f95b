#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QString schemaOf(const QSqlDatabase &db)
{
    SqlQuery query(db, u"SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name"_s);
    query.exec();
    QString schema;
    while (query.next())
        schema += query.value(0).toString() + u' ' + query.value(1).toString() + u'\n' + query.value(2).toString();
    return schema;
}

} // namespace

TEST_CASE("Every earlier schema version migrates to the current one", "[migration]")
{
    Test::TestDatabase reference;
    const QString expected = schemaOf(reference.connection());
    REQUIRE_FALSE(expected.isEmpty());

    for (int version = 0; version < Database::currentSchemaVersion(); ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.alliancedesk"_s);
        const QString connection = u"migration-%1"_s.arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            Migrator(db).migrate(version);
            if (version > 0)
                SqlQuery(db, u"PRAGMA application_id = %1"_s.arg(Database::applicationId)).exec();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);

        // Version 0 is a file SQLite created but nobody wrote to: it opens only as a new database.
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        CHECK(database->schemaVersion() == Database::currentSchemaVersion());
        CHECK(schemaOf(database->connection()) == expected);
    }
}

TEST_CASE("Migrations are split into statements and numbered without gaps", "[migration]")
{
    for (int version = 1; version <= Database::currentSchemaVersion(); ++version) {
        const QStringList statements = Migrator::statements(version);
        CHECK_FALSE(statements.isEmpty());
        for (const QString &statement : statements)
            CHECK_FALSE(statement.trimmed().isEmpty());
    }
}

TEST_CASE("Opening a current database again changes nothing", "[migration]")
{
    Test::TestDatabase test(true);
    const QString before = Test::dumpDatabase(test.connection());
    test.reopen();
    CHECK(Test::dumpDatabase(test.connection()) == before);
}
