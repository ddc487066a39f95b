#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

/**
 * How the lines of a file read line by line (CsvDialect::byLine) were decoded: which lines were not UTF-8 and were
 * read in the other encoding. A file is mixed when it has lines of both kinds.
 */
struct LineEncodings
{
    QString other;            ///< the encoding the lines that are not UTF-8 were read in; empty when none was met
    qint64 otherCount = 0;    ///< how many lines were read in it
    QList<qint64> otherLines; ///< the first of them (1-based line numbers), at most `listed`
    QStringList otherTexts;   ///< those lines as read, without their line end (for a preview)
    bool utf8 = false;        ///< some line was UTF-8 text beyond ASCII

    static constexpr int listed = 10;

    bool mixed() const { return otherCount > 0 && utf8; }
    /// The encoding to name for the whole file: @p declared, the other one when every line beyond ASCII was in it,
    /// or "UTF-8 and windows-1252" for a mixed file.
    QString describeEncoding(const QString &declared) const;
    /// For a mixed file, which lines were read how, in a sentence ("Lines 3 and 9 are not UTF-8 text: they were
    /// read as windows-1252, the other lines as UTF-8."); empty otherwise.
    QString sentence() const;
};

} // namespace AllianceDesk
