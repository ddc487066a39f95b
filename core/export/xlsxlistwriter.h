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
 * beside @p path and renamed over it by finish(): the file appears complete or not at all.
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

private:
    QString m_path;
    QString m_temporaryPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    unsigned m_row = 0;
};

} // namespace AllianceDesk
