#pragma once

#include "lineencodings.h"
#include "util/csvdialect.h"

#include <QCryptographicHash>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace AllianceDesk {

/// One row of a delimited file, with the physical line it starts on (1-based).
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

/**
 * Reads a delimited text file one row at a time — never the whole file in memory: decodes with the dialect's
 * encoding, splits with RFC 4180 quoting (delimiters, doubled quotes and line breaks inside quotes; CRLF, LF and CR
 * line ends). Blank rows are skipped. Anything that makes the file unreadable — a quote never closed, binary data,
 * bytes that do not decode — throws an ImportFileError naming the file and the line. No widgets, no database.
 *
 * Bytes are decoded a block of whole lines at a time. A file read line by line (CsvDialect::byLine) has each line
 * that is not UTF-8 read in the other encoding, and says which (lineEncodings()); a UTF-8 file pays for that only
 * in a block where such a line is. When the user chose a single-byte encoding, a line that is UTF-8 text is refused
 * rather than read as something it is not.
 */
class CsvReader
{
public:
    CsvReader(QIODevice &device, const CsvDialect &dialect, QString fileName);

    /// Reads the next row into @p record; false at the end of the file.
    bool next(CsvRecord &record);

    qint64 bytesRead() const { return m_bytesRead; }
    /// How the lines read so far were decoded (which were not UTF-8, when the file is read line by line).
    const LineEncodings &lineEncodings() const { return m_lines; }
    /// SHA-256 of every byte read so far (of the whole file once next() returned false), in hex.
    QString sha256Hex() const;

    /// A row longer than this (in characters) is taken for a quote that is never closed.
    static constexpr qsizetype maxRowLength = 16 * 1024 * 1024;
    /// How many bytes are read from the device at a time.
    static constexpr qint64 defaultChunkSize = 256 * 1024;

    /// Reads @p bytes at a time instead (tests and the fuzzer use tiny chunks to exercise chunk boundaries).
    void setChunkSize(qint64 bytes) { m_chunkSize = qMax<qint64>(bytes, 1); }

private:
    enum class Parse
    {
        Complete,
        NeedMore,
        End,
    };
    Parse parse(CsvRecord &record);
    bool fill();
    /// Decodes @p bytes, whole lines (but the file's last), into the buffer.
    void decode(QByteArrayView bytes, bool last);
    void decodeLineByLine(QByteArrayView bytes, qint64 firstLine);
    /// Refuses the first line of @p bytes that is UTF-8 text beyond ASCII (for a single-byte encoding chosen).
    void refuseUtf8Lines(QByteArrayView bytes, qint64 firstLine) const;
    void checkCharacter(char16_t c, qsizetype index) const;
    qint64 lineAt(qsizetype index) const;
    [[noreturn]] void fail(qint64 line, const QString &what) const;

    QIODevice &m_device;
    CsvDialect m_dialect;
    QString m_fileName;
    QStringDecoder m_decoder;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1; ///< the physical line at m_pos
    qint64 m_bytesRead = 0;
    qint64 m_chunkSize = defaultChunkSize;
    bool m_eof = false;
    qsizetype m_bomLeft = 0;        ///< bytes of byte-order mark still to skip
    bool m_odd = false;             ///< UTF-16: an odd number of bytes so far
    bool m_utf16 = false;           ///< line ends are not single bytes: decoded a chunk at a time
    bool m_alwaysByLine = false;    ///< byLine with another encoding than UTF-8, which a UTF-8 line would decode in too
    bool m_refuseUtf8Lines = false; ///< a single-byte encoding chosen by the user
    QByteArray m_pending;           ///< bytes read, not decoded yet: a line whose end has not been read
    std::optional<QStringDecoder> m_other; ///< byLine: for the lines that are not UTF-8
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom}; ///< byLine: UTF-8 lines
    LineEncodings m_lines;
};

} // namespace AllianceDesk
