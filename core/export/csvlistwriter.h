#pragma once

#include <QStringList>

class QIODevice;

namespace AllianceDesk {

/**
 * Writes RFC 4180 CSV in UTF-8 (with a byte order mark so that Excel reads it as UTF-8, or without). A cell that
 * a spreadsheet would take for a formula — one starting with = + - @, a tab or a carriage return — is
 * neutralised with a leading single quote (OWASP's advice against CSV injection).
 */
class CsvListWriter
{
public:
    enum class Encoding
    {
        Utf8WithBom, ///< for Excel
        Utf8,
    };

    CsvListWriter(QIODevice &out, Encoding encoding);
    /// @p literal[i] true: the cell is a number and needs no neutralising.
    void writeRow(const QStringList &cells, const QList<bool> &numeric = {});

    static QString neutralised(const QString &cell);
    static QString quoted(const QString &cell);

private:
    QIODevice &m_out;
};

} // namespace AllianceDesk
