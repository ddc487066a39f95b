#include "import/importer.h"
#include "import/importbatches.h"
#include "import/importcancelled.h"
#include "import/importfileerror.h"
#include "import/importpresets.h"
#include "listing/recordlister.h"
#include "search/globalsearch.h"
#include "search/searchindex.h"
#include "storage/integritychecker.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/countrycatalog.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;
using AllianceDesk::Test::TestDatabase;

using AllianceDesk::Test::writeFile;

namespace {

ImportResult import(TestDatabase &test, const QString &path, ImportOptions options = {})
{
    Importer importer(path, options);
    return importer.run(test.connection());
}

qint64 count(TestDatabase &test, const QString &sql)
{
    SqlQuery query(test.connection(), sql);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

TEST_CASE("Every file of the hostile corpus has its expected outcome", "[import][corpus]")
{
    const QString dir = QStringLiteral(ALLIANCEDESK_IMPORT_CORPUS_DIR) + u"/"_s;
    QFile manifest(dir + u"MANIFEST.tsv"_s);
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    int checked = 0;
    // Dry runs on one database: each file is checked against the untouched sample alliance.
    TestDatabase test(true);
    const QString before = Test::dumpDatabase(test.connection());
    ImportOptions options;
    options.dryRun = true;
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        const QStringList expect = parts.at(1).split(u' ');
        QHash<QString, QString> extra;
        for (const QString &column : parts.mid(2))
            extra.insert(column.section(u'=', 0, 0), column.section(u'=', 1));
        INFO(parts.at(0).toStdString());
        try {
            const ImportResult result = import(test, dir + parts.at(0), options);
            INFO("created " << result.created << " rejected " << result.rejected);
            CHECK(expect.at(0) == u"ok"_s);
            CHECK(result.created == expect.value(1).toInt());
            CHECK(result.rejected == expect.value(2).toInt());
            // A file mixing UTF-8 lines with lines in another encoding: each line read by what it is, and said.
            QStringList otherLines;
            for (const qint64 number : result.lineEncodings.otherLines)
                otherLines << QString::number(number);
            CHECK(result.lineEncodings.mixed() == extra.contains(u"other-lines"_s));
            if (result.lineEncodings.mixed())
                CHECK(otherLines.join(u',') == extra.value(u"other-lines"_s));
            if (extra.contains(u"other-lines"_s)) {
                CHECK(result.lineEncodings.other == extra.value(u"other-encoding"_s));
                CHECK(result.encoding == u"UTF-8 and "_s + extra.value(u"other-encoding"_s));
                const QString lines = extra.value(u"other-lines"_s);
                const QString said = lines.contains(u',')
                                         ? QString(u"Lines "_s + lines.section(u',', 0, -2).replace(u","_s, u", "_s) +
                                                   u" and "_s + lines.section(u',', -1) + u" are not UTF-8 text"_s)
                                         : QString(u"Line "_s + lines + u" is not UTF-8 text"_s);
                CHECK(result.notes.join(u'\n').contains(said + u": "_s));
            }
            if (extra.contains(u"names"_s)) {
                TestDatabase fresh(true);
                const qint64 last = count(fresh, u"SELECT max(id) FROM organisations"_s);
                ImportOptions real;
                const ImportResult stored = import(fresh, dir + parts.at(0), real);
                CHECK(stored.created == expect.value(1).toInt());
                QStringList names;
                SqlQuery query(fresh.connection(), u"SELECT name FROM organisations WHERE id > :last ORDER BY id"_s);
                query.bind(u":last"_s, last).exec();
                while (query.next())
                    names << query.value(0).toString();
                for (const QString &name : extra.value(u"names"_s).split(u'|'))
                    CHECK(names.contains(name));
            }
        } catch (const RuleViolation &error) {
            INFO(error.message().toStdString());
            CHECK(expect.at(0) == u"refused"_s);
            CHECK(error.message().contains(parts.at(0)));
            CHECK(Test::dumpDatabase(test.connection()) == before);
        } catch (const ImportFileError &error) {
            INFO(error.message().toStdString());
            CHECK(expect.at(0) == u"fatal"_s);
            CHECK(error.line() == expect.value(1).toInt());
            CHECK(error.message().contains(parts.at(0)));
            CHECK(Test::dumpDatabase(test.connection()) == before);
        }
        ++checked;
    }
    CHECK(checked >= 40);
    CHECK(Test::dumpDatabase(test.connection()) == before);
}

TEST_CASE("Duplicates: normalised names in the same country, or the same email", "[import][duplicates]")
{
    TestDatabase test(true);
    const QString path = writeFile(test, u"dups.csv"_s,
                                   "name,country,email,city\n"
                                   "\"ROZAN \",PK,,Testville\n"
                                   "Shirakat – Partnership for Development,PK,,\n"
                                   "Rozan,IN,,\n"
                                   "New One,PK,new@one.org,\n"
                                   "Other Name,PK,NEW@one.org,\n"
                                   "new one,pakistan,,\n");
    ImportOptions options;
    ImportResult result = import(test, path, options);
    CHECK(result.created == 2); // Rozan (IN) and New One
    CHECK(result.skipped == 4);
    REQUIRE(result.duplicates.size() == 4);
    CHECK(result.duplicates[0].existingName == u"ROZAN"_s);
    CHECK(result.duplicates[2].earlierLine == 5);
    CHECK(result.duplicates[2].why == u"same email"_s);

    TestDatabase second(true);
    const QString before = Test::dumpDatabase(second.connection(), {u"import_"_s, u"search_"_s, u"audit_log"_s});
    options.onDuplicate = DuplicatePolicy::Update;
    options.rowChoices.insert(3, DuplicatePolicy::Create); // the Shirakat row: the user wants a new record
    result = import(second, path, options);
    CHECK(result.updated == 2);   // ROZAN gets a city, New One the email as the file writes it
    CHECK(result.unchanged == 1); // "new one, pakistan" changes nothing
    CHECK(result.created == 3);
    CHECK(count(second, u"SELECT count(*) FROM organisations WHERE name = 'ROZAN' AND city = 'Testville'"_s) == 1);

    // Undo restores exactly, the batch stays recorded as undone, and a second undo is refused.
    ImportBatches::undo(second.connection(), result.batchId);
    CHECK(count(second, u"SELECT count(*) FROM import_batches WHERE undone_at IS NOT NULL"_s) == 1);
    CHECK_THROWS_AS(ImportBatches::undo(second.connection(), result.batchId), RuleViolation);
    CHECK(count(second, u"SELECT count(*) FROM organisations WHERE city = 'Testville'"_s) == 0);
    CHECK(Test::dumpDatabase(second.connection(), {u"import_"_s, u"search_"_s, u"audit_log"_s}) == before);
}

TEST_CASE("Undo of an import restores the database exactly", "[import][undo]")
{
    TestDatabase test(true);
    const QString path = writeFile(test, u"members.csv"_s,
                                   "Nom;Pays;Statut;Date d'adhésion;Rôle;Téléphone\n"
                                   "ROZAN;Pakistan;suspendu;;;\n"
                                   "Nouvelle Association;France;actif;25/12/2020;co_chair;01 45 67 89 10\n");
    const QString before = Test::dumpDatabase(test.connection(), {u"import_"_s, u"search_"_s, u"audit_log"_s});
    ImportOptions options;
    options.networkName = u"MenEngage Alliance Pakistan"_s;
    options.onDuplicate = DuplicatePolicy::Update;
    const ImportResult result = import(test, path, options);
    CHECK(result.rejected == 0);
    CHECK(result.created == 1);
    CHECK(result.updated == 1);
    CHECK(count(test, u"SELECT count(*) FROM membership_current m JOIN organisations o ON o.id = m.organisation_id "
                      "WHERE o.name = 'Nouvelle Association' AND m.status = 'active' AND m.joined = '2020-12-25' "
                      "AND m.role = 'co_chair'"_s) == 1);
    CHECK(count(test, u"SELECT count(*) FROM organisations WHERE phone = '+33145678910'"_s) == 1);
    ImportBatches::undo(test.connection(), result.batchId);
    CHECK(Test::dumpDatabase(test.connection(), {u"import_"_s, u"search_"_s, u"audit_log"_s}) == before);
}

TEST_CASE("An import too large for one part of its undo record is undone and redone exactly", "[import][undo]")
{
    // The undo record is stored in parts as the import goes (its memory stays flat): a record created in one part
    // and updated by a later line of the same file must come back right in both directions.
    TestDatabase test(true);
    QByteArray bytes = "name,country,email,city\n";
    const int rows = 12345;
    for (int i = 1; i <= rows; ++i)
        bytes += "Tanzeem " + QByteArray::number(i) + ",PK,,Peshawar\n";
    bytes += "Tanzeem 3,PK,office@tanzeem3.org.pk,Mardan\n"; // the last line updates the third
    const QString path = writeFile(test, u"members.csv"_s, bytes);
    const QStringList bookkeeping{u"import_"_s, u"search_"_s, u"audit_log"_s};
    const QString before = Test::dumpDatabase(test.connection(), bookkeeping);
    ImportOptions options;
    options.networkName = u"MenEngage Alliance Pakistan"_s;
    options.onDuplicate = DuplicatePolicy::Update;
    const ImportResult result = import(test, path, options);
    CHECK(result.created == rows);
    CHECK(result.updated == 1);
    CHECK(count(test, u"SELECT count(*) FROM import_batch_changes WHERE batch_id = %1"_s.arg(result.batchId)) >= 3);
    CHECK(count(test, u"SELECT count(*) FROM organisations WHERE name = 'Tanzeem 3' AND city = 'Mardan' "
                      "AND email = 'office@tanzeem3.org.pk'"_s) == 1);
    const QString after = Test::dumpDatabase(test.connection(), bookkeeping);

    ImportBatches::undo(test.connection(), result.batchId);
    CHECK(Test::dumpDatabase(test.connection(), bookkeeping) == before);
    CHECK(ImportBatches::get(test.connection(), result.batchId).undone.isValid());
    ImportBatches::redo(test.connection(), result.batchId);
    CHECK(Test::dumpDatabase(test.connection(), bookkeeping) == after);
    CHECK_FALSE(ImportBatches::get(test.connection(), result.batchId).undone.isValid());
    CHECK_THROWS_AS(ImportBatches::redo(test.connection(), result.batchId), RuleViolation);
}

TEST_CASE("A dry run and a cancelled import change nothing", "[import][atomic]")
{
    TestDatabase test(true);
    QByteArray bytes = "name,country\n";
    for (int i = 0; i < 3000; ++i)
        bytes += "Org " + QByteArray::number(i) + ",PK\n";
    const QString path = writeFile(test, u"many.csv"_s, bytes);
    const QString before = Test::dumpDatabase(test.connection());
    ImportOptions options;
    options.dryRun = true;
    const ImportResult dry = import(test, path, options);
    CHECK(dry.created == 3000);
    CHECK(dry.batchId == 0);
    CHECK(Test::dumpDatabase(test.connection()) == before);
    Importer importer(path, {});
    CHECK_THROWS_AS(importer.run(test.connection(), [](qint64, qint64) { return false; }), ImportCancelled);
    CHECK(Test::dumpDatabase(test.connection()) == before);
}

TEST_CASE("People, meetings and participants", "[import][kinds]")
{
    TestDatabase test(true);
    ImportOptions options;
    options.kind = ImportKind::People;
    const ImportResult people = import(test,
                                       writeFile(test, u"people.csv"_s,
                                                 "First Name,Last Name,Email,Current Employer,Job Title\n"
                                                 "Ayesha,Khan,ayesha@example.org,rozan,Director\n"
                                                 "Иван,Петров,ivan@example.org,No Such Org,\n"),
                                       options);
    CHECK(people.created == 1);
    CHECK(people.rejected == 1);
    CHECK(count(test, u"SELECT count(*) FROM affiliations a JOIN people p ON p.id = a.person_id WHERE p.name = "
                      "'Ayesha Khan' AND a.title = 'Director'"_s) == 1);

    SqlQuery group(test.connection(), u"SELECT name FROM support_groups ORDER BY id LIMIT 1"_s);
    group.exec();
    REQUIRE(group.next());
    options.kind = ImportKind::Meetings;
    const ImportResult meetings = import(
        test,
        writeFile(test, u"meetings.csv"_s,
                  (u"group,date,topic,attendance\n\"%1\",13/01/2024,Fatherhood,012\n\"%1\",02/03/2024,Care,-1\n"_s)
                      .arg(group.value(0).toString())
                      .toUtf8()),
        options);
    CHECK(meetings.created == 1);
    CHECK(meetings.rejected == 1);
    CHECK(count(test,
                u"SELECT attendance FROM meetings WHERE meeting_date = '2024-01-13' AND topic = 'Fatherhood'"_s) == 12);

    SqlQuery event(test.connection(), u"SELECT name FROM events ORDER BY id LIMIT 1"_s);
    event.exec();
    REQUIRE(event.next());
    options.kind = ImportKind::Participants;
    const ImportResult participants =
        import(test,
               writeFile(test, u"participants.csv"_s,
                         (u"event,name,country\n\"%1\",Ana Souza,Brasil\n\"%1\",राहुल,Inde\n"_s)
                             .arg(event.value(0).toString())
                             .toUtf8()),
               options);
    CHECK(participants.created == 2);
    CHECK(count(test, u"SELECT count(*) FROM event_participants WHERE name = 'राहुल' AND country = 'IN'"_s) == 1);
}

TEST_CASE("Mappings can be overridden and saved as presets", "[import][mapping]")
{
    TestDatabase test(true);
    const QString path = writeFile(test, u"odd.csv"_s, "Partner,Where,Extra\nZeta Org,Kenya,x\n");
    ImportOptions options;
    options.mapOverrides = {{u"Partner"_s, u"name"_s}, {u"Where"_s, u"country"_s}};
    const ImportResult result = import(test, path, options);
    CHECK(result.created == 1);
    ImportPresets::save(test.connection(), u"Kenya partner"_s, ImportKind::Organisations, options.mapOverrides);
    CHECK(ImportPresets::names(test.connection(), ImportKind::Organisations) == QStringList{u"Kenya partner"_s});
    CHECK(ImportPresets::load(test.connection(), u"Kenya partner"_s, ImportKind::Organisations) ==
          options.mapOverrides);
}

TEST_CASE("What an import creates or updates is found by search, and the connection keeps its triggers",
          "[import][search]")
{
    TestDatabase test(true);
    const auto titles = [&](const QString &text) {
        SearchIndex::synchronize(test.connection());
        QStringList found;
        for (const SearchGroup &group : GlobalSearch(test.connection()).search(text))
            for (const SearchHit &hit : group.hits)
                found << hit.title;
        return found;
    };
    REQUIRE(titles(u"Quokka"_s).isEmpty());
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    const ImportResult organisations = import(
        test, writeFile(test, u"orgs.csv"_s, "name,country,city\nQuokka Men's Forum,PK,Multan\nRozan,PK,Zebraville\n"),
        options);
    CHECK(organisations.created == 1);
    CHECK(organisations.updated == 1);
    CHECK(titles(u"Quokka"_s).join(u", "_s) == u"Quokka Men's Forum"_s);
    CHECK(titles(u"Zebraville"_s).join(u", "_s) == u"ROZAN"_s); // the updated city is searchable

    options.kind = ImportKind::People;
    const ImportResult people =
        import(test, writeFile(test, u"people.csv"_s, "name,email\nWombat Khan,wombat@example.org\n"), options);
    CHECK(people.created == 1);
    CHECK(titles(u"Wombat"_s).join(u", "_s) == u"Wombat Khan"_s);

    // Edits after the import still reach the index through the schema's triggers.
    SqlQuery(test.connection(), u"UPDATE people SET name = 'Numbat Khan' WHERE name = 'Wombat Khan'"_s).exec();
    CHECK(titles(u"Numbat"_s).join(u", "_s) == u"Numbat Khan"_s);
    CHECK(titles(u"Wombat"_s).join(u", "_s) == u"Numbat Khan"_s); // by the email it kept

    // ... and after an import that was cancelled.
    Importer cancelled(writeFile(test, u"more.csv"_s, "name\nBilby Shah\n"), options);
    CHECK_THROWS_AS(cancelled.run(test.connection(), [](qint64, qint64) { return false; }), ImportCancelled);
    SqlQuery(test.connection(), u"INSERT INTO people (name) VALUES ('Bilby Shah')"_s).exec();
    CHECK(titles(u"Bilby"_s).join(u", "_s) == u"Bilby Shah"_s);
}

TEST_CASE("New memberships take the chosen status, role and date where the file has no column for them",
          "[import][network]")
{
    TestDatabase test(true);
    const QString path = writeFile(test, u"applicants.csv"_s,
                                   "name,country,status\n"
                                   "Quokka Men's Forum,PK,\n"
                                   "Bilby Collective,PK,actif\n");
    ImportOptions options;
    options.networkName = u"MenEngage Alliance Pakistan"_s;
    options.membershipStatus = u"applicant"_s;
    options.membershipRole = u"board"_s;
    options.joined = QDate(2026, 1, 15);
    const ImportResult result = import(test, path, options);
    CHECK(result.created == 2);
    const auto membership = [&](const QString &name) {
        SqlQuery query(test.connection(), u"SELECT m.status, m.status_since, m.role FROM membership_current m "
                                          "JOIN organisations o ON o.id = m.organisation_id WHERE o.name = :name"_s);
        query.bind(u":name"_s, name).exec();
        return query.next()
                   ? QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}.join(
                         u' ')
                   : QString();
    };
    CHECK(membership(u"Quokka Men's Forum"_s) == u"applicant 2026-01-15 board"_s);
    CHECK(membership(u"Bilby Collective"_s) == u"active 2026-01-15 board"_s); // the file's status wins

    options.membershipStatus = u"sleeping"_s;
    try {
        import(test, path, options);
        FAIL("no error");
    } catch (const RuleViolation &error) {
        CHECK(error.message().contains(u"“sleeping” is not a membership status"_s));
    }
}

TEST_CASE("Dates that read both ways throughout are flagged, never guessed; columns a kind cannot use are left out",
          "[import][dates]")
{
    TestDatabase test(true);
    const QString path = writeFile(test, u"joined.csv"_s,
                                   "name,country,joined\n"
                                   "Quokka Forum,PK,03/04/2020\n"
                                   "Bilby Collective,PK,05/06/2021\n");
    ImportOptions options;
    options.networkName = u"MenEngage Alliance Pakistan"_s;
    ImportResult result = import(test, path, options);
    CHECK(result.datesAmbiguous);
    CHECK(result.created == 0);
    CHECK(result.rejected == 2);

    options.dateOrder = DateOrder::DayMonth;
    result = import(test, path, options);
    CHECK(result.created == 2);
    CHECK(result.joined == 2);
    CHECK(count(test, u"SELECT count(*) FROM membership_current WHERE joined = '2020-04-03'"_s) == 1);

    // Without a network, the joined column has nothing to fill: it is left out, and said so.
    ImportOptions noNetwork;
    const ImportResult plain =
        import(test, writeFile(test, u"plain.csv"_s, "name,country,joined\nNumbat Men,IN,03/04/2020\n"), noNetwork);
    CHECK(plain.created == 1);
    CHECK(plain.rejected == 0);
    REQUIRE(plain.notes.size() == 1);
    CHECK(plain.notes.first().contains(u"“joined” were left out"_s));
}

TEST_CASE("Organisations already in the database join the network when their rows are skipped", "[import][network]")
{
    TestDatabase test(true);
    const QString path = writeFile(test, u"members.csv"_s,
                                   "name,country,status\n"
                                   "ROZAN,PK,suspended\n" // a member of the Pakistan network already
                                   "روزن,PK,\n"           // the same, by its name in Urdu
                                   "Quokka Forum,PK,\n");
    ImportOptions options;
    options.networkName = u"MenEngage Alliance South Asia"_s;
    const QString pakistanBefore = Test::dumpDatabase(test.connection(), {u"import_"_s, u"search_"_s, u"audit_log"_s});
    const ImportResult result = import(test, path, options);
    CHECK(result.created == 1);
    CHECK(result.skipped == 2);
    CHECK(result.joined == 2); // ROZAN (once) and Quokka Forum
    REQUIRE(result.duplicates.size() == 2);
    CHECK(result.duplicates.at(1).existingName == u"ROZAN"_s);
    const auto status = [&](const QString &network, const QString &organisation) {
        SqlQuery query(test.connection(), u"SELECT m.status FROM membership_current m JOIN networks n ON "
                                          "n.id = m.network_id JOIN organisations o ON o.id = m.organisation_id "
                                          "WHERE n.name = :network AND o.name = :organisation"_s);
        query.bind(u":network"_s, network).bind(u":organisation"_s, organisation).exec();
        return query.next() ? query.value(0).toString() : u"(none)"_s;
    };
    CHECK(status(u"MenEngage Alliance South Asia"_s, u"ROZAN"_s) == u"suspended"_s); // the file's status
    CHECK(status(u"MenEngage Alliance South Asia"_s, u"Quokka Forum"_s) == u"active"_s);
    // Skipping left ROZAN's own record and its other membership as they were.
    CHECK(status(u"MenEngage Alliance Pakistan"_s, u"ROZAN"_s) == u"active"_s);
    ImportBatches::undo(test.connection(), result.batchId);
    CHECK(Test::dumpDatabase(test.connection(), {u"import_"_s, u"search_"_s, u"audit_log"_s}) == pakistanBefore);
}

TEST_CASE("A phone number libphonenumber does not know is kept as written, counted and findable; only nonsense rejects "
          "a row",
          "[import][unverified]")
{
    TestDatabase test(true);
    const QString path = writeFile(test, u"pakistan.csv"_s,
                                   u"name,country,phone,email\n"
                                   "Mardan Men's Forum,PK,+92-937-123456,\n"
                                   "Swat Youth Alliance,PK,0300 1234567,info@swat.org.pk\n"
                                   "Peshawar Fathers,PK,call the office,\n"
                                   "Kohat Circle,PK,+92937123457,kohat@example.org; admin@example.org\n"
                                   "Bannu Brothers,PK,,bannu.example.org\n"_s.toUtf8());
    ImportResult result = import(test, path);
    CHECK(result.created == 3);
    CHECK(result.rejected == 2);
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems.at(0).line == 4);
    CHECK(result.problems.at(0).column == 3);
    CHECK(result.problems.at(0).reason == u"“call the office” is not a phone number (it has letters)"_s);
    CHECK(result.problems.at(1).line == 6);
    CHECK(result.problems.at(1).column == 4);
    CHECK(result.problems.at(1).reason == u"“bannu.example.org” is not an email address (expected name@example.org)"_s);

    CHECK(result.unverified == 3);
    REQUIRE(result.unverifiedValues.size() == 3);
    CHECK(result.unverifiedValues.at(0).line == 2);
    CHECK(result.unverifiedValues.at(0).column == 3);
    CHECK(result.unverifiedValues.at(0).field == u"phone"_s);
    CHECK(result.unverifiedValues.at(0).value == u"+92-937-123456"_s);
    CHECK(result.unverifiedValues.at(0).reason ==
          u"“+92-937-123456” is not a number libphonenumber knows: kept as written, marked unverified"_s);
    CHECK(result.unverifiedValues.at(1).line == 5);
    CHECK(result.unverifiedValues.at(1).value == u"+92 937123457"_s);
    CHECK(result.unverifiedValues.at(2).field == u"email"_s);
    CHECK(result.unverifiedValues.at(2).value == u"kohat@example.org; admin@example.org"_s);

    const auto stored = [&](const QString &name, const char *column) {
        SqlQuery query(test.connection(),
                       u"SELECT %1 FROM organisations WHERE name = :name"_s.arg(QLatin1String(column)));
        query.bind(u":name"_s, name).exec();
        return query.next() ? query.value(0).toString() : u"(missing)"_s;
    };
    CHECK(stored(u"Mardan Men's Forum"_s, "phone") == u"+92-937-123456"_s);
    CHECK(stored(u"Swat Youth Alliance"_s, "phone") == u"+923001234567"_s); // verified: E.164
    CHECK(stored(u"Kohat Circle"_s, "phone") == u"+92 937123457"_s);
    CHECK(stored(u"Kohat Circle"_s, "email") == u"kohat@example.org; admin@example.org"_s);
    CHECK(stored(u"Peshawar Fathers"_s, "name") == u"(missing)"_s);

    // Findable: the list filter word, alone or with other words, and `check`'s warnings (not problems).
    RecordLister lister(test.connection(), ListKind::Organisations);
    lister.setSearch(u"is:unverified"_s);
    CHECK(lister.count() == 2);
    QStringList names;
    for (const QVariantList &row : lister.fetchAll())
        names << row.at(1).toString();
    CHECK(names == QStringList{u"Kohat Circle"_s, u"Mardan Men's Forum"_s});
    lister.setSearch(u"mardan IS:UNVERIFIED"_s);
    CHECK(lister.count() == 1);
    lister.setSearch(u"swat is:unverified"_s);
    CHECK(lister.count() == 0);
    lister.setSearch(u"swat"_s);
    CHECK(lister.count() == 1);
    RecordLister networks(test.connection(), ListKind::Networks);
    networks.setSearch(u"is:unverified"_s);
    CHECK(networks.count() == 0);

    const IntegrityChecker checker(test.connection());
    CHECK(checker.run().isEmpty());
    const QList<IntegrityProblem> warnings = checker.warnings();
    REQUIRE(warnings.size() == 3);
    CHECK(warnings.at(0).record == u"Organisation “Mardan Men's Forum”"_s);
    CHECK(warnings.at(0).rule ==
          u"phone “+92-937-123456” is not a number libphonenumber knows: kept as written, marked unverified"_s);
    CHECK(warnings.at(2).rule == u"email “kohat@example.org; admin@example.org” does not look like one email address "
                                 "(name@example.org): kept as written, marked unverified"_s);

    // A duplicate skipped is not stored, so not counted; an update that stores the number is.
    result = import(test, path, {});
    CHECK(result.created == 0);
    CHECK(result.unverified == 0);
    ImportOptions update;
    update.onDuplicate = DuplicatePolicy::Update;
    const QString changed =
        writeFile(test, u"changed.csv"_s, "name,country,phone\nSwat Youth Alliance,PK,0937 123458\n");
    result = import(test, changed, update);
    CHECK(result.updated == 1);
    CHECK(result.unverified == 1);
    CHECK(stored(u"Swat Youth Alliance"_s, "phone") == u"0937 123458"_s);
}

TEST_CASE("A country name that fits two countries is decided by the row's phone or city, or the row is refused",
          "[import][countries]")
{
    const CountryCatalog &catalog = CountryCatalog::instance();
    CHECK(catalog.candidates(u"Congo"_s) == QStringList{u"CD"_s, u"CG"_s});
    CHECK_FALSE(catalog.lookup(u"Congo"_s).has_value());
    CHECK(catalog.candidates(u"Korea"_s) == QStringList{u"KP"_s, u"KR"_s});
    CHECK(catalog.lookup(u"Republic of the Congo"_s) == u"CG"_s);
    CHECK(catalog.lookup(u"Guinea"_s) == u"GN"_s); // not Guinea-Bissau, nor Equatorial Guinea
    CHECK(catalog.lookup(u"Sudan"_s) == u"SD"_s);  // not South Sudan
    CHECK(catalog.lookup(u"Niger"_s) == u"NE"_s);
    CHECK(catalog.lookup(u"Nigeria"_s) == u"NG"_s);
    CHECK(catalog.countriesOfCity(u"Brazzaville"_s) == QStringList{u"CG"_s});

    TestDatabase test;
    const QString path = writeFile(test, u"francophone.csv"_s,
                                   "name,country,city,phone\n"
                                   "Association Brazzaville,Congo,Brazzaville,\n"
                                   "Réseau Kinshasa,Congo,Kinshasa,\n"
                                   "Congo phone,Congo,,+242 06 123 4567\n"
                                   "Congo nothing,Congo,,\n"
                                   "Korea one,Korea,Seoul,\n"
                                   "Contradiction,Congo,Kinshasa,+242 06 123 4567\n");
    const ImportResult result = import(test, path);
    CHECK(result.created == 4);
    CHECK(result.rejected == 2);
    const auto countryOf = [&test](const QString &name) {
        SqlQuery query(test.connection(), u"SELECT country FROM organisations WHERE name = :name"_s);
        query.bind(u":name"_s, name).exec();
        return query.next() ? query.value(0).toString() : QString();
    };
    CHECK(countryOf(u"Association Brazzaville"_s) == u"CG"_s);
    CHECK(countryOf(u"Réseau Kinshasa"_s) == u"CD"_s);
    CHECK(countryOf(u"Congo phone"_s) == u"CG"_s);
    CHECK(countryOf(u"Korea one"_s) == u"KR"_s);
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems.at(0).line == 5);
    CHECK(result.problems.at(0).reason.startsWith(
        u"“Congo” may be Congo Kinshasa (CD) or Congo Brazzaville (CG), and the rest of the row does not say which"_s));
    CHECK(result.problems.at(1).line == 7); // a Kinshasa address with a +242 number: not guessed either
}

TEST_CASE("The user's choice decides a country name that fits two countries where the row does not; others stay "
          "rejected",
          "[import][countries]")
{
    TestDatabase test;
    const QString path = writeFile(test, u"francophone.csv"_s,
                                   "name,country,city,phone\n"
                                   "Association Brazzaville,Congo,Brazzaville,\n"
                                   "Congo nothing,Congo,,\n"
                                   "Congo lower case,congo,,\n"
                                   "Korea nowhere,Korea,,\n"
                                   "Korea one,Korea,Seoul,\n"
                                   "Congo again,CONGO,,\n");

    // A trial without choices lists each undecided name once, with its rows and candidates.
    ImportOptions trial;
    trial.dryRun = true;
    const ImportResult undecided = import(test, path, trial);
    CHECK(undecided.rejected == 4);
    REQUIRE(undecided.ambiguousCountries.size() == 2);
    CHECK(undecided.ambiguousCountries.at(0).value == u"Congo"_s);
    CHECK(undecided.ambiguousCountries.at(0).rows == 3);
    CHECK(undecided.ambiguousCountries.at(0).firstLine == 3);
    CHECK(undecided.ambiguousCountries.at(0).countries == QStringList{u"CD"_s, u"CG"_s});
    CHECK(undecided.ambiguousCountries.at(1).value == u"Korea"_s);
    CHECK(undecided.ambiguousCountries.at(1).rows == 1);
    CHECK(undecided.ambiguousCountries.at(1).countries == QStringList{u"KP"_s, u"KR"_s});

    ImportOptions options;
    options.countryChoices.insert(u"Congo"_s, u"CD"_s);
    const ImportResult result = import(test, path, options);
    CHECK(result.created == 5);
    CHECK(result.rejected == 1);
    const auto countryOf = [&test](const QString &name) {
        SqlQuery query(test.connection(), u"SELECT country FROM organisations WHERE name = :name"_s);
        query.bind(u":name"_s, name).exec();
        return query.next() ? query.value(0).toString() : QString();
    };
    CHECK(countryOf(u"Association Brazzaville"_s) == u"CG"_s); // the row's own city decides, not the choice
    CHECK(countryOf(u"Congo nothing"_s) == u"CD"_s);
    CHECK(countryOf(u"Congo lower case"_s) == u"CD"_s);
    CHECK(countryOf(u"Congo again"_s) == u"CD"_s);
    CHECK(countryOf(u"Korea one"_s) == u"KR"_s);
    CHECK(countryOf(u"Korea nowhere"_s).isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.at(0).line == 5);
    CHECK(result.problems.at(0).column == 2);
    CHECK(result.problems.at(0).reason.startsWith(u"“Korea” may be "_s));
    REQUIRE(result.ambiguousCountries.size() == 1);
    CHECK(result.ambiguousCountries.at(0).value == u"Korea"_s);
    CHECK(result.notes.contains(u"3 row(s) naming “Congo” as their country were given %1, as chosen."_s.arg(
        CountryCatalog::distinctName(u"CD"_s))));
}

TEST_CASE("A country chosen for a name that it is not one of the name's countries rejects the rows, saying so",
          "[import][countries]")
{
    TestDatabase test;
    const QString path = writeFile(test, u"korea.csv"_s, "name,country\nKorea nowhere,Korea\n");
    ImportOptions options;
    options.countryChoices.insert(u"korea"_s, u"CG"_s);
    const ImportResult result = import(test, path, options);
    CHECK(result.created == 0);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.at(0).reason.endsWith(u"the country chosen for it, CG, is neither"_s));
    CHECK(result.ambiguousCountries.isEmpty());
}

TEST_CASE("Countries one name may mean are told apart by name", "[import][countries]")
{
    CHECK(CountryCatalog::distinctName(u"CG"_s) == u"Congo Brazzaville (CG)"_s);
    CHECK(CountryCatalog::distinctName(u"CD"_s) == u"Congo Kinshasa (CD)"_s);
    CHECK(CountryCatalog::distinctName(u"KR"_s) == u"South Korea (KR)"_s);
}

TEST_CASE("An undo or redo of an import tells its progress part by part, and a cancel changes nothing",
          "[import][undo]")
{
    TestDatabase test;
    QByteArray csv = "name,country\n";
    // More rows than one part of the undo record holds, so that the record has two parts.
    for (int row = 0; row < 5001; ++row)
        csv += "Organisation " + QByteArray::number(row) + ",PK\n";
    const ImportResult result = import(test, writeFile(test, u"many.csv"_s, csv));
    REQUIRE(result.created == 5001);
    REQUIRE(count(test, u"SELECT count(*) FROM import_batch_changes WHERE batch_id = %1"_s.arg(result.batchId)) == 2);

    const QString imported = Test::dumpDatabase(test.connection(), {u"search_"_s});
    QList<std::pair<int, int>> told;
    const auto cancelAfterFirst = [&told](int done, int total) {
        told.append({done, total});
        return done < 1;
    };
    CHECK_THROWS_AS(ImportBatches::undo(test.connection(), result.batchId, cancelAfterFirst), ImportCancelled);
    CHECK(told == QList<std::pair<int, int>>{{0, 2}, {1, 2}});
    CHECK(Test::dumpDatabase(test.connection(), {u"search_"_s}) == imported);
    CHECK_FALSE(ImportBatches::get(test.connection(), result.batchId).undone.isValid());

    told.clear();
    ImportBatches::undo(test.connection(), result.batchId, [&told](int done, int total) {
        told.append({done, total});
        return true;
    });
    CHECK(told == QList<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}});
    CHECK(count(test, u"SELECT count(*) FROM organisations WHERE name LIKE 'Organisation %'"_s) == 0);

    told.clear();
    CHECK_THROWS_AS(ImportBatches::redo(test.connection(), result.batchId, cancelAfterFirst), ImportCancelled);
    CHECK(count(test, u"SELECT count(*) FROM organisations WHERE name LIKE 'Organisation %'"_s) == 0);
    CHECK(ImportBatches::get(test.connection(), result.batchId).undone.isValid());
    ImportBatches::redo(test.connection(), result.batchId);
    CHECK(count(test, u"SELECT count(*) FROM organisations WHERE name LIKE 'Organisation %'"_s) == 5001);
}
