#include "navigatormodel.h"
#include "testdatabase.h"

#include "storage/networkrepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

int sqlCount(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

int descendants(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int count = model.rowCount(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        count += descendants(model, model.index(row, 0, parent));
    return count;
}

} // namespace

TEST_CASE("NavigatorModel lists the lists with their counts and the network tree", "[ui][navigator]")
{
    Test::TestDatabase database(true);
    NavigatorModel model(database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QStringList expectedLabels{u"Networks"_s, u"Organisations"_s,  u"People"_s, u"Memberships"_s,
                                     u"Programs"_s, u"Support groups"_s, u"Events"_s, u"Concerns"_s};
    REQUIRE(model.rowCount() == expectedLabels.size());
    REQUIRE(model.columnCount() == 2);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, NavigatorModel::NameColumn).data().toString() == expectedLabels.at(row));

    const QSqlDatabase db = database.connection();
    auto countOf = [&](ListKind kind) {
        return model.indexForList(kind).siblingAtColumn(NavigatorModel::CountColumn).data().toInt();
    };
    CHECK(countOf(ListKind::Networks) == sqlCount(db, u"SELECT count(*) FROM networks"_s));
    CHECK(countOf(ListKind::Organisations) == sqlCount(db, u"SELECT count(*) FROM organisations"_s));
    CHECK(countOf(ListKind::People) == sqlCount(db, u"SELECT count(*) FROM people"_s));
    CHECK(countOf(ListKind::SupportGroups) == 180);
    CHECK(countOf(ListKind::Concerns) == 3);

    SECTION("every network appears once, under its parent")
    {
        const QModelIndex networks = model.indexForList(ListKind::Networks);
        CHECK(descendants(model, networks) == 10);

        NetworkRepository repository(db);
        const qint64 pakistanId = repository.findByName(u"MenEngage Alliance Pakistan"_s).value();
        const QModelIndex pakistan = model.indexForNetwork(pakistanId);
        REQUIRE(pakistan.isValid());
        CHECK(pakistan.data().toString() == u"MenEngage Alliance Pakistan"_s);
        CHECK(pakistan.data(NavigatorModel::NetworkIdRole).toLongLong() == pakistanId);
        CHECK(pakistan.data(NavigatorModel::ListKindRole).toInt() == static_cast<int>(ListKind::Memberships));
        const Network network = repository.get(pakistanId);
        REQUIRE(network.parentId.has_value());
        CHECK(pakistan.parent().data().toString() == repository.get(*network.parentId).name);
        CHECK(pakistan.siblingAtColumn(NavigatorModel::CountColumn).data().toInt() ==
              sqlCount(db, u"SELECT count(*) FROM membership_current WHERE network_id = %1"_s.arg(pakistanId)));

        // The global network is the root of the tree, directly under "Networks".
        const qint64 globalId = repository.findByName(u"MenEngage Alliance"_s).value();
        CHECK(model.indexForNetwork(globalId).parent() == networks);
    }

    SECTION("refresh reads the database again")
    {
        QSqlQuery query(db);
        REQUIRE(query.exec(u"DELETE FROM concerns"_s));
        model.refresh();
        CHECK(countOf(ListKind::Concerns) == 0);
    }
}

TEST_CASE("NavigatorModel of an empty database has the lists and no networks", "[ui][navigator]")
{
    Test::TestDatabase database(false);
    NavigatorModel model(database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 8);
    CHECK(model.rowCount(model.indexForList(ListKind::Networks)) == 0);
    CHECK(model.indexForList(ListKind::People).siblingAtColumn(1).data().toInt() == 0);
}
