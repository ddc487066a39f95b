#include "encodingdetector.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>

#include <uchardet.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// UTF-16 without a BOM: ASCII text has a zero byte in every other position.
QString utf16WithoutBom(const QByteArray &head)
{
    const qsizetype pairs = qMin<qsizetype>(head.size() / 2, 4096);
    if (pairs < 2)
        return {};
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += head.at(2 * i) == '\0';
        zeroOdd += head.at(2 * i + 1) == '\0';
    }
    if (zeroOdd > pairs * 6 / 10 && zeroEven < pairs / 20)
        return u"UTF-16LE"_s;
    if (zeroEven > pairs * 6 / 10 && zeroOdd < pairs / 20)
        return u"UTF-16BE"_s;
    return {};
}

} // namespace

bool EncodingDetector::isValidUtf8(QByteArrayView data, bool complete)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint minimum = 0;
        uint code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            minimum = 0x80;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            minimum = 0x800;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > size) {
            // The head of a file may stop in the middle of a character.
            for (qsizetype j = i + 1; j < size; ++j) {
                if ((bytes[j] & 0xC0) != 0x80)
                    return false;
            }
            return !complete;
        }
        for (int j = 1; j < length; ++j) {
            if ((bytes[i + j] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (bytes[i + j] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

bool EncodingDetector::isSupported(const QString &name)
{
    if (name.isEmpty())
        return false;
    return QStringDecoder(name.toLatin1().constData()).isValid();
}

bool EncodingDetector::isSingleByte(const QString &name)
{
    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid())
        return false;
    QByteArray high;
    for (int byte = 0x80; byte <= 0xFF; ++byte)
        high += char(byte);
    return QString(decoder.decode(high)).size() == high.size();
}

QByteArray EncodingDetector::linesNotUtf8(QByteArrayView data, bool complete)
{
    QByteArray lines;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = start;
        while (end < data.size() && data[end] != '\n' && data[end] != '\r')
            ++end;
        if (end < data.size())
            ++end;
        const QByteArrayView line = data.sliced(start, end - start);
        if (!isValidUtf8(line, complete || end < data.size()))
            lines += line;
        start = end;
    }
    return lines;
}

QString EncodingDetector::guessLegacy(const QByteArray &notUtf8)
{
    QString name;
    if (uchardet_t detector = uchardet_new()) {
        if (uchardet_handle_data(detector, notUtf8.constData(), static_cast<size_t>(notUtf8.size())) == 0) {
            uchardet_data_end(detector);
            name = QString::fromLatin1(uchardet_get_charset(detector));
        }
        uchardet_delete(detector);
    }
    const QString upper = name.toUpper();
    if (upper.isEmpty() || upper == u"ASCII"_s || upper == u"ISO-8859-1"_s || upper.startsWith(u"UTF-"_s))
        name = u"windows-1252"_s; // not UTF-8 (checked before): the code page Excel writes in Western Europe
    else if (upper.startsWith(u"WINDOWS-"_s))
        name = u"windows-"_s + upper.mid(8);
    if (!isSupported(name))
        name = u"windows-1252"_s;
    // On a few letters uchardet's choice among the code pages of one script is a coin toss (a French name comes out
    // as ISO-8859-2, turning è into č): below a few dozen letters, the script's Windows code page is the better bet.
    const auto highBytes = std::count_if(notUtf8.cbegin(), notUtf8.cend(), [](char c) { return uchar(c) >= 0x80; });
    if (highBytes < 64) {
        // The script is what uchardet gets right: the letters it decodes the sample to, whatever the code page.
        QStringDecoder decoder(name.toLatin1().constData());
        QHash<QChar::Script, int> scripts;
        for (const QChar c : QString(decoder.decode(notUtf8))) {
            if (c.unicode() >= 0x80 && c.isLetter())
                ++scripts[c.script()];
        }
        QChar::Script script = QChar::Script_Latin;
        for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
            if (it.value() > scripts.value(script))
                script = it.key();
        }
        static const std::pair<QChar::Script, const char16_t *> windowsPages[] = {
            {QChar::Script_Latin, u"windows-1252"},  {QChar::Script_Cyrillic, u"windows-1251"},
            {QChar::Script_Arabic, u"windows-1256"}, {QChar::Script_Greek, u"windows-1253"},
            {QChar::Script_Hebrew, u"windows-1255"},
        };
        for (const auto &[known, page] : windowsPages) {
            if (known == script)
                return QString::fromUtf16(page);
        }
    }
    return name;
}

EncodingGuess EncodingDetector::detect(const QByteArray &head, bool isWholeFile)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {u"UTF-8"_s, 3, true};
    if (head.startsWith("\xFF\xFE"))
        return {u"UTF-16LE"_s, 2, true};
    if (head.startsWith("\xFE\xFF"))
        return {u"UTF-16BE"_s, 2, true};
    if (const QString utf16 = utf16WithoutBom(head); !utf16.isEmpty())
        return {utf16, 0, false};
    if (isValidUtf8(head, isWholeFile))
        return {u"UTF-8"_s, 0, false};
    // Only the lines that are not UTF-8 tell which code page they are in: a file may mix both.
    return {guessLegacy(linesNotUtf8(head, isWholeFile)), 0, false};
}

} // namespace AllianceDesk
