#include "reportrenderer.h"

#include "literaltext.h"
#include "util/operationcancelled.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportRenderer", text);
}

constexpr qreal unitsPerPoint = ReportRenderer::unitsPerInch / 72.0;
constexpr qreal cellPaddingX = 3 * unitsPerPoint;
constexpr qreal cellPaddingY = 2 * unitsPerPoint;
constexpr qreal blockGap = 8 * unitsPerPoint;
constexpr int progressStep = 256;

const QColor ruleColor(0xB0, 0xB0, 0xB0);
const QColor headerFill(0xE4, 0xE8, 0xEE);
const QColor groupFill(0xF2, 0xF4, 0xF7);

void cancelled()
{
    throw OperationCancelled(tr("The report was cancelled; no file was written."));
}

/// Lays @p text out in lines of @p width; returns the height.
qreal layoutLines(QTextLayout &layout, qreal width)
{
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

void prepare(QTextLayout &layout, const QString &text, const QFont &font, Qt::Alignment alignment)
{
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    const Qt::LayoutDirection direction = LiteralText::direction(text);
    option.setTextDirection(direction);
    if (!(alignment & Qt::AlignHorizontal_Mask))
        alignment |= direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    option.setAlignment(alignment | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
}

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument &document)
    : m_document(document)
{
    const QSizeF inches = QPageSize(document.parameters.pageSize).size(QPageSize::Inch);
    m_pageSize = inches * unitsPerInch;
    m_margin = 15 / 25.4 * unitsPerInch;
    m_body = font(8.5);
    m_bold = font(8.5, true);
    m_small = font(7.5);
    m_heading = font(11, true);
    m_title = font(15, true);
}

QStringList ReportRenderer::fontFamilies()
{
    // Noto Sans Arabic, not Nastaliq (pdftotext extracts nothing from it) nor fontconfig's default Kufi (it breaks
    // the joining of Urdu letters): Noto Sans Arabic is shaped and joined, and extracts exactly.
    return {u"Noto Sans"_s,          u"Noto Sans Arabic"_s,   u"Noto Sans Devanagari"_s,
            u"Noto Sans Georgian"_s, u"Noto Sans Armenian"_s, u"Noto Sans Hebrew"_s};
}

QFont ReportRenderer::font(qreal points, bool bold) const
{
    QFont result;
    result.setFamilies(fontFamilies());
    // Pixel sizes in units and no hinting: the same metrics on paper, in the PDF and in the preview.
    result.setPixelSize(qRound(points * unitsPerPoint));
    result.setHintingPreference(QFont::PreferNoHinting);
    result.setBold(bold);
    // A letter spacing (too small to see) makes Qt leave out the optional Latin ligatures (ff, fi, ffi), so that
    // "office" is extracted from the PDF as "office"; scripts that need their ligatures (Arabic, Devanagari) keep them.
    result.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32);
    return result;
}

QList<qreal> ReportRenderer::columnWidths(const ReportTable &table) const
{
    if (const auto cached = m_columnWidths.constFind(&table); cached != m_columnWidths.constEnd())
        return *cached;
    const qreal available = m_pageSize.width() - 2 * m_margin;
    qreal total = 0;
    for (const ReportTable::Column &column : table.columns)
        total += column.weight;
    QList<qreal> widths;
    for (const ReportTable::Column &column : table.columns)
        widths << available * column.weight / (total > 0 ? total : 1);

    // A column whose values are never broken (a phone number, an email) is as wide as its widest value, up to two
    // fifths of the page (a longer value breaks where it must); the other columns share what is left by weight.
    const QFontMetricsF metrics(m_body);
    qreal kept = 0;
    qreal otherWeights = 0;
    for (int column = 0; column < table.columns.size(); ++column) {
        if (!table.columns.at(column).keepWhole) {
            otherWeights += table.columns.at(column).weight;
            continue;
        }
        qreal widest = 0;
        for (const ReportTable::Row &row : table.rows) {
            if (row.kind != ReportTable::RowKind::Group)
                widest = std::max(widest, metrics.horizontalAdvance(LiteralText::clean(row.cells.value(column))));
        }
        widths[column] = std::clamp(widest + 2 * cellPaddingX + unitsPerPoint, widths.at(column),
                                    std::max(widths.at(column), available * 2 / 5));
        kept += widths.at(column);
    }
    if (kept > 0 && otherWeights > 0) {
        for (int column = 0; column < table.columns.size(); ++column) {
            if (!table.columns.at(column).keepWhole)
                widths[column] = std::max(available - kept, 0.0) * table.columns.at(column).weight / otherWeights;
        }
    }
    m_columnWidths.insert(&table, widths);
    return widths;
}

qreal ReportRenderer::textHeight(const QString &text, const QFont &font, qreal width) const
{
    QTextLayout layout;
    prepare(layout, LiteralText::clean(text, true), font, {});
    return layoutLines(layout, width);
}

qreal ReportRenderer::drawText(QPainter &painter, const QString &text, const QFont &font, const QRectF &rect,
                               Qt::Alignment alignment, const QRectF &band) const
{
    QTextLayout layout;
    prepare(layout, LiteralText::clean(text, true), font, alignment);
    const qreal height = layoutLines(layout, rect.width());
    if (band.isNull()) {
        layout.draw(&painter, rect.topLeft());
        return height;
    }
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const qreal middle = rect.top() + line.y() + line.height() / 2;
        if (middle >= band.top() && middle < band.bottom())
            line.draw(&painter, rect.topLeft());
    }
    return height;
}

qreal ReportRenderer::rowHeight(const ReportTable &table, const QList<qreal> &widths, int row) const
{
    const ReportTable::Row &data = table.rows.at(row);
    if (data.kind == ReportTable::RowKind::Group) {
        const qreal width = m_pageSize.width() - 2 * m_margin - 2 * cellPaddingX;
        return textHeight(data.cells.value(0), m_bold, width) + 2 * cellPaddingY;
    }
    const QFont &font = data.kind == ReportTable::RowKind::Total ? m_bold : m_body;
    qreal height = 0;
    for (int column = 0; column < widths.size(); ++column) {
        const QString text = data.cells.value(column);
        if (!text.isEmpty())
            height = std::max(height, textHeight(text, font, widths.at(column) - 2 * cellPaddingX));
    }
    if (height == 0)
        height = textHeight(u" "_s, font, widths.value(0, 100));
    return height + 2 * cellPaddingY;
}

qreal ReportRenderer::tableHeight(const ReportTable &table, const QList<qreal> &widths) const
{
    qreal height = 0;
    for (int row = 0; row < table.rows.size(); ++row)
        height += rowHeight(table, widths, row);
    return height;
}

qreal ReportRenderer::headerRowHeight(const ReportTable &table, const QList<qreal> &widths) const
{
    qreal height = 0;
    for (int column = 0; column < widths.size(); ++column)
        height =
            std::max(height, textHeight(table.columns.at(column).title, m_bold, widths.at(column) - 2 * cellPaddingX));
    return height + 2 * cellPaddingY;
}

QStringList ReportRenderer::frameTexts() const
{
    return QStringList{m_document.title, m_document.allianceName} + m_document.parameterLines;
}

const QFont &ReportRenderer::frameFont(int index) const
{
    return index == 0 ? m_title : index == 1 ? m_body : m_small;
}

ReportRenderer::Spans ReportRenderer::lineSpans(const QString &text, const QFont &font, qreal width, qreal top) const
{
    QTextLayout layout;
    prepare(layout, LiteralText::clean(text, true), font, {});
    layoutLines(layout, width);
    Spans spans;
    for (int line = 0; line < layout.lineCount(); ++line) {
        const QTextLine textLine = layout.lineAt(line);
        spans.append({top + textLine.y(), top + textLine.y() + textLine.height()});
    }
    return spans;
}

ReportRenderer::Spans ReportRenderer::rowSpans(const ReportTable &table, const QList<qreal> &widths, int row) const
{
    const ReportTable::Row &data = table.rows.at(row);
    if (data.kind == ReportTable::RowKind::Group)
        return lineSpans(data.cells.value(0), m_bold, m_pageSize.width() - 2 * m_margin - 2 * cellPaddingX,
                         cellPaddingY);
    const QFont &font = data.kind == ReportTable::RowKind::Total ? m_bold : m_body;
    Spans spans;
    for (int column = 0; column < widths.size(); ++column)
        spans += lineSpans(data.cells.value(column), font, widths.at(column) - 2 * cellPaddingX, cellPaddingY);
    return spans;
}

namespace {

/// Where to end a slice of something taller than a page: the lowest point at or above @p limit (and below @p from)
/// that cuts through no line of @p spans; @p limit itself when every point does (a line taller than the page).
qreal cleanCut(const QList<QPair<qreal, qreal>> &spans, qreal from, qreal limit)
{
    QList<qreal> candidates{limit};
    for (const auto &span : spans) {
        if (span.second > from && span.second <= limit)
            candidates.append(span.second);
        if (span.first > from && span.first <= limit)
            candidates.append(span.first);
    }
    std::sort(candidates.begin(), candidates.end(), std::greater<>());
    for (const qreal cut : candidates) {
        const bool clean = std::none_of(spans.begin(), spans.end(),
                                        [cut](const auto &span) { return span.first < cut && cut < span.second; });
        if (clean && cut > from)
            return cut;
    }
    return limit;
}

} // namespace

void ReportRenderer::layout(const Progress &progress)
{
    m_pages.clear();
    m_columnWidths.clear();
    const qreal contentWidth = m_pageSize.width() - 2 * m_margin;

    // The page frame: title, alliance, parameters and date made above; a rule and "page X of Y" below. They hold
    // names from the data: when they would take more than a quarter of every page, each shows one line there, and
    // the whole of them opens the first page.
    const qreal footer = textHeight(u"0"_s, m_small, contentWidth) + 6 * unitsPerPoint;
    const auto frameHeight = [&] {
        qreal height = 0;
        const QStringList texts = frameTexts();
        for (int i = 0; i < texts.size(); ++i) {
            height += m_compactFrame ? textHeight(u"0"_s, frameFont(i), contentWidth)
                                     : textHeight(texts.at(i), frameFont(i), contentWidth);
        }
        return height + textHeight(u"0"_s, m_small, contentWidth) + 10 * unitsPerPoint;
    };
    m_compactFrame = false;
    if (frameHeight() > (m_pageSize.height() - 2 * m_margin - footer) / 4)
        m_compactFrame = true;
    m_contentTop = m_margin + frameHeight();
    m_contentBottom = m_pageSize.height() - m_margin - footer;
    const qreal area = m_contentBottom - m_contentTop;

    const qsizetype total = m_document.rowCount();
    qsizetype done = 0;
    auto report = [&] {
        if (++done % progressStep == 0 && progress && !progress(done, total))
            cancelled();
    };

    m_pages.append(Page());
    qreal y = m_contentTop;
    std::function<void()> onNewPage; // what a table repeats at the top of a page it continues on
    auto newPage = [&] {
        m_pages.append(Page());
        y = m_contentTop;
        if (onNewPage)
            onNewPage();
    };
    auto place = [&](Piece::Kind kind, int block, int index, qreal height) {
        m_pages.last().append(Piece{kind, block, index, y, height});
        y += height;
    };
    auto fits = [&](qreal height) { return y + height <= m_contentBottom || y == m_contentTop; };
    // Something taller than what is left of the page goes on in slices, each ending between lines where it can.
    auto placeSliced = [&](Piece::Kind kind, int block, int index, qreal height, const Spans &spans) {
        qreal offset = 0;
        while (height - offset > m_contentBottom - y) {
            const qreal cut = cleanCut(spans, offset, offset + (m_contentBottom - y));
            if (cut <= offset) { // nothing of it fits in what is left: start on a new page
                newPage();
                continue;
            }
            m_pages.last().append(Piece{kind, block, index, y, cut - offset, offset, height});
            offset = cut;
            newPage();
        }
        m_pages.last().append(Piece{kind, block, index, y, height - offset, offset, offset > 0 ? height : 0});
        y += height - offset;
    };
    auto placeLines = [&](int block, const QString &text) {
        QTextLayout layout;
        prepare(layout, LiteralText::clean(text, true), m_body, {});
        layoutLines(layout, contentWidth);
        for (int line = 0; line < layout.lineCount(); ++line) {
            const qreal height = layout.lineAt(line).height();
            if (!fits(height))
                newPage();
            place(Piece::Kind::ParagraphLine, block, line, std::min(height, area));
        }
        y += blockGap / 2;
    };

    if (m_compactFrame) {
        const QStringList texts = frameTexts();
        for (int i = 0; i < texts.size(); ++i)
            placeLines(-1 - i, texts.at(i));
    }

    const QList<ReportDocument::Block> &blocks = m_document.blocks();
    for (int b = 0; b < blocks.size(); ++b) {
        const ReportDocument::Block &block = blocks.at(b);
        switch (block.kind) {
        case ReportDocument::Block::Kind::Heading: {
            const qreal height = textHeight(block.text, m_heading, contentWidth) + 3 * unitsPerPoint;
            // Keep a heading with the start of what follows it.
            qreal next = 0;
            if (b + 1 < blocks.size()) {
                const ReportDocument::Block &following = blocks.at(b + 1);
                if (following.kind == ReportDocument::Block::Kind::Table && !following.table.rows.isEmpty()) {
                    const ReportTable &table = following.table;
                    const QList<qreal> widths = columnWidths(table);
                    const qreal header = table.showHeader ? headerRowHeight(table, widths) : 0;
                    // What the table needs on the heading's page: all of it when it is kept together (and can be),
                    // else its first row — with the row after it when that first row is a group heading.
                    next = rowHeight(table, widths, 0);
                    if (table.rows.size() > 1 && table.rows.at(0).kind == ReportTable::RowKind::Group)
                        next += rowHeight(table, widths, 1);
                    if (table.keepTogether && tableHeight(table, widths) + header <= area)
                        next = tableHeight(table, widths);
                    next += header;
                } else if (following.kind == ReportDocument::Block::Kind::Paragraph) {
                    const Spans lines = lineSpans(following.text, m_body, contentWidth, 0);
                    next = lines.isEmpty() ? 0 : lines.first().second - lines.first().first;
                }
            }
            if (!fits(height + next) && height + next <= area)
                newPage();
            if (height > m_contentBottom - y)
                placeSliced(Piece::Kind::Heading, b, 0, height, lineSpans(block.text, m_heading, contentWidth, 0));
            else
                place(Piece::Kind::Heading, b, 0, height);
            report();
            break;
        }
        case ReportDocument::Block::Kind::Paragraph:
            placeLines(b, block.text);
            report();
            break;
        case ReportDocument::Block::Kind::Table: {
            const ReportTable &table = block.table;
            const QList<qreal> widths = columnWidths(table);
            const qreal headerHeight = table.showHeader ? headerRowHeight(table, widths) : 0;
            // What a page it continues on repeats: the header row and the group it is in, when they leave room.
            int group = -1;
            bool started = false;
            onNewPage = [&] {
                if (!started)
                    return;
                if (table.showHeader && headerHeight <= area / 4)
                    place(Piece::Kind::TableHeader, b, 0, headerHeight);
                if (group >= 0) {
                    const qreal height = rowHeight(table, widths, group);
                    if (height <= area / 4)
                        place(Piece::Kind::GroupContinued, b, group, height);
                }
            };
            if (table.keepTogether) {
                const qreal height = tableHeight(table, widths) + headerHeight;
                if (!fits(height) && height <= area)
                    newPage();
            }
            for (int row = 0; row < table.rows.size(); ++row) {
                const bool isGroup = table.rows.at(row).kind == ReportTable::RowKind::Group;
                const qreal height = rowHeight(table, widths, row);
                qreal needed = height;
                if (isGroup && row + 1 < table.rows.size())
                    needed += rowHeight(table, widths, row + 1); // a group heading never ends a page
                if (row == 0 && table.showHeader)
                    needed += headerHeight;
                if (isGroup)
                    group = -1; // a new group is not "continued" on the page it starts
                if (!fits(needed) && needed <= area)
                    newPage();
                if (row == 0 && table.showHeader) {
                    if (!fits(headerHeight))
                        newPage();
                    place(Piece::Kind::TableHeader, b, 0, headerHeight);
                }
                started = true;
                if (height > m_contentBottom - y)
                    placeSliced(Piece::Kind::TableRow, b, row, height, rowSpans(table, widths, row));
                else
                    place(Piece::Kind::TableRow, b, row, height);
                if (isGroup)
                    group = row;
                report();
            }
            if (table.rows.isEmpty() && table.showHeader) {
                if (!fits(headerHeight))
                    newPage();
                place(Piece::Kind::TableHeader, b, 0, headerHeight);
            }
            onNewPage = nullptr;
            y += blockGap;
            break;
        }
        }
    }
    if (progress && !progress(total, total))
        cancelled();
}

QRectF ReportRenderer::contentArea() const
{
    return QRectF(m_margin, m_contentTop, m_pageSize.width() - 2 * m_margin, m_contentBottom - m_contentTop);
}

void ReportRenderer::drawRow(QPainter &painter, const ReportTable &table, const QList<qreal> &widths,
                             const QStringList &cells, ReportTable::RowKind kind, bool header, qreal y, qreal height,
                             const QRectF &band) const
{
    const qreal width = m_pageSize.width() - 2 * m_margin;
    const QRectF rowRect(m_margin, y, width, height);
    if (header)
        painter.fillRect(rowRect, headerFill);
    else if (kind == ReportTable::RowKind::Group)
        painter.fillRect(rowRect, groupFill);

    if (!header && kind == ReportTable::RowKind::Group) {
        drawText(painter, cells.value(0), m_bold,
                 rowRect.adjusted(cellPaddingX, cellPaddingY, -cellPaddingX, -cellPaddingY), {}, band);
    } else {
        const QFont &font = header || kind == ReportTable::RowKind::Total ? m_bold : m_body;
        qreal x = m_margin;
        for (int column = 0; column < widths.size(); ++column) {
            const QRectF cell(x + cellPaddingX, y + cellPaddingY, widths.at(column) - 2 * cellPaddingX,
                              height - 2 * cellPaddingY);
            const QString text = cells.value(column);
            if (!text.isEmpty()) {
                const bool numeric = table.columns.at(column).numeric;
                drawText(painter, text, font, cell, numeric ? Qt::AlignRight : Qt::Alignment(), band);
            }
            x += widths.at(column);
        }
    }
    QPen pen(ruleColor);
    pen.setWidthF(kind == ReportTable::RowKind::Total || header ? unitsPerPoint * 0.8 : unitsPerPoint * 0.3);
    painter.setPen(pen);
    if (kind == ReportTable::RowKind::Total)
        painter.drawLine(QPointF(m_margin, y), QPointF(m_margin + width, y));
    painter.drawLine(QPointF(m_margin, y + height), QPointF(m_margin + width, y + height));
    painter.setPen(Qt::black);
}

void ReportRenderer::paintFrame(QPainter &painter, int page) const
{
    const qreal width = m_pageSize.width() - 2 * m_margin;
    qreal y = m_margin;
    const QStringList texts = frameTexts();
    for (int i = 0; i < texts.size(); ++i) {
        QString text = texts.at(i);
        if (m_compactFrame) {
            // One line: the whole text opens the first page.
            text = QFontMetricsF(frameFont(i)).elidedText(LiteralText::clean(text).simplified(), Qt::ElideRight, width);
        }
        y += drawText(painter, text, frameFont(i), QRectF(m_margin, y, width, 0));
    }
    y += drawText(painter, tr("Made %1").arg(m_document.made.toString(u"yyyy-MM-dd HH:mm"_s)), m_small,
                  QRectF(m_margin, y, width, 0));
    QPen pen(Qt::black);
    pen.setWidthF(unitsPerPoint * 0.8);
    painter.setPen(pen);
    const qreal ruleY = m_contentTop - 5 * unitsPerPoint;
    painter.drawLine(QPointF(m_margin, ruleY), QPointF(m_margin + width, ruleY));

    const qreal footerY = m_contentBottom + 3 * unitsPerPoint;
    pen.setWidthF(unitsPerPoint * 0.3);
    painter.setPen(pen);
    painter.drawLine(QPointF(m_margin, footerY), QPointF(m_margin + width, footerY));
    painter.setPen(Qt::black);
    const QRectF footer(m_margin, footerY + 2 * unitsPerPoint, width, 0);
    drawText(painter, m_document.title, m_small, footer, Qt::AlignLeft);
    drawText(painter, tr("Page %1 of %2").arg(page + 1).arg(pageCount()), m_small, footer, Qt::AlignRight);
}

void ReportRenderer::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter.save();
    painter.setPen(Qt::black);
    paintFrame(painter, page);
    const qreal width = m_pageSize.width() - 2 * m_margin;
    const QList<ReportDocument::Block> &blocks = m_document.blocks();
    const QStringList texts = frameTexts();
    // A paragraph's lines on this page are drawn from one layout of it (a long one would be laid out per line).
    QTextLayout paragraph;
    int paragraphBlock = std::numeric_limits<int>::min();
    for (const Piece &piece : m_pages.at(page)) {
        if (piece.kind == Piece::Kind::ParagraphLine) {
            if (piece.block != paragraphBlock) {
                const QString &text = piece.block >= 0 ? blocks.at(piece.block).text : texts.at(-1 - piece.block);
                prepare(paragraph, LiteralText::clean(text, true), m_body, {});
                layoutLines(paragraph, width);
                paragraphBlock = piece.block;
            }
            const QTextLine line = paragraph.lineAt(piece.index);
            line.draw(&painter, QPointF(m_margin, piece.y - line.y()));
            continue;
        }
        const ReportDocument::Block &block = blocks.at(piece.block);
        // A slice of something taller than a page: drawn whole, moved up by what earlier pages showed, clipped.
        const bool slice = piece.whole > 0;
        const qreal y = piece.y - piece.offset;
        const qreal height = slice ? piece.whole : piece.height;
        const QRectF band = slice ? QRectF(0, piece.y, m_pageSize.width(), piece.height) : QRectF();
        if (slice) {
            painter.save();
            painter.setClipRect(QRectF(0, piece.y, m_pageSize.width(), piece.height));
        }
        switch (piece.kind) {
        case Piece::Kind::ParagraphLine:
            break;
        case Piece::Kind::Heading:
            drawText(painter, block.text, m_heading, QRectF(m_margin, y, width, height), {}, band);
            break;
        case Piece::Kind::TableHeader: {
            const QList<qreal> widths = columnWidths(block.table);
            QStringList titles;
            for (const ReportTable::Column &column : block.table.columns)
                titles << column.title;
            drawRow(painter, block.table, widths, titles, ReportTable::RowKind::Data, true, y, height);
            break;
        }
        case Piece::Kind::TableRow: {
            const QList<qreal> widths = columnWidths(block.table);
            const ReportTable::Row &row = block.table.rows.at(piece.index);
            drawRow(painter, block.table, widths, row.cells, row.kind, false, y, height, band);
            break;
        }
        case Piece::Kind::GroupContinued: {
            const QList<qreal> widths = columnWidths(block.table);
            const QString title = tr("%1 (continued)").arg(block.table.rows.at(piece.index).cells.value(0));
            drawRow(painter, block.table, widths, {title}, ReportTable::RowKind::Group, false, y, height);
            break;
        }
        }
        if (slice)
            painter.restore();
    }
    painter.restore();
}

} // namespace AllianceDesk
