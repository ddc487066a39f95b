#pragma once

#include <QChar>
#include <QStringList>

class QIODevice;

namespace AllianceDesk {

/**
 * Writes RFC 4180 CSV in UTF-8 (with a byte order mark so that Excel reads it as UTF-8, or without), its cells
 * separated by a comma, a semicolon (what Excel expects where the decimal separator is a comma) or a tab. A cell
 * that a spreadsheet would take for a formula — one starting with = + - @, a tab or a carriage return — is
 * neutralised with a leading single quote (OWASP's advice against CSV injection), unless the caller says it is a
 * literal (a number, or a verified phone number: see ListExporter).
 */
class CsvListWriter
{
public:
    enum class Encoding
    {
        Utf8WithBom, ///< for Excel
        Utf8,
    };

    CsvListWriter(QIODevice &out, Encoding encoding, QChar delimiter = u',');
    /// @p literal[i] true: the cell is safe as it is (a number, a verified phone number) and is not neutralised.
    void writeRow(const QStringList &cells, const QList<bool> &literal = {});

    static QString neutralised(const QString &cell);
    /// @p cell in double quotes (its quotes doubled) when it holds @p delimiter, a quote or a line break.
    static QString quoted(const QString &cell, QChar delimiter = u',');

private:
    QIODevice &m_out;
    QChar m_delimiter;
};

} // namespace AllianceDesk
