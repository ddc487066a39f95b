#pragma once

#include "reportdocument.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QSizeF>

#include <functional>

class QPainter;

namespace AllianceDesk {

/**
 * Lays a ReportDocument out on pages by hand and paints them with QPainter: each page gets the title, the alliance,
 * the parameters, the date made and "page X of Y", and a table continued from the page before repeats its header
 * row. Layout is one pass over the rows (linear in their number); painting a page lays out only that page's text.
 *
 * Coordinates are "units" of 1/288 inch on the chosen paper; callers scale the painter for their device.
 * Every value is drawn in its own QTextLayout with its own paragraph direction (see LiteralText).
 */
class ReportRenderer
{
public:
    static constexpr int unitsPerInch = 288;
    /// Returns false to cancel.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    explicit ReportRenderer(const ReportDocument &document);

    /// The fonts, in order: Latin, Greek and Cyrillic; Arabic script (Urdu); Devanagari; Georgian; Armenian.
    static QStringList fontFamilies();

    /// Paginates; throws OperationCancelled when @p progress says so.
    void layout(const Progress &progress = {});
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    /// The whole page, in units.
    QSizeF pageSize() const { return m_pageSize; }
    /// One thing placed on a page, from the top of the content area down.
    struct Piece
    {
        enum class Kind
        {
            Heading,
            ParagraphLine,
            TableHeader,
            TableRow,
            GroupContinued, ///< a group heading repeated at the top of a page
        };
        Kind kind;
        int block; ///< the document's block; a negative one is frame text shown in full (-1 - frameText's index)
        int index; ///< line of a paragraph, row of a table
        qreal y;
        qreal height;
        qreal offset = 0; ///< for a row or heading taller than a page: how much of it earlier pages showed
        qreal whole = 0;  ///< and its whole height (0 when it is not cut)
    };
    /// What page @p page holds, in the order it is painted (for checking the layout).
    const QList<Piece> &pieces(int page) const { return m_pages.at(page); }
    /// The part of every page between the frame's header and its footer, in units.
    QRectF contentArea() const;

    /// Paints page @p page (0-based) with the painter's coordinates in units (the page's top left at 0,0).
    void paintPage(QPainter &painter, int page) const;

private:
    using Page = QList<Piece>;

    /// The vertical extent of each line of a text, for cutting something taller than a page between lines.
    using Spans = QList<QPair<qreal, qreal>>;

    QFont font(qreal points, bool bold = false) const;
    /// The texts of the frame's header: the title, the alliance, the parameter lines.
    QStringList frameTexts() const;
    const QFont &frameFont(int index) const;
    Spans lineSpans(const QString &text, const QFont &font, qreal width, qreal top) const;
    Spans rowSpans(const ReportTable &table, const QList<qreal> &widths, int row) const;
    QList<qreal> columnWidths(const ReportTable &table) const;
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    qreal rowHeight(const ReportTable &table, const QList<qreal> &widths, int row) const;
    qreal tableHeight(const ReportTable &table, const QList<qreal> &widths) const;
    qreal headerRowHeight(const ReportTable &table, const QList<qreal> &widths) const;
    /// Draws @p text in @p rect; of a slice of something taller than a page, only the lines whose middle lies
    /// between @p band's top and bottom (so that each line is in the PDF once). Returns the whole text's height.
    qreal drawText(QPainter &painter, const QString &text, const QFont &font, const QRectF &rect,
                   Qt::Alignment alignment = {}, const QRectF &band = {}) const;
    void drawRow(QPainter &painter, const ReportTable &table, const QList<qreal> &widths, const QStringList &cells,
                 ReportTable::RowKind kind, bool header, qreal y, qreal height, const QRectF &band = {}) const;
    void paintFrame(QPainter &painter, int page) const;

    const ReportDocument &m_document;
    QSizeF m_pageSize;
    qreal m_margin = 0;
    qreal m_contentTop = 0;
    qreal m_contentBottom = 0;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QFont m_heading;
    QFont m_title;
    QList<Page> m_pages;
    /// True when the frame's texts would take too much of every page: each shows one line there, and the whole of
    /// them opens the first page.
    bool m_compactFrame = false;
    mutable QHash<const ReportTable *, QList<qreal>> m_columnWidths;
};

} // namespace AllianceDesk
