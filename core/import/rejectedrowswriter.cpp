#include "rejectedrowswriter.h"

#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

RejectedRowsWriter::RejectedRowsWriter(const QString &path, const QStringList &headers)
{
    if (path.isEmpty())
        return;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(QCoreApplication::translate("RejectedRowsWriter", "Cannot write the rejected rows to %1: %2.")
                        .arg(path, m_file.errorString()));
    m_file.write("\xEF\xBB\xBF");
    QStringList cells = {QCoreApplication::translate("RejectedRowsWriter", "line"),
                         QCoreApplication::translate("RejectedRowsWriter", "column"),
                         QCoreApplication::translate("RejectedRowsWriter", "reason")};
    cells << headers;
    writeRow(cells);
}

QString RejectedRowsWriter::quote(const QString &value)
{
    // A value that a spreadsheet would take for a formula is written as text, literally.
    if (value.contains(u'"') || value.contains(u',') || value.contains(u'\n') || value.contains(u'\r') ||
        value.startsWith(u' ') || value.endsWith(u' '))
        return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
    return value;
}

void RejectedRowsWriter::writeRow(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells)
        quoted << quote(cell);
    m_file.write((quoted.join(u',') + u"\r\n"_s).toUtf8());
}

void RejectedRowsWriter::write(qint64 line, int column, const QString &reason, const QStringList &fields)
{
    if (!m_file.isOpen())
        return;
    QStringList cells = {QString::number(line), column > 0 ? QString::number(column) : QString(), reason};
    cells << fields;
    writeRow(cells);
}

void RejectedRowsWriter::close()
{
    if (m_file.isOpen() && !m_file.commit())
        throw Error(QCoreApplication::translate("RejectedRowsWriter", "Cannot write the rejected rows to %1: %2.")
                        .arg(m_file.fileName(), m_file.errorString()));
}

} // namespace AllianceDesk
