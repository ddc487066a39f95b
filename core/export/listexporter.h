#pragma once

#include "listing/listdefinition.h"

#include <QChar>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace AllianceDesk {

class RecordLister;

/**
 * Exports a list (with its search and filters, as a RecordLister has them) to CSV or XLSX, a page of rows at a
 * time. Protected columns (participant codes and identities, the details of concerns) are never exported.
 *
 * By default a file is made for people: the column titles and the values as the list shows them
 * (ListFormatter::label: "Active", "Pakistan", "+92 300 1234567", dates in ISO 8601), and a CSV separated the way
 * Excel expects in the user's locale. Values::Codes gives the form made for other programs: snake_case keys, stored
 * codes, phone numbers in E.164, and a comma.
 *
 * Phone numbers in a CSV: a cell starting with + would be neutralised with a quote like any would-be formula, which
 * mangles "+923001234567" for every program but Excel. A verified number (stored in E.164) is written instead in
 * its international format ("+92 300 1234567"), unquoted: its spaces keep Excel from reading a number (9.23E+11),
 * and digits, spaces and dashes after a + make no formula Excel could run, so Excel keeps it as text; LibreOffice,
 * Python's csv and our own import read the number as it is (the import stores it in E.164 again). A number grouped
 * like thousands ("+996 555 550 108") has its last two groups joined ("+996 555 550108"), as a space groups
 * thousands in some locales. In the form for programs it is written in E.164, unquoted. Anything else that could be
 * a formula (a number kept as written, one with an extension, any other text) is still neutralised.
 */
class ListExporter
{
public:
    enum class Format
    {
        CsvForExcel, ///< UTF-8 with a byte order mark
        Csv,         ///< plain UTF-8
        Xlsx,
    };
    /// What the cells hold.
    enum class Values
    {
        Labels, ///< for people: column titles and values as the list shows them
        Codes,  ///< for other programs: snake_case keys, stored codes, E.164 phone numbers
    };
    struct Options
    {
        Format format = Format::CsvForExcel;
        Values values = Values::Labels;
        /// A CSV's separator: a comma, a semicolon or a tab. Unset: defaultDelimiter().
        std::optional<QChar> delimiter;
    };
    /// Percent done, 0 to 100; returns false to cancel.
    using Progress = std::function<bool(int percent)>;

    /// XLSX for *.xlsx, CSV for Excel for *.csv; nothing for other names.
    static std::optional<Format> formatForPath(const QString &path);
    static bool isProtectedColumn(const QString &key);
    /**
     * The separator Excel expects when it opens a CSV for @p values: for people, a semicolon where @p locale's
     * decimal separator is a comma (fr_FR, de_DE, ru_RU: Excel there reads "1,5" as a number), a comma elsewhere;
     * for programs, always a comma.
     */
    static QChar defaultDelimiter(Values values, const QLocale &locale = QLocale());
    /// "comma", "semicolon" or "tab" as a character; nothing for another name.
    static std::optional<QChar> delimiterFromName(const QString &name);

    /**
     * Writes every row of @p lister to @p path and returns how many were written. The file appears complete or not
     * at all: throws OperationCancelled when @p progress says so, StorageError when the file cannot be written.
     */
    static qsizetype exportList(const RecordLister &lister, const QString &path, const Options &options,
                                const Progress &progress = {});
    /// The same, for people (Values::Labels) with the locale's separator.
    static qsizetype exportList(const RecordLister &lister, const QString &path, Format format,
                                const Progress &progress = {});
};

} // namespace AllianceDesk
