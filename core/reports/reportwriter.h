#pragma once

#include "reportrenderer.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace AllianceDesk {

class ReportDocument;

/// Writes a laid-out report as a PDF file (or onto a printer), with its parameters and data hash as metadata.
class ReportWriter
{
public:
    /// Percent done, 0 to 100; returns false to cancel.
    using Progress = std::function<bool(int percent)>;

    /**
     * Lays out and writes @p document to @p path; the file appears complete or not at all. Throws OperationCancelled
     * when @p progress says so and StorageError when the file cannot be written.
     */
    static void writePdf(const ReportDocument &document, const QString &path, const Progress &progress = {});
    /// Paints every page of @p renderer (laid out) onto @p device, which already has its page size.
    static void paint(const ReportRenderer &renderer, QPagedPaintDevice &device, const Progress &progress = {});
    /// The XMP packet recorded in the PDF: title, creator tool, parameters and the data's SHA-256.
    static QByteArray xmpMetadata(const ReportDocument &document);
    /// "AllianceDesk VERSION; report=...; data-sha256=..." — the PDF's Creator entry.
    static QString creator(const ReportDocument &document);
};

} // namespace AllianceDesk
