#include "reporttestsupport.h"

#include "reports/literaltext.h"
#include "reports/reportbuilder.h"
#include "reports/reportwriter.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace Qt::StringLiterals;

namespace AllianceDesk::Test {

QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    INFO(program.toStdString() << " " << arguments.join(u' ').toStdString());
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

QStringList pdfPages(const QString &pdf)
{
    // Presentation forms of Arabic letters and ligatures come back to their usual letters after NFKC.
    QString text = QString::fromUtf8(runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}))
                       .normalized(QString::NormalizationForm_KC);
    QString clean;
    for (const QChar c : std::as_const(text)) {
        if (!LiteralText::isBidiControl(c.unicode()))
            clean += c;
    }
    QStringList pages = clean.split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

PdfText makeReport(QSqlDatabase db, const ReportParameters &parameters, const QString &dir)
{
    const ReportDocument document = ReportBuilder::build(db, parameters);
    const QString path = u"%1/%2.pdf"_s.arg(dir, ReportParameters::kindName(parameters.kind));
    ReportWriter::writePdf(document, path);
    PdfText result;
    result.pages = pdfPages(path);
    result.info = QString::fromUtf8(runTool(u"pdfinfo"_s, {u"-meta"_s, path}));
    result.dataHash = QString::fromLatin1(document.dataHash);
    return result;
}

} // namespace AllianceDesk::Test
