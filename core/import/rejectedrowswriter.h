#pragma once

#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

/// Writes rejected rows as a UTF-8 CSV file (with BOM, for Excel): line, column, reason, then the row as read.
class RejectedRowsWriter
{
public:
    /// Does nothing when @p path is empty.
    RejectedRowsWriter(const QString &path, const QStringList &headers);
    void write(qint64 line, int column, const QString &reason, const QStringList &fields);
    /// Puts the finished file in place (written under a temporary name until then).
    void close();

    static QString quote(const QString &value);

private:
    void writeRow(const QStringList &cells);
    QSaveFile m_file;
};

} // namespace AllianceDesk
