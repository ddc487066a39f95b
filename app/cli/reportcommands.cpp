// alliancedesk-cli report and export: PDF reports and list exports from the command line.
#include "commandcontext.h"
#include "commands.h"

#include "export/listexporter.h"
#include "listing/recordlister.h"
#include "reports/memberdirectoryreport.h"
#include "reports/reportbuilder.h"
#include "reports/reporterrors.h"
#include "reports/reportparameters.h"
#include "reports/reportwriter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, nullptr, n);
}

QDate takeDate(QStringList &arguments, const QString &name)
{
    const QString text = CommandContext::takeOption(arguments, name);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw UsageError{tr("%1 needs a date written as YYYY-MM-DD, not “%2”.").arg(name, text)};
    return date;
}

QStringList reportNames()
{
    QStringList names;
    for (ReportKind kind : ReportParameters::allKinds())
        names << ReportParameters::kindName(kind);
    return names;
}

} // namespace

int runReport(CommandContext &context, QStringList arguments)
{
    ReportParameters parameters;
    const QString out = CommandContext::takeOption(arguments, u"--out"_s);
    parameters.networkName = CommandContext::takeOption(arguments, u"--network"_s);
    parameters.from = takeDate(arguments, u"--from"_s);
    parameters.to = takeDate(arguments, u"--to"_s);
    parameters.country = CommandContext::takeOption(arguments, u"--country"_s).trimmed().toUpper();
    const QString pageSize = CommandContext::takeOption(arguments, u"--page-size"_s);
    const QString columns = CommandContext::takeOption(arguments, u"--columns"_s);
    parameters.includeProtected = CommandContext::takeFlag(arguments, u"--include-protected"_s);
    parameters.viewName = CommandContext::takeOption(arguments, u"--view"_s).trimmed();
    if (arguments.isEmpty())
        throw UsageError{tr("Which report? One of: %1.").arg(reportNames().join(u", "_s))};
    const QString name = arguments.takeFirst();
    CommandContext::requireNoMoreArguments(arguments);
    const std::optional<ReportKind> kind = ReportParameters::kindFromName(name);
    if (!kind)
        throw UsageError{
            tr("There is no report called “%1”; the reports are: %2.").arg(name, reportNames().join(u", "_s))};
    parameters.kind = *kind;
    if (out.isEmpty())
        throw UsageError{tr("Name the PDF file to write with --out FILE.pdf.")};
    if (pageSize.isEmpty())
        parameters.pageSize = ReportParameters::defaultPageSize();
    else if (pageSize.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        parameters.pageSize = QPageSize::A4;
    else if (pageSize.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        parameters.pageSize = QPageSize::Letter;
    else
        throw UsageError{tr("--page-size is A4 or Letter, not “%1”.").arg(pageSize)};
    if (!columns.isEmpty()) {
        if (parameters.kind != ReportKind::MemberDirectory)
            throw UsageError{tr("--columns is for the member directory only.")};
        parameters.columns = columns.split(u',', Qt::SkipEmptyParts);
        for (QString &column : parameters.columns)
            column = column.trimmed();
    }
    if (parameters.kind == ReportKind::NetworkProfile && parameters.networkName.isEmpty())
        throw UsageError{tr("The network profile needs --network NAME.")};

    auto database = context.openDatabase();
    if (!parameters.viewName.isEmpty())
        listToRead(database->connection(), {}, parameters.viewName, {}); // an unknown name is a usage error
    const ReportDocument document = ReportBuilder::build(database->connection(), parameters);
    ReportWriter::writePdf(document, out);
    context.print(tr("Wrote %1 (%2): data fingerprint %3.\n")
                      .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()), document.title,
                           QString::fromLatin1(document.dataHash)));
    return CommandContext::ExitSuccess;
}

int runExport(CommandContext &context, QStringList arguments)
{
    const QString out = CommandContext::takeOption(arguments, u"--out"_s);
    const QString search = CommandContext::takeOption(arguments, u"--search"_s);
    const QString viewName = CommandContext::takeOption(arguments, u"--view"_s);
    const QString encoding = CommandContext::takeOption(arguments, u"--encoding"_s, u"excel"_s);
    const QString delimiter = CommandContext::takeOption(arguments, u"--delimiter"_s);
    const bool codes = CommandContext::takeFlag(arguments, u"--codes"_s);
    if (arguments.isEmpty() && viewName.isEmpty())
        throw UsageError{tr("Which list? One of: networks, organisations, people, memberships, secretariat-terms, "
                            "programs, support-groups, meetings, events, concerns; or --view NAME.")};
    const QString listName = arguments.isEmpty() ? QString() : arguments.takeFirst();
    CommandContext::requireNoMoreArguments(arguments);
    if (!listName.isEmpty() && !listKindFromName(listName))
        throw UsageError{tr("There is no list called “%1”.").arg(listName)};
    if (out.isEmpty())
        throw UsageError{tr("Name the file to write with --out FILE.csv or --out FILE.xlsx.")};
    std::optional<ListExporter::Format> format = ListExporter::formatForPath(out);
    if (!format)
        throw UsageError{tr("The file name must end in .csv or .xlsx: “%1”.").arg(out)};
    if (*format == ListExporter::Format::CsvForExcel) {
        if (encoding == u"utf8"_s || encoding == u"utf-8"_s)
            format = ListExporter::Format::Csv;
        else if (encoding != u"excel"_s)
            throw UsageError{tr("--encoding is excel (UTF-8 with a byte order mark) or utf8, not “%1”.").arg(encoding)};
    }

    ListExporter::Options options;
    options.format = *format;
    options.values = codes ? ListExporter::Values::Codes : ListExporter::Values::Labels;
    if (!delimiter.isEmpty()) {
        if (*format == ListExporter::Format::Xlsx)
            throw UsageError{tr("--delimiter is for a CSV file; an XLSX workbook has no separator.")};
        options.delimiter = ListExporter::delimiterFromName(delimiter);
        if (!options.delimiter)
            throw UsageError{tr("--delimiter is comma, semicolon or tab, not “%1”.").arg(delimiter)};
    }

    auto database = context.openDatabase();
    const SavedView state = listToRead(database->connection(), listName, viewName, search);
    RecordLister lister(database->connection(), state.kind);
    state.applyTo(lister);
    const qsizetype rows = ListExporter::exportList(lister, out, options);
    context.print(tr("Wrote %n row(s) to %1.\n", static_cast<int>(rows))
                      .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
    return CommandContext::ExitSuccess;
}

} // namespace AllianceDesk
