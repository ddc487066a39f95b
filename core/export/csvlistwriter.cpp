#include "csvlistwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

CsvListWriter::CsvListWriter(QIODevice &out, Encoding encoding)
    : m_out(out)
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

QString CsvListWriter::quoted(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString escaped = cell;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + escaped + u"\""_s;
}

void CsvListWriter::writeRow(const QStringList &cells, const QList<bool> &numeric)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quoted(numeric.value(i) ? cells.at(i) : neutralised(cells.at(i)));
    }
    line += u"\r\n"_s;
    m_out.write(line.toUtf8());
}

} // namespace AllianceDesk
