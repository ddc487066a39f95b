// End-to-end tests of alliancedesk-cli's saved searches: views, view save|rename|delete, list/export --view.
#include "clitestsupport.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace AllianceDesk::CliTest;

namespace {

using AllianceDesk::Test::sampleMembers;

QStringList valuesOf(const QJsonArray &rows, const QString &key)
{
    QStringList values;
    for (const QJsonValue &row : rows)
        values << row[key].toString();
    return values;
}

} // namespace

TEST_CASE("cli: a saved search is saved, listed, read by list and export, renamed and deleted", "[cli][savedview]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = initSample(dir);
    const QString name = u"Lapsed members in Pakistan"_s;
    const QStringList expected = sampleMembers(u"lapsed"_s, u"PK"_s);
    REQUIRE(expected.size() == 1);

    const CliResult saved = runCli(dir, db,
                                   {u"view"_s, u"save"_s, name, u"--list"_s, u"memberships"_s, u"--filter"_s,
                                    u"status=lapsed"_s, u"--filter"_s, u"country=pk"_s});
    INFO(saved.errText().toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.outText() == u"Saved the search “Lapsed members in Pakistan” (memberships; status: lapsed; country: "
                             "PK); it lists 1 row(s) now.\n"_s);

    SECTION("views lists it with what it keeps")
    {
        const CliResult views = runCli(dir, db, {u"views"_s, u"--format"_s, u"json"_s});
        REQUIRE(views.exitCode == 0);
        const QJsonArray array = parseArray(views.out);
        REQUIRE(array.size() == 1);
        CHECK(array.at(0)[u"name"_s].toString() == name);
        CHECK(array.at(0)[u"list"_s].toString() == u"memberships"_s);
        CHECK(array.at(0)[u"filters"_s].toObject() == QJsonObject{{u"status"_s, u"lapsed"_s}, {u"country"_s, u"PK"_s}});
        const CliResult text = runCli(dir, db, {u"views"_s});
        CHECK(text.outText() == name + u"  memberships; status: lapsed; country: PK\n"_s);
    }

    SECTION("list --view gives the rows it describes, whatever case its name is typed in")
    {
        const CliResult list =
            runCli(dir, db, {u"list"_s, u"--view"_s, u"LAPSED members in pakistan"_s, u"--format"_s, u"json"_s});
        INFO(list.errText().toStdString());
        REQUIRE(list.exitCode == 0);
        const QJsonArray rows = parseArray(list.out);
        CHECK(valuesOf(rows, u"organisation"_s) == expected);
        CHECK(valuesOf(rows, u"status"_s) == QStringList{u"lapsed"_s});
        CHECK(valuesOf(rows, u"country"_s) == QStringList{u"PK"_s});
        // Naming the list too is accepted when it is the search's; --search replaces its text.
        const CliResult named = runCli(
            dir, db,
            {u"list"_s, u"memberships"_s, u"--view"_s, name, u"--search"_s, u"sindh"_s, u"--format"_s, u"json"_s});
        REQUIRE(named.exitCode == 0);
        CHECK(valuesOf(parseArray(named.out), u"organisation"_s) == expected);
        const CliResult none =
            runCli(dir, db, {u"list"_s, u"--view"_s, name, u"--search"_s, u"rozan"_s, u"--format"_s, u"json"_s});
        REQUIRE(none.exitCode == 0);
        CHECK(parseArray(none.out).isEmpty());
    }

    SECTION("export --view writes the same rows")
    {
        const QString out = dir.filePath(u"lapsed.csv"_s);
        const CliResult exported = runCli(
            dir, db, {u"export"_s, u"--view"_s, name, u"--out"_s, out, u"--encoding"_s, u"utf8"_s, u"--codes"_s});
        INFO(exported.errText().toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.outText().startsWith(u"Wrote 1 row(s)"_s));
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        REQUIRE(rows.size() == 2);
        const qsizetype organisation = rows.at(0).indexOf(u"organisation"_s);
        const qsizetype status = rows.at(0).indexOf(u"status"_s);
        REQUIRE(organisation >= 0);
        REQUIRE(status >= 0);
        CHECK(rows.at(1).at(organisation) == expected.constFirst());
        CHECK(rows.at(1).at(status) == u"lapsed"_s);
    }

    SECTION("unknown names, a list that does not match and bad filters are refused clearly")
    {
        const CliResult unknown = runCli(dir, db, {u"list"_s, u"--view"_s, u"Nowhere"_s});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.errText().contains(u"There is no saved search called “Nowhere”"_s));
        const CliResult unknownExport =
            runCli(dir, db, {u"export"_s, u"--view"_s, u"Nowhere"_s, u"--out"_s, dir.filePath(u"x.csv"_s)});
        CHECK(unknownExport.exitCode == 1);
        CHECK_FALSE(QFile::exists(dir.filePath(u"x.csv"_s)));
        const CliResult otherList = runCli(dir, db, {u"list"_s, u"organisations"_s, u"--view"_s, name});
        CHECK(otherList.exitCode == 1);
        CHECK(otherList.errText().contains(u"is a list of memberships, not of organisations"_s));
        const CliResult again =
            runCli(dir, db, {u"view"_s, u"save"_s, u"lapsed MEMBERS in Pakistan"_s, u"--list"_s, u"organisations"_s});
        CHECK(again.exitCode == 2);
        CHECK(again.errText().contains(u"There is already a saved search called “Lapsed members in Pakistan”"_s));
        const CliResult badStatus = runCli(
            dir, db,
            {u"view"_s, u"save"_s, u"Sleeping"_s, u"--list"_s, u"memberships"_s, u"--filter"_s, u"status=sleeping"_s});
        CHECK(badStatus.exitCode == 2);
        CHECK(badStatus.errText().contains(u"“sleeping” is not a membership status"_s));
        const CliResult badKey = runCli(
            dir, db, {u"view"_s, u"save"_s, u"Colour"_s, u"--list"_s, u"memberships"_s, u"--filter"_s, u"colour"_s});
        CHECK(badKey.exitCode == 1);
        CHECK(parseArray(runCli(dir, db, {u"views"_s, u"--format"_s, u"json"_s}).out).size() == 1);
    }

    SECTION("--replace changes what it keeps; rename and delete")
    {
        const CliResult replaced = runCli(dir, db,
                                          {u"view"_s, u"save"_s, name, u"--list"_s, u"memberships"_s, u"--filter"_s,
                                           u"status=withdrawn"_s, u"--filter"_s, u"country=PK"_s, u"--replace"_s});
        REQUIRE(replaced.exitCode == 0);
        const CliResult list = runCli(dir, db, {u"list"_s, u"--view"_s, name, u"--format"_s, u"json"_s});
        CHECK(valuesOf(parseArray(list.out), u"organisation"_s) == sampleMembers(u"withdrawn"_s, u"PK"_s));

        const CliResult renamed = runCli(dir, db, {u"view"_s, u"rename"_s, name, u"Пакистан: выбывшие"_s});
        REQUIRE(renamed.exitCode == 0);
        CHECK(runCli(dir, db, {u"list"_s, u"--view"_s, name}).exitCode == 1);
        CHECK(runCli(dir, db, {u"list"_s, u"--view"_s, u"ПАКИСТАН: ВЫБЫВШИЕ"_s}).exitCode == 0);

        RawConnection raw(db);
        CHECK(raw.value(u"SELECT count(*) FROM audit_log WHERE entity = 'saved_views'"_s).toInt() == 3);

        const CliResult deleted = runCli(dir, db, {u"view"_s, u"delete"_s, u"пакистан: выбывшие"_s});
        REQUIRE(deleted.exitCode == 0);
        CHECK(runCli(dir, db, {u"views"_s}).outText().startsWith(u"There are no saved searches yet"_s));
        CHECK(raw.value(u"SELECT count(*) FROM saved_views"_s).toInt() == 0);
    }
}
