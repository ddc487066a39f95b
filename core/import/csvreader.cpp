#include "csvreader.h"

#include "encodingdetector.h"
#include "importfileerror.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

/// A byte-order mark is skipped only at the start of the file (CsvDialect::bomLength): one further on is text
/// (U+FEFF), however the file is cut into blocks and lines — the decoders' own skipping would depend on that.
constexpr auto keepBom = QStringDecoder::Flag::ConvertInitialBom;

} // namespace

CsvReader::CsvReader(QIODevice &device, const CsvDialect &dialect, QString fileName)
    : m_device(device)
    , m_dialect(dialect)
    , m_fileName(std::move(fileName))
    , m_decoder(dialect.encoding.isEmpty() ? "UTF-8" : dialect.encoding.toLatin1().constData(), keepBom)
    , m_bomLeft(qMax(dialect.bomLength, 0))
{
    if (!m_decoder.isValid())
        throw ImportFileError(
            tr("%1: the encoding “%2” is not known; choose another one.").arg(m_fileName, dialect.encoding));
    m_utf16 = m_dialect.encoding.startsWith(u"UTF-16"_s, Qt::CaseInsensitive);
    const bool utf8 = m_dialect.encoding.isEmpty() || m_dialect.encoding.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0;
    m_dialect.byLine = m_dialect.byLine && !m_utf16;
    m_alwaysByLine = m_dialect.byLine && !utf8;
    m_refuseUtf8Lines = !m_dialect.byLine && !utf8 && !m_utf16 && EncodingDetector::isSingleByte(m_dialect.encoding);
    if (m_dialect.byLine && !m_dialect.otherEncoding.isEmpty()) {
        m_other.emplace(m_dialect.otherEncoding.toLatin1().constData(), keepBom);
        if (!m_other->isValid())
            m_other.reset();
    }
}

QString CsvReader::sha256Hex() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

void CsvReader::fail(qint64 line, const QString &what) const
{
    throw ImportFileError(tr("%1, line %2: %3").arg(m_fileName).arg(line).arg(what), line);
}

qint64 CsvReader::lineAt(qsizetype index) const
{
    qint64 line = m_line;
    for (qsizetype i = m_pos; i < index && i < m_buffer.size(); ++i) {
        const char16_t c = m_buffer.at(i).unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 >= m_buffer.size() || m_buffer.at(i + 1) != u'\n')))
            ++line;
    }
    return line;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray chunk = m_device.read(m_chunkSize);
    if (m_bomLeft > 0 && !chunk.isEmpty()) {
        // The byte-order mark may arrive over several reads: skip it whole, and never take its end for the file's.
        const qsizetype skip = qMin<qsizetype>(m_bomLeft, chunk.size());
        m_hash.addData(QByteArrayView(chunk).first(skip));
        m_bytesRead += skip;
        m_bomLeft -= skip;
        chunk.remove(0, skip);
        if (chunk.isEmpty())
            return true;
    }
    if (chunk.isEmpty()) {
        m_eof = true;
        if (m_utf16) {
            if (m_odd)
                fail(lineAt(m_buffer.size()), tr("the file ends in the middle of a character (a byte is missing)."));
        } else if (!m_pending.isEmpty()) {
            decode(std::exchange(m_pending, QByteArray()), true);
        }
        return false;
    }
    m_bytesRead += chunk.size();
    m_hash.addData(chunk);
    if (m_utf16) {
        if (chunk.size() % 2)
            m_odd = !m_odd;
        const qsizetype before = m_buffer.size();
        m_buffer.append(m_decoder.decode(chunk));
        if (m_decoder.hasError()) {
            const qsizetype bad = m_buffer.indexOf(QChar::ReplacementCharacter, before);
            fail(lineAt(bad < 0 ? m_buffer.size() : bad),
                 tr("bytes that are not valid %1 text. Choose the file’s encoding (it may be another code page).")
                     .arg(m_dialect.encoding));
        }
        return true;
    }
    // Whole lines only, so that each line can be looked at by itself; the rest waits for the next read.
    QByteArray bytes = m_pending.isEmpty() ? std::move(chunk) : QByteArray(m_pending + chunk);
    m_pending.clear();
    qsizetype cut = bytes.lastIndexOf('\n');
    if (cut < 0 && bytes.size() > 1)
        cut = bytes.lastIndexOf('\r', bytes.size() - 2); // CR line ends; a CR at the end may be half a CRLF
    if (cut < 0) {
        if (bytes.size() > maxRowLength)
            fail(lineAt(m_buffer.size()), tr("a row longer than %1 million characters starts here; a quote is probably "
                                             "never closed.")
                                              .arg(maxRowLength / (1024 * 1024)));
        m_pending = std::move(bytes);
        return true;
    }
    decode(QByteArrayView(bytes).first(cut + 1), false);
    m_pending = bytes.sliced(cut + 1);
    return true;
}

void CsvReader::decode(QByteArrayView bytes, bool last)
{
    if (!m_alwaysByLine) {
        const qsizetype before = m_buffer.size();
        m_buffer.append(m_decoder.decode(bytes));
        bool decoded = !m_decoder.hasError();
        bool cutShort = false;
        if (decoded && last) {
            // A character cut short at the very end stays in the decoder: a newline brings it out as an error.
            const QString tail = m_decoder.decode(QByteArrayView("\n"));
            cutShort = m_decoder.hasError() || tail != u"\n"_s;
            decoded = !cutShort;
        }
        if (decoded) {
            if (m_refuseUtf8Lines)
                refuseUtf8Lines(bytes, lineAt(before));
            // UTF-8 decodes to fewer characters than bytes exactly when it has characters beyond ASCII.
            if (m_dialect.byLine && m_buffer.size() - before < bytes.size())
                m_lines.utf8 = true;
            return;
        }
        if (!m_dialect.byLine) {
            if (cutShort)
                fail(lineAt(m_buffer.size()),
                     tr("the file ends in the middle of a character that is not valid %1 text.")
                         .arg(m_dialect.encoding));
            const qsizetype bad = m_buffer.indexOf(QChar::ReplacementCharacter, before);
            fail(lineAt(bad < 0 ? m_buffer.size() : bad),
                 tr("bytes that are not valid %1 text. Choose the file’s encoding (it may be another code page).")
                     .arg(m_dialect.encoding));
        }
        // A line in this block is not UTF-8: read the block again, line by line.
        m_buffer.truncate(before);
        m_decoder.resetState();
    }
    decodeLineByLine(bytes, lineAt(m_buffer.size()));
}

void CsvReader::decodeLineByLine(QByteArrayView bytes, qint64 firstLine)
{
    qint64 line = firstLine;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = start;
        while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        qsizetype next = end;
        if (next < bytes.size())
            next += (bytes[next] == '\r' && next + 1 < bytes.size() && bytes[next + 1] == '\n') ? 2 : 1;
        const QByteArrayView text = bytes.sliced(start, next - start);
        if (EncodingDetector::isValidUtf8(text, true)) {
            const QString decoded = m_utf8.decode(text);
            m_lines.utf8 = m_lines.utf8 || decoded.size() < text.size();
            m_buffer.append(decoded);
        } else {
            if (!m_other) {
                // A file that starts in UTF-8: the other encoding is guessed from its first line that is not UTF-8
                // alone, so that it does not depend on how the file is read (in which blocks, the preview's head).
                m_dialect.otherEncoding = EncodingDetector::guessLegacy(text.toByteArray());
                m_other.emplace(m_dialect.otherEncoding.toLatin1().constData(), keepBom);
            }
            const QString decoded = m_other->decode(text);
            if (m_other->hasError())
                fail(line, tr("bytes that are neither UTF-8 nor %1 text. Choose the file’s encoding.")
                               .arg(m_dialect.otherEncoding));
            m_lines.other = m_dialect.otherEncoding;
            ++m_lines.otherCount;
            if (m_lines.otherLines.size() < LineEncodings::listed) {
                QString shown = decoded;
                while (shown.endsWith(u'\n') || shown.endsWith(u'\r'))
                    shown.chop(1);
                m_lines.otherLines << line;
                m_lines.otherTexts << shown;
            }
            m_buffer.append(decoded);
        }
        ++line;
        start = next;
    }
}

void CsvReader::refuseUtf8Lines(QByteArrayView bytes, qint64 firstLine) const
{
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; }))
        return;
    qint64 line = firstLine;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = start;
        bool high = false;
        for (; end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r'; ++end) {
            if (uchar(bytes[end]) >= 0x80)
                high = true;
        }
        if (high && EncodingDetector::isValidUtf8(bytes.sliced(start, end - start), true))
            fail(line, tr("this line is UTF-8 text, not %1 as chosen: let the encoding be detected, and each line is "
                          "read by what it is.")
                           .arg(m_dialect.encoding));
        if (end < bytes.size())
            end += (bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n') ? 2 : 1;
        ++line;
        start = end;
    }
}

void CsvReader::checkCharacter(char16_t c, qsizetype index) const
{
    if (c >= 0x20 && (c < 0x7F || c > 0x9F))
        return;
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return;
    if (c == 0)
        fail(lineAt(index), tr("binary data (a zero byte) — this is not a text file."));
    if (c >= 0x80)
        fail(lineAt(index), tr("a control character U+%1 instead of text: the bytes are not valid %2 text.")
                                .arg(uint(c), 4, 16, QLatin1Char('0'))
                                .arg(m_dialect.encoding));
    fail(lineAt(index),
         tr("a control character U+%1 that has no place in a text file.").arg(uint(c), 4, 16, QLatin1Char('0')));
}

CsvReader::Parse CsvReader::parse(CsvRecord &record)
{
    const QChar *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char16_t delimiter = m_dialect.delimiter.unicode();
    qsizetype i = m_pos;
    qint64 line = m_line;
    record.fields.clear();
    record.line = line;
    if (i >= size)
        return m_eof ? Parse::End : Parse::NeedMore;

    QString field;
    for (;;) {
        field.clear();
        if (i < size && data[i] == u'"') {
            const qint64 quoteLine = line;
            ++i;
            for (;;) {
                qsizetype start = i;
                while (i < size && data[i] != u'"') {
                    const char16_t c = data[i].unicode();
                    if (c == u'\n' || (c == u'\r' && (i + 1 >= size || data[i + 1] != u'\n')))
                        ++line;
                    else
                        checkCharacter(c, i);
                    ++i;
                }
                field.append(QStringView(data + start, i - start));
                if (i >= size) {
                    if (m_eof)
                        fail(quoteLine, tr("a quoted value starts here and is never closed (a closing \" is "
                                           "missing)."));
                    return Parse::NeedMore;
                }
                // data[i] is a quote: doubled means a literal quote, otherwise the value ends.
                if (i + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < size && data[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            // Text after the closing quote (`"a" b`) is kept as written, as spreadsheets do.
            const qsizetype start = i;
            while (i < size && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r') {
                checkCharacter(data[i].unicode(), i);
                ++i;
            }
            field.append(QStringView(data + start, i - start));
        } else {
            const qsizetype start = i;
            while (i < size && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r') {
                checkCharacter(data[i].unicode(), i);
                ++i;
            }
            field.append(QStringView(data + start, i - start));
        }
        if (i >= size && !m_eof)
            return Parse::NeedMore;
        record.fields.append(field);
        if (i >= size)
            break;
        const char16_t c = data[i].unicode();
        if (c == delimiter) {
            ++i;
            continue;
        }
        if (c == u'\r') {
            if (i + 1 >= size && !m_eof)
                return Parse::NeedMore;
            i += (i + 1 < size && data[i + 1] == u'\n') ? 2 : 1;
        } else {
            ++i;
        }
        ++line;
        break;
    }
    m_pos = i;
    m_line = line;
    return Parse::Complete;
}

bool CsvReader::next(CsvRecord &record)
{
    for (;;) {
        const Parse result = parse(record);
        if (result == Parse::End)
            return false;
        if (result == Parse::NeedMore) {
            if (m_buffer.size() - m_pos > maxRowLength)
                fail(m_line, tr("a row longer than %1 million characters starts here; a quote is probably never "
                                "closed.")
                                 .arg(maxRowLength / (1024 * 1024)));
            fill();
            continue;
        }
        if (m_dialect.hasSepLine && record.line == 1)
            continue;
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &field) { return field.trimmed().isEmpty(); });
        if (blank)
            continue;
        return true;
    }
}

} // namespace AllianceDesk
