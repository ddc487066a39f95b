#include "search/searchindex.h"
#include "document/document.h"
#include "generate/syntheticalliance.h"
#include "listing/recordlister.h"
#include "search/globalsearch.h"
#include "storage/listqueries.h"
#include "storage/sqlfunctions.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> peopleFound(const QSqlDatabase &db, const QString &text)
{
    QList<qint64> ids;
    for (const SearchGroup &group : GlobalSearch(db).search(text, 50)) {
        if (group.kind == ListKind::People) {
            for (const SearchHit &hit : group.hits)
                ids << hit.id;
        }
    }
    return ids;
}

/// What a full scan of the list's search expressions finds, as RecordLister did before the index.
QList<qint64> scanned(const QSqlDatabase &db, ListKind kind, const QString &text)
{
    const ListQuery &list = listQuery(kind);
    QStringList matches;
    for (const ListQuery::SearchField &field : list.searchFields)
        matches << u"ad_fold(%1) LIKE :search ESCAPE '\\'"_s.arg(field.expression);
    SqlQuery query(db, u"SELECT %1 FROM %2 WHERE %3"_s.arg(list.idExpression(), list.from, matches.join(u" OR "_s)));
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    query.bind(u":search"_s, QString(u"%"_s + escaped + u"%"_s)).exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> listed(const QSqlDatabase &db, ListKind kind, const QString &text)
{
    RecordLister lister(db, kind);
    lister.setSearch(text);
    QList<qint64> ids;
    for (const QVariantList &row : lister.fetchAll())
        ids << row.at(0).toLongLong();
    std::sort(ids.begin(), ids.end());
    CHECK(lister.count() == ids.size());
    return ids;
}

} // namespace

TEST_CASE("The search index follows inserts, updates and deletes", "[search][index]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    SqlQuery(db, u"INSERT INTO people (id, name) VALUES (7, 'Olga Smirnova')"_s).exec();
    CHECK(SearchIndex::pending(db) == 1);
    CHECK(peopleFound(db, u"смирнова"_s).isEmpty());
    CHECK(peopleFound(db, u"smirnova"_s) == QList<qint64>{7});
    CHECK(SearchIndex::pending(db) == 0);

    SqlQuery(db, u"UPDATE people SET native_name = 'Ольга Смирнова' WHERE id = 7"_s).exec();
    CHECK(peopleFound(db, u"смирнова"_s) == QList<qint64>{7});
    SqlQuery(db, u"UPDATE people SET name = 'Olga Petrova', native_name = NULL WHERE id = 7"_s).exec();
    CHECK(peopleFound(db, u"smirnova"_s).isEmpty());
    CHECK(peopleFound(db, u"petrova"_s) == QList<qint64>{7});
    // Fields that are not searched do not queue the record.
    SqlQuery(db, u"UPDATE people SET phone = '+79001234567' WHERE id = 7"_s).exec();
    CHECK(SearchIndex::pending(db) == 0);

    SqlQuery(db, u"DELETE FROM people WHERE id = 7"_s).exec();
    CHECK(peopleFound(db, u"petrova"_s).isEmpty());
    CHECK(peopleFound(db, u"pe"_s).isEmpty());
    SqlQuery count(db, u"SELECT (SELECT count(*) FROM search_items) + (SELECT count(*) FROM search_dirty)"_s);
    count.exec();
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);

    // Renaming an organisation re-indexes the concerns about it.
    SqlQuery(db, u"INSERT INTO organisations (id, name, type) VALUES (3, 'Alpha Trust', 'ngo')"_s).exec();
    SqlQuery(db, u"INSERT INTO concerns (id, organisation_id, received_date, category) "
                 "VALUES (4, 3, '2021-02-03', 'other')"_s)
        .exec();
    auto concernsFound = [&db](const QString &text) {
        for (const SearchGroup &group : GlobalSearch(db).search(text)) {
            if (group.kind == ListKind::Concerns)
                return group.hits.size();
        }
        return qsizetype(0);
    };
    CHECK(concernsFound(u"alpha"_s) == 1);
    SqlQuery(db, u"UPDATE organisations SET name = 'Beta Trust' WHERE id = 3"_s).exec();
    CHECK(concernsFound(u"alpha"_s) == 0);
    CHECK(concernsFound(u"beta"_s) == 1);
}

TEST_CASE("The search index follows edits and their undo and redo", "[search][index]")
{
    Test::TestDatabase test(true);
    Document document(Database::open(test.path()));
    const QSqlDatabase db = document.connection();
    CHECK(peopleFound(db, u"quagga"_s).isEmpty());

    document.perform(u"Add person"_s, [](const QSqlDatabase &connection) {
        SqlQuery(connection, u"INSERT INTO people (id, name) VALUES (9001, 'Quagga Ömerova')"_s).exec();
    });
    CHECK(peopleFound(db, u"quagga"_s) == QList<qint64>{9001});
    document.perform(u"Rename person"_s, [](const QSqlDatabase &connection) {
        SqlQuery(connection, u"UPDATE people SET name = 'Zebra Ömerova' WHERE id = 9001"_s).exec();
    });
    CHECK(peopleFound(db, u"quagga"_s).isEmpty());
    CHECK(peopleFound(db, u"omerova zeb"_s) == QList<qint64>{9001});

    document.undoStack()->undo();
    CHECK(peopleFound(db, u"zebra"_s).isEmpty());
    CHECK(peopleFound(db, u"quagga"_s) == QList<qint64>{9001});
    document.undoStack()->undo();
    CHECK(peopleFound(db, u"quagga"_s).isEmpty());
    CHECK(peopleFound(db, u"omerova"_s).isEmpty());
    document.undoStack()->redo();
    CHECK(peopleFound(db, u"qu"_s).contains(9001));
}

TEST_CASE("Connections without AllianceDesk's functions can still write", "[search][index]")
{
    Test::TestDatabase test(true);
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(test.path().toUtf8().constData(), &raw) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(raw,
                                "INSERT INTO people (id, name) VALUES (4242, 'Nino Zhvaniashvili');"
                                "UPDATE organisations SET name = name || ' (renamed)' WHERE id = "
                                "(SELECT min(id) FROM organisations);",
                                nullptr, nullptr, &error);
    INFO((error ? error : ""));
    CHECK(rc == SQLITE_OK);
    sqlite3_free(error);
    sqlite3_close(raw);
    // The other process's changes are indexed at the next search.
    CHECK(peopleFound(test.connection(), u"zhvaniash"_s) == QList<qint64>{4242});
}

TEST_CASE("List search through the index finds what a full scan finds", "[search][index][listing]")
{
    Test::TestDatabase test(true);
    SyntheticAlliance::generate(test.connection(), {300, 300, 11});
    const QSqlDatabase db = test.connection();
    const QStringList queries = {u"равенство"_s,   u"МАРИЯ"_s, u"muller"_s,   u"لاہور"_s, u"शर्मा"_s, u"თბილისი"_s,
                                 u"example.net"_s, u"men"_s,   u"pakistan"_s, u"a \"b"_s, u"100%"_s};
    for (const ListKind kind : SearchIndex::kinds()) {
        for (const QString &query : queries) {
            INFO(listDefinition(kind).name.toStdString() << " " << query.toStdString());
            CHECK(listed(db, kind, query) == scanned(db, kind, foldForSearch(query)));
        }
    }
}

TEST_CASE("An interactive search leaves a long queue to the background indexer and says how many records wait",
          "[search][index][catchup]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const int limit = SearchIndex::interactiveCatchUpLimit;
    REQUIRE(SearchIndex::synchronize(db));
    {
        SqlQuery(db, u"BEGIN IMMEDIATE"_s).exec();
        SqlQuery insert(db, u"INSERT INTO organisations (name, type, country) VALUES (:name, 'ngo', 'KE')"_s);
        for (int i = 0; i < limit + 300; ++i)
            insert.bind(u":name"_s, u"Kibera Fathers Forum %1"_s.arg(i)).exec();
        SqlQuery(db, u"COMMIT"_s).exec();
    }
    const int waiting = SearchIndex::pending(db);
    REQUIRE(waiting == limit + 300);

    // The GUI's search answers from the index as it is (none of the new records yet) and leaves the queue alone.
    const GlobalSearch interactive(db, limit);
    CHECK(interactive.search(u"kibera"_s).isEmpty());
    CHECK(interactive.waitingForIndex() == waiting);
    CHECK(SearchIndex::catchUp(db, limit) == waiting);
    RecordLister list(db, ListKind::Organisations);
    list.setCatchUpLimit(limit);
    list.setSearch(u"kibera"_s);
    CHECK(list.count() == 0);
    CHECK(list.waitingForIndex() == waiting);
    CHECK(SearchIndex::pending(db) == waiting);

    // The worker's way: small transactions of its own, each taking its share of the queue.
    CHECK(SearchIndex::indexSome(db, 250) == 250);
    CHECK(SearchIndex::pending(db) == waiting - 250);
    CHECK(list.count() == 250);
    CHECK(list.waitingForIndex() == waiting - 250);
    CHECK(SearchIndex::indexSome(db, 100) == 100);
    REQUIRE(SearchIndex::pending(db) <= limit);

    // Once the queue is short enough, the interactive search indexes it itself and finds everything.
    const QList<SearchGroup> groups = interactive.search(u"kibera"_s);
    CHECK(interactive.waitingForIndex() == 0);
    REQUIRE(groups.size() == 1);
    CHECK(groups.at(0).kind == ListKind::Organisations);
    CHECK(groups.at(0).more);
    CHECK(SearchIndex::pending(db) == 0);
    CHECK(list.count() == limit + 300);
    CHECK(list.waitingForIndex() == 0);
    CHECK(SearchIndex::indexSome(db, 250) == 0);

    // The command line (no limit) indexes any queue before it searches, as before.
    SqlQuery(db, u"UPDATE organisations SET name = 'Kibera Sons ' || id WHERE name LIKE 'Kibera Fathers%'"_s).exec();
    REQUIRE(SearchIndex::pending(db) > limit);
    RecordLister command(db, ListKind::Organisations);
    command.setSearch(u"kibera sons"_s);
    CHECK(command.count() == limit + 300);
    CHECK(SearchIndex::pending(db) == 0);
}

TEST_CASE("Every kind the index holds is found by its name and shown with it", "[search][index]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    // The list column that holds what a record is found and shown by.
    const QList<QPair<ListKind, QString>> names = {
        {ListKind::Organisations, u"name"_s},   {ListKind::People, u"name"_s},        {ListKind::Networks, u"name"_s},
        {ListKind::Programs, u"name"_s},        {ListKind::SupportGroups, u"name"_s}, {ListKind::Events, u"name"_s},
        {ListKind::Concerns, u"organisation"_s}};
    QList<ListKind> held;
    for (const auto &[kind, column] : names)
        held << kind;
    CHECK(SearchIndex::kinds() == held);
    for (const ListKind kind : allListKinds())
        CHECK(SearchIndex::holds(kind) == held.contains(kind));

    for (const auto &[kind, column] : names) {
        INFO(listDefinition(kind).name.toStdString());
        RecordLister lister(db, kind);
        const QVariantList first = lister.fetch(0, 1).value(0);
        REQUIRE_FALSE(first.isEmpty());
        const qint64 id = first.at(0).toLongLong();
        const QString name = first.at(lister.definition().columnIndex(column)).toString();
        REQUIRE_FALSE(name.isEmpty());
        QStringList titles;
        for (const SearchGroup &group : GlobalSearch(db).search(name, 500)) {
            for (const SearchHit &hit : group.hits) {
                if (group.kind == kind && hit.id == id)
                    titles << hit.title;
            }
        }
        REQUIRE(titles.size() == 1);
        CHECK(titles.at(0).contains(name));
    }
}
