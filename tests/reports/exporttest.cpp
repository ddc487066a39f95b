// List exports: CSV that cannot inject formulas, XLSX with every cell, and nothing protected in either.
#include "reporttestsupport.h"
#include "testdatabase.h"

#include "export/csvlistwriter.h"
#include "export/listexporter.h"
#include "listing/recordlister.h"
#include "reports/reporterrors.h"
#include "storage/organisationrepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

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
    CHECK(ListExporter::exportList(lister, path, ListExporter::Format::CsvForExcel) == 4);
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
        CHECK(QRegularExpression(u"^(id|\\d+),"_s).match(line).hasMatch());
    }

    SECTION("plain UTF-8 has no byte order mark")
    {
        ListExporter::exportList(lister, path, ListExporter::Format::Csv);
        CHECK(readAll(path).startsWith("id,name,"));
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
