#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace AllianceDesk {

/**
 * Writes one worksheet of an XLSX workbook with libxlsxwriter, row by row in constant memory. Text is always
 * written as text cells (never as formulas), numbers as numbers. The workbook is written to a temporary file
 * beside @p path and renamed over it by finish(): the file appears complete or not at all. Each column is made as
 * wide as its title and its longest value (within columnWidth()'s bounds), so that the file opens readable.
 */
class XlsxListWriter
{
public:
    XlsxListWriter(const QString &path, const QString &sheetName);
    ~XlsxListWriter();
    XlsxListWriter(const XlsxListWriter &) = delete;
    XlsxListWriter &operator=(const XlsxListWriter &) = delete;

    void writeHeader(const QStringList &titles);
    /// A null value leaves the cell empty; @p numeric[i] true writes the value as a number.
    void writeRow(const QVariantList &values, const QList<bool> &numeric);
    void finish();

    /// The width (in Excel's character units) of a column whose widest text is @p characters wide: a margin of two,
    /// at least 8 (Excel's default), at most 60 (longer text wraps or runs on; an email or phone number fits).
    static double columnWidth(double characters);
    /// How many character widths @p text takes in its widest line: wide East Asian characters count two, combining
    /// marks none.
    static double textWidth(const QString &text);

private:
    void widen(int column, double characters);

    QString m_path;
    QString m_temporaryPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    unsigned m_row = 0;
    QList<double> m_widths; ///< per column, the widest text so far in characters
};

} // namespace AllianceDesk
