// The six reports on the sample alliance, read back with pdftotext the way a reader (or a search) sees them.
#include "reporttestsupport.h"
#include "testdatabase.h"

#include "domain/contactvalues.h"
#include "export/listexporter.h"
#include "listing/recordlister.h"
#include "reports/reportbuilder.h"
#include "reports/reporterrors.h"
#include "storage/organisationrepository.h"
#include "listing/savedviewrepository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;
using AllianceDesk::Test::makeReport;
using AllianceDesk::Test::PdfText;
using AllianceDesk::Test::TestDatabase;

namespace {

ReportParameters parametersFor(ReportKind kind)
{
    ReportParameters parameters;
    parameters.kind = kind;
    parameters.pageSize = QPageSize::A4;
    if (kind == ReportKind::NetworkProfile)
        parameters.networkName = u"MenEngage Alliance Pakistan"_s;
    return parameters;
}

/// The line of @p text that contains every one of @p parts, or an empty string.
QString lineWith(const QString &text, const QStringList &parts)
{
    for (const QString &line : text.split(u'\n')) {
        if (std::all_of(parts.begin(), parts.end(), [&](const QString &part) { return line.contains(part); }))
            return line;
    }
    return {};
}

const QRegularExpression participantCode(u"MOVE-[A-Z]{3}-\\d\\d-P\\d"_s);
const QStringList concernDetails{u"Sample concern for demonstration"_s, u"poster withdrawn"_s, u"Complainant asked"_s,
                                 u"Witness statements"_s, u"review panel"_s};

} // namespace

TEST_CASE("Every report of the sample alliance has its frame on every page and records its data hash")
{
    TestDatabase db(true);
    for (ReportKind kind : ReportParameters::allKinds()) {
        INFO(ReportParameters::kindName(kind).toStdString());
        const PdfText pdf = makeReport(db.connection(), parametersFor(kind), db.dir());
        REQUIRE(!pdf.pages.isEmpty());
        const int count = static_cast<int>(pdf.pages.size());
        for (int page = 0; page < count; ++page) {
            const QString &text = pdf.pages.at(page);
            CHECK(text.contains(ReportParameters::kindTitle(kind)));
            CHECK(text.contains(u"MenEngage Alliance"_s));
            CHECK(text.contains(u"Protected details: left out"_s));
            CHECK(text.contains(u"Made "_s));
            CHECK(text.contains(u"Page %1 of %2"_s.arg(page + 1).arg(count)));
        }
        // The last page repeats the parameters and the fingerprint; the metadata records both.
        CHECK(pdf.pages.constLast().contains(pdf.dataHash));
        // ... in words, with the command that makes it again — never the raw settings ("from=; to=").
        CHECK(pdf.pages.constLast().contains(u"alliancedesk-cli report %1"_s.arg(ReportParameters::kindName(kind))));
        CHECK_FALSE(pdf.pages.constLast().contains(u"include-protected="_s));
        CHECK_FALSE(pdf.pages.constLast().contains(u"from=;"_s));
        CHECK(pdf.info.contains(u"<ad:DataSHA256>%1</ad:DataSHA256>"_s.arg(pdf.dataHash)));
        CHECK(pdf.info.contains(u"report=%1"_s.arg(ReportParameters::kindName(kind))));
        // Nothing protected by default.
        CHECK_FALSE(pdf.all().contains(participantCode));
        for (const QString &detail : concernDetails)
            CHECK_FALSE(pdf.all().contains(detail));
    }
}

TEST_CASE("The network profile lists the four secretariat hosts of MenEngage Alliance Pakistan in order")
{
    TestDatabase db(true);
    const PdfText pdf = makeReport(db.connection(), parametersFor(ReportKind::NetworkProfile), db.dir());
    const QString text = pdf.all();
    const QStringList hosts{u"UNDP Pakistan"_s, u"ROZAN"_s, u"AMAL Human Development Network"_s,
                            u"Shirakat-Partnership for Development"_s};
    const QList<QStringList> periods{{u"2007-03"_s, u"2009-04"_s},
                                     {u"2009-05"_s, u"2011-09"_s},
                                     {u"2011-10"_s, u"2014-12"_s},
                                     {u"2015-01"_s, u"current"_s}};
    qsizetype previous = text.indexOf(u"Secretariat hosts"_s);
    REQUIRE(previous >= 0);
    for (int i = 0; i < hosts.size(); ++i) {
        const QString line = lineWith(text, QStringList{hosts.at(i)} + periods.at(i));
        INFO(hosts.at(i).toStdString());
        REQUIRE(!line.isEmpty());
        const qsizetype at = text.indexOf(line);
        CHECK(at > previous);
        previous = at;
    }
    CHECK(text.contains(u"Founded"_s));
    CHECK(text.contains(u"2007-05-21"_s));
    CHECK(text.contains(u"advocacy and policy"_s));
    CHECK(!lineWith(text, {u"Active"_s, u"—"_s}).isEmpty());
}

TEST_CASE("The support-group report counts the 180 groups and shows small counts as <5")
{
    TestDatabase db(true);
    const PdfText pdf = makeReport(db.connection(), parametersFor(ReportKind::SupportGroups), db.dir());
    const QString text = pdf.all();
    CHECK(text.contains(u"180 support groups in 20 districts"_s));
    CHECK(QRegularExpression(u"Total\\s+180\\s"_s).match(text).hasMatch());
    CHECK(text.contains(u"Peshawar"_s));
    CHECK(text.contains(u"Khyber Pakhtunkhwa"_s));
    CHECK(text.simplified().contains(u"no participant can be recognised"_s));

    // A period with one month of meetings: small counts are suppressed, and the suppression is visible.
    ReportParameters narrow = parametersFor(ReportKind::SupportGroups);
    narrow.from = QDate(2012, 1, 1);
    narrow.to = QDate(2012, 1, 31);
    const PdfText small = makeReport(db.connection(), narrow, db.dir());
    CHECK(small.all().contains(u"<5"_s));

    SECTION("participant codes only when the user includes protected details")
    {
        ReportParameters withProtected = parametersFor(ReportKind::SupportGroups);
        withProtected.includeProtected = true;
        const PdfText full = makeReport(db.connection(), withProtected, db.dir());
        CHECK(full.all().contains(participantCode));
        CHECK(full.all().contains(u"Protected details: included"_s));
        // The page says what it holds, not that nobody can be recognised.
        CHECK(full.all().simplified().contains(u"keep it confidential"_s));
        CHECK_FALSE(full.all().simplified().contains(u"no participant can be recognised"_s));
    }
}

TEST_CASE("The event report shows 439 participants from 77 countries")
{
    TestDatabase db(true);
    const PdfText pdf = makeReport(db.connection(), parametersFor(ReportKind::Events), db.dir());
    const QString text = pdf.all();
    CHECK(text.contains(u"439 participants from 77 countries"_s));
    CHECK(text.contains(u"1200 participants from 66 countries"_s));
    CHECK(!lineWith(text, {u"1st MenEngage Global Symposium"_s}).isEmpty());
    CHECK(text.contains(u"Brazil"_s));
}

TEST_CASE("Program reach, membership changes and the member directory hold their figures")
{
    TestDatabase db(true);
    const QString reach = makeReport(db.connection(), parametersFor(ReportKind::ProgramReach), db.dir()).all();
    CHECK(!lineWith(reach, {u"MASVAW"_s, u"150"_s, u"20"_s}).isEmpty());
    CHECK(!lineWith(reach, {u"EkSaath"_s, u"1000"_s, u"200"_s}).isEmpty());
    CHECK(reach.contains(u"Uttar Pradesh, India"_s));
    CHECK(!lineWith(reach, {u"Gender transformative"_s, u"2"_s}).isEmpty());
    CHECK(reach.contains(u"Socio-ecological levels"_s));

    const QString changes = makeReport(db.connection(), parametersFor(ReportKind::MembershipChanges), db.dir()).all();
    CHECK(QRegularExpression(u"Withdrew\\s+2\\n"_s).match(changes).hasMatch());
    CHECK(QRegularExpression(u"Suspended\\s+1\\n"_s).match(changes).hasMatch());

    ReportParameters pakistan = parametersFor(ReportKind::MemberDirectory);
    pakistan.networkName = u"MEA Pakistan"_s; // the acronym works too
    pakistan.columns = {u"name"_s, u"native_name"_s, u"status"_s};
    const QString directory = makeReport(db.connection(), pakistan, db.dir()).all();
    CHECK(directory.contains(u"Network: MenEngage Alliance Pakistan"_s));
    CHECK(directory.contains(u"Pakistan — "_s));
    // Urdu is shaped for the eye and comes back letter for letter.
    CHECK(directory.contains(u"شراکت"_s));
    CHECK(directory.contains(u"روزن"_s));
}

TEST_CASE("A long member directory repeats the table header on every page and numbers the pages")
{
    TestDatabase db(true);
    OrganisationRepository organisations(db.connection());
    for (int i = 0; i < 400; ++i) {
        Organisation organisation;
        organisation.name = u"Generated Organisation %1"_s.arg(i, 3, 10, QLatin1Char('0'));
        organisation.nativeName = i % 2 ? u"Организация %1"_s.arg(i) : u"तंज़ीम %1"_s.arg(i);
        organisation.country = u"PK"_s;
        organisations.add(organisation);
    }
    const PdfText pdf = makeReport(db.connection(), parametersFor(ReportKind::MemberDirectory), db.dir());
    REQUIRE(pdf.pages.size() >= 8);
    for (int page = 1; page < pdf.pages.size() - 1; ++page) {
        INFO("page " << page + 1);
        CHECK(!lineWith(pdf.pages.at(page), {u"Name"_s, u"Name in own script"_s, u"Type"_s, u"City"_s}).isEmpty());
        // A page goes on with the group of the page before, saying so, unless a new group starts at its top.
        static const QRegularExpression groupHeading(u"^\\s*\\S.* — \\d+$"_s, QRegularExpression::MultilineOption);
        CHECK((pdf.pages.at(page).contains(u"(continued)"_s) || groupHeading.match(pdf.pages.at(page)).hasMatch()));
    }
    CHECK(pdf.pages.at(3).contains(u"Page 4 of %1"_s.arg(pdf.pages.size())));
    // Rows in order, none lost at a page break.
    const QString all = pdf.all();
    qsizetype previous = -1;
    for (int i = 0; i < 400; ++i) {
        const qsizetype at = all.indexOf(u"Generated Organisation %1"_s.arg(i, 3, 10, QLatin1Char('0')));
        REQUIRE(at > previous);
        previous = at;
    }
}

TEST_CASE("Hostile names are drawn literally and cannot reorder their neighbours")
{
    TestDatabase db(true);
    OrganisationRepository organisations(db.connection());
    const QStringList names{u"<b>x</b> Markup Org"_s, u"=SUM(A1) Formula Org"_s, u"Override\u202E Backwards Org"_s};
    for (const QString &name : names) {
        Organisation organisation;
        organisation.name = name;
        organisation.city = u"Zzyzx"_s;
        organisation.country = u"BR"_s;
        organisations.add(organisation);
    }
    const QString text = makeReport(db.connection(), parametersFor(ReportKind::MemberDirectory), db.dir()).all();
    CHECK(text.contains(u"<b>x</b> Markup Org"_s));
    CHECK(text.contains(u"=SUM(A1) Formula Org"_s));
    // The override is dropped: the name and the cells beside it read in their own order.
    CHECK(!lineWith(text, {u"Override Backwards Org"_s, u"Zzyzx"_s}).isEmpty());
    CHECK(text.indexOf(u"Override Backwards Org"_s) < text.indexOf(u"Zzyzx"_s, text.indexOf(u"Override"_s)));
}

TEST_CASE("The same data gives the same fingerprint; changed data a different one")
{
    TestDatabase db(true);
    const ReportParameters parameters = parametersFor(ReportKind::MemberDirectory);
    const QByteArray first = ReportBuilder::build(db.connection(), parameters).dataHash;
    CHECK(ReportBuilder::build(db.connection(), parameters).dataHash == first);
    CHECK(first.size() == 64);
    Organisation organisation;
    organisation.name = u"A New Member"_s;
    OrganisationRepository(db.connection()).add(organisation);
    CHECK(ReportBuilder::build(db.connection(), parameters).dataHash != first);
}

TEST_CASE("Reports refuse parameters that name nothing")
{
    TestDatabase db(true);
    ReportParameters parameters = parametersFor(ReportKind::MemberDirectory);
    parameters.networkName = u"No Such Network"_s;
    CHECK_THROWS_AS(ReportBuilder::build(db.connection(), parameters), ReportRejected);
    parameters = parametersFor(ReportKind::Events);
    parameters.from = QDate(2020, 1, 1);
    parameters.to = QDate(2019, 1, 1);
    CHECK_THROWS_AS(ReportBuilder::build(db.connection(), parameters), ReportRejected);
    parameters = parametersFor(ReportKind::Events);
    parameters.country = u"XX"_s;
    CHECK_THROWS_AS(ReportBuilder::build(db.connection(), parameters), ReportRejected);
    parameters = parametersFor(ReportKind::NetworkProfile);
    parameters.networkName.clear();
    CHECK_THROWS_AS(ReportBuilder::build(db.connection(), parameters), ReportRejected);
}

TEST_CASE("alliancedesk-cli report writes the PDF and answers with the documented exit codes")
{
    TestDatabase db(true);
    const QString cli = QStringLiteral(ALLIANCEDESK_CLI_PATH);
    QByteArray errors;
    auto run = [&](const QStringList &arguments) {
        QProcess process;
        // As under cron or in a container: no XDG_RUNTIME_DIR, which makes Qt warn.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"XDG_RUNTIME_DIR"_s);
        process.setProcessEnvironment(environment);
        process.start(cli, QStringList{u"--db"_s, db.path()} + arguments);
        REQUIRE(process.waitForFinished(60000));
        errors = process.readAllStandardError();
        return process.exitCode();
    };
    const QString out = db.dir() + u"/cli.pdf"_s;
    CHECK(run({u"report"_s, u"events"_s, u"--out"_s, out, u"--page-size"_s, u"Letter"_s}) == 0);
    CHECK(errors.isEmpty()); // standard error holds errors only, never the warnings of the toolkit
    const QString info = QString::fromUtf8(Test::runTool(u"pdfinfo"_s, {out}));
    CHECK(info.contains(u"612 x 792 pts (letter)"_s));
    CHECK(Test::pdfPages(out).join(u'\f').contains(u"439 participants from 77 countries"_s));
    CHECK(run({u"report"_s, u"network-profile"_s, u"--network"_s, u"Nowhere"_s, u"--out"_s, out}) == 2);
    // A network is found as a user types it: any case, spacing or punctuation.
    CHECK(run({u"report"_s, u"network-profile"_s, u"--network"_s, u"menengage alliance  pakistan"_s, u"--out"_s,
               out}) == 0);
    CHECK(Test::pdfPages(out).join(u'\f').contains(u"MenEngage Alliance Pakistan"_s));
    CHECK(run({u"report"_s, u"no-such-report"_s, u"--out"_s, out}) == 1);
    CHECK(run({u"report"_s, u"events"_s, u"--from"_s, u"last week"_s, u"--out"_s, out}) == 1);
    CHECK(run({u"export"_s, u"organisations"_s, u"--out"_s, db.dir() + u"/o.csv"_s, u"--search"_s, u"rozan"_s}) == 0);
    CHECK(run({u"export"_s, u"organisations"_s, u"--out"_s, db.dir() + u"/o.txt"_s}) == 1);
}

TEST_CASE("The command a report's last page gives makes the same report again", "[reports][cli]")
{
    ReportParameters parameters = parametersFor(ReportKind::MemberDirectory);
    parameters.networkName = u"MenEngage Alliance Pakistan"_s;
    parameters.country = u"PK"_s;
    parameters.columns = {u"name"_s, u"phone"_s};
    CHECK(parameters.commandLine() ==
          u"alliancedesk-cli report member-directory --out member-directory.pdf --network \"MenEngage Alliance "
          "Pakistan\" --country PK --page-size A4 --columns name,phone"_s);
    // Run as written (through a shell, as a user pastes it), it makes a report with the same fingerprint.
    TestDatabase db(true);
    const PdfText made = makeReport(db.connection(), parameters, db.dir());
    const QString command = parameters.commandLine().replace(
        u"alliancedesk-cli"_s, QStringLiteral(ALLIANCEDESK_CLI_PATH) + u" --db "_s + db.path());
    QProcess shell;
    shell.setWorkingDirectory(db.dir());
    shell.start(u"sh"_s, {u"-c"_s, command});
    REQUIRE(shell.waitForFinished(60000));
    CHECK(shell.exitCode() == 0);
    CHECK(QString::fromUtf8(shell.readAllStandardOutput()).contains(made.dataHash));
}

TEST_CASE("A member directory prints phone numbers in international format and never breaks a phone or an email",
          "[reports][contacts]")
{
    // Seen in the walkthrough: "+92581155010 / 5" and "office.lff@example.or / g" on two lines of their cells.
    TestDatabase db(true);
    SqlQuery(db.connection(), u"UPDATE organisations SET phone = '+925811550105', "
                              "email = 'office.lahore-federation.of-men@example.org.pk' WHERE name = 'ROZAN'"_s)
        .exec();
    ReportParameters parameters = parametersFor(ReportKind::MemberDirectory);
    parameters.columns = {u"name"_s, u"native_name"_s, u"type"_s, u"city"_s, u"email"_s, u"phone"_s, u"networks"_s};
    const PdfText pdf = makeReport(db.connection(), parameters, db.dir());
    const QString line = lineWith(pdf.all(), {u"ROZAN"_s});
    INFO(line.toStdString());
    CHECK(line.contains(u"office.lahore-federation.of-men@example.org.pk"_s));
    // libphonenumber's international format: the country code, then the area code and the number in groups.
    const QString international = ContactValues::displayPhone(u"+925811550105"_s);
    CHECK(international.startsWith(u"+92 58"_s));
    CHECK(international.count(u' ') >= 2);
    CHECK(line.contains(international));
    CHECK_FALSE(pdf.all().contains(u"+925811550105"_s)); // the stored E.164 form is not what a reader reads
}

TEST_CASE("A network profile's empty Goals and Strategies say so instead of printing bare labels", "[reports]")
{
    // Seen in the walkthrough: "Long-term goal" and "Short-term goal" with nothing beside them, and an empty table.
    TestDatabase db(true);
    SqlQuery(db.connection(), u"UPDATE networks SET goal_long_term = NULL, goal_short_term = '' "
                              "WHERE name = 'MenEngage Alliance Pakistan'"_s)
        .exec();
    SqlQuery(db.connection(), u"DELETE FROM network_strategies WHERE network_id = "
                              "(SELECT id FROM networks WHERE name = 'MenEngage Alliance Pakistan')"_s)
        .exec();
    const QString text = makeReport(db.connection(), parametersFor(ReportKind::NetworkProfile), db.dir()).all();
    CHECK(text.contains(u"No goal is recorded for this network."_s));
    CHECK(text.contains(u"No strategy is recorded for this network."_s));
    CHECK_FALSE(text.contains(u"Long-term goal"_s));
    CHECK_FALSE(text.contains(u"Short-term goal"_s));
}

TEST_CASE("Reports and exports order names and countries as the lists do", "[reports][collation]")
{
    TestDatabase db;
    const QSqlDatabase connection = db.connection();
    // Accents with their letter ("Œuvre" among the O's, "Réseau" before "Rwanda"), and countries by their names:
    // by code CD, CI, CM; by name Cameroon, Congo (the DR), Côte d'Ivoire.
    const QList<std::pair<QString, QString>> organisations{
        {u"Zanzibar Fathers"_s, u"CM"_s},  {u"Youth for Change"_s, u"CM"_s},      {u"Rwanda Men's Network"_s, u"CM"_s},
        {u"Réseau des hommes"_s, u"CM"_s}, {u"Œuvre des pères"_s, u"CM"_s},       {u"Ubuntu Men"_s, u"CI"_s},
        {u"Kinshasa Fathers"_s, u"CD"_s},  {u"Aardvark Men's Forum"_s, QString()}};
    for (const auto &[name, country] : organisations) {
        Organisation organisation;
        organisation.name = name;
        organisation.country = country;
        OrganisationRepository(connection).add(organisation);
    }
    const QString text = makeReport(connection, parametersFor(ReportKind::MemberDirectory), db.dir()).all();
    const QStringList inOrder{
        u"Cameroon"_s,   u"Œuvre des pères"_s,     u"Réseau des hommes"_s,
        u"Rwanda Men"_s, u"Youth for Change"_s,    u"Zanzibar Fathers"_s,
        u"Congo"_s,      u"Kinshasa Fathers"_s,    u"Côte"_s,
        u"Ubuntu Men"_s, u"No country recorded"_s, u"Aardvark Men"_s}; // the organisations with no country last
    qsizetype at = 0;
    for (const QString &part : inOrder) {
        INFO(part.toStdString());
        const qsizetype found = text.indexOf(part, at);
        CHECK(found >= 0);
        if (found >= 0)
            at = found + part.size();
    }

    const QString csv = db.dir() + u"/organisations.csv"_s;
    RecordLister lister(connection, ListKind::Organisations);
    ListExporter::exportList(lister, csv, ListExporter::Format::Csv);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(file.readAll());
    QStringList names{u"Kinshasa Fathers"_s, u"Œuvre des pères"_s,  u"Réseau des hommes"_s, u"Rwanda Men"_s,
                      u"Ubuntu Men"_s,       u"Youth for Change"_s, u"Zanzibar Fathers"_s};
    at = 0;
    for (const QString &name : names) {
        INFO(name.toStdString());
        const qsizetype found = exported.indexOf(name, at);
        CHECK(found >= 0);
        if (found >= 0)
            at = found + name.size();
    }
}

TEST_CASE("A member directory of a saved search lists exactly the organisations it lists", "[reports][savedview]")
{
    TestDatabase db(true);
    SavedView withdrawn;
    withdrawn.name = u"Withdrawn members"_s;
    withdrawn.kind = ListKind::Memberships;
    withdrawn.setFilter(u"status"_s, u"withdrawn"_s);
    SavedViewRepository views(db.connection());
    views.add(withdrawn);
    SavedView people;
    people.name = u"Everyone"_s;
    people.kind = ListKind::People;
    views.add(people);

    // What the memberships say, read directly.
    QStringList expected;
    {
        SqlQuery query(db.connection(), u"SELECT DISTINCT o.name FROM membership_current m JOIN organisations o ON "
                                        "o.id = m.organisation_id WHERE m.status = 'withdrawn' ORDER BY o.name"_s);
        query.exec();
        while (query.next())
            expected << query.value(0).toString();
    }
    REQUIRE(expected.size() >= 2);

    ReportParameters parameters = parametersFor(ReportKind::MemberDirectory);
    parameters.viewName = u"withdrawn MEMBERS"_s; // found whatever its case, recorded as it is named
    parameters.columns = {u"name"_s, u"city"_s};
    const PdfText pdf = makeReport(db.connection(), parameters, db.dir());
    const QString text = pdf.all();
    CHECK(text.contains(u"Organisations: %1;"_s.arg(expected.size())));
    for (const QString &name : expected) {
        INFO(name.toStdString());
        CHECK(text.contains(name.section(u' ', 0, 1)));
    }
    CHECK_FALSE(text.contains(u"ROZAN"_s));
    CHECK(text.contains(u"Saved search: Withdrawn members"_s));
    // The command that makes it again names the saved search as it is recorded.
    CHECK(ReportBuilder::build(db.connection(), parameters)
              .parameters.commandLine()
              .contains(u"--view \"Withdrawn members\""_s));

    parameters.viewName = u"Everyone"_s;
    CHECK_THROWS_WITH(ReportBuilder::build(db.connection(), parameters),
                      Catch::Contains("use a saved search of organisations or memberships"));
    parameters = parametersFor(ReportKind::Events);
    parameters.viewName = u"Withdrawn members"_s;
    CHECK_THROWS_WITH(ReportBuilder::build(db.connection(), parameters),
                      Catch::Contains("cannot use a saved search: only the member directory can"));

    // The command line: the same directory; an unknown name is a usage error, a report that cannot use one is
    // refused.
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), QStringList{u"--db"_s, db.path()} + arguments);
        REQUIRE(process.waitForFinished(60000));
        return process.exitCode();
    };
    const QString out = db.dir() + u"/view.pdf"_s;
    REQUIRE(run({u"report"_s, u"member-directory"_s, u"--view"_s, u"Withdrawn members"_s, u"--columns"_s,
                 u"name,city"_s, u"--out"_s, out}) == 0);
    const QString cliText = Test::pdfPages(out).join(u'\f');
    CHECK(cliText.contains(u"Organisations: %1;"_s.arg(expected.size())));
    CHECK(cliText.contains(u"Saved search: Withdrawn members"_s));
    CHECK(run({u"report"_s, u"member-directory"_s, u"--view"_s, u"Nowhere"_s, u"--out"_s, out}) == 1);
    CHECK(run({u"report"_s, u"events"_s, u"--view"_s, u"Withdrawn members"_s, u"--out"_s, out}) == 2);
    CHECK(run({u"report"_s, u"member-directory"_s, u"--view"_s, u"Everyone"_s, u"--out"_s, out}) == 2);
}
