// List exports: CSV that cannot inject formulas, made for people (the list's titles and labels, Excel's separator,
// phone numbers that stay numbers) or for programs (--codes), XLSX with every cell and readable column widths, and
// nothing protected in either.
#include "reporttestsupport.h"
#include "testdatabase.h"

#include "domain/contactvalues.h"
#include "domain/validation.h"
#include "export/csvlistwriter.h"
#include "export/listexporter.h"
#include "export/xlsxlistwriter.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "listing/listformatter.h"
#include "listing/recordlister.h"
#include "storage/organisationrepository.h"
#include "util/countrycatalog.h"
#include "util/operationcancelled.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;
using AllianceDesk::Test::TestDatabase;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The rows of a CSV file as our own reader splits them (byte order mark skipped).
QList<QStringList> readCsv(const QString &path, QChar delimiter)
{
    QByteArray bytes = readAll(path);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    CsvReader reader(buffer, dialect, path);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows << record.fields;
    return rows;
}

ListExporter::Options csvOptions(ListExporter::Values values, QChar delimiter,
                                 ListExporter::Format format = ListExporter::Format::Csv)
{
    ListExporter::Options options;
    options.format = format;
    options.values = values;
    options.delimiter = delimiter;
    return options;
}

qint64 addOrganisation(const QSqlDatabase &db, const QString &name, const QString &country, const QString &phone,
                       const QString &email = {})
{
    Organisation organisation;
    organisation.name = name;
    organisation.country = country;
    organisation.city = u"Export Town"_s;
    organisation.phone = phone;
    organisation.email = email;
    return OrganisationRepository(db).add(organisation);
}

/// The widths of an XLSX sheet's columns, from its <cols> element: 1-based column -> width.
QMap<int, double> columnWidths(const QString &sheet)
{
    QMap<int, double> widths;
    QXmlStreamReader xml(sheet);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"col"_s) {
            const int min = xml.attributes().value(u"min"_s).toInt();
            const int max = xml.attributes().value(u"max"_s).toInt();
            for (int column = min; column <= max; ++column)
                widths.insert(column, xml.attributes().value(u"width"_s).toDouble());
        }
    }
    return widths;
}

} // namespace

TEST_CASE("CSV cells that a spreadsheet would run as formulas are neutralised")
{
    CHECK(CsvListWriter::neutralised(u"=SUM(A1)"_s) == u"'=SUM(A1)"_s);
    CHECK(CsvListWriter::neutralised(u"+1"_s) == u"'+1"_s);
    CHECK(CsvListWriter::neutralised(u"-2+3"_s) == u"'-2+3"_s);
    CHECK(CsvListWriter::neutralised(u"@cmd"_s) == u"'@cmd"_s);
    CHECK(CsvListWriter::neutralised(u"\tx"_s) == u"'\tx"_s);
    CHECK(CsvListWriter::neutralised(u"\rx"_s) == u"'\rx"_s);
    CHECK(CsvListWriter::neutralised(u"ROZAN"_s) == u"ROZAN"_s);
    CHECK(CsvListWriter::neutralised(u"روزن"_s) == u"روزن"_s);

    TestDatabase db(true);
    OrganisationRepository organisations(db.connection());
    for (const QString &name : {u"=SUM(A1)"_s, u"+HYPERLINK(\"x\")"_s, u"@evil"_s, u"-1+2"_s}) {
        Organisation organisation;
        organisation.name = name;
        organisation.city = u"Injection Town"_s;
        organisations.add(organisation);
    }
    RecordLister lister(db.connection(), ListKind::Organisations);
    lister.setSearch(u"injection town"_s);
    const QString path = db.dir() + u"/organisations.csv"_s;
    CHECK(ListExporter::exportList(
              lister, path, csvOptions(ListExporter::Values::Labels, u',', ListExporter::Format::CsvForExcel)) == 4);
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.contains(u",'=SUM(A1),"_s));
    CHECK(text.contains(u",\"'+HYPERLINK(\"\"x\"\")\","_s));
    CHECK(text.contains(u",'@evil,"_s));
    CHECK(text.contains(u",'-1+2,"_s));
    // No line starts a formula either, and ids stay plain numbers.
    for (const QString &line : text.split(u"\r\n"_s, Qt::SkipEmptyParts)) {
        for (const QString &cell : line.split(u','))
            CHECK_FALSE(QRegularExpression(u"^[=+@]"_s).match(cell).hasMatch());
        CHECK(QRegularExpression(u"^(ID|\\d+),"_s).match(line).hasMatch());
    }

    SECTION("plain UTF-8 has no byte order mark")
    {
        ListExporter::exportList(lister, path, csvOptions(ListExporter::Values::Labels, u','));
        CHECK(readAll(path).startsWith("ID,Name,"));
        ListExporter::exportList(lister, path, csvOptions(ListExporter::Values::Codes, u','));
        CHECK(readAll(path).startsWith("id,name,"));
    }

    SECTION("with a semicolon or a tab, the names are neutralised and quoted the same way")
    {
        ListExporter::exportList(lister, path, csvOptions(ListExporter::Values::Labels, u';'));
        const QString semicolons = QString::fromUtf8(readAll(path));
        CHECK(semicolons.contains(u";'=SUM(A1);"_s));
        CHECK(semicolons.contains(u";\"'+HYPERLINK(\"\"x\"\")\";"_s));
        ListExporter::exportList(lister, path, csvOptions(ListExporter::Values::Labels, u'\t'));
        CHECK(QString::fromUtf8(readAll(path)).contains(u"\t'@evil\t"_s));
    }
}

TEST_CASE("No protected value appears in the export of any list")
{
    TestDatabase db(true);
    const QRegularExpression participantCode(u"MOVE-[A-Z]{3}-\\d\\d-P\\d"_s);
    for (ListKind kind : allListKinds()) {
        RecordLister lister(db.connection(), kind);
        INFO(lister.definition().name.toStdString());
        const QString path = db.dir() + u"/list.csv"_s;
        ListExporter::exportList(lister, path, ListExporter::Format::Csv);
        const QString text = QString::fromUtf8(readAll(path));
        CHECK_FALSE(text.contains(participantCode));
        CHECK_FALSE(text.contains(u"Sample concern for demonstration"_s));
        CHECK_FALSE(text.contains(u"Complainant asked"_s));
        CHECK_FALSE(text.contains(u"Witness statements"_s));
        CHECK_FALSE(text.contains(u"poster withdrawn"_s));
    }
    CHECK(ListExporter::isProtectedColumn(u"confidential_notes"_s));
    CHECK(ListExporter::isProtectedColumn(u"identity"_s));
}

TEST_CASE("XLSX export writes every value of the list (and of a search) as a cell")
{
    TestDatabase db(true);
    RecordLister lister(db.connection(), ListKind::Organisations);
    lister.setSearch(u"pakistan"_s);
    const QList<QVariantList> rows = lister.fetchAll();
    REQUIRE(!rows.isEmpty());
    qsizetype expected = lister.definition().columns.size(); // the header row
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            expected += value.isNull() ? 0 : 1;
    }
    const QString path = db.dir() + u"/organisations.xlsx"_s;
    CHECK(ListExporter::exportList(lister, path, ListExporter::Format::Xlsx) == rows.size());
    CHECK(readAll(path).startsWith("PK"));
    const QString sheet = QString::fromUtf8(Test::runTool(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s}));
    CHECK(sheet.count(u"<c "_s) == expected);
    CHECK(sheet.contains(u"UNDP Pakistan"_s));
    CHECK_FALSE(sheet.contains(u"<f>"_s)); // text is never a formula
    CHECK(ListExporter::formatForPath(u"x.XLSX"_s) == ListExporter::Format::Xlsx);
    CHECK(ListExporter::formatForPath(u"x.csv"_s) == ListExporter::Format::CsvForExcel);
    CHECK_FALSE(ListExporter::formatForPath(u"x.pdf"_s).has_value());
}

TEST_CASE("A cancelled export leaves no file")
{
    TestDatabase db(true);
    RecordLister lister(db.connection(), ListKind::Meetings);
    for (auto format : {ListExporter::Format::Csv, ListExporter::Format::Xlsx}) {
        const QString path = db.dir() + (format == ListExporter::Format::Xlsx ? u"/m.xlsx"_s : u"/m.csv"_s);
        CHECK_THROWS_AS(ListExporter::exportList(lister, path, format, [](int) { return false; }), OperationCancelled);
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QFile::exists(path + u".part"_s));
    }
}

TEST_CASE("A CSV for people has the list's titles and labels; the form for programs has keys and codes", "[export]")
{
    TestDatabase db(true);
    for (const ListKind kind : {ListKind::Memberships, ListKind::Organisations, ListKind::SecretariatTerms}) {
        RecordLister lister(db.connection(), kind);
        INFO(lister.definition().name.toStdString());
        const QString labelsPath = db.dir() + u"/labels.csv"_s;
        const QString codesPath = db.dir() + u"/codes.csv"_s;
        ListExporter::exportList(lister, labelsPath, csvOptions(ListExporter::Values::Labels, u','));
        ListExporter::exportList(lister, codesPath, csvOptions(ListExporter::Values::Codes, u','));
        const QList<QStringList> labels = readCsv(labelsPath, u',');
        const QList<QStringList> codes = readCsv(codesPath, u',');
        REQUIRE(labels.size() == codes.size());
        REQUIRE(labels.size() > 1);

        QList<const ListColumn *> columns;
        for (const ListColumn &column : lister.definition().columns) {
            if (!ListExporter::isProtectedColumn(column.key))
                columns << &column;
        }
        REQUIRE(labels.at(0).size() == columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            CHECK(labels.at(0).at(i) == ListDefinition::translatedColumnTitle(*columns.at(i)));
            CHECK(codes.at(0).at(i) == columns.at(i)->key);
        }
        // Row by row, the label is what the code reads as; dates stay ISO 8601 in both.
        for (int row = 1; row < labels.size(); ++row) {
            for (int i = 0; i < columns.size(); ++i) {
                const ListColumn &column = *columns.at(i);
                const QString &code = codes.at(row).at(i);
                const QString &label = labels.at(row).at(i);
                switch (column.type) {
                case ListColumn::Type::Code:
                    CHECK(label == Vocabulary::label(column.vocabulary, code));
                    CHECK(label != code);
                    break;
                case ListColumn::Type::Country:
                    CHECK(label == (code.isEmpty() ? QString() : CountryCatalog::instance().displayName(code)));
                    break;
                case ListColumn::Type::Boolean:
                    CHECK(label == (code == u"true"_s ? u"Yes"_s : u"No"_s));
                    break;
                case ListColumn::Type::Date:
                    CHECK(label == code);
                    CHECK(QRegularExpression(u"^(\\d{4}-\\d\\d-\\d\\d)?$"_s).match(label).hasMatch());
                    break;
                default:
                    break;
                }
            }
        }
    }

    // What a programme officer checks: ROZAN's membership reads "Active", in "Pakistan", as a "Member".
    RecordLister memberships(db.connection(), ListKind::Memberships);
    memberships.setSearch(u"rozan"_s);
    const QString path = db.dir() + u"/memberships.csv"_s;
    ListExporter::exportList(memberships, path, csvOptions(ListExporter::Values::Labels, u','));
    const QList<QStringList> rows = readCsv(path, u',');
    REQUIRE(rows.size() >= 2);
    const QStringList &header = rows.at(0);
    const QStringList &rozan = rows.at(1);
    CHECK(rozan.at(header.indexOf(u"Organisation"_s)) == u"ROZAN"_s);
    CHECK(rozan.at(header.indexOf(u"Country"_s)) == u"Pakistan"_s);
    CHECK(QStringList{u"Active"_s, u"Lapsed"_s, u"Withdrawn"_s, u"Suspended"_s, u"Applicant"_s}.contains(
        rozan.at(header.indexOf(u"Status"_s))));
    CHECK(!header.contains(u"status"_s));
}

TEST_CASE("The CSV separator is the one Excel expects in the user's locale, a comma for programs", "[export]")
{
    using Values = ListExporter::Values;
    for (const auto language : {QLocale::French, QLocale::German, QLocale::Russian, QLocale::Spanish})
        CHECK(ListExporter::defaultDelimiter(Values::Labels, QLocale(language)) == u';');
    CHECK(ListExporter::defaultDelimiter(Values::Labels, QLocale(QLocale::English, QLocale::UnitedStates)) == u',');
    CHECK(ListExporter::defaultDelimiter(Values::Labels, QLocale(QLocale::Urdu, QLocale::Pakistan)) == u',');
    CHECK(ListExporter::defaultDelimiter(Values::Labels, QLocale(QLocale::Hindi, QLocale::India)) == u',');
    CHECK(ListExporter::defaultDelimiter(Values::Codes, QLocale(QLocale::French)) == u',');
    CHECK(ListExporter::delimiterFromName(u"semicolon"_s) == u';');
    CHECK(ListExporter::delimiterFromName(u"tab"_s) == u'\t');
    CHECK_FALSE(ListExporter::delimiterFromName(u"pipe"_s).has_value());

    // Without a choice, the export follows the default locale.
    TestDatabase db(true);
    addOrganisation(db.connection(), u"Dupont, Durand; et Fils"_s, u"FR"_s, {});
    RecordLister lister(db.connection(), ListKind::Organisations);
    lister.setSearch(u"export town"_s);
    const QString path = db.dir() + u"/o.csv"_s;
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ListExporter::exportList(lister, path, ListExporter::Format::Csv);
    const QString french = QString::fromUtf8(readAll(path));
    ListExporter::Options codes;
    codes.format = ListExporter::Format::Csv;
    codes.values = Values::Codes;
    ListExporter::exportList(lister, path, codes);
    const QString forPrograms = QString::fromUtf8(readAll(path));
    QLocale::setDefault(before);
    CHECK(french.startsWith(u"ID;Name;"_s));
    CHECK(french.contains(u";\"Dupont, Durand; et Fils\";"_s)); // quoted: it holds the separator
    CHECK(forPrograms.startsWith(u"id,name,"_s));
    CHECK(forPrograms.contains(u",\"Dupont, Durand; et Fils\","_s));
    CHECK(readCsv(path, u',').at(1).at(1) == u"Dupont, Durand; et Fils"_s);
}

TEST_CASE("Phone numbers leave the CSV readable as numbers, and come back the same through the import", "[export]")
{
    TestDatabase db(true);
    const QSqlDatabase connection = db.connection();
    // name -> phone as typed; every one is verified and stored in E.164 but the last two.
    const QList<QPair<QString, QString>> phones{
        {u"Rawalpindi Men's Forum"_s, u"+92 300 1234567"_s},
        {u"Moscow Fathers Club"_s, u"+7 495 123-45-67"_s},
        {u"Newark Dads"_s, u"+1 201 555 0123"_s},
        {u"Bishkek Fathers"_s, u"+996 555 550 108"_s},
        {u"Unknown Numbers Trust"_s, u"+92 937123456"_s},
        {u"Extension Society"_s, u"+92 300 1234567 ext. 12"_s},
    };
    QHash<QString, QString> stored;
    for (const auto &[name, phone] : phones) {
        // As the form and the import store it.
        stored.insert(name, Validation::phone(phone, u"PK"_s).stored);
        addOrganisation(connection, name, u"PK"_s, stored.value(name));
    }
    REQUIRE(stored.value(u"Rawalpindi Men's Forum"_s) == u"+923001234567"_s);
    REQUIRE(ContactValues::isUnverifiedPhone(stored.value(u"Unknown Numbers Trust"_s)));
    addOrganisation(connection, u"+HYPERLINK(\"x\")"_s, u"PK"_s, {});

    RecordLister lister(connection, ListKind::Organisations);
    lister.setSearch(u"export town"_s);
    const QString path = db.dir() + u"/organisations.csv"_s;
    auto phoneOf = [](const QList<QStringList> &rows, const QString &name) {
        const int nameColumn = static_cast<int>(rows.at(0).indexOf(u"Name"_s));
        const int phoneColumn = static_cast<int>(rows.at(0).indexOf(u"Phone"_s));
        for (const QStringList &row : rows) {
            if (row.at(nameColumn) == name)
                return row.at(phoneColumn);
        }
        return u"(none)"_s;
    };

    SECTION("for people: the international format, with no quote before it")
    {
        ListExporter::exportList(lister, path,
                                 csvOptions(ListExporter::Values::Labels, u';', ListExporter::Format::CsvForExcel));
        const QList<QStringList> rows = readCsv(path, u';');
        CHECK(phoneOf(rows, u"Rawalpindi Men's Forum"_s) == u"+92 300 1234567"_s);
        CHECK(phoneOf(rows, u"Moscow Fathers Club"_s) == u"+7 495 123-45-67"_s);
        CHECK(phoneOf(rows, u"Newark Dads"_s) == u"+1 201-555-0123"_s);
        // Grouped like thousands, which a French Excel would read as a number: the last two groups are joined.
        CHECK(ContactValues::displayPhone(stored.value(u"Bishkek Fathers"_s)) == u"+996 555 550 108"_s);
        CHECK(phoneOf(rows, u"Bishkek Fathers"_s) == u"+996 555 550108"_s);
        // Kept as written, or with letters: neutralised like any text starting with +.
        CHECK(phoneOf(rows, u"Unknown Numbers Trust"_s) == u"'+92 937123456"_s);
        CHECK(phoneOf(rows, u"Extension Society"_s) == u"'+92 300 1234567 ext. 12"_s);
        CHECK(phoneOf(rows, u"'+HYPERLINK(\"x\")"_s) == QString());
        // The list, the XLSX and this file show the number alike.
        const ListColumn &phone = lister.definition().columns.at(lister.definition().columnIndex(u"phone"_s));
        CHECK(ListFormatter::label(phone, u"+923001234567"_s) == u"+92 300 1234567"_s);

        // Our own import reads the file back to the very numbers stored.
        TestDatabase empty(false);
        ImportOptions options;
        options.kind = ImportKind::Organisations;
        Importer importer(path, options);
        const ImportResult result = importer.run(empty.connection());
        CHECK(result.rejected == 0);
        CHECK(result.created == rows.size() - 1);
        RecordLister imported(empty.connection(), ListKind::Organisations);
        QHash<QString, QString> importedPhones;
        for (const QVariantList &row : imported.fetchAll())
            importedPhones.insert(row.at(imported.definition().columnIndex(u"name"_s)).toString(),
                                  row.at(imported.definition().columnIndex(u"phone"_s)).toString());
        for (const QString &name :
             {u"Rawalpindi Men's Forum"_s, u"Moscow Fathers Club"_s, u"Newark Dads"_s, u"Bishkek Fathers"_s}) {
            INFO(name.toStdString());
            CHECK(importedPhones.value(name) == stored.value(name));
        }
        CHECK(importedPhones.value(u"Newark Dads"_s) == u"+12015550123"_s);
    }

    SECTION("for programs: E.164 as stored, with no quote before it")
    {
        ListExporter::exportList(lister, path, csvOptions(ListExporter::Values::Codes, u','));
        const QList<QStringList> rows = readCsv(path, u',');
        const QList<QStringList> renamed = [&] {
            QList<QStringList> copy = rows;
            copy[0][copy.at(0).indexOf(u"name"_s)] = u"Name"_s;
            copy[0][copy.at(0).indexOf(u"phone"_s)] = u"Phone"_s;
            return copy;
        }();
        CHECK(phoneOf(renamed, u"Rawalpindi Men's Forum"_s) == u"+923001234567"_s);
        CHECK(phoneOf(renamed, u"Moscow Fathers Club"_s) == u"+74951234567"_s);
        CHECK(phoneOf(renamed, u"Unknown Numbers Trust"_s) == u"'+92 937123456"_s);
        CHECK(phoneOf(renamed, u"Extension Society"_s) == u"'"_s + stored.value(u"Extension Society"_s));
    }
}

TEST_CASE("XLSX columns are as wide as their titles and values, within bounds", "[export]")
{
    TestDatabase db(true);
    const QString longName = u"Network of Men Engaged in Ending Violence Against Women and Girls in the Northern "
                             "Areas and Beyond"_s;
    addOrganisation(db.connection(), longName, u"PK"_s, u"+923001234567"_s,
                    u"programme.coordinator@men-engage-pakistan.example.org"_s);
    RecordLister lister(db.connection(), ListKind::Organisations);
    const QString path = db.dir() + u"/organisations.xlsx"_s;
    ListExporter::exportList(lister, path, ListExporter::Format::Xlsx);
    const QString sheet = QString::fromUtf8(Test::runTool(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s}));
    const QMap<int, double> widths = columnWidths(sheet);

    // The same values, as the CSV for people has them, give the widths expected.
    const QString csv = db.dir() + u"/organisations.csv"_s;
    ListExporter::exportList(lister, csv, csvOptions(ListExporter::Values::Labels, u','));
    const QList<QStringList> rows = readCsv(csv, u',');
    const QStringList &header = rows.at(0);
    REQUIRE(widths.size() == header.size());
    for (int column = 0; column < header.size(); ++column) {
        double widest = XlsxListWriter::textWidth(header.at(column)) + 1;
        for (const QStringList &row : rows.mid(1))
            widest = std::max(widest, XlsxListWriter::textWidth(row.at(column)));
        INFO(header.at(column).toStdString());
        // The file stores the width plus Excel's padding of 5 pixels (5/7 of a character).
        CHECK(widths.value(column + 1) == Approx(XlsxListWriter::columnWidth(widest) + 5.0 / 7).margin(0.01));
    }
    // What a reader sees: the phone and the email fit, the long name is cut at 60, the ID column is not tiny.
    const int phone = static_cast<int>(header.indexOf(u"Phone"_s)) + 1;
    const int email = static_cast<int>(header.indexOf(u"Email"_s)) + 1;
    const int name = static_cast<int>(header.indexOf(u"Name"_s)) + 1;
    CHECK(widths.value(phone) >= QString(u"+92 300 1234567"_s).size());
    CHECK(widths.value(email) >= QString(u"programme.coordinator@men-engage-pakistan.example.org"_s).size());
    CHECK(widths.value(name) == Approx(60 + 5.0 / 7).margin(0.01));
    CHECK(widths.value(1) == Approx(8 + 5.0 / 7).margin(0.01));
    // The cells hold the labels people read, like the CSV.
    CHECK(sheet.contains(u"+92 300 1234567"_s));
    CHECK(sheet.contains(u">Pakistan<"_s));
    CHECK(sheet.contains(u">NGO / CSO<"_s));
    CHECK_FALSE(sheet.contains(u">ngo<"_s));

    // Wide characters count twice, combining marks not at all.
    CHECK(XlsxListWriter::textWidth(u"北京"_s) == Approx(4));
    CHECK(XlsxListWriter::textWidth(u"हिन्दी"_s) < QString(u"हिन्दी"_s).size());
    CHECK(XlsxListWriter::textWidth(u"one\nthree"_s) == Approx(5));
}

TEST_CASE("alliancedesk-cli export: --codes, --delimiter, and the locale's separator", "[export][cli]")
{
    TestDatabase db(true);
    auto run = [&](const QStringList &arguments, const QString &language = u"en_US.UTF-8"_s) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"XDG_RUNTIME_DIR"_s);
        environment.insert(u"LC_ALL"_s, language);
        environment.insert(u"LANG"_s, language);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ALLIANCEDESK_CLI_PATH), QStringList{u"--db"_s, db.path()} + arguments);
        REQUIRE(process.waitForFinished(60000));
        return process.exitCode();
    };
    const QString out = db.dir() + u"/memberships.csv"_s;
    auto firstLines = [&] {
        const QString text = QString::fromUtf8(readAll(out));
        return text.split(u"\r\n"_s).mid(0, 2);
    };
    CHECK(run({u"export"_s, u"memberships"_s, u"--out"_s, out, u"--encoding"_s, u"utf8"_s}) == 0);
    CHECK(firstLines().at(0).startsWith(u"ID,Organisation ID,Organisation,Network ID,Network,Role,Status,"_s));
    CHECK(run({u"export"_s, u"memberships"_s, u"--out"_s, out, u"--encoding"_s, u"utf8"_s}, u"de_DE.UTF-8"_s) == 0);
    CHECK(firstLines().at(0).startsWith(u"ID;Organisation ID;Organisation;Network ID;Network;Role;Status;"_s));
    CHECK(run({u"export"_s, u"memberships"_s, u"--out"_s, out, u"--encoding"_s, u"utf8"_s, u"--codes"_s},
              u"de_DE.UTF-8"_s) == 0);
    CHECK(firstLines().at(0).startsWith(u"id,organisation_id,organisation,network_id,network,role,status,"_s));
    CHECK(run({u"export"_s, u"memberships"_s, u"--out"_s, out, u"--encoding"_s, u"utf8"_s, u"--codes"_s,
               u"--delimiter"_s, u"tab"_s}) == 0);
    CHECK(firstLines().at(0).startsWith(u"id\torganisation_id\torganisation\t"_s));
    CHECK(firstLines().at(1).contains(u"\tactive\t"_s));
    CHECK(run({u"export"_s, u"memberships"_s, u"--out"_s, out, u"--delimiter"_s, u"semicolon"_s}) == 0);
    CHECK(firstLines().at(1).contains(u";Active;"_s));
    CHECK(run({u"export"_s, u"memberships"_s, u"--out"_s, out, u"--delimiter"_s, u"pipe"_s}) == 1);
    CHECK(run({u"export"_s, u"memberships"_s, u"--out"_s, db.dir() + u"/m.xlsx"_s, u"--delimiter"_s, u"tab"_s}) == 1);
}
