#include "listing/savedview.h"
#include "listing/recordlister.h"
#include "sample/samplealliance.h"
#include "storage/auditlog.h"
#include "storage/networkrepository.h"
#include "listing/savedviewrepository.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

using Test::sampleMembers;

QStringList column(const RecordLister &lister, const QString &key)
{
    const int index = lister.definition().columnIndex(key);
    QStringList values;
    for (const QVariantList &row : lister.fetchAll())
        values << row.at(index).toString();
    return values;
}

SavedView lapsedInPakistan()
{
    SavedView view;
    view.name = u"Lapsed members in Pakistan"_s;
    view.kind = ListKind::Memberships;
    view.setFilter(u"status"_s, SavedView::filterValue(ListKind::Memberships, u"status"_s, u"Lapsed"_s));
    view.setFilter(u"country"_s, SavedView::filterValue(ListKind::Memberships, u"country"_s, u"pk"_s));
    return view;
}

int auditCount(const QSqlDatabase &db, const QString &action)
{
    SqlQuery query(db, u"SELECT count(*) FROM audit_log WHERE entity = 'saved_views' AND action = :action"_s);
    query.bind(u":action"_s, action).exec();
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("A saved view applied to a list gives the rows its filters describe", "[listing][savedview]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();

    SECTION("lapsed members in Pakistan: the memberships list, status lapsed, country PK")
    {
        const QStringList expected = sampleMembers(u"lapsed"_s, u"PK"_s);
        REQUIRE(expected.size() == 1); // the sample has one; the test means something only if it does
        const SavedView view = lapsedInPakistan();
        CHECK(view.filter(u"status"_s) == QVariant(u"lapsed"_s));
        CHECK(view.filter(u"country"_s) == QVariant(u"PK"_s));
        RecordLister lister(db, view.kind);
        view.applyTo(lister);
        CHECK(column(lister, u"organisation"_s) == expected);
        CHECK(column(lister, u"status"_s) == QStringList{u"lapsed"_s});
    }

    SECTION("a network, a status, a search and a sort together")
    {
        const qint64 pakistan = NetworkRepository(db).findByName(u"MenEngage Alliance Pakistan"_s).value();
        SavedView view;
        view.kind = ListKind::Memberships;
        view.setFilter(u"network_id"_s, pakistan);
        view.setFilter(u"status"_s, u"active"_s);
        view.sortColumn = u"organisation"_s;
        view.sortOrder = Qt::DescendingOrder;
        RecordLister lister(db, view.kind);
        view.applyTo(lister);
        QStringList expected = sampleMembers(u"active"_s, {}, u"pakistan"_s);
        REQUIRE(expected.size() > 2);
        std::sort(expected.begin(), expected.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) > 0; });
        CHECK(column(lister, u"organisation"_s) == expected);

        view.search = u"shirakat"_s;
        view.applyTo(lister);
        CHECK(column(lister, u"organisation"_s) == QStringList{u"Shirakat-Partnership for Development"_s});
    }

    SECTION("filters a list cannot hold are refused with the reason")
    {
        CHECK_THROWS_WITH(SavedView::filterValue(ListKind::Memberships, u"status"_s, u"sleeping"_s),
                          Catch::Contains("is not a membership status") && Catch::Contains("lapsed"));
        CHECK_THROWS_WITH(SavedView::filterValue(ListKind::Memberships, u"country"_s, u"Pakistan"_s),
                          Catch::Contains("is not a country code"));
        CHECK_THROWS_WITH(SavedView::filterValue(ListKind::Memberships, u"colour"_s, u"red"_s),
                          Catch::Contains("has no column “colour”"));
        CHECK_THROWS_WITH(SavedView::filterValue(ListKind::Memberships, u"network_id"_s, u"three"_s),
                          Catch::Contains("needs a whole number"));
        CHECK(SavedView::filterValue(ListKind::Memberships, u"network_id"_s, u" 3 "_s) == QVariant(qlonglong(3)));
    }
}

TEST_CASE("Saved views are kept, found whatever the case, renamed and deleted, and audited", "[storage][savedview]")
{
    Test::TestDatabase test(true);
    const SavedView lapsed = lapsedInPakistan();
    qint64 id = 0;
    {
        SavedViewRepository views(test.connection());
        CHECK(views.all().isEmpty());
        id = views.add(lapsed);
        REQUIRE(id > 0);
        CHECK(auditCount(test.connection(), u"create"_s) == 1);
    }

    // Read back from a new connection: what was stored is what was saved.
    test.reopen();
    SavedViewRepository again(test.connection());
    const std::optional<SavedView> found = again.find(u"LAPSED MEMBERS IN PAKISTAN"_s);
    REQUIRE(found);
    CHECK(found->id == id);
    CHECK(found->name == u"Lapsed members in Pakistan"_s);
    CHECK(found->kind == ListKind::Memberships);
    CHECK(found->search.isEmpty());
    CHECK(found->filters == lapsed.filters);
    CHECK(found->sortColumn.isEmpty());
    CHECK(found->describe() == u"memberships; status: lapsed; country: PK"_s);

    SECTION("names are unique whatever their case, in any script")
    {
        SavedView other = lapsed;
        other.name = u"  lapsed MEMBERS in pakistan "_s;
        CHECK_THROWS_WITH(again.add(other),
                          Catch::Contains("already a saved search called “Lapsed members in Pakistan”"));
        SavedView russian;
        russian.name = u"Члены в Москве"_s;
        russian.kind = ListKind::Organisations;
        russian.search = u"москва"_s;
        russian.sortColumn = u"name"_s;
        russian.sortOrder = Qt::DescendingOrder;
        const qint64 russianId = again.add(russian);
        russian.name = u"ЧЛЕНЫ В МОСКВЕ"_s;
        CHECK_THROWS_AS(again.add(russian), RuleViolation);
        const std::optional<SavedView> read = again.get(russianId);
        REQUIRE(read);
        CHECK(read->sortColumn == u"name"_s);
        CHECK(read->sortOrder == Qt::DescendingOrder);
        CHECK(read->search == u"москва"_s);
        QStringList names;
        for (const SavedView &view : again.all())
            names << view.name;
        CHECK(names == QStringList{u"Lapsed members in Pakistan"_s, u"Члены в Москве"_s});
        SavedView empty;
        empty.name = u"   "_s;
        CHECK_THROWS_WITH(again.add(empty), Catch::Contains("needs a name"));
    }

    SECTION("renaming keeps what it holds; another's name is refused; the audit trail has both names")
    {
        again.rename(id, u"Lapsed in PK"_s);
        CHECK_FALSE(again.find(u"Lapsed members in Pakistan"_s));
        REQUIRE(again.find(u"lapsed in pk"_s));
        CHECK(again.find(u"lapsed in pk"_s)->filters == lapsed.filters);
        again.rename(id, u"LAPSED IN PK"_s); // its own name in another case
        CHECK(again.get(id)->name == u"LAPSED IN PK"_s);
        SavedView other;
        other.name = u"Everyone"_s;
        other.kind = ListKind::People;
        const qint64 otherId = again.add(other);
        CHECK_THROWS_AS(again.rename(otherId, u"lapsed in pk"_s), RuleViolation);
        const QList<AuditEntry> history = AuditLog(test.connection()).history(u"saved_views"_s, id);
        REQUIRE(history.size() == 3);
        CHECK(history.at(1).action == u"update"_s);
        CHECK(history.at(1).field == u"name"_s);
        CHECK(history.at(1).oldValue == u"Lapsed members in Pakistan"_s);
        CHECK(history.at(1).newValue == u"Lapsed in PK"_s);
    }

    SECTION("replacing what it keeps, and deleting it")
    {
        SavedView withdrawn = *found;
        withdrawn.setFilter(u"status"_s, u"withdrawn"_s);
        again.replace(withdrawn);
        CHECK(again.get(id)->filter(u"status"_s) == QVariant(u"withdrawn"_s));
        CHECK(again.get(id)->name == u"Lapsed members in Pakistan"_s);
        again.remove(id);
        CHECK_FALSE(again.get(id));
        CHECK(again.all().isEmpty());
        CHECK(auditCount(test.connection(), u"delete"_s) == 1);
        CHECK(AuditLog(test.connection()).history(u"saved_views"_s, id).constLast().oldValue ==
              u"Lapsed members in Pakistan — memberships; status: withdrawn; country: PK"_s);
        CHECK_THROWS_AS(again.remove(id), RuleViolation);
    }
}
