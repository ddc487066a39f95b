#include "generate/syntheticalliance.h"
#include "search/searchindex.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QString rows(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    query.exec();
    QStringList lines;
    while (query.next()) {
        QStringList values;
        for (int i = 0; query.value(i).isValid(); ++i)
            values << query.value(i).toString();
        lines << values.join(u'|');
    }
    return lines.join(u'\n');
}

int number(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    query.exec();
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("Synthetic alliances are deterministic, counted and marked as sample", "[generate]")
{
    Test::TestDatabase first(true);
    Test::TestDatabase second(true);
    const int networks = number(first.connection(), u"SELECT count(*) FROM networks"_s);
    const int organisationsBefore = number(first.connection(), u"SELECT count(*) FROM organisations"_s);
    const int peopleBefore = number(first.connection(), u"SELECT count(*) FROM people"_s);
    REQUIRE(networks > 0);

    const auto result = SyntheticAlliance::generate(first.connection(), {500, 800, 42});
    SyntheticAlliance::generate(second.connection(), {500, 800, 42});
    CHECK(result.organisations == 500);
    CHECK(result.people == 800);
    CHECK(result.affiliations > 400);
    CHECK(result.memberships > 50);

    const QSqlDatabase db = first.connection();
    CHECK(number(db, u"SELECT count(*) FROM organisations"_s) == organisationsBefore + 500);
    CHECK(number(db, u"SELECT count(*) FROM people"_s) == peopleBefore + 800);
    CHECK(number(db, u"SELECT count(*) FROM affiliations a JOIN people p ON p.id = a.person_id "
                     "WHERE p.id > %1"_s.arg(peopleBefore)) == result.affiliations);
    CHECK(number(db, u"SELECT count(*) FROM organisations WHERE id > %1 AND is_sample = 0"_s.arg(
                         organisationsBefore)) == 0);
    CHECK(number(db, u"SELECT count(*) FROM people WHERE is_sample = 0"_s) == 0);

    // Same seed, same records; another seed, other records.
    const QString people = u"SELECT name, native_name, email, phone, country FROM people ORDER BY id"_s;
    const QString organisations = u"SELECT name, native_name, acronym, city, email, phone FROM organisations "
                                  "ORDER BY id"_s;
    CHECK(rows(db, people) == rows(second.connection(), people));
    CHECK(rows(db, organisations) == rows(second.connection(), organisations));
    Test::TestDatabase third;
    SyntheticAlliance::generate(third.connection(), {500, 800, 43});
    CHECK(rows(third.connection(), people) != rows(db, people));

    // Mixed scripts, valid emails and E.164 phones; the search index is up to date.
    for (const QString &script : {u"Arabic"_s, u"Cyrillic"_s, u"Devanagari"_s, u"Georgian"_s}) {
        INFO(script.toStdString());
        const QRegularExpression pattern(u"\\p{%1}"_s.arg(script));
        CHECK(rows(db, u"SELECT coalesce(native_name, name) FROM people"_s).contains(pattern));
    }
    CHECK(number(db, u"SELECT count(*) FROM people WHERE name GLOB '*[àáâãäçèéêëíîïñóôõöúüşğ]*'"_s) > 0);
    CHECK(number(db, u"SELECT count(*) FROM people WHERE email NOT GLOB '?*@?*.?*' OR phone NOT GLOB '+[1-9]*' "
                     "OR length(phone) > 16"_s) == 0);
    CHECK(number(db, u"SELECT count(DISTINCT country) FROM organisations WHERE is_sample = 1"_s) >= 8);
    CHECK(SearchIndex::isCurrent(db));
    CHECK(number(db, u"SELECT count(*) FROM search_items"_s) ==
          number(db, u"SELECT (SELECT count(*) FROM networks) + (SELECT count(*) FROM organisations) + "
                     "(SELECT count(*) FROM people) + (SELECT count(*) FROM programs) + "
                     "(SELECT count(*) FROM support_groups) + (SELECT count(*) FROM events) + "
                     "(SELECT count(*) FROM concerns)"_s));
}
