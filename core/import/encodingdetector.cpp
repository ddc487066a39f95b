#include "encodingdetector.h"

#include <QStringDecoder>

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

bool EncodingDetector::isValidUtf8(const QByteArray &data, bool complete)
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

    QString name;
    if (uchardet_t detector = uchardet_new()) {
        if (uchardet_handle_data(detector, head.constData(), static_cast<size_t>(head.size())) == 0) {
            uchardet_data_end(detector);
            name = QString::fromLatin1(uchardet_get_charset(detector));
        }
        uchardet_delete(detector);
    }
    const QString upper = name.toUpper();
    if (upper.isEmpty() || upper == u"ASCII"_s || upper == u"ISO-8859-1"_s || upper == u"UTF-8"_s)
        name = u"windows-1252"_s; // not UTF-8 (checked above): the code page Excel writes in Western Europe
    else if (upper.startsWith(u"WINDOWS-"_s))
        name = u"windows-"_s + upper.mid(8);
    if (!isSupported(name))
        name = u"windows-1252"_s;
    return {name, 0, false};
}

} // namespace AllianceDesk
