#pragma once

#include <QByteArray>
#include <QString>

namespace AllianceDesk {

/// The encoding a file is most likely written in.
struct EncodingGuess
{
    QString name;      ///< a name QStringDecoder accepts ("UTF-8", "UTF-16LE", "windows-1251", ...)
    int bomLength = 0; ///< bytes of byte-order mark at the start
    bool fromBom = false;
};

/**
 * Finds the encoding of a text file from its first bytes: a byte-order mark (UTF-8, UTF-16LE/BE), then strict
 * UTF-8, then uchardet's guess among the single- and multi-byte code pages (Windows-1252, Windows-1251, ISO-8859-x,
 * KOI8-R, ...). ISO-8859-1 is read as its superset Windows-1252, as browsers do.
 */
class EncodingDetector
{
public:
    /// @p head is the start of the file; @p isWholeFile says whether it may end in the middle of a character.
    static EncodingGuess detect(const QByteArray &head, bool isWholeFile);
    /// True when @p data is valid UTF-8 (an incomplete character at the very end is allowed unless @p complete).
    static bool isValidUtf8(QByteArrayView data, bool complete);
    /// True when QStringDecoder can decode @p name (Qt's own codecs, or ICU's).
    static bool isSupported(const QString &name);
    /// True when @p name writes every byte as one character (Windows-125x, ISO-8859-x, KOI8-x, ...).
    static bool isSingleByte(const QString &name);
    /// The lines of @p data (line ends included) that are not valid UTF-8, one after the other; the last line may be
    /// cut in the middle of a character unless @p complete.
    static QByteArray linesNotUtf8(QByteArrayView data, bool complete);
    /// uchardet's guess for text that is not UTF-8, among the legacy code pages (Windows-1252 when it has none); for a
    /// sample of a few letters, the Windows code page of the script it guessed (Windows-1252 for Latin letters).
    static QString guessLegacy(const QByteArray &notUtf8);
};

} // namespace AllianceDesk
