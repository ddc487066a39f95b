#include "dialectdetector.h"

#include "encodingdetector.h"
#include "importfileerror.h"

#include <QBuffer>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QStringConverter>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

constexpr int sampleRows = 30;

/// The rows of @p head, without failing on a row cut at the end of the head.
QList<CsvRecord> sample(const QByteArray &head, bool isWholeFile, const CsvDialect &dialect, int count)
{
    QByteArray bytes = head;
    if (!isWholeFile) {
        // Drop the last, probably incomplete line (unless that would leave nothing).
        const qsizetype end = bytes.lastIndexOf('\n');
        if (end > 0)
            bytes.truncate(end + 1);
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QList<CsvRecord> rows;
    try {
        CsvReader reader(buffer, dialect, QString());
        CsvRecord record;
        while (rows.size() < count && reader.next(record))
            rows.append(record);
    } catch (const ImportFileError &) {
        // Detection works on what could be read; the import itself reports the problem with its line.
    }
    return rows;
}

/// True when @p a and @p b name the same encoding ("UTF-8" and "utf8").
bool sameEncoding(const QString &a, const QString &b)
{
    const auto first = QStringConverter::encodingForName(a.toLatin1().constData());
    const auto second = QStringConverter::encodingForName(b.toLatin1().constData());
    if (first && second)
        return *first == *second;
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool looksLikeData(const QString &value)
{
    static const QRegularExpression data(u"^\\s*([-+]?[0-9][0-9 .,/:-]*|\\S+@\\S+\\.\\S+)\\s*$"_s);
    return data.match(value).hasMatch();
}

} // namespace

CsvDialect DialectDetector::detect(const QByteArray &head, bool isWholeFile, const QString &encoding, QChar delimiter,
                                   const HeaderTest &isKnownHeader)
{
    CsvDialect dialect;
    const EncodingGuess guess = EncodingDetector::detect(head, isWholeFile);
    if (encoding.isEmpty() || encoding.compare(u"auto"_s, Qt::CaseInsensitive) == 0) {
        dialect.encoding = guess.name;
        dialect.bomLength = guess.bomLength;
        // Detected, so each line may be read by what it is (see CsvDialect::byLine); UTF-16 has no such lines.
        dialect.byLine = !guess.name.startsWith(u"UTF-16"_s, Qt::CaseInsensitive);
        if (dialect.byLine && guess.name != u"UTF-8"_s)
            dialect.otherEncoding = guess.name;
    } else {
        dialect.encoding = encoding;
        // A BOM of the chosen encoding is still a BOM.
        dialect.bomLength = guess.fromBom && sameEncoding(guess.name, encoding) ? guess.bomLength : 0;
        if (!EncodingDetector::isSupported(encoding))
            return dialect; // the reader reports the unknown encoding
    }

    // Excel's "sep=;" first line names the delimiter.
    CsvDialect probe = dialect;
    probe.hasHeader = false;
    probe.delimiter = u'\x1F';
    const QList<CsvRecord> firstLine = sample(head.left(1024), false, probe, 1);
    if (!firstLine.isEmpty() && firstLine.first().line == 1) {
        const QString text = firstLine.first().fields.value(0).trimmed();
        if (text.size() == 5 && text.startsWith(u"sep="_s, Qt::CaseInsensitive)) {
            dialect.hasSepLine = true;
            dialect.delimiter = text.at(4);
        }
    }
    if (!delimiter.isNull()) {
        dialect.delimiter = delimiter;
    } else if (!dialect.hasSepLine) {
        int bestScore = -1;
        for (QChar candidate : {u',', u';', u'\t', u'|'}) {
            probe = dialect;
            probe.delimiter = candidate;
            const QList<CsvRecord> rows = sample(head, isWholeFile, probe, sampleRows);
            QHash<qsizetype, int> widths;
            for (const CsvRecord &row : rows)
                ++widths[row.fields.size()];
            int score = 0;
            for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
                if (it.key() > 1)
                    score = qMax(score, it.value() * 1000 + int(qMin<qsizetype>(it.key(), 999)));
            }
            if (score > bestScore) {
                bestScore = score;
                dialect.delimiter = candidate;
            }
        }
    }

    // Header: the first row names known fields, or holds nothing that looks like data.
    const QList<CsvRecord> rows = sample(head, isWholeFile, dialect, 1);
    dialect.hasHeader = true;
    if (!rows.isEmpty()) {
        const QStringList &cells = rows.first().fields;
        const bool known = isKnownHeader && std::any_of(cells.cbegin(), cells.cend(), isKnownHeader);
        const bool data = std::any_of(cells.cbegin(), cells.cend(), looksLikeData);
        dialect.hasHeader = known || !data;
    }
    return dialect;
}

QList<CsvRecord> DialectDetector::previewRows(const QByteArray &head, bool isWholeFile, const CsvDialect &dialect,
                                              int count)
{
    return sample(head, isWholeFile, dialect, count);
}

} // namespace AllianceDesk
