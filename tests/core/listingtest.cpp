#include "listing/listformatter.h"
#include "listing/recordlister.h"
#include "storage/liststore.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/sqlfunctions.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/countrycatalog.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QStringList namesFound(RecordLister &lister, const QString &search, const QString &column = u"name"_s)
{
    lister.setSearch(search);
    const int index = lister.definition().columnIndex(column);
    QStringList names;
    for (const QVariantList &row : lister.fetchAll())
        names << row.at(index).toString();
    return names;
}

} // namespace

TEST_CASE("Search folds case in every script, diacritics and compatibility forms", "[listing][search]")
{
    CHECK(foldForSearch(u"Мария"_s) == foldForSearch(u"мария"_s));
    CHECK(foldForSearch(u"Müller"_s) == u"muller"_s);
    CHECK(foldForSearch(u"ＡＢＣ"_s) == u"abc"_s);
    CHECK(foldForSearch(u"Straße"_s) == u"strasse"_s);

    Test::TestDatabase test(true);
    RecordLister people(test.connection(), ListKind::People);
    CHECK(namesFound(people, u"мария"_s, u"native_name"_s).contains(u"Мария Иванова"_s));
    CHECK(namesFound(people, u"MARIA"_s).contains(u"Maria Ivanova"_s));
    CHECK(namesFound(people, u"muller"_s).contains(u"José Müller"_s));
    CHECK(namesFound(people, u"jose"_s).contains(u"José Müller"_s));

    RecordLister organisations(test.connection(), ListKind::Organisations);
    CHECK(namesFound(organisations, u"روزن"_s) == QStringList{u"ROZAN"_s});
    CHECK(namesFound(organisations, u"rozan"_s) == QStringList{u"ROZAN"_s});
    // Short queries work too (one or two characters), and LIKE wildcards are literal.
    CHECK_FALSE(namesFound(organisations, u"ro"_s).isEmpty());
    CHECK(namesFound(organisations, u"%"_s).isEmpty());
    CHECK(namesFound(organisations, u"_"_s).isEmpty());
}

TEST_CASE("A list's search requires every word, in any field and any order", "[listing][search]")
{
    Test::TestDatabase test(true);
    RecordLister organisations(test.connection(), ListKind::Organisations);
    const QStringList expected = {u"Lahore Fathers' Forum"_s};
    CHECK(namesFound(organisations, u"lahore forum"_s) == expected); // the city and a word of the name
    CHECK(namesFound(organisations, u"forum  LAHORE"_s) == expected);
    CHECK(namesFound(organisations, u"لاہور فورم"_s) == expected); // in Urdu
    CHECK(namesFound(organisations, u"lahore zebra"_s).isEmpty());
    CHECK(organisations.count() == 0);
    CHECK(namesFound(organisations, u"la fo"_s).contains(u"Lahore Fathers' Forum"_s)); // short words: starts of words
}

TEST_CASE("Lists open in alphabetical order, whatever the case of the first letters", "[listing]")
{
    Test::TestDatabase test(true);
    RecordLister organisations(test.connection(), ListKind::Organisations);
    const QStringList names = namesFound(organisations, QString());
    REQUIRE(names.size() >= 3);
    // "AMAL" after "African": capitals do not come before small letters.
    CHECK(names.at(0) == u"African Men for Sexual Health and Rights"_s);
    CHECK(names.at(1) == u"AMAL Human Development Network"_s);
    CHECK(names.at(2) == u"Ashgabat Family Health Initiative"_s);
}

TEST_CASE("Lists page, count and sort in SQL", "[listing]")
{
    Test::TestDatabase test(true);
    RecordLister groups(test.connection(), ListKind::SupportGroups);
    REQUIRE(groups.count() == 180);

    QSet<qint64> seen;
    for (int offset = 0; offset < 180; offset += 50) {
        const QList<QVariantList> page = groups.fetch(offset, 50);
        CHECK(page.size() == std::min(50, 180 - offset));
        for (const QVariantList &row : page)
            seen << row.at(0).toLongLong();
    }
    CHECK(seen.size() == 180);

    const int name = groups.definition().columnIndex(u"name"_s);
    groups.setSort(name, Qt::DescendingOrder);
    SqlQuery last(test.connection(),
                  u"SELECT name FROM support_groups ORDER BY %1 DESC LIMIT 1"_s.arg(collated(u"name"_s)));
    last.exec();
    REQUIRE(last.next());
    CHECK(groups.fetch(0, 1).at(0).at(name).toString() == last.value(0).toString());

    groups.setSearch(u"peshawar"_s);
    const int peshawar = groups.count();
    CHECK(peshawar > 0);
    CHECK(peshawar < 180);
    for (const QVariantList &row : groups.fetchAll())
        CHECK(row.at(groups.definition().columnIndex(u"district"_s)).toString() == u"Peshawar"_s);
}

TEST_CASE("A list filters by a column", "[listing]")
{
    Test::TestDatabase test(true);
    SqlQuery pakistan(test.connection(), u"SELECT id FROM networks WHERE name = 'MenEngage Alliance Pakistan'"_s);
    pakistan.exec();
    REQUIRE(pakistan.next());
    RecordLister memberships(test.connection(), ListKind::Memberships);
    const int all = memberships.count();
    memberships.setFilter(u"network_id"_s, pakistan.value(0));
    const int members = memberships.count();
    CHECK(members > 0);
    CHECK(members < all);
    const int network = memberships.definition().columnIndex(u"network"_s);
    for (const QVariantList &row : memberships.fetchAll())
        CHECK(row.at(network).toString() == u"MenEngage Alliance Pakistan"_s);
}

TEST_CASE("Lists are written as CSV and JSON exactly", "[listing]")
{
    Test::TestDatabase test;
    Organisation organisation;
    organisation.name = u"Saúde, \"Gênero\" e\nDireitos"_s;
    organisation.nativeName = u"شراکت"_s;
    organisation.country = u"BR"_s;
    OrganisationRepository(test.connection()).add(organisation);
    RecordLister lister(test.connection(), ListKind::Organisations);
    const QList<QVariantList> rows = lister.fetchAll();

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ListFormatter(lister.definition()).write(csv, rows, ListFormatter::Format::Csv);
    const QString csvText = QString::fromUtf8(csv.data());
    CHECK(csvText.startsWith(u"id,name,native_name,acronym,type,country"_s));
    CHECK(csvText.contains(u"\"Saúde, \"\"Gênero\"\" e\nDireitos\",شراکت,,ngo,BR"_s));

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    ListFormatter(lister.definition()).write(json, rows, ListFormatter::Format::Json);
    const QJsonArray array = QJsonDocument::fromJson(json.data()).array();
    REQUIRE(array.size() == 1);
    const QJsonObject object = array.at(0).toObject();
    CHECK(object.value(u"name"_s).toString() == organisation.name);
    CHECK(object.value(u"native_name"_s).toString() == u"شراکت"_s);
    CHECK(object.value(u"id"_s).isDouble());
    CHECK(object.value(u"acronym"_s).isNull());
    CHECK(object.value(u"country"_s).toString() == u"BR"_s);
}

TEST_CASE("Country names are shown in the interface's language from iso-codes", "[countries]")
{
    CountryCatalog catalog(u"/usr/share/iso-codes/json/iso_3166-1.json"_s);
    REQUIRE(catalog.isLoaded());
    CHECK(catalog.displayName(u"PK"_s) == u"Pakistan"_s);
    catalog.setDisplayLanguage(u"ru"_s);
    CHECK(catalog.displayName(u"PK"_s) == u"Пакистан"_s);
    CHECK(catalog.lookup(u"пакистан"_s) == u"PK"_s);
    catalog.setDisplayLanguage(u"ur"_s);
    CHECK(catalog.displayName(u"PK"_s) == u"پاکستان"_s);
    catalog.setDisplayLanguage(u"fr"_s);
    CHECK(catalog.displayName(u"DE"_s) == u"Allemagne"_s);
    catalog.setDisplayLanguage(u"en"_s);
    CHECK(catalog.displayName(u"DE"_s) == u"Germany"_s);
}

TEST_CASE("Memberships are counted per network in one query, as the list filtered by each network counts them",
          "[listing]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const QHash<qint64, int> counts = MembershipRepository(db).countByNetwork();
    REQUIRE_FALSE(counts.isEmpty());
    int total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        RecordLister filtered(db, ListKind::Memberships);
        filtered.setFilter(u"network_id"_s, it.key());
        CHECK(it.value() == filtered.count());
        total += it.value();
    }
    CHECK(total == RecordLister(db, ListKind::Memberships).count());
}

TEST_CASE("Names sort as people expect: an accent with its letter, case ignored, numbers by value — in every list",
          "[listing][collation]")
{
    // Seen in the walkthrough: "Œuvre…" after "Youth…", "Réseau…" after "Rwanda", and the detail pane in another order.
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    Network network;
    network.name = u"Réseau MenEngage Afrique"_s;
    const qint64 networkId = NetworkRepository(db).add(network);
    const QStringList expected{u"Group 2"_s,
                               u"group 10"_s,
                               u"Œuvre des pères"_s,
                               u"Réseau des hommes"_s,
                               u"Rwanda Men's Resource Centre"_s,
                               u"Youth for Change"_s,
                               u"Zanzibar Fathers"_s};
    QStringList shuffled = expected;
    std::reverse(shuffled.begin(), shuffled.end());
    for (const QString &name : std::as_const(shuffled)) {
        Organisation organisation;
        organisation.name = name;
        Membership membership;
        membership.organisationId = OrganisationRepository(db).add(organisation);
        membership.networkId = networkId;
        membership.history = {MembershipStatusChange{0, u"active"_s, QDate(2020, 1, 1), QString()}};
        MembershipRepository(db).add(membership);
    }

    RecordLister organisations(db, ListKind::Organisations);
    CHECK(namesFound(organisations, QString()) == expected);
    const int name = organisations.definition().columnIndex(u"name"_s);
    organisations.setSort(name, Qt::DescendingOrder);
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(namesFound(organisations, QString()) == reversed);
    organisations.setSort(name, Qt::AscendingOrder);
    CHECK(namesFound(organisations, QString()) == expected);

    RecordLister memberships(db, ListKind::Memberships);
    memberships.setFilter(u"network_id"_s, networkId);
    CHECK(namesFound(memberships, QString(), u"organisation"_s) == expected);

    // The detail pane's summary of the network's members.
    const QList<MembershipRepository::StatusGroup> groups = MembershipRepository(db).summaryForNetwork(networkId, 50);
    REQUIRE(groups.size() == 1);
    QStringList summary;
    for (const auto &[member, role] : groups.at(0).first)
        summary << member;
    CHECK(summary == expected);
}

TEST_CASE("A country column sorts by the country's name, not its code", "[listing][collation]")
{
    Test::TestDatabase test;
    const QSqlDatabase db = test.connection();
    // By code: CD, CI, CM; by name: Cameroon, Congo (the DR), Côte d'Ivoire.
    for (const QString &code : {u"CI"_s, u"CD"_s, u"CM"_s}) {
        Organisation organisation;
        organisation.name = u"Men's network "_s + code;
        organisation.country = code;
        OrganisationRepository(db).add(organisation);
    }
    RecordLister organisations(db, ListKind::Organisations);
    organisations.setSort(organisations.definition().columnIndex(u"country"_s), Qt::AscendingOrder);
    QStringList countries;
    for (const QString &code : namesFound(organisations, QString(), u"country"_s))
        countries << CountryCatalog::instance().displayName(code);
    REQUIRE(countries.size() == 3);
    CHECK(countries.at(0) == CountryCatalog::instance().displayName(u"CM"_s));
    CHECK(countries.at(1) == CountryCatalog::instance().displayName(u"CD"_s));
    CHECK(countries.at(2) == CountryCatalog::instance().displayName(u"CI"_s));
    CHECK(countries.at(0).startsWith(u"Cameroon"_s));
    CHECK(countries.at(2).startsWith(u"Côte"_s));
}

TEST_CASE("Every column of every list is read and sorted by storage as its type says", "[listing][storage]")
{
    for (const ListKind kind : allListKinds()) {
        const ListDefinition &definition = listDefinition(kind);
        INFO(definition.name.toStdString());
        CHECK(definition.kind == kind);
        CHECK(definition.name == listKindName(kind));
        CHECK(listKindFromName(definition.name) == kind);
        QStringList keys;
        for (const ListColumn &column : definition.columns)
            keys << column.key;
        // A column the definition shows and storage cannot read (or the reverse) fails here, not in a window.
        CHECK(ListStore::columnKeys(kind) == keys);
        CHECK(definition.columns.constFirst().type == ListColumn::Type::Id);
        for (const ListColumn &column : definition.columns) {
            INFO(column.key.toStdString());
            const ListStore::Order order = ListStore::order(kind, column.key);
            switch (column.type) {
            case ListColumn::Type::Text:
                CHECK((order == ListStore::Order::Text || order == ListStore::Order::SortKey));
                break;
            case ListColumn::Type::Country:
                CHECK(order == ListStore::Order::CountryName);
                break;
            default:
                CHECK(order == ListStore::Order::Value);
                break;
            }
        }
    }
    CHECK_FALSE(listKindFromName(u"organisation"_s));
    CHECK_THROWS_AS(ListStore::order(ListKind::People, u"colour"_s), StorageError);
}

TEST_CASE("Every list reads every column, counts what it pages and finds each row where it is", "[listing][storage]")
{
    Test::TestDatabase test(true);
    for (const ListKind kind : allListKinds()) {
        INFO(listKindName(kind).toStdString());
        RecordLister lister(test.connection(), kind);
        const QList<QVariantList> rows = lister.fetchAll();
        CHECK(rows.size() == lister.count());
        REQUIRE_FALSE(rows.isEmpty());
        CHECK(rows.constFirst().size() == lister.definition().columns.size());
        // The natural order, sorted by every column: the last row is where rowOf() says it is.
        for (int column = -1; column < lister.definition().columns.size(); ++column) {
            lister.setSort(column, Qt::DescendingOrder);
            const QList<QVariantList> sorted = lister.fetchAll();
            REQUIRE(sorted.size() == rows.size());
            const qint64 lastId = sorted.constLast().at(0).toLongLong();
            CHECK(lister.rowOf(lastId) == sorted.size() - 1);
        }
    }
}
