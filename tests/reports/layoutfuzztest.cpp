// The report layout against hostile values: documents of random headings, paragraphs and tables whose text mixes
// scripts and directions, bidi controls, combining marks, zero-width characters, lone surrogates, control characters,
// emoji and very long unbroken runs (emails, phone numbers, pasted notes), on random paper. Every document must be laid
// out and written without an exception, every piece of every page must lie inside the content area without
// overlapping the one before, every row of every table must be shown whole (on one page or in consecutive slices), and
// the PDF must be readable by poppler with the page count the layout gave. Not coverage-guided: seeded and repeatable.
// ALLIANCEDESK_LAYOUT_FUZZ_RUNS sets the number of documents (default 12 in the suite), ALLIANCEDESK_LAYOUT_FUZZ_SEED
// the first seed.

#include "reports/reportdocument.h"
#include "reports/reportrenderer.h"
#include "reports/reportwriter.h"
#include "reporttestsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

const QStringList words = {
    u"Rozan"_s,
    u"Shirakat"_s,
    u"Œuvre"_s,
    u"Réseau"_s,
    u"پاکستان"_s,
    u"سول"_s,
    u"سوسائٹی"_s,
    u"Союз"_s,
    u"гражданских"_s,
    u"समूह"_s,
    u"पुरुष"_s,
    u"ქსელი"_s,
    u"Հայաստան"_s,
    u"שלום"_s,
    u"office.lff@example.org"_s,
    u"+92 58 1155 0105"_s,
    u"+925811550105"_s,
    u"1,400"_s,
    u"2026-11-28"_s,
    u"👨‍👩‍👧‍👦"_s,
    u"中文"_s,
};

/// Column titles are the application's words, in the languages it speaks.
const QStringList columnTitles = {
    u"Name"_s,        u"Country"_s, u"Email"_s, u"Phone"_s,  u"Joined"_s,          u"Status"_s,
    u"Men reached"_s, u"نام"_s,     u"ملک"_s,   u"Страна"_s, u"Дата вступления"_s, u"सदस्य"_s,
};

/// One hostile character or short sequence.
QString oddity(QRandomGenerator &random)
{
    static const QList<char16_t> controls = {
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
        0x200B, 0x200C, 0x200D, 0x00A0, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x0000, 0x0009, 0x000A,
        0x000D, 0x0301, 0x0651, 0x094D, 0xD800, 0xDC00, 0x061C, 0x00AD, 0x2060, 0x3000,
    };
    switch (random.bounded(4)) {
    case 0:
        return QString(QChar(controls.at(random.bounded(controls.size()))));
    case 1: // a stack of combining marks
        return u"e"_s + QString(1 + random.bounded(40), QChar(0x0301 + random.bounded(0x30)));
    case 2: // any code unit of the Basic Multilingual Plane
        return QString(QChar(char16_t(random.bounded(0x10000))));
    default: // a character outside it
        return QString::fromUcs4(std::u32string(1, char32_t(0x10000 + random.bounded(0x100000))).data(), 1);
    }
}

/// A long run with no place to break but anywhere: an email, a phone number, a pasted token.
QString unbroken(QRandomGenerator &random)
{
    const int length = 20 + random.bounded(random.bounded(30) == 0 ? 4000 : 200);
    QString run;
    const QString alphabet =
        random.bounded(2) ? u"abcdefghijklmnopqrstuvwxyz0123456789.@-_"_s : u"پاکستانسولسوسائٹیСоюзгражданских"_s;
    for (int i = 0; i < length; ++i)
        run += alphabet.at(random.bounded(alphabet.size()));
    return run;
}

QString value(QRandomGenerator &random)
{
    if (random.bounded(10) == 0)
        return {};
    QString text;
    const int parts = 1 + random.bounded(random.bounded(20) == 0 ? 300 : 8);
    for (int i = 0; i < parts; ++i) {
        switch (random.bounded(10)) {
        case 0:
        case 1:
            text += oddity(random);
            break;
        case 2:
            text += unbroken(random);
            break;
        default:
            text += words.at(random.bounded(words.size()));
            break;
        }
        if (random.bounded(3))
            text += u' ';
    }
    return text;
}

ReportDocument hostileDocument(QRandomGenerator &random)
{
    ReportDocument document;
    static const QList<QPageSize::PageSizeId> papers = {QPageSize::A4, QPageSize::Letter, QPageSize::A5,
                                                        QPageSize::Legal};
    document.parameters.pageSize = papers.at(random.bounded(papers.size()));
    // The titles are the application's own words, sometimes with a name from the data in them.
    document.title = random.bounded(4) ? u"Member directory"_s : u"Network profile — "_s + value(random);
    document.allianceName = value(random);
    for (int i = random.bounded(5); i > 0; --i)
        document.parameterLines << value(random);
    document.made = QDateTime(QDate(2026, 12, 3), QTime(10, 0));
    for (int b = 1 + random.bounded(6); b > 0; --b) {
        switch (random.bounded(3)) {
        case 0:
            document.addHeading(value(random));
            break;
        case 1:
            document.addParagraph(value(random));
            break;
        default: {
            ReportTable table;
            const int columns = 1 + random.bounded(7);
            for (int c = 0; c < columns; ++c)
                table.columns.append({columnTitles.at(random.bounded(columnTitles.size())),
                                      0.6 + random.bounded(25) / 10.0, random.bounded(4) == 0});
            table.showHeader = random.bounded(5) != 0;
            table.keepTogether = random.bounded(6) == 0;
            for (int r = random.bounded(random.bounded(5) == 0 ? 80 : 25); r > 0; --r) {
                switch (random.bounded(8)) {
                case 0:
                    table.addGroup(value(random));
                    break;
                case 1: {
                    QStringList cells;
                    for (int c = 0; c < columns; ++c)
                        cells << value(random);
                    table.addTotal(cells);
                    break;
                }
                default: {
                    QStringList cells;
                    for (int c = random.bounded(columns + 2); c > 0; --c) // too few or too many cells, too
                        cells << value(random);
                    table.addRow(cells);
                    break;
                }
                }
            }
            document.addTable(std::move(table));
            break;
        }
        }
    }
    return document;
}

/// What is wrong with the layout, in words; empty when nothing is.
QString layoutProblem(const ReportDocument &document, const ReportRenderer &renderer)
{
    const QRectF area = renderer.contentArea();
    constexpr qreal slack = 0.01;
    if (renderer.pageCount() < 1)
        return u"no pages"_s;
    if (area.height() <= 0)
        return u"the page frame leaves no room for content"_s;
    // Every table row shown whole: its slices add up to its height, on consecutive pages, in order.
    std::map<std::pair<int, int>, qreal> shown;
    std::map<std::pair<int, int>, int> lastPage;
    for (int page = 0; page < renderer.pageCount(); ++page) {
        qreal bottom = area.top();
        for (const ReportRenderer::Piece &piece : renderer.pieces(page)) {
            const QString where = u"page %1, block %2, index %3"_s.arg(page + 1).arg(piece.block).arg(piece.index);
            if (piece.y < bottom - slack)
                return u"%1 overlaps the piece above it"_s.arg(where);
            if (piece.y + piece.height > area.bottom() + slack)
                return u"%1 runs %2 units past the content area"_s.arg(where).arg(piece.y + piece.height -
                                                                                  area.bottom());
            bottom = piece.y + piece.height;
            if (piece.kind == ReportRenderer::Piece::Kind::TableRow) {
                const auto key = std::pair(piece.block, piece.index);
                if (lastPage.count(key) && lastPage[key] != page - 1)
                    return u"%1: a row continued on a page that does not follow"_s.arg(where);
                lastPage[key] = page;
                shown[key] += piece.height;
            }
        }
    }
    const QList<ReportDocument::Block> &blocks = document.blocks();
    // A heading is never left at the foot of a page, away from what it heads.
    for (int page = 0; page + 1 < renderer.pageCount(); ++page) {
        const ReportRenderer::Piece &last = renderer.pieces(page).constLast();
        if (last.kind == ReportRenderer::Piece::Kind::Heading && last.whole == 0 && last.height < area.height() / 4 &&
            last.block + 1 < blocks.size() && !renderer.pieces(page + 1).isEmpty() &&
            renderer.pieces(page + 1).constFirst().block == last.block + 1)
            return u"page %1 ends with the heading of block %2, its content on the next page"_s.arg(page + 1).arg(
                last.block);
    }
    for (int b = 0; b < blocks.size(); ++b) {
        for (int row = 0; row < blocks.at(b).table.rows.size(); ++row) {
            if (!shown.count({b, row}))
                return u"block %1, row %2 is on no page"_s.arg(b).arg(row);
        }
    }
    return {};
}

} // namespace

namespace {

/// Lays out and writes the documents of seeds @p firstSeed to @p firstSeed + @p runs - 1, checking each; returns
/// the pages made.
int checkSeeds(quint32 firstSeed, int runs)
{
    QTemporaryDir dir;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        const quint32 seed = firstSeed + quint32(run);
        INFO("seed " << seed << " (ALLIANCEDESK_LAYOUT_FUZZ_SEED=" << seed << " ALLIANCEDESK_LAYOUT_FUZZ_RUNS=1)");
        QRandomGenerator random(seed);
        const ReportDocument document = hostileDocument(random);
        ReportRenderer renderer(document);
        renderer.layout();
        const QString problem = layoutProblem(document, renderer);
        CHECK(problem == QString());
        pages += renderer.pageCount();

        const QString pdf = QDir(dir.path()).filePath(u"hostile-%1.pdf"_s.arg(seed));
        ReportWriter::writePdf(document, pdf);
        // poppler reads it, with the pages the layout made.
        const QString info = QString::fromUtf8(Test::runTool(u"pdfinfo"_s, {pdf}));
        static const QRegularExpression pagesLine(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = pagesLine.match(info);
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1).toInt() == renderer.pageCount());
        QFile::remove(pdf);
    }
    return pages;
}

} // namespace

TEST_CASE("Reports of hostile values are laid out inside their pages, every row whole — never a crash",
          "[reports][fuzz]")
{
    const int runs = qEnvironmentVariableIsSet("ALLIANCEDESK_LAYOUT_FUZZ_RUNS")
                         ? qEnvironmentVariableIntValue("ALLIANCEDESK_LAYOUT_FUZZ_RUNS")
                         : 12;
    const quint32 firstSeed = qEnvironmentVariableIsSet("ALLIANCEDESK_LAYOUT_FUZZ_SEED")
                                  ? quint32(qEnvironmentVariableIntValue("ALLIANCEDESK_LAYOUT_FUZZ_SEED"))
                                  : 1;
    const int pages = checkSeeds(firstSeed, runs);
    WARN("layout fuzzer: " << runs << " documents, " << pages << " pages, seeds " << firstSeed << "–"
                           << firstSeed + quint32(runs) - 1);
}

TEST_CASE("The documents the layout fuzzer found a fault in are laid out right", "[reports]")
{
    // Seed 23: a heading left at the foot of a page, the table it heads (opening with a group heading) on the next.
    checkSeeds(23, 1);
}

TEST_CASE("A row taller than a page goes on over the next pages, cut between lines, and loses no text", "[reports]")
{
    // Found by the layout fuzzer: such a row was drawn past the bottom of its page, over the footer and off the paper.
    ReportDocument document;
    document.title = u"Member directory"_s;
    document.allianceName = u"MenEngage Alliance"_s;
    document.made = QDateTime(QDate(2026, 12, 3), QTime(10, 0));
    ReportTable table;
    table.columns = {{u"Name"_s, 1, false}, {u"Notes"_s, 3, false}};
    QStringList notes;
    for (int i = 1; i <= 1500; ++i)
        notes << u"note%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    table.addRow({u"Rozan"_s, notes.join(u' ')});
    table.addRow({u"Shirakat"_s, u"after the long row"_s});
    document.addTable(table);

    ReportRenderer renderer(document);
    renderer.layout();
    REQUIRE(renderer.pageCount() >= 2);
    const QRectF area = renderer.contentArea();
    int slices = 0;
    for (int page = 0; page < renderer.pageCount(); ++page) {
        for (const ReportRenderer::Piece &piece : renderer.pieces(page)) {
            CHECK(piece.y + piece.height <= area.bottom() + 0.01);
            if (piece.kind == ReportRenderer::Piece::Kind::TableRow && piece.index == 0)
                ++slices;
        }
    }
    CHECK(slices >= 2); // the long row is cut, not pushed off its page

    QTemporaryDir dir;
    // ALLIANCEDESK_LAYOUT_KEEP=DIR keeps the PDF there, to look at.
    const QString keep = qEnvironmentVariable("ALLIANCEDESK_LAYOUT_KEEP");
    const QString pdf = QDir(keep.isEmpty() ? dir.path() : keep).filePath(u"long-row.pdf"_s);
    ReportWriter::writePdf(document, pdf);
    const QStringList pages = Test::pdfPages(pdf);
    REQUIRE(pages.size() == renderer.pageCount());
    // Every note is on a page, once: no line was cut in two or lost at a page's end.
    const QString text = pages.join(u'\n');
    for (const QString &note : std::as_const(notes))
        CHECK(text.count(note) == 1);
    CHECK(pages.last().contains(u"after the long row"_s));
    // The header row is repeated on the page the row goes on to.
    CHECK(pages.at(1).contains(u"Notes"_s));
}
