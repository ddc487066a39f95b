#pragma once

#include <QChar>
#include <QString>

namespace AllianceDesk {

/// How a delimited text file is written: what the reader needs to decode and split it.
struct CsvDialect
{
    QString encoding = QStringLiteral("UTF-8"); ///< a name QStringDecoder knows (ICU names included)
    int bomLength = 0;                          ///< bytes of byte-order mark to skip
    /// Set by detection, never when the user names the encoding, for encodings that write ASCII as ASCII: each line
    /// is read by what it is — as UTF-8 when it is valid UTF-8, otherwise in otherEncoding — so that a file pasted
    /// together from UTF-8 and Windows-1252 lines keeps every name as written.
    bool byLine = false;
    /// With byLine: the encoding of the lines that are not UTF-8 (the file's own when its start is not UTF-8); empty
    /// until such a line is met, then guessed from the lines like it.
    QString otherEncoding;
    QChar delimiter = u',';
    bool hasHeader = true;
    bool hasSepLine = false; ///< Excel's "sep=;" first line, skipped
};

/// "comma", "semicolon", "tab", "pipe" for a delimiter (the CLI's names).
QString delimiterName(QChar delimiter);
QChar delimiterFromName(const QString &name); ///< a null QChar when unknown

} // namespace AllianceDesk
