#include "listexporter.h"

#include "csvlistwriter.h"
#include "xlsxlistwriter.h"

#include "listing/listformatter.h"
#include "listing/recordlister.h"
#include "reports/reporterrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

qsizetype ListExporter::exportList(const RecordLister &lister, const QString &path, Format format,
                                   const Progress &progress)
{
    const ListDefinition &definition = lister.definition();
    QList<int> columns;
    QList<bool> numeric;
    QStringList keys;
    QStringList titles;
    for (int i = 0; i < definition.columns.size(); ++i) {
        const ListColumn &column = definition.columns.at(i);
        if (isProtectedColumn(column.key))
            continue;
        columns << i;
        numeric << (column.type == ListColumn::Type::Id || column.type == ListColumn::Type::Integer);
        keys << column.key;
        titles << ListDefinition::translatedColumnTitle(column);
    }

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

    if (format == Format::Xlsx) {
        XlsxListWriter writer(path, definition.translatedTitle());
        writer.writeHeader(titles);
        const qsizetype written = eachPage([&](const QVariantList &row) {
            QVariantList values;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant &value = row.at(columns.at(i));
                values << (numeric.at(i) || value.isNull()
                               ? value
                               : QVariant(ListFormatter::text(definition.columns.at(columns.at(i)), value)));
            }
            writer.writeRow(values, numeric);
        });
        writer.finish();
        return written;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvListWriter writer(file, format == Format::CsvForExcel ? CsvListWriter::Encoding::Utf8WithBom
                                                             : CsvListWriter::Encoding::Utf8);
    writer.writeRow(keys);
    qsizetype written = 0;
    try {
        written = eachPage([&](const QVariantList &row) {
            QStringList cells;
            QList<bool> plainNumbers;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant &value = row.at(columns.at(i));
                cells << ListFormatter::text(definition.columns.at(columns.at(i)), value);
                plainNumbers << (numeric.at(i) && !value.isNull());
            }
            writer.writeRow(cells, plainNumbers);
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
