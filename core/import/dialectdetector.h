#pragma once

#include "csvreader.h"
#include "util/csvdialect.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace AllianceDesk {

/**
 * Finds how a file is written from its first bytes: encoding (see EncodingDetector), Excel's `sep=` line,
 * the delimiter among , ; TAB | (the one that splits the first rows most consistently) and whether the first
 * row is a header. Any of them can be fixed by the caller instead of detected.
 */
class DialectDetector
{
public:
    /// How many bytes of the file detection looks at.
    static constexpr qsizetype headSize = 64 * 1024;

    /// Tells whether a header cell names a known field (for header detection); may be empty.
    using HeaderTest = std::function<bool(const QString &)>;

    /// @p encoding and @p delimiter: empty/null to detect.
    static CsvDialect detect(const QByteArray &head, bool isWholeFile, const QString &encoding = {},
                             QChar delimiter = {}, const HeaderTest &isKnownHeader = {});

    /// The first @p count rows of @p head decoded with @p dialect (for a preview); stops quietly at a cut row.
    static QList<CsvRecord> previewRows(const QByteArray &head, bool isWholeFile, const CsvDialect &dialect, int count);
};

} // namespace AllianceDesk
