#include "detailpane.h"
#include "find/globalsearchdialog.h"
#include "mainwindow.h"
#include "recordtablemodel.h"
#include "find/searchindexer.h"
#include "testdatabase.h"

#include "generate/syntheticalliance.h"
#include "search/searchindex.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

qint64 addPerson(const QSqlDatabase &db, const QString &name, const QString &native)
{
    SqlQuery query(db, u"INSERT INTO people (name, native_name, email) VALUES (:name, :native, :email)"_s);
    query.bind(u":name"_s, name).bind(u":native"_s, native);
    query.bind(u":email"_s, QString(name.split(u' ').constFirst().toLower() + u"@example.org"_s)).exec();
    return query.lastInsertId();
}

/// Types non-ASCII text one character at a time (QTest::keyClicks knows only ASCII keys).
void type(QLineEdit *field, const QString &text)
{
    for (const QChar c : text)
        field->insert(QString(c));
}

QStringList resultTitles(const QTreeWidget *results)
{
    QStringList titles;
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *header = results->topLevelItem(i);
        for (int j = 0; j < header->childCount(); ++j)
            titles << header->child(j)->text(0);
    }
    return titles;
}

} // namespace

TEST_CASE("Ctrl+K opens the global search; typing searches, Enter opens the record", "[ui][search]")
{
    Test::TestDatabase test(true);
    // Enough records that the chosen one sits deep in its list.
    SyntheticAlliance::generate(test.connection(), {50, 1500, 5});
    const qint64 maria = addPerson(test.connection(), u"Mariam Zakharova"_s, u"Мариам Захарова"_s);
    addPerson(test.connection(), u"Maryam Zakir"_s, u"مریم ذاکر"_s);
    addPerson(test.connection(), u"Marisha Zakaria"_s, u"मारिशा ज़कारिया"_s);

    MainWindow window;
    REQUIRE(window.openDatabase(test.path()));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    GlobalSearchDialog *dialog = window.globalSearch();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK(dialog->focusWidget() == dialog->queryField());

    QTest::keyClicks(dialog->queryField(), u"za"_s);
    CHECK_FALSE(resultTitles(dialog->resultsView()).isEmpty());
    QTest::keyClicks(dialog->queryField(), u"k"_s);
    CHECK(resultTitles(dialog->resultsView()).contains(u"Mariam Zakharova"_s));
    CHECK(resultTitles(dialog->resultsView()).contains(u"Maryam Zakir"_s));
    CHECK(resultTitles(dialog->resultsView()).contains(u"Marisha Zakaria"_s));
    dialog->queryField()->clear();
    type(dialog->queryField(), u"ЗАХАР"_s);
    REQUIRE(resultTitles(dialog->resultsView()) == QStringList{u"Mariam Zakharova"_s});
    CHECK(dialog->resultsView()->currentItem()->text(1).contains(u"Мариам Захарова"_s));

    // Up and Down stay on results; Enter opens the current one.
    QTest::keyClick(dialog->queryField(), Qt::Key_Up);
    QTest::keyClick(dialog->queryField(), Qt::Key_Down);
    CHECK(dialog->resultsView()->currentItem()->data(0, GlobalSearchDialog::RecordIdRole).toLongLong() == maria);
    QTest::keyClick(dialog->queryField(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());
    REQUIRE(window.tableModel());
    CHECK(window.tableModel()->kind() == ListKind::People);
    const QModelIndex current = window.tableView()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.row() > 100);
    CHECK(window.tableModel()->recordId(current.row()) == maria);
    CHECK(window.tableView()->selectionModel()->isRowSelected(current.row(), {}));
    CHECK(window.detailPane()->toPlainText().contains(u"Мариам Захарова"_s));

    // Ctrl+F opens it too, with the last query selected; Esc closes it.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->queryField()->selectedText() == u"ЗАХАР"_s);
    QTest::keyClick(dialog->queryField(), Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());

    // Results in Russian, Urdu and Hindi, for looking at.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(dialog->queryField(), u"zak"_s);
    const QStringList titles = resultTitles(dialog->resultsView());
    CHECK(titles.contains(u"Maryam Zakir"_s));
    CHECK(titles.contains(u"Marisha Zakaria"_s));
    CHECK(titles.contains(u"Mariam Zakharova"_s));
    CHECK(dialog->grab().save(QDir::temp().filePath(u"alliancedesk-globalsearch.png"_s)));
    dialog->queryField()->clear();
    type(dialog->queryField(), u"مریم ذ"_s);
    CHECK(resultTitles(dialog->resultsView()) == QStringList{u"Maryam Zakir"_s});
    dialog->reject();
}

TEST_CASE("After a large change, search answers at once from what is indexed while a worker indexes the rest",
          "[ui][search][indexer]")
{
    Test::TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    // As after an import of another program: 2,000 new organisations wait to be indexed, more than a keystroke's
    // search indexes itself.
    {
        REQUIRE(db.driver()->beginTransaction());
        SqlQuery insert(db, u"INSERT INTO organisations (name, type, country) VALUES (:name, 'ngo', 'PK')"_s);
        for (int i = 0; i < 2000; ++i)
            insert.bind(u":name"_s, u"Zarghuna Welfare Society %1"_s.arg(i)).exec();
        REQUIRE(db.driver()->commitTransaction());
    }
    const int waiting = SearchIndex::pending(db);
    REQUIRE(waiting >= 2000);
    REQUIRE(waiting > SearchIndex::interactiveCatchUpLimit);

    GlobalSearchDialog dialog;
    dialog.setConnectionProvider([&test] { return test.connection(); });
    dialog.open();
    type(dialog.queryField(), u"zarghuna"_s);
    // The keystroke did not index the queue on this thread: it answered from the index and said so.
    CHECK(SearchIndex::pending(db) == waiting);
    CHECK(resultTitles(dialog.resultsView()).isEmpty());
    const QString status = dialog.findChild<QLabel *>(u"globalSearchStatus"_s)->text();
    CHECK(status.startsWith(u"Still indexing %1 new or changed record"_s.arg(waiting)));

    // The list filter does the same: the rows indexed so far, and it says it is still indexing.
    RecordTableModel list(db, ListKind::Organisations);
    list.setSearch(u"zarghuna"_s);
    CHECK(list.rowCount() == 0);
    CHECK(list.waitingForIndex() == waiting);
    CHECK(SearchIndex::pending(db) == waiting);

    // The worker, with its own connection, indexes everything; the dialog then looks again.
    SearchIndexer indexer(test.path());
    QSignalSpy progress(&indexer, &SearchIndexer::progress);
    QSignalSpy finished(&indexer, &SearchIndexer::finished);
    CHECK(indexer.catchUpIfBehind(db));
    CHECK(indexer.isIndexing());
    indexer.wait();
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).toBool());
    QCoreApplication::processEvents();
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.constLast().at(0).toInt() == waiting);
    CHECK(SearchIndex::pending(db) == 0);

    dialog.indexCaughtUp();
    const QStringList titles = resultTitles(dialog.resultsView());
    REQUIRE(titles.size() == GlobalSearchDialog::resultsPerKind);
    CHECK(titles.constFirst().startsWith(u"Zarghuna Welfare Society"_s));
    CHECK_FALSE(dialog.findChild<QLabel *>(u"globalSearchStatus"_s)->text().contains(u"Still indexing"_s));
    list.refresh();
    CHECK(list.rowCount() == 2000);
    CHECK(list.waitingForIndex() == 0);

    // A small change is indexed by the search itself, as before: nothing to wait for.
    SqlQuery(db, u"UPDATE organisations SET name = 'Zarghuna Sisters' WHERE name = 'Zarghuna Welfare Society 7'"_s)
        .exec();
    CHECK_FALSE(indexer.catchUpIfBehind(db));
    dialog.queryField()->clear();
    type(dialog.queryField(), u"zarghuna sisters"_s);
    CHECK(resultTitles(dialog.resultsView()) == QStringList{u"Zarghuna Sisters"_s});
    CHECK(SearchIndex::pending(db) == 0);
}
