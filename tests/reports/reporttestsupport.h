#pragma once

#include "reports/reportparameters.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace AllianceDesk::Test {

/// A made report as a reader sees it: the text pdftotext extracts, page by page, and the PDF's metadata.
struct PdfText
{
    QStringList pages; ///< pdftotext -layout per page, NFKC-normalised, bidi marks removed
    QString info;      ///< pdfinfo -meta output
    QString dataHash;
    QString all() const { return pages.join(u'\f'); }
};

/// Builds report @p parameters from @p db, writes it under @p dir and reads it back with poppler-utils.
PdfText makeReport(QSqlDatabase db, const ReportParameters &parameters, const QString &dir);
/// pdftotext of @p pdf, one entry per page.
QStringList pdfPages(const QString &pdf);
/// Output of a program (poppler-utils, unzip), or a failed test when it does not run.
QByteArray runTool(const QString &program, const QStringList &arguments);

} // namespace AllianceDesk::Test
