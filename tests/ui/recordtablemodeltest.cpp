#include "recordtablemodel.h"
#include "detailhtml.h"
#include "listing/recordlister.h"
#include "navigatormodel.h"
#include "testdatabase.h"

#include "domain/vocabulary.h"
#include "search/searchindex.h"
#include "storage/listqueries.h"
#include "storage/networkrepository.h"
#include "util/countrycatalog.h"
#include "util/dates.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QVariant sqlValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QStringList columnValues(const RecordTableModel &model, const QString &key)
{
    QStringList values;
    const int column = model.columnOf(key);
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("RecordTableModel passes the model tester on every list", "[ui][table]")
{
    Test::TestDatabase database(true);
    for (ListKind kind : NavigatorModel::topLevelKinds()) {
        INFO(listDefinition(kind).name.toStdString());
        RecordTableModel model(database.connection(), kind);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(1, Qt::DescendingOrder);
        model.setSearch(u"an"_s);
        model.setSearch(QString());
        CHECK(model.rowCount() == sqlValue(database.connection(),
                                           u"SELECT count(*) FROM %1"_s.arg(listQuery(kind).from.section(u' ', 0, 0)))
                                      .toInt());
    }
}

TEST_CASE("RecordTableModel shows the true count and fetches pages on demand", "[ui][table]")
{
    Test::TestDatabase database(true);
    RecordTableModel model(database.connection(), ListKind::SupportGroups);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // 180 men's support groups of the MOVE program (seed 001), counted before any row is read.
    REQUIRE(model.rowCount() == 180);
    REQUIRE(RecordTableModel::pageSize < 180 * 2);

    // The last row lies on another page than the first; each row's id role is that record's id.
    QSet<qint64> ids;
    for (int row : {0, 1, 179, 100, 178})
        ids.insert(model.index(row, 1).data(RecordTableModel::RecordIdRole).toLongLong());
    CHECK(ids.size() == 5);
    CHECK(model.index(179, 0).data(Qt::UserRole).toLongLong() == model.recordId(179));
    CHECK(model.index(179, model.columnOf(u"name"_s)).data().toString() ==
          sqlValue(database.connection(), u"SELECT name FROM support_groups WHERE id = %1"_s.arg(model.recordId(179)))
              .toString());

    // Headers are the definition's titles; ids of related records are not shown.
    CHECK(model.headerData(model.columnOf(u"district"_s), Qt::Horizontal).toString() == u"District"_s);
    CHECK(model.columnOf(u"program_id"_s) == -1);

    SECTION("codes, countries and booleans are shown as words")
    {
        const int status = model.columnOf(u"status"_s);
        CHECK(model.index(0, status).data().toString() ==
              Vocabulary::label(Vocabulary::Kind::SupportGroupStatus,
                                sqlValue(database.connection(),
                                         u"SELECT status FROM support_groups WHERE id = %1"_s.arg(model.recordId(0)))
                                    .toString()));
        const int country = model.columnOf(u"country"_s);
        CHECK(model.index(0, country).data().toString() == CountryCatalog::instance().name(u"PK"_s));
        CHECK(model.index(0, country).data(Qt::ToolTipRole).toString() == u"PK"_s);

        RecordTableModel events(database.connection(), ListKind::Events);
        const QStringList online = columnValues(events, u"online"_s);
        CHECK(online.contains(u"Yes"_s) ==
              (sqlValue(database.connection(), u"SELECT count(*) FROM events WHERE online"_s).toInt() > 0));
        CHECK(online.contains(u"No"_s));
    }
}

TEST_CASE("RecordTableModel searches in SQL, case-insensitively in every script", "[ui][table]")
{
    Test::TestDatabase database(true);
    RecordTableModel model(database.connection(), ListKind::People);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = model.rowCount();

    model.setSearch(u"мария"_s);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, model.columnOf(u"native_name"_s)).data().toString() == u"Мария Иванова"_s);
    CHECK(model.index(0, model.columnOf(u"name"_s)).data().toString() == u"Maria Ivanova"_s);

    model.setSearch(u"no such person anywhere"_s);
    CHECK(model.rowCount() == 0);
    model.setSearch(QString());
    CHECK(model.rowCount() == all);
}

TEST_CASE("RecordTableModel sorts in SQL", "[ui][table]")
{
    Test::TestDatabase database(true);
    RecordTableModel model(database.connection(), ListKind::People);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int name = model.columnOf(u"name"_s);

    model.sort(name, Qt::DescendingOrder);
    CHECK(model.index(0, name).data().toString() ==
          sqlValue(database.connection(), u"SELECT name FROM people ORDER BY name COLLATE NOCASE DESC LIMIT 1"_s)
              .toString());
    model.sort(name, Qt::AscendingOrder);
    CHECK(model.index(0, name).data().toString() ==
          sqlValue(database.connection(), u"SELECT name FROM people ORDER BY name COLLATE NOCASE ASC LIMIT 1"_s)
              .toString());
    const QStringList ascending = columnValues(model, u"name"_s);
    QStringList sorted = ascending;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    CHECK(ascending == sorted);
}

TEST_CASE("RecordTableModel filters memberships by network", "[ui][table]")
{
    Test::TestDatabase database(true);
    RecordTableModel model(database.connection(), ListKind::Memberships);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 pakistan =
        NetworkRepository(database.connection()).findByName(u"MenEngage Alliance Pakistan"_s).value();
    model.setFilter(u"network_id"_s, pakistan);
    CHECK(model.rowCount() == sqlValue(database.connection(),
                                       u"SELECT count(*) FROM membership_current WHERE network_id = %1"_s.arg(pakistan))
                                  .toInt());
    const QStringList networks = columnValues(model, u"network"_s);
    CHECK(networks.count(u"MenEngage Alliance Pakistan"_s) == networks.size());
    model.clearFilters();
    CHECK(model.rowCount() == sqlValue(database.connection(), u"SELECT count(*) FROM membership_current"_s).toInt());
}

// Correctness at a size where paging matters (many pages, the last row, sorting, search); how fast this is at
// 100,000 rows is measured by tests/bench/searchbench, not here.
TEST_CASE("RecordTableModel pages, sorts and searches over 20,000 organisations", "[ui][table][large]")
{
    Test::TestDatabase database(false);
    QSqlDatabase db = database.connection();
    {
        REQUIRE(db.transaction());
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(u"INSERT INTO organisations (name, native_name, type, country) "
                               "VALUES (:name, :native, 'ngo', 'PK')"_s));
        for (int i = 0; i < 20000; ++i) {
            insert.bindValue(u":name"_s, u"Organisation %1"_s.arg(i, 6, 10, QChar(u'0')));
            insert.bindValue(u":native"_s, i == 17777 ? u"Мария и партнёры"_s : QString());
            REQUIRE(insert.exec());
        }
        REQUIRE(db.commit());
    }
    // The GUI's search answers from the index as it is while SearchIndexer catches up on a worker; here the
    // catch-up is done first.
    RecordTableModel early(db, ListKind::Organisations);
    early.setSearch(u"МАРИЯ"_s);
    CHECK(early.rowCount() == 0);
    CHECK(early.waitingForIndex() >= 20000);
    REQUIRE(SearchIndex::synchronize(db));

    RecordTableModel model(db, ListKind::Organisations);
    REQUIRE(model.rowCount() == 20000);
    const int name = model.columnOf(u"name"_s);
    CHECK(model.index(19999, name).data().toString() == u"Organisation 019999"_s);
    model.sort(name, Qt::DescendingOrder);
    CHECK(model.index(0, name).data().toString() == u"Organisation 019999"_s);
    CHECK(model.index(19999, name).data().toString() == u"Organisation 000000"_s);
    model.setSearch(u"МАРИЯ"_s);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, name).data().toString() == u"Organisation 017777"_s);
}

TEST_CASE("RecordTableModel aligns right-to-left text to the right", "[ui][table]")
{
    Test::TestDatabase database(true);
    RecordTableModel model(database.connection(), ListKind::Organisations);
    model.setSearch(u"rozan"_s);
    REQUIRE(model.rowCount() == 1);
    const auto alignment = [&](const QString &key) {
        return model.index(0, model.columnOf(key)).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    CHECK(model.index(0, model.columnOf(u"native_name"_s)).data().toString() == u"روزن"_s);
    CHECK((alignment(u"native_name"_s) & Qt::AlignRight));
    CHECK_FALSE((alignment(u"name"_s) & Qt::AlignRight)); // "ROZAN" reads from the left
}

TEST_CASE("RecordTableModel over a database that fails mid-fetch shows empty rows and says why, once",
          "[ui][table][failure]")
{
    Test::TestDatabase database(true);
    // More organisations than one page holds, so that the list is read in two pages.
    {
        QSqlQuery insert(database.connection());
        REQUIRE(insert.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                            "INSERT INTO organisations (name, type, country) "
                            "SELECT 'Zz Partner ' || printf('%03d', i), 'ngo', 'KE' FROM n"_s));
    }
    const int all = sqlValue(database.connection(), u"SELECT count(*) FROM organisations"_s).toInt();
    REQUIRE(all > RecordTableModel::pageSize);
    // A connection of the test's own: the model reads through it while another program changes the file under it.
    const QString name = u"failing-%1"_s.arg(quintptr(&database));
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(database.connection(), name);
        REQUIRE(db.open());
        RecordTableModel model(db, ListKind::Organisations);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy failed(&model, &RecordTableModel::failed);
        REQUIRE(model.rowCount() == all);
        const int nameColumn = model.columnOf(u"name"_s);
        const QString first = model.index(0, nameColumn).data().toString();
        REQUIRE(first == sqlValue(database.connection(),
                                  u"SELECT name FROM organisations WHERE id = %1"_s.arg(model.recordId(0)))
                             .toString());

        SECTION("the table is taken away by another program after the first page")
        {
            QSqlQuery alter(database.connection());
            REQUIRE(alter.exec(u"ALTER TABLE organisations RENAME TO organisations_elsewhere"_s));
        }
        SECTION("the connection is closed after the first page")
        {
            db.close();
        }

        // The second page cannot be read: its rows are empty (no id, no text), and nothing is thrown at the view.
        const int last = all - 1;
        CHECK(model.index(last, nameColumn).data().toString().isEmpty());
        CHECK_FALSE(model.index(last, nameColumn).data(RecordTableModel::RecordIdRole).isValid());
        CHECK(model.recordId(last) == 0);
        CHECK(model.index(last - 1, nameColumn).data().toString().isEmpty());
        // What was read stays on screen.
        CHECK(model.index(0, nameColumn).data().toString() == first);
        // The failure is reported once, from the event loop, in words for the user.
        CHECK(failed.isEmpty());
        QCoreApplication::processEvents();
        REQUIRE(failed.size() == 1);
        CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
        CHECK(model.failure() == failed.at(0).at(0).toString());
        (void)model.index(RecordTableModel::pageSize + 1, nameColumn).data();
        QCoreApplication::processEvents();
        CHECK(failed.size() == 1);

        // A refresh cannot count the rows either: the table is empty rather than wrong, and the failure is not
        // told twice.
        model.refresh();
        CHECK(model.rowCount() == 0);
        QCoreApplication::processEvents();
        CHECK(failed.size() == 1);
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("Dates are shown one way, the locale's, in the lists and the detail pane", "[ui][table][dates]")
{
    // Seen in the walkthrough: ISO dates in the lists but "3 May 2018" in the detail pane.
    CHECK(Dates::displayFormat(QLocale(u"en_US"_s)) == u"M/d/yyyy"_s); // the locale's order, the year in full
    CHECK(Dates::displayFormat(QLocale(u"de_DE"_s)) == u"dd.MM.yyyy"_s);
    CHECK(Dates::displayFormat(QLocale(u"ru_RU"_s)) == u"dd.MM.yyyy"_s);
    CHECK(Dates::display(u"2018-05-03"_s, QLocale(u"en_US"_s)) == u"5/3/2018"_s);
    CHECK(Dates::display(u"not a date"_s) == u"not a date"_s);

    Test::TestDatabase database(true);
    RecordTableModel model(database.connection(), ListKind::Memberships);
    REQUIRE(model.rowCount() > 0);
    const ListDefinition &list = listDefinition(ListKind::Memberships);
    const int since = model.columnOf(u"status_since"_s);
    REQUIRE(since >= 0);
    const QVariantList row = RecordLister(database.connection(), ListKind::Memberships).fetch(0, 1).at(0);
    const QDate stored = QDate::fromString(row.at(list.columnIndex(u"status_since"_s)).toString(), Qt::ISODate);
    REQUIRE(stored.isValid());
    const QString shown = model.data(model.index(0, since)).toString();
    CHECK(shown == Dates::display(stored));
    CHECK(shown != stored.toString(Qt::ISODate));
    // The detail pane shows the membership's dates in the same form.
    const QString html = DetailHtml(database.connection()).record(ListKind::Memberships, row.at(0).toLongLong());
    CHECK(html.contains(shown.toHtmlEscaped()));
}
