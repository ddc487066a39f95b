#include "listexporter.h"

#include "csvlistwriter.h"
#include "xlsxlistwriter.h"

#include "listing/listformatter.h"
#include "listing/recordlister.h"
#include "util/csvdialect.h"
#include "util/operationcancelled.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ListExporter", text);
}

constexpr int pageSize = 1000;

} // namespace

std::optional<ListExporter::Format> ListExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx"_s)
        return Format::Xlsx;
    if (suffix == u"csv"_s)
        return Format::CsvForExcel;
    return std::nullopt;
}

bool ListExporter::isProtectedColumn(const QString &key)
{
    static const QStringList protectedKeys{u"summary"_s,  u"actions"_s, u"confidential_notes"_s,
                                           u"identity"_s, u"code"_s,    u"participant_code"_s};
    return protectedKeys.contains(key);
}

QChar ListExporter::defaultDelimiter(Values values, const QLocale &locale)
{
    if (values == Values::Codes)
        return u',';
    return locale.decimalPoint() == u","_s ? u';' : u',';
}

std::optional<QChar> ListExporter::delimiterFromName(const QString &name)
{
    // The names the import knows, less the pipe, which no spreadsheet expects.
    const QChar delimiter = AllianceDesk::delimiterFromName(name);
    if (delimiter == u',' || delimiter == u';' || delimiter == u'\t')
        return delimiter;
    return std::nullopt;
}

qsizetype ListExporter::exportList(const RecordLister &lister, const QString &path, Format format,
                                   const Progress &progress)
{
    Options options;
    options.format = format;
    return exportList(lister, path, options, progress);
}

qsizetype ListExporter::exportList(const RecordLister &lister, const QString &path, const Options &options,
                                   const Progress &progress)
{
    const ListDefinition &definition = lister.definition();
    const bool forPeople = options.values == Values::Labels;
    QList<int> columns;
    QList<bool> numeric;
    QStringList header;
    for (int i = 0; i < definition.columns.size(); ++i) {
        const ListColumn &column = definition.columns.at(i);
        if (isProtectedColumn(column.key))
            continue;
        columns << i;
        numeric << (column.type == ListColumn::Type::Id || column.type == ListColumn::Type::Integer);
        header << (forPeople ? ListDefinition::translatedColumnTitle(column) : column.key);
    }
    auto cellText = [&](const ListColumn &column, const QVariant &value) {
        return forPeople ? ListFormatter::label(column, value) : ListFormatter::text(column, value);
    };

    const qsizetype total = lister.count();
    auto cancelled = [] { throw OperationCancelled(tr("The export was cancelled; no file was written.")); };
    auto eachPage = [&](const std::function<void(const QVariantList &)> &write) {
        qsizetype done = 0;
        for (qsizetype offset = 0; offset < total || offset == 0; offset += pageSize) {
            const QList<QVariantList> rows = lister.fetch(static_cast<int>(offset), pageSize);
            for (const QVariantList &row : rows)
                write(row);
            done += rows.size();
            if (progress && !progress(total > 0 ? static_cast<int>(100 * done / total) : 100))
                cancelled();
            if (rows.size() < pageSize)
                break;
        }
        return done;
    };

    if (options.format == Format::Xlsx) {
        XlsxListWriter writer(path, definition.translatedTitle());
        writer.writeHeader(header);
        const qsizetype written = eachPage([&](const QVariantList &row) {
            QVariantList values;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant &value = row.at(columns.at(i));
                values << (numeric.at(i) || value.isNull()
                               ? value
                               : QVariant(cellText(definition.columns.at(columns.at(i)), value)));
            }
            writer.writeRow(values, numeric);
        });
        writer.finish();
        return written;
    }

    // A verified phone number is written unquoted (see the class's comment): in E.164 for programs, in its
    // international format for people, but only when that has nothing but digits, spaces and dashes after the +
    // (an extension, " ext. 12", is neutralised like other text).
    // A number whose groups after the country code all have three digits ("+996 555 550 108") is what Excel reads as
    // a number in a locale that groups thousands with a space (French): its last two groups are joined
    // ("+996 555 550108"), which no locale reads as a number.
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{1,14}$"_s);
    static const QRegularExpression international(u"^\\+[0-9][0-9 -]*$"_s);
    static const QRegularExpression thousands(u"^\\+[0-9]{1,3}( [0-9]{3})+$"_s);
    auto isLiteralPhone = [&](const QVariant &stored, const QString &cell) {
        return e164.match(stored.toString()).hasMatch() && (!forPeople || international.match(cell).hasMatch());
    };
    auto phoneCell = [&](QString cell) {
        if (forPeople && thousands.match(cell).hasMatch())
            cell.remove(cell.lastIndexOf(u' '), 1);
        return cell;
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvListWriter writer(file,
                         options.format == Format::CsvForExcel ? CsvListWriter::Encoding::Utf8WithBom
                                                               : CsvListWriter::Encoding::Utf8,
                         options.delimiter.value_or(defaultDelimiter(options.values)));
    writer.writeRow(header);
    qsizetype written = 0;
    try {
        written = eachPage([&](const QVariantList &row) {
            QStringList cells;
            QList<bool> literal;
            for (int i = 0; i < columns.size(); ++i) {
                const ListColumn &column = definition.columns.at(columns.at(i));
                const QVariant &value = row.at(columns.at(i));
                QString cell = cellText(column, value);
                const bool literalPhone = column.type == ListColumn::Type::Phone && isLiteralPhone(value, cell);
                if (literalPhone)
                    cell = phoneCell(cell);
                cells << cell;
                literal << ((numeric.at(i) && !value.isNull()) || literalPhone);
            }
            writer.writeRow(cells, literal);
        });
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit())
        throw StorageError(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return written;
}

} // namespace AllianceDesk
