// libFuzzer entry point over what the importer does with a file's bytes before any database work: detect the
// encoding and dialect from the head, then stream every record through CsvReader — once with the importer's chunk
// size and once with tiny chunks so that rows, quotes, CRLFs, BOMs and multi-byte characters straddle chunk
// boundaries. Both readings must agree: the same records, or both reject the file with an ImportFileError.
#include "csvreader.h"
#include "dialectdetector.h"
#include "importfileerror.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace AllianceDesk;

namespace {

/// All records of @p bytes read @p chunkSize bytes at a time, or nothing when the reader rejects the file.
std::optional<QList<CsvRecord>> readAll(const QByteArray &bytes, const CsvDialect &dialect, qint64 chunkSize)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QList<CsvRecord> records;
    try {
        CsvReader reader(buffer, dialect, QStringLiteral("fuzz.csv"));
        reader.setChunkSize(chunkSize);
        CsvRecord record;
        while (reader.next(record))
            records.append(record);
        if (reader.bytesRead() != bytes.size() || reader.sha256Hex().size() != 64) {
            std::fprintf(stderr, "bytesRead %lld != size %lld\n", static_cast<long long>(reader.bytesRead()),
                         static_cast<long long>(bytes.size()));
            std::abort();
        }
    } catch (const ImportFileError &error) {
        if (error.message().isEmpty())
            std::abort();
        return std::nullopt;
    }
    return records;
}

bool same(const QList<CsvRecord> &a, const QList<CsvRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).line != b.at(i).line || a.at(i).fields != b.at(i).fields)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray head = bytes.left(DialectDetector::headSize);
    const bool isWholeFile = head.size() == bytes.size();
    CsvDialect dialect;
    try {
        dialect = DialectDetector::detect(head, isWholeFile);
        DialectDetector::previewRows(head, isWholeFile, dialect, 50);
    } catch (const ImportFileError &) {
        return 0; // an unknown encoding: the importer reports it
    }

    const auto whole = readAll(bytes, dialect, CsvReader::defaultChunkSize);
    // The tiny chunk size comes from the input so that every boundary position gets tried.
    const qint64 tiny = 1 + (size > 0 ? data[size / 2] % 7 : 0);
    const auto pieces = readAll(bytes, dialect, tiny);
    if (whole.has_value() != pieces.has_value() || (whole && !same(*whole, *pieces))) {
        std::fprintf(stderr, "chunk size %lld reads the file differently (encoding %s, delimiter U+%04X): %s vs %s\n",
                     static_cast<long long>(tiny), qPrintable(dialect.encoding), dialect.delimiter.unicode(),
                     whole ? "records" : "error", pieces ? "records" : "error");
        std::abort();
    }
    return 0;
}
