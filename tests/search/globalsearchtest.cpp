#include "search/globalsearch.h"
#include "search/searchindex.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

qint64 insert(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    query.exec();
    return query.lastInsertId();
}

/// A small alliance with names in several scripts.
struct Fixture
{
    Test::TestDatabase test;
    qint64 network = 0, muller = 0, maria = 0, ayesha = 0, priya = 0, rozan = 0, lahore = 0, concern = 0;

    Fixture()
    {
        const QSqlDatabase db = test.connection();
        network = insert(db, u"INSERT INTO networks (name, native_name, acronym, level) "
                             "VALUES ('MenEngage Alliance Pakistan', 'مین انگیج پاکستان', 'MEAP', 'national')"_s);
        rozan = insert(db, u"INSERT INTO organisations (name, native_name, acronym, type, city, email) VALUES "
                           "('Rozan', 'روزن', 'RZN', 'ngo', 'Islamabad', 'info@rozan.org')"_s);
        lahore = insert(db, u"INSERT INTO organisations (name, native_name, type, city, notes) VALUES "
                            "('Equality Forum', 'برابری فورم', 'ngo', 'لاہور', 'Works with Sanjay on dialogue')"_s);
        muller = insert(db, u"INSERT INTO people (name, email) VALUES ('Jürgen Müller', 'j.mueller@example.org')"_s);
        maria = insert(db, u"INSERT INTO people (name, native_name) VALUES ('Maria Ivanova', 'Мария Иванова')"_s);
        ayesha = insert(db, u"INSERT INTO people (name, native_name) VALUES ('Ayesha Khan', 'عائشہ خان')"_s);
        priya = insert(db, u"INSERT INTO people (name, native_name) VALUES ('Priya Sharma', 'प्रिया शर्मा')"_s);
        concern = insert(db, u"INSERT INTO concerns (organisation_id, received_date, category, summary, "
                             "confidential_notes) VALUES (%1, '2020-01-01', 'harassment', 'Secret summary zebra', "
                             "'Confidential quokka')"_s.arg(rozan));
    }

    QList<SearchGroup> search(const QString &text, int limit = 5) const
    {
        return GlobalSearch(test.connection()).search(text, limit);
    }
    QList<qint64> ids(const QString &text, ListKind kind) const
    {
        QList<qint64> result;
        for (const SearchGroup &group : search(text)) {
            if (group.kind == kind) {
                for (const SearchHit &hit : group.hits)
                    result << hit.id;
            }
        }
        return result;
    }
    QList<ListKind> kinds(const QString &text) const
    {
        QList<ListKind> result;
        for (const SearchGroup &group : search(text))
            result << group.kind;
        return result;
    }
};

} // namespace

TEST_CASE("Global search folds case in every script and diacritics", "[search]")
{
    Fixture f;
    CHECK(f.ids(u"мария"_s, ListKind::People) == QList<qint64>{f.maria});
    CHECK(f.ids(u"МАРИЯ"_s, ListKind::People) == QList<qint64>{f.maria});
    CHECK(f.ids(u"muller"_s, ListKind::People) == QList<qint64>{f.muller});
    CHECK(f.ids(u"MÜLLER"_s, ListKind::People) == QList<qint64>{f.muller});
    CHECK(f.ids(u"jurgen"_s, ListKind::People) == QList<qint64>{f.muller});
    // Urdu, in the name and in the city; Devanagari.
    CHECK(f.ids(u"عائشہ"_s, ListKind::People) == QList<qint64>{f.ayesha});
    CHECK(f.ids(u"لاہور"_s, ListKind::Organisations) == QList<qint64>{f.lahore});
    CHECK(f.ids(u"शर्मा"_s, ListKind::People) == QList<qint64>{f.priya});
}

TEST_CASE("Global search finds substrings, several words, and short queries", "[search]")
{
    Fixture f;
    // In the middle of a word, by acronym, city, email and notes.
    CHECK(f.ids(u"vanov"_s, ListKind::People) == QList<qint64>{f.maria});
    CHECK(f.ids(u"иванов"_s, ListKind::People) == QList<qint64>{f.maria});
    CHECK(f.ids(u"rzn"_s, ListKind::Organisations) == QList<qint64>{f.rozan});
    CHECK(f.ids(u"islamabad"_s, ListKind::Organisations) == QList<qint64>{f.rozan});
    CHECK(f.ids(u"rozan.org"_s, ListKind::Organisations) == QList<qint64>{f.rozan});
    CHECK(f.ids(u"sanjay"_s, ListKind::Organisations) == QList<qint64>{f.lahore});
    // Every word must match, in any order.
    CHECK(f.ids(u"khan ayesha"_s, ListKind::People) == QList<qint64>{f.ayesha});
    CHECK(f.ids(u"khan maria"_s, ListKind::People).isEmpty());
    // One and two characters: the start of a word, in any script.
    CHECK(f.ids(u"м"_s, ListKind::People) == QList<qint64>{f.maria});
    CHECK(f.ids(u"ив"_s, ListKind::People) == QList<qint64>{f.maria});
    CHECK(f.ids(u"Kh"_s, ListKind::People) == QList<qint64>{f.ayesha});
    CHECK(f.ids(u"ha"_s, ListKind::People).isEmpty());
    CHECK(f.ids(u"ع"_s, ListKind::People) == QList<qint64>{f.ayesha});
    CHECK(f.ids(u"mu"_s, ListKind::People) == QList<qint64>{f.muller});
    CHECK(f.ids(u"ü"_s, ListKind::People).isEmpty()); // "ü" folds to "u": no word starts with it
    CHECK(f.search(u"   "_s).isEmpty());
    CHECK(f.search(u"\"quoted\" * OR"_s).isEmpty());
}

TEST_CASE("Global search groups results by kind, within the limit", "[search]")
{
    Fixture f;
    const QList<SearchGroup> groups = f.search(u"rozan"_s);
    // The organisation and the concern about it; never the concern's protected details.
    REQUIRE(groups.size() == 2);
    CHECK(groups.at(0).kind == ListKind::Organisations);
    CHECK(groups.at(0).hits.at(0).title == u"Rozan"_s);
    CHECK(groups.at(0).hits.at(0).detail.contains(u"روزن"_s));
    CHECK(groups.at(1).kind == ListKind::Concerns);
    CHECK(groups.at(1).hits.at(0).id == f.concern);
    CHECK(groups.at(1).hits.at(0).title.contains(u"Rozan"_s));
    CHECK_FALSE(groups.at(1).hits.at(0).detail.contains(u"zebra"_s));
    CHECK(f.search(u"zebra"_s).isEmpty());
    CHECK(f.search(u"quokka"_s).isEmpty());

    CHECK(f.kinds(u"pakistan"_s) == QList<ListKind>{ListKind::Networks});
    CHECK(f.kinds(u"a"_s).contains(ListKind::People));

    // Records whose words start with the query come before other substring matches, whatever their ids.
    const qint64 inside = insert(f.test.connection(), u"INSERT INTO people (name) VALUES ('Xzainab Inside')"_s);
    const qint64 start = insert(f.test.connection(), u"INSERT INTO people (name) VALUES ('Abc Zainabova')"_s);
    const QList<SearchGroup> best = f.search(u"zainab"_s, 1);
    REQUIRE(best.size() == 1);
    CHECK(best.at(0).hits.at(0).id == start);
    CHECK(best.at(0).more);
    CHECK(f.ids(u"zainab"_s, ListKind::People) == QList<qint64>{start, inside});

    for (int i = 0; i < 8; ++i)
        insert(f.test.connection(), u"INSERT INTO people (name) VALUES ('Zainab %1')"_s.arg(i));
    const QList<SearchGroup> many = f.search(u"zainab"_s, 5);
    REQUIRE(many.size() == 1);
    CHECK(many.at(0).hits.size() == 5);
    CHECK(many.at(0).more);
    const QList<SearchGroup> all = f.search(u"zainab"_s, 10);
    CHECK(all.at(0).hits.size() == 10);
    CHECK_FALSE(all.at(0).more);
}
