#include "csvlistwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

CsvListWriter::CsvListWriter(QIODevice &out, Encoding encoding, QChar delimiter)
    : m_out(out)
    , m_delimiter(delimiter)
{
    if (encoding == Encoding::Utf8WithBom)
        m_out.write("\xEF\xBB\xBF");
}

QString CsvListWriter::neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u"'"_s + cell;
    return cell;
}

QString CsvListWriter::quoted(const QString &cell, QChar delimiter)
{
    if (!cell.contains(delimiter) && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString escaped = cell;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + escaped + u"\""_s;
}

void CsvListWriter::writeRow(const QStringList &cells, const QList<bool> &literal)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += quoted(literal.value(i) ? cells.at(i) : neutralised(cells.at(i)), m_delimiter);
    }
    line += u"\r\n"_s;
    m_out.write(line.toUtf8());
}

} // namespace AllianceDesk
