// File > Export List…: the choices it offers and remembers, and exports that show what the list shows.
#include "output/listexportdialog.h"
#include "recordtablemodel.h"
#include "testdatabase.h"

#include "listing/recordlister.h"

#include "export/listexporter.h"
#include "import/csvreader.h"
#include "storage/organisationrepository.h"
#include "util/csvdialect.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QXmlStreamReader>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvDialect dialect;
    dialect.bomLength = 3;
    CsvReader reader(file, dialect, path);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows << record.fields;
    return rows;
}

/// The cells of an XLSX's first sheet as text, row by row (0-based, the header first).
QList<QStringList> readXlsx(const QString &path)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
    REQUIRE(unzip.waitForFinished(30000));
    QXmlStreamReader xml(unzip.readAllStandardOutput());
    QList<QStringList> rows;
    int row = -1;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"c"_s) {
            const QString reference = xml.attributes().value(u"r"_s).toString();
            column = 0;
            qsizetype i = 0;
            for (; i < reference.size() && reference.at(i).isLetter(); ++i)
                column = column * 26 + (reference.at(i).unicode() - u'A' + 1);
            column -= 1;
            row = reference.mid(i).toInt() - 1;
            while (rows.size() <= row)
                rows << QStringList();
        } else if ((xml.name() == u"t"_s || xml.name() == u"v"_s) && row >= 0) {
            QStringList &cells = rows[row];
            while (cells.size() <= column)
                cells << QString();
            cells[column] = xml.readElementText();
        }
    }
    return rows;
}

void clearSettings()
{
    QSettings settings;
    settings.remove(u"listExport"_s);
}

} // namespace

TEST_CASE("The list, its CSV for people and its XLSX show the same values", "[ui][export]")
{
    Test::TestDatabase test(true);
    Organisation organisation;
    organisation.name = u"راولپنڈی مردوں کا فورم"_s;
    organisation.nativeName = u"Мужской форум"_s;
    organisation.country = u"PK"_s;
    organisation.type = u"academic"_s;
    organisation.phone = u"+923001234567"_s;
    organisation.email = u"forum@example.org"_s;
    OrganisationRepository(test.connection()).add(organisation);

    for (const ListKind kind :
         {ListKind::Organisations, ListKind::Memberships, ListKind::SecretariatTerms, ListKind::Events}) {
        RecordTableModel model(test.connection(), kind);
        INFO(listDefinition(kind).name.toStdString());
        RecordLister lister(test.connection(), kind);
        const QString csvPath = test.dir() + u"/list.csv"_s;
        const QString xlsxPath = test.dir() + u"/list.xlsx"_s;
        ListExporter::Options options;
        options.delimiter = u',';
        ListExporter::exportList(lister, csvPath, options);
        options.format = ListExporter::Format::Xlsx;
        ListExporter::exportList(lister, xlsxPath, options);
        const QList<QStringList> csv = readCsv(csvPath);
        const QList<QStringList> xlsx = readXlsx(xlsxPath);
        REQUIRE(csv.size() == model.rowCount() + 1);
        REQUIRE(xlsx.size() == csv.size());
        CHECK(xlsx.at(0) == csv.at(0));

        int compared = 0;
        for (const ListColumn &definition : lister.definition().columns) {
            const int column = model.columnOf(definition.key);
            if (column < 0)
                continue; // not shown in the list
            const QString title = model.headerData(column, Qt::Horizontal).toString();
            const auto exported = static_cast<int>(csv.at(0).indexOf(title));
            INFO(title.toStdString());
            if (ListExporter::isProtectedColumn(definition.key)) {
                CHECK(exported < 0);
                continue;
            }
            REQUIRE(exported >= 0); // the CSV's header has the list's titles
            // Dates stay ISO 8601 in a file whatever the list shows (see ListFormatter::label).
            if (definition.type == ListColumn::Type::Date)
                continue;
            ++compared;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString shown = model.index(row, column).data().toString();
                QString cell = csv.at(row + 1).value(exported);
                if (cell.startsWith(u'\'') && !shown.startsWith(u'\''))
                    cell.remove(0, 1); // neutralised against formulas
                // A phone number grouped like thousands has its last two groups joined in a CSV (see ListExporter).
                if (definition.type == ListColumn::Type::Phone && cell != shown &&
                    QRegularExpression(u"^\\+\\d{1,3}( \\d{3})+$"_s).match(shown).hasMatch())
                    cell.insert(cell.size() - 3, u' ');
                CHECK(cell == shown);
                CHECK(xlsx.at(row + 1).value(exported) == shown);
            }
        }
        CHECK(compared >= 4);
    }
    // What a user reads in all three for the organisation added.
    RecordTableModel organisations(test.connection(), ListKind::Organisations);
    QStringList shown;
    for (int row = 0; row < organisations.rowCount(); ++row) {
        if (organisations.index(row, organisations.columnOf(u"name"_s)).data().toString() == organisation.name) {
            for (const QString &key : {u"type"_s, u"country"_s, u"phone"_s})
                shown << organisations.index(row, organisations.columnOf(key)).data().toString();
        }
    }
    CHECK(shown == QStringList{u"Academic"_s, u"Pakistan"_s, u"+92 300 1234567"_s});
}

TEST_CASE("The export dialog offers the form, the values and the separator, and remembers them", "[ui][export]")
{
    clearSettings();
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        ListExportDialog dialog(ListKind::Organisations);
        auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        auto *values = dialog.findChild<QComboBox *>(u"exportValues"_s);
        auto *delimiter = dialog.findChild<QComboBox *>(u"exportDelimiter"_s);
        REQUIRE(format);
        REQUIRE(values);
        REQUIRE(delimiter);
        // The first time: a CSV for Excel, for people, separated as Excel expects in France.
        ListExporter::Options options = dialog.options();
        CHECK(options.format == ListExporter::Format::CsvForExcel);
        CHECK(options.values == ListExporter::Values::Labels);
        CHECK(options.delimiter == u';');
        CHECK(delimiter->currentText().startsWith(u"Semicolon"_s));

        // For programs the separator is a comma, unless the user chooses another; XLSX has none.
        values->setCurrentIndex(values->findData(static_cast<int>(ListExporter::Values::Codes)));
        CHECK(dialog.options().delimiter == u',');
        delimiter->setCurrentIndex(delimiter->findData(u"\t"_s));
        CHECK(dialog.options().delimiter == u'\t');
        values->setCurrentIndex(values->findData(static_cast<int>(ListExporter::Values::Labels)));
        CHECK(dialog.options().delimiter == u';');
        values->setCurrentIndex(values->findData(static_cast<int>(ListExporter::Values::Codes)));
        format->setCurrentIndex(format->findData(u"csv"_s));
        options = dialog.options();
        CHECK(options.format == ListExporter::Format::Csv);
        CHECK(options.values == ListExporter::Values::Codes);
        CHECK(options.delimiter == u'\t');
        format->setCurrentIndex(format->findData(u"xlsx"_s));
        CHECK_FALSE(delimiter->isEnabled());
        CHECK_FALSE(dialog.options().delimiter.has_value());
        format->setCurrentIndex(format->findData(u"csv"_s));
        CHECK(delimiter->isEnabled());
        dialog.accept();
    }
    {
        // Opened again: as it was left.
        ListExportDialog dialog(ListKind::People);
        const ListExporter::Options options = dialog.options();
        CHECK(options.format == ListExporter::Format::Csv);
        CHECK(options.values == ListExporter::Values::Codes);
        CHECK(options.delimiter == u'\t');
        CHECK(dialog.findChild<QComboBox *>(u"exportDelimiter"_s)->currentText() == u"Tab"_s);
        dialog.reject();
    }
    {
        // Cancelled changes are not remembered.
        ListExportDialog dialog(ListKind::People);
        auto *values = dialog.findChild<QComboBox *>(u"exportValues"_s);
        values->setCurrentIndex(values->findData(static_cast<int>(ListExporter::Values::Labels)));
        dialog.reject();
        CHECK(ListExportDialog(ListKind::People).options().values == ListExporter::Values::Codes);
    }
    QLocale::setDefault(before);
    clearSettings();
    CHECK(ListExportDialog(ListKind::People).options().delimiter ==
          ListExporter::defaultDelimiter(ListExporter::Values::Labels, QLocale()));
}
