#pragma once

#include <QChar>
#include <QString>

namespace AllianceDesk {

/// How a delimited text file is written: what the reader needs to decode and split it.
struct CsvDialect
{
    QString encoding = QStringLiteral("UTF-8"); ///< a name QStringDecoder knows (ICU names included)
    int bomLength = 0;                          ///< bytes of byte-order mark to skip
    QChar delimiter = u',';
    bool hasHeader = true;
    bool hasSepLine = false; ///< Excel's "sep=;" first line, skipped
};

/// "comma", "semicolon", "tab", "pipe" for a delimiter (the CLI's names).
QString delimiterName(QChar delimiter);
QChar delimiterFromName(const QString &name); ///< a null QChar when unknown

} // namespace AllianceDesk
