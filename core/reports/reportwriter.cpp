#include "reportwriter.h"

#include "reportdocument.h"
#include "util/operationcancelled.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportWriter", text);
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString ReportWriter::creator(const ReportDocument &document)
{
    return u"AllianceDesk %1; %2; data-sha256=%3"_s.arg(QString::fromLatin1(ALLIANCEDESK_VERSION),
                                                        document.parameters.canonical(),
                                                        QString::fromLatin1(document.dataHash));
}

QByteArray ReportWriter::xmpMetadata(const ReportDocument &document)
{
    const QString xmp =
        u"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
        "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/' "
        "xmlns:ad='https://example.org/alliancedesk/report/1.0/'>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%2</rdf:li></rdf:Alt></dc:description>\n"
        "<xmp:CreatorTool>AllianceDesk %3</xmp:CreatorTool>\n"
        "<xmp:CreateDate>%4</xmp:CreateDate>\n"
        "<pdf:Producer>AllianceDesk %3</pdf:Producer>\n"
        "<ad:Parameters>%5</ad:Parameters>\n"
        "<ad:DataSHA256>%6</ad:DataSHA256>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end='w'?>"_s.arg(
            xmlEscaped(document.title),
            xmlEscaped(document.parameters.canonical() + u"; data-sha256="_s + QString::fromLatin1(document.dataHash)),
            QString::fromLatin1(ALLIANCEDESK_VERSION), document.made.toString(Qt::ISODate),
            xmlEscaped(document.parameters.canonical()), QString::fromLatin1(document.dataHash));
    return xmp.toUtf8();
}

void ReportWriter::paint(const ReportRenderer &renderer, QPagedPaintDevice &device, const Progress &progress)
{
    QPainter painter;
    if (!painter.begin(&device))
        throw StorageError(tr("The report could not be drawn on the chosen printer or file."));
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = device.logicalDpiX() / qreal(ReportRenderer::unitsPerInch);
    painter.scale(scale, scale);
    for (int page = 0; page < renderer.pageCount(); ++page) {
        if (page > 0)
            device.newPage();
        renderer.paintPage(painter, page);
        if (progress && !progress(50 + 50 * (page + 1) / renderer.pageCount())) {
            painter.end();
            throw OperationCancelled(tr("The report was cancelled; no file was written."));
        }
    }
    painter.end();
}

void ReportWriter::writePdf(const ReportDocument &document, const QString &path, const Progress &progress)
{
    ReportRenderer renderer(document);
    renderer.layout([&progress](qsizetype done, qsizetype total) {
        return !progress || progress(total > 0 ? static_cast<int>(50 * done / total) : 50);
    });

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw StorageError(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(document.title);
        writer.setCreator(creator(document));
        writer.setDocumentXmpMetadata(xmpMetadata(document));
        writer.setPageSize(QPageSize(document.parameters.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(ReportRenderer::unitsPerInch);
        try {
            paint(renderer, writer, progress);
        } catch (...) {
            file.cancelWriting();
            throw;
        }
    }
    if (!file.commit()) {
        throw StorageError(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace AllianceDesk
