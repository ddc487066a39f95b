#include "xlsxlistwriter.h"

#include "util/error.h"
#include "util/filepublisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxListWriter", text);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), why);
}

/// Excel's rules for sheet names: at most 31 characters, none of []:*?/\ .
QString sheetTitle(QString name)
{
    for (const QChar c : u"[]:*?/\\"_s)
        name.replace(c, u' ');
    name = name.trimmed().left(31);
    return name.isEmpty() ? u"Sheet1"_s : name;
}
} // namespace

XlsxListWriter::XlsxListWriter(const QString &path, const QString &sheetName)
    : m_path(path)
    , m_temporaryPath(FilePublisher::temporaryPathFor(path))
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray temporary = QFile::encodeName(m_temporaryPath);
    m_workbook = workbook_new_opt(temporary.constData(), &options);
    if (!m_workbook)
        throw StorageError(cannotWrite(path, tr("the workbook could not be created")));
    m_sheet = workbook_add_worksheet(m_workbook, sheetTitle(sheetName).toUtf8().constData());
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
}

XlsxListWriter::~XlsxListWriter()
{
    if (m_workbook) {
        // Not finished: cancelled or failed. Nothing is left behind.
        workbook_close(m_workbook);
        QFile::remove(m_temporaryPath);
    }
}

void XlsxListWriter::writeHeader(const QStringList &titles)
{
    for (int column = 0; column < titles.size(); ++column) {
        worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(column), titles.at(column).toUtf8().constData(),
                               m_bold);
    }
    for (int column = 0; column < titles.size(); ++column)
        widen(column, textWidth(titles.at(column)) + 1); // bold
    worksheet_freeze_panes(m_sheet, 1, 0);
    ++m_row;
}

void XlsxListWriter::writeRow(const QVariantList &values, const QList<bool> &numeric)
{
    for (int column = 0; column < values.size(); ++column) {
        const QVariant &value = values.at(column);
        if (value.isNull())
            continue;
        const auto col = static_cast<lxw_col_t>(column);
        lxw_error error = LXW_NO_ERROR;
        const QString text = value.toString();
        widen(column, textWidth(text));
        if (numeric.value(column))
            error = worksheet_write_number(m_sheet, m_row, col, value.toDouble(), nullptr);
        else
            error = worksheet_write_string(m_sheet, m_row, col, text.toUtf8().constData(), nullptr);
        if (error != LXW_NO_ERROR)
            throw StorageError(cannotWrite(m_path, QString::fromUtf8(lxw_strerror(error))));
    }
    ++m_row;
}

void XlsxListWriter::widen(int column, double characters)
{
    if (m_widths.size() <= column)
        m_widths.resize(column + 1, 0.0);
    m_widths[column] = std::max(m_widths.at(column), characters);
}

double XlsxListWriter::columnWidth(double characters)
{
    return std::clamp(characters + 2, 8.0, 60.0);
}

double XlsxListWriter::textWidth(const QString &text)
{
    double widest = 0;
    double width = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c == U'\n') {
            widest = std::max(widest, width);
            width = 0;
            continue;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
                          (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return std::max(widest, width);
}

void XlsxListWriter::finish()
{
    // In constant-memory mode the rows are already on disk, but <cols> is written when the workbook closes: the
    // widths can come from every value.
    for (int column = 0; column < m_widths.size(); ++column) {
        const auto col = static_cast<lxw_col_t>(column);
        worksheet_set_column(m_sheet, col, col, columnWidth(m_widths.at(column)), nullptr);
    }
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_temporaryPath);
        throw StorageError(cannotWrite(m_path, QString::fromUtf8(lxw_strerror(error))));
    }
    // The user chose to replace the file: it is replaced in one step, only by the finished workbook.
    FilePublisher::publish(m_temporaryPath, m_path, FilePublisher::Existing::Replace);
}

} // namespace AllianceDesk
