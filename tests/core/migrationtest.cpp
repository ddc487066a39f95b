#include "import/importbatches.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "listing/savedviewrepository.h"
#include "storage/sqlfunctions.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

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

TEST_CASE("Every CHECK list is written as comparisons, with its rule and the rows unchanged", "[migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"version3.alliancedesk"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version3"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Migrator(db).migrate(3);
        SqlQuery(db, u"PRAGMA application_id = %1"_s.arg(Database::applicationId)).exec();
        SqlQuery(db, u"INSERT INTO organisations (name, type, country) VALUES ('Rozan', 'ngo', 'PK'), "
                     "('UN Women', 'un_agency', NULL)"_s)
            .exec();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"version3"_s);

    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    const QSqlDatabase db = database->connection();
    CHECK(database->schemaVersion() == Database::currentSchemaVersion());
    SqlQuery integrity(db, u"PRAGMA integrity_check"_s);
    integrity.exec();
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == u"ok"_s);
    SqlQuery rows(db, u"SELECT group_concat(name || ':' || type, ', ') FROM organisations"_s);
    rows.exec();
    REQUIRE(rows.next());
    CHECK(rows.value(0).toString() == u"Rozan:ngo, UN Women:un_agency"_s);

    // No CHECK lists more than two values with IN (SQLite would build a temporary index per row written) ...
    static const QRegularExpression longList(u"\\bIN \\('[^']*', '[^']*', '[^)]*\\)"_s);
    SqlQuery schema(db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'table'"_s);
    schema.exec();
    while (schema.next()) {
        INFO(schema.value(0).toString().toStdString());
        CHECK_FALSE(longList.match(schema.value(1).toString()).hasMatch());
    }
    // ... and the rules still hold, in this connection and in a new one.
    const auto refused = [](const QSqlDatabase &connection, const QString &sql) {
        try {
            SqlQuery(connection, sql).exec();
            return false;
        } catch (const Error &) {
            return true;
        }
    };
    CHECK(refused(db, u"INSERT INTO organisations (name, type) VALUES ('X', 'company')"_s));
    CHECK(refused(db, u"INSERT INTO audit_log (at, user_name, action, entity, entity_id) "
                      "VALUES ('2026-01-01', 'me', 'rename', 'organisations', 1)"_s));
    CHECK_FALSE(refused(db, u"INSERT INTO organisations (name, type) VALUES ('Y', 'academic')"_s));
    auto again = Database::open(path, Database::OpenMode::OpenExisting);
    CHECK(refused(again->connection(), u"UPDATE organisations SET type = 'company' WHERE name = 'Rozan'"_s));
}

TEST_CASE("Migrations run on a connection in SQLite's defensive mode, and leave it on", "[migration]")
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"defensive"_s);
        db.setDatabaseName(dir.filePath(u"defensive.alliancedesk"_s));
        REQUIRE(db.open());
        Migrator(db).migrate(3);
        sqlite3 *handle = sqliteHandle(db);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        Migrator(db).migrate();
        SqlQuery version(db, u"PRAGMA user_version"_s);
        version.exec();
        REQUIRE(version.next());
        CHECK(version.value(0).toInt() == Database::currentSchemaVersion());
        int defensive = 0;
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        CHECK(defensive == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"defensive"_s);
}

TEST_CASE("An import recorded by data format 5 keeps its undo record, and can still be undone and redone",
          "[migration][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"version5.alliancedesk"_s);
    qint64 batchId = 0;
    Test::makeOldFormat(path, 5, [&](const QSqlDatabase &db) {
        // What data format 5's importer kept: the whole batch's changeset in import_batches.changeset.
        QByteArray changeset;
        {
            ChangeRecorder recorder(db);
            SqlQuery(db, u"INSERT INTO organisations (name, type, country) VALUES ('Rozan', 'ngo', 'PK'), "
                         "('Shirakat', 'ngo', 'PK')"_s)
                .exec();
            changeset = recorder.changeset();
        }
        REQUIRE_FALSE(changeset.isEmpty());
        SqlQuery batch(db, u"INSERT INTO import_batches (kind, file_name, sha256, encoding, delimiter, mapping, "
                           "created, started_at, finished_at, user_name, changeset) VALUES ('organisations', "
                           "'members.csv', :sha, 'UTF-8', 'comma', '{}', 2, '2026-01-01T00:00:00Z', "
                           "'2026-01-01T00:00:01Z', 'officer', :changeset)"_s);
        batch.bind(u":sha"_s, QString(64, u'a')).bind(u":changeset"_s, changeset).exec();
        batchId = batch.lastInsertId();
    });

    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    const QSqlDatabase db = database->connection();
    const auto names = [&db] {
        SqlQuery query(db, u"SELECT group_concat(name, ', ') FROM (SELECT name FROM organisations ORDER BY name)"_s);
        query.exec();
        return query.next() ? query.value(0).toString() : QString();
    };
    REQUIRE(names() == u"Rozan, Shirakat"_s);
    CHECK(ImportBatches::hasChanges(db, batchId));
    ImportBatches::undo(db, batchId);
    CHECK(names().isEmpty());
    CHECK(ImportBatches::get(db, batchId).undone.isValid());
    ImportBatches::redo(db, batchId);
    CHECK(names() == u"Rozan, Shirakat"_s);
    CHECK_FALSE(ImportBatches::get(db, batchId).undone.isValid());
}

TEST_CASE("A data format 6 file gains the saved searches and keeps its data", "[migration][savedview]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"version6.alliancedesk"_s);
    Test::makeOldFormat(path, 6, [](const QSqlDatabase &db) {
        SqlQuery(db, u"INSERT INTO organisations (name, type, country) VALUES ('Rozan', 'ngo', 'PK'), "
                     "('Shirakat', 'ngo', 'PK')"_s)
            .exec();
        SqlQuery table(db, u"SELECT count(*) FROM sqlite_schema WHERE name = 'saved_views'"_s);
        table.exec();
        REQUIRE(table.next());
        REQUIRE(table.value(0).toInt() == 0); // data format 6 had none
    });

    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    CHECK(database->schemaVersion() == Database::currentSchemaVersion());
    const QSqlDatabase db = database->connection();
    SqlQuery names(db, u"SELECT group_concat(name, ', ') FROM (SELECT name FROM organisations ORDER BY name)"_s);
    names.exec();
    REQUIRE(names.next());
    CHECK(names.value(0).toString() == u"Rozan, Shirakat"_s);

    SavedViewRepository views(db);
    CHECK(views.all().isEmpty());
    SavedView view;
    view.name = u"Pakistan"_s;
    view.kind = ListKind::Organisations;
    view.setFilter(u"country"_s, u"PK"_s);
    views.add(view);
    REQUIRE(views.find(u"pakistan"_s));
    CHECK(views.find(u"pakistan"_s)->filter(u"country"_s) == QVariant(u"PK"_s));
}

TEST_CASE("Data format 8 gives names their sort keys; a name another program writes gets its key at the next opening",
          "[migration][collation]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"version7.alliancedesk"_s);
    Test::makeOldFormat(path, 7, [](const QSqlDatabase &db) {
        SqlQuery(db, u"INSERT INTO organisations (name, type) VALUES ('Zanzibar Fathers', 'ngo'), "
                     "('Œuvre des pères', 'ngo'), ('Réseau des hommes', 'ngo'), ('Rwanda Men', 'ngo')"_s)
            .exec();
    });
    const auto orderBySortKey = [](const QSqlDatabase &db) {
        SqlQuery names(db, u"SELECT group_concat(name, ', ') FROM (SELECT name FROM organisations "
                           "ORDER BY sort_key, id)"_s);
        names.exec();
        REQUIRE(names.next());
        return names.value(0).toString();
    };
    {
        auto database = Database::open(path, Database::OpenMode::OpenExisting);
        CHECK(database->schemaVersion() == 8);
        CHECK(orderBySortKey(database->connection()) ==
              u"Œuvre des pères, Réseau des hommes, Rwanda Men, Zanzibar Fathers"_s);
        CHECK_FALSE(storedSortLocale(database->connection()).isEmpty());
        // The program's own writes get their keys as they are made.
        SqlQuery(database->connection(), u"INSERT INTO organisations (name, type) VALUES ('Ögon', 'ngo')"_s).exec();
        CHECK(orderBySortKey(database->connection()) ==
              u"Œuvre des pères, Ögon, Réseau des hommes, Rwanda Men, Zanzibar Fathers"_s);
    }
    {
        // Another program (any SQLite tool: no AllianceDesk functions) can still write names; the key is cleared.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"another-tool"_s);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        CHECK(query.exec(u"UPDATE organisations SET name = 'Abaad' WHERE name = 'Zanzibar Fathers'"_s));
        CHECK(query.exec(u"INSERT INTO organisations (name, type) VALUES ('Bantu Men', 'ngo')"_s));
        CHECK(query.exec(u"SELECT count(*) FROM organisations WHERE sort_key IS NULL"_s));
        CHECK((query.next() && query.value(0).toInt() == 2));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"another-tool"_s);
    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    CHECK(orderBySortKey(database->connection()) ==
          u"Abaad, Bantu Men, Œuvre des pères, Ögon, Réseau des hommes, Rwanda Men"_s);
}
