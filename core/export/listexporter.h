#pragma once

#include "listing/listdefinition.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace AllianceDesk {

class RecordLister;

/**
 * Exports a list (with its search and filters, as a RecordLister has them) to CSV or XLSX, a page of rows at a
 * time. Protected columns (participant codes and identities, the details of concerns) are never exported.
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
    /// Percent done, 0 to 100; returns false to cancel.
    using Progress = std::function<bool(int percent)>;

    /// XLSX for *.xlsx, CSV for Excel for *.csv; nothing for other names.
    static std::optional<Format> formatForPath(const QString &path);
    static bool isProtectedColumn(const QString &key);

    /**
     * Writes every row of @p lister to @p path and returns how many were written. The file appears complete or not
     * at all: throws OperationCancelled when @p progress says so, StorageError when the file cannot be written.
     */
    static qsizetype exportList(const RecordLister &lister, const QString &path, Format format,
                                const Progress &progress = {});
};

} // namespace AllianceDesk
