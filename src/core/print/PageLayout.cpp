#include "core/print/PageLayout.h"

#include "core/print/LineBreaker.h"
#include "core/print/TypeSet.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <numeric>

namespace fcte {
namespace {

// Kept under the context the page numbers were always translated in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PagePainter)
};

constexpr double HeaderBand = 26; // points at the top and at the foot of each page
constexpr double HeaderGap = 6;
constexpr double CellPadding = 3;
constexpr double RuleWidth = 0.5;
constexpr double TableGap = 6;
constexpr double RoundingSlack = 0.01;
const QRgb PageGrey = qRgb(0x55, 0x55, 0x55);
const QRgb HeaderShade = qRgb(0xe8, 0xe8, 0xe8);

// What a table's text asks of its columns: each column's widest word and widest line, padding
// included.
struct TableText {
    size_t columns = 0;
    std::vector<double> least;
    std::vector<double> most;
};

// How many lines the table's rows take with some column widths.
using LineCounter = std::function<int(const std::vector<double> &widths)>;

// The columns not yet settled share what is left in proportion to their text, none below its
// widest word nor past its widest line.
void shareByText(const TableText &text, double width, std::vector<bool> settled,
                 std::vector<double> &widths)
{
    for (;;) {
        double left = width;
        double wanted = 0;
        for (size_t c = 0; c < text.columns; ++c) {
            if (settled[c])
                left -= widths[c];
            else
                wanted += text.most[c];
        }
        if (wanted <= 0)
            return;
        bool clamped = false;
        for (size_t c = 0; c < text.columns; ++c) {
            const double share = left * text.most[c] / wanted;
            if (!settled[c] && (share < text.least[c] || share > text.most[c])) {
                widths[c] = std::clamp(share, text.least[c], text.most[c]);
                settled[c] = clamped = true;
            }
        }
        if (clamped)
            continue;
        for (size_t c = 0; c < text.columns; ++c)
            if (!settled[c])
                widths[c] = left * text.most[c] / wanted;
        return;
    }
}

// Column widths from their content: no word is cut, the table takes about as few lines as it
// can, and among the ways that do, the one that keeps the most columns whole (a name, a number,
// a date on one line). A column is either whole or shares the rest in proportion to its text.
std::vector<double> fitColumns(const TableText &text, double width, const LineCounter &lineCount)
{
    const size_t columns = text.columns;
    std::vector<double> widths(columns);
    const double leastTotal = std::accumulate(text.least.begin(), text.least.end(), 0.0);
    const double mostTotal = std::accumulate(text.most.begin(), text.most.end(), 0.0);
    if (leastTotal >= width) { // words are cut anyway: as evenly as their widest words allow
        for (size_t c = 0; c < columns; ++c)
            widths[c] = width * text.least[c] / leastTotal;
        return widths;
    }
    if (mostTotal <= width) {
        for (size_t c = 0; c < columns; ++c)
            widths[c] = text.most[c] * width / mostTotal;
        return widths;
    }
    // Every choice of whole columns (a table has a handful), and the rest by their text.
    struct Choice {
        int lines;
        int whole;
        std::vector<double> widths;
    };
    std::vector<Choice> choices;
    // Past eight columns (none of ours) the 2^n choices would cost more than they give: only
    // the layout by text is tried.
    const unsigned count = columns <= 8 ? 1u << columns : 1u;
    for (unsigned whole = 0; whole < count; ++whole) {
        std::vector<bool> settled(columns, false);
        Choice choice{0, 0, std::vector<double>(columns, 0)};
        double needed = 0;
        for (size_t c = 0; c < columns; ++c) {
            settled[c] = (whole >> c) & 1u;
            choice.widths[c] = settled[c] ? text.most[c] : 0;
            needed += settled[c] ? text.most[c] : text.least[c];
            choice.whole += settled[c] ? 1 : 0;
        }
        if (needed > width)
            continue;
        shareByText(text, width, settled, choice.widths);
        choice.lines = lineCount(choice.widths);
        choices.push_back(std::move(choice));
    }
    int fewest = std::numeric_limits<int>::max();
    for (const Choice &choice : choices)
        fewest = std::min(fewest, choice.lines);
    // Whole names are worth a few more lines: up to a sixth more than the fewest.
    const Choice *best = nullptr;
    for (const Choice &choice : choices) {
        if (choice.lines * 6 > fewest * 7)
            continue;
        if (!best || choice.whole > best->whole ||
            (choice.whole == best->whole && choice.lines < best->lines))
            best = &choice;
    }
    if (best)
        widths = best->widths;
    return widths;
}

void appendGlyphs(LaidOutPage &page, PlacedText &text, const Piece &piece, bool invisible)
{
    text.first = quint32(page.glyphs.size());
    text.count = quint32(piece.glyphs.size());
    text.invisible = invisible;
    for (const SpelledText &spelled : piece.spelled)
        page.spelled.push_back({text.first + spelled.first, spelled.count, spelled.text});
    page.glyphs.insert(page.glyphs.end(), piece.glyphs.begin(), piece.glyphs.end());
    page.places.insert(page.places.end(), piece.places.begin(), piece.places.end());
    page.texts.push_back(text);
}

// A colour face's glyphs are its pictures, placed where the glyphs would be; under them, the
// same number of invisible glyphs of the upright face carry the text for a reader.
void placeColorPiece(LaidOutPage &page, TypeSet &types, const Piece &piece, PlacedText text)
{
    const TypeFace &face = types.face(piece.face);
    Piece hidden = piece;
    const int upright = types.faceOf({});
    const quint16 stand = types.face(upright).glyph('o');
    const double standWidth = types.face(upright).advance(stand) * text.size;
    for (size_t g = 0; g < piece.glyphs.size(); ++g) {
        const QImage picture = face.colorPicture(piece.glyphs[g]);
        const QRectF ink = face.inkBox(piece.glyphs[g]);
        hidden.glyphs[g] = stand;
        // Ending where the emoji ends, so a reader finds no gap after it.
        hidden.places[g].x =
            float(piece.places[g].x + face.advance(piece.glyphs[g]) * text.size - standWidth);
        hidden.places[g].y = 0;
        if (picture.isNull() || ink.isEmpty())
            continue;
        const QPointF at = text.origin + QPointF(piece.places[g].x, -piece.places[g].y);
        // Drawn over by the text layer's element: the picture itself is an artifact.
        page.pictures.push_back(
            {QRectF(at.x() + ink.left() * text.size, at.y() - ink.top() * text.size,
                    ink.width() * text.size, ink.height() * text.size),
             picture, -1});
    }
    text.face = upright;
    text.slanted = false;
    appendGlyphs(page, text, hidden, true);
}

} // namespace

void placeLineOn(LaidOutPage &page, TypeSet &types, const Line &line,
                 const std::vector<TextSpan> &spans, const QPointF &origin, qint32 element)
{
    for (const Piece &piece : line.pieces) {
        const TextStyle &style = spans[piece.span].style;
        PlacedText text;
        text.element = element;
        text.origin = QPointF(origin.x() + piece.x, origin.y());
        text.size = style.size;
        text.face = piece.face;
        text.slanted = types.slanted({style.bold, style.italic}) &&
                       piece.face == types.faceOf({style.bold, style.italic});
        text.color = style.color;
        if (types.face(piece.face).isColor())
            placeColorPiece(page, types, piece, text);
        else
            appendGlyphs(page, text, piece, false);
        const double left = text.origin.x();
        const double right = left + piece.width;
        if (piece.placeholder) { // a box around the code point's digits
            const TypeFace &face = types.face(piece.face);
            const double top = origin.y() - face.ascent() * 0.85 * style.size;
            const double bottom = origin.y() + face.descent() * 0.6 * style.size;
            const double width = 0.05 * style.size;
            const double inset = 0.04 * style.size;
            for (const QLineF &side : {QLineF(left + inset, top, right - inset, top),
                                       QLineF(right - inset, top, right - inset, bottom),
                                       QLineF(right - inset, bottom, left + inset, bottom),
                                       QLineF(left + inset, bottom, left + inset, top)})
                page.lines.push_back({side, width, style.color});
        }
        if (style.struck) {
            const double y = origin.y() - 0.3 * style.size;
            page.lines.push_back({QLineF(left, y, right, y), 0.06 * style.size, style.color});
        }
    }
}

namespace {

// Places blocks on pages, top to bottom, starting a page when the next thing does not fit.
class Placer {
public:
    // decorate adds the running header to a finished page; takePage receives it.
    Placer(TypeSet &types, const QRectF &body, std::function<void(LaidOutPage &)> decorate,
           const std::function<void(LaidOutPage &&)> &takePage)
        : m_types(types)
        , m_body(body)
        , m_decorate(std::move(decorate))
        , m_takePage(takePage)
    {
        m_y = m_body.top();
    }

    // Hands over the last page (unless it was left empty by a break before nothing); returns
    // the number of pages.
    int finish()
    {
        if (!m_pageEmpty || m_pages == 0)
            handOver();
        return m_pages;
    }

    void place(FlowParagraph &paragraph)
    {
        if (paragraph.breakBefore && !m_pageEmpty)
            newPage();
        if (paragraph.spans.empty())
            paragraph.spans.push_back({});
        const qint32 element = paragraphElement(paragraph.role);
        LineBreaker breaker(m_types, paragraph.spans);
        const std::vector<Line> lines =
            breaker.lines(m_body.width(), paragraph.leftMargin, paragraph.firstLineIndent);
        if (!m_pageEmpty)
            m_y += paragraph.topMargin;
        if (paragraph.keepWithNext && !m_pageEmpty) {
            double needed = 0;
            for (const Line &line : lines)
                needed += line.height();
            needed += 2 * bodyLineHeight();
            if (m_y + needed > m_body.bottom())
                newPage();
        }
        for (const Line &line : lines) {
            if (m_y + line.height() > m_body.bottom() && !m_pageEmpty)
                newPage();
            double x = m_body.left() + line.offset;
            if (paragraph.centered)
                x = m_body.left() + (m_body.width() - line.width) / 2;
            placeLine(line, paragraph.spans, x, m_y + line.ascent, element);
            m_y += line.height();
        }
        m_y += paragraph.bottomMargin;
    }

    void place(FlowTable &table)
    {
        const size_t columns = size_t(table.header.size());
        if (columns == 0)
            return;
        m_list = -1;
        const qint32 tableElement = newElement(StructureElement::Role::Table, -1);
        // Every cell shaped once: measured to size the columns, then broken into lines.
        TextStyle bold = table.style;
        bold.bold = true;
        TextStyle struck = table.style;
        struck.struck = true;
        std::vector<Row> rows(table.rows.size() + 1, Row(columns));
        std::vector<std::unique_ptr<LineBreaker>> breakers;
        breakers.reserve(rows.size() * columns);
        for (size_t r = 0; r < rows.size(); ++r) {
            const QStringList &texts = r == 0 ? table.header : table.rows[r - 1];
            const bool isStruck =
                r > 0 && r - 1 < table.struckRows.size() && table.struckRows[r - 1];
            for (size_t c = 0; c < columns; ++c) {
                rows[r][c].spans.push_back({texts.value(qsizetype(c)), r == 0     ? bold
                                                                       : isStruck ? struck
                                                                                  : table.style});
                breakers.push_back(std::make_unique<LineBreaker>(m_types, rows[r][c].spans));
            }
        }
        std::vector<double> widths;
        if (table.widths.empty()) {
            TableText text;
            text.columns = columns;
            text.least.assign(columns, 2 * CellPadding);
            text.most.assign(columns, 2 * CellPadding);
            for (size_t i = 0; i < breakers.size(); ++i) {
                const LineBreaker::Extent extent = breakers[i]->extent();
                const size_t c = i % columns;
                // A hair more than measured: the column's edges are sums that round.
                text.least[c] =
                    std::max(text.least[c], extent.widestWord + 2 * CellPadding + RoundingSlack);
                text.most[c] =
                    std::max(text.most[c], extent.widestLine + 2 * CellPadding + RoundingSlack);
            }
            // Counted on up to 64 rows spread through the table: a long table is like its
            // sample, and choosing its columns stays quick.
            const size_t step = std::max<size_t>(1, (rows.size() + 63) / 64);
            const auto lineCount = [&](const std::vector<double> &tried) {
                int total = 0;
                for (size_t r = 0; r < rows.size(); r += step) {
                    int tallest = 1;
                    for (size_t c = 0; c < columns; ++c)
                        tallest = std::max(tallest, breakers[r * columns + c]->lineCount(
                                                        tried[c] - 2 * CellPadding));
                    total += tallest;
                }
                return total;
            };
            widths = fitColumns(text, m_body.width(), lineCount);
        } else {
            std::vector<double> shares = table.widths;
            shares.resize(columns, 0.0);
            const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
            for (double share : shares)
                widths.push_back(total > 0 ? m_body.width() * share / total
                                           : m_body.width() / double(columns));
        }
        m_columns.assign(columns + 1, m_body.left());
        for (size_t c = 0; c < columns; ++c)
            m_columns[c + 1] = m_columns[c] + widths[c];

        const auto breakRow = [&](size_t r) {
            for (size_t c = 0; c < columns; ++c)
                rows[r][c].lines = breakers[r * columns + c]->lines(
                    m_columns[c + 1] - m_columns[c] - 2 * CellPadding, 0, 0);
            // What is placed needs its lines, no longer its shaped text.
            for (size_t c = 0; c < columns; ++c)
                breakers[r * columns + c].reset();
        };
        breakRow(0);
        tagRow(rows[0], tableElement, StructureElement::Role::HeaderCell);
        m_header = std::move(rows[0]);
        m_headerHeight = rowHeight(m_header);
        m_y += m_pageEmpty ? 0 : TableGap;
        m_firstRowOfSegment = true;
        // The header with at least the first row, or neither.
        double firstHeight = 0;
        if (rows.size() > 1) {
            breakRow(1);
            firstHeight = rowHeight(rows[1]);
        }
        if (m_y + m_headerHeight + firstHeight > m_body.bottom() && !m_pageEmpty)
            newPage();
        placeHeader();
        for (size_t r = 1; r < rows.size(); ++r) {
            if (r > 1)
                breakRow(r);
            tagRow(rows[r], tableElement, StructureElement::Role::Cell);
            placeRow(rows[r]);
            rows[r] = Row(); // placed: its memory goes now, not with the whole table
        }
        m_y += TableGap;
    }

    void place(FlowPicture &picture)
    {
        if (picture.image.isNull())
            return;
        // Pictures come at their pixel size, read as screen pixels (96 per inch).
        const QSizeF natural(picture.image.width() * 0.75, picture.image.height() * 0.75);
        const double scale =
            std::min(m_body.width() / natural.width(), m_body.height() * 2 / 3 / natural.height());
        const QSizeF size = natural * scale;
        constexpr double Margin = 4;
        if (m_y + 2 * Margin + size.height() > m_body.bottom() && !m_pageEmpty)
            newPage();
        m_y += Margin;
        const QRectF rect(m_body.left() + (m_body.width() - size.width()) / 2, m_y, size.width(),
                          size.height());
        m_list = -1;
        const qint32 element = newElement(StructureElement::Role::Figure, -1, picture.alt);
        page().pictures.push_back({rect, std::move(picture.image), element});
        m_y += size.height() + Margin;
        m_pageEmpty = false;
    }

private:
    struct Cell {
        std::vector<TextSpan> spans;
        std::vector<Line> lines;
        qint32 element = -1; // -1 once placed, for a header repeated on the next page
    };
    using Row = std::vector<Cell>;

    LaidOutPage &page() { return m_page; }

    qint32 newElement(StructureElement::Role role, qint32 parent, const QString &alt = {})
    {
        page().elements.push_back({m_nextElement, parent, role, alt});
        return m_nextElement++;
    }

    // Consecutive list items make one list.
    qint32 paragraphElement(BlockRole role)
    {
        using Role = StructureElement::Role;
        if (role == BlockRole::ListItem) {
            if (m_list < 0)
                m_list = newElement(Role::List, -1);
            return newElement(Role::ListItem, m_list);
        }
        m_list = -1;
        switch (role) {
        case BlockRole::Heading1:
            return newElement(Role::Heading1, -1);
        case BlockRole::Heading2:
            return newElement(Role::Heading2, -1);
        case BlockRole::Heading3:
            return newElement(Role::Heading3, -1);
        case BlockRole::Heading4:
            return newElement(Role::Heading4, -1);
        default:
            return newElement(Role::Paragraph, -1);
        }
    }

    void tagRow(Row &row, qint32 table, StructureElement::Role cellRole)
    {
        const qint32 tableRow = newElement(StructureElement::Role::TableRow, table);
        for (Cell &cell : row)
            cell.element = newElement(cellRole, tableRow);
    }

    void handOver()
    {
        m_decorate(m_page);
        m_takePage(std::move(m_page));
        m_page = LaidOutPage();
        ++m_pages;
    }

    void newPage()
    {
        handOver();
        m_y = m_body.top();
        m_pageEmpty = true;
        m_firstRowOfSegment = true;
    }

    double bodyLineHeight() const
    {
        const TypeFace &face = m_types.face(m_types.faceOf({}));
        return (face.ascent() + face.descent()) * 10;
    }

    void placeLine(const Line &line, const std::vector<TextSpan> &spans, double x, double baseline,
                   qint32 element)
    {
        placeLineOn(page(), m_types, line, spans, QPointF(x, baseline), element);
        m_pageEmpty = false;
    }

    static double cellHeight(const Cell &cell)
    {
        double height = 0;
        for (const Line &line : cell.lines)
            height += line.height();
        return height;
    }

    static double rowHeight(const Row &row)
    {
        double height = 0;
        for (const Cell &cell : row)
            height = std::max(height, cellHeight(cell));
        return height + 2 * CellPadding;
    }

    void placeHeader()
    {
        page().fills.push_back(
            {QRectF(m_columns.front(), m_y, m_columns.back() - m_columns.front(), m_headerHeight),
             HeaderShade});
        m_firstRowOfSegment = true;
        drawRow(m_header, m_headerHeight);
        // Read once: where the header is repeated on the next pages it is an artifact.
        for (Cell &cell : m_header)
            cell.element = -1;
    }

    void placeRow(Row &row)
    {
        for (;;) {
            const double height = rowHeight(row);
            if (m_y + height <= m_body.bottom()) {
                drawRow(row, height);
                return;
            }
            const bool onlyHeaderAbove = m_y <= m_body.top() + m_headerHeight + 0.01;
            if (!onlyHeaderAbove) {
                newPage();
                placeHeader();
                continue;
            }
            // Taller than a whole page: what fits here, the rest on the next page.
            const double room = m_body.bottom() - m_y - 2 * CellPadding;
            Row rest(row.size());
            for (size_t c = 0; c < row.size(); ++c) {
                Cell &cell = row[c];
                double used = 0;
                size_t keep = 0;
                while (keep < cell.lines.size() && used + cell.lines[keep].height() <= room)
                    used += cell.lines[keep++].height();
                if (keep == 0 && !cell.lines.empty())
                    keep = 1; // a line taller than the page: drawn anyway, never lost
                rest[c].spans = cell.spans;
                rest[c].element = cell.element;
                rest[c].lines.assign(cell.lines.begin() + qsizetype(keep), cell.lines.end());
                cell.lines.resize(keep);
            }
            drawRow(row, m_body.bottom() - m_y);
            newPage();
            placeHeader();
            row = std::move(rest);
        }
    }

    void drawRow(const Row &row, double height)
    {
        const double top = m_y;
        for (size_t c = 0; c < row.size(); ++c) {
            double y = top + CellPadding;
            for (const Line &line : row[c].lines) {
                placeLine(line, row[c].spans, m_columns[c] + CellPadding, y + line.ascent,
                          row[c].element);
                y += line.height();
            }
        }
        const double bottom = top + height;
        auto &lines = page().lines;
        if (m_firstRowOfSegment)
            lines.push_back({QLineF(m_columns.front(), top, m_columns.back(), top), RuleWidth, 0});
        lines.push_back(
            {QLineF(m_columns.front(), bottom, m_columns.back(), bottom), RuleWidth, 0});
        for (double x : m_columns)
            lines.push_back({QLineF(x, top, x, bottom), RuleWidth, 0});
        m_firstRowOfSegment = false;
        m_y = bottom;
        m_pageEmpty = false;
    }

    TypeSet &m_types;
    QRectF m_body;
    std::function<void(LaidOutPage &)> m_decorate;
    const std::function<void(LaidOutPage &&)> &m_takePage;
    LaidOutPage m_page;
    int m_pages = 0;
    double m_y = 0;
    bool m_pageEmpty = true;
    qint32 m_nextElement = 0;
    qint32 m_list = -1; // the list the last list item went in, while items follow
    // The table being placed.
    std::vector<double> m_columns;
    Row m_header;
    double m_headerHeight = 0;
    bool m_firstRowOfSegment = true;
};

} // namespace

PageLayout::PageLayout(TypeSet &types, const QSizeF &pageSize, const QMarginsF &margins)
    : m_types(types)
    , m_pageSize(pageSize)
    , m_margins(margins)
{}

namespace {

constexpr double PageNumberSize = 8;

// Where the header's and the page number's baselines sit in their bands.
double baselineInBand(const TypeFace &face)
{
    const double band = HeaderBand - HeaderGap;
    return (band + (face.ascent() - face.descent()) * PageNumberSize) / 2;
}

// A title typed (or imported) with line feeds, as the one line a header holds.
QString oneLine(QString text)
{
    for (QChar &ch : text) {
        if (ch == QLatin1Char('\n') || ch == QChar(0x2028) || ch == QChar(0x2029))
            ch = QLatin1Char(' ');
    }
    return text;
}

// Small grey text on one line, cut with an ellipsis when wider than room: the running header
// (a session's title, typed by a person) and the page number.
struct SmallText {
    std::vector<TextSpan> spans;
    Line line;
    SmallText(TypeSet &types, const QString &text, double room)
        : spans{{oneLine(text), TextStyle{PageNumberSize, false, false, false, PageGrey}}}
        , line(LineBreaker(types, spans).singleLine(room))
    {}
};

} // namespace

int PageLayout::layOut(const FlowSource &flow, const QString &runningHeader,
                       const std::function<void(LaidOutPage &&)> &takePage) const
{
    const QRectF content = QRectF(QPointF(0, 0), m_pageSize).marginsRemoved(m_margins);
    const QRectF body = content.adjusted(0, HeaderBand, 0, -HeaderBand);
    const TypeFace &face = m_types.face(m_types.faceOf({}));
    const SmallText header(m_types, runningHeader, content.width());
    const double ruleY = content.top() + HeaderBand - HeaderGap;
    const auto decorate = [&](LaidOutPage &page) {
        placeLineOn(page, m_types, header.line, header.spans,
                    QPointF(content.left(), content.top() + baselineInBand(face)));
        page.lines.push_back(
            {QLineF(content.left(), ruleY, content.right(), ruleY), RuleWidth, PageGrey});
    };
    Placer placer(m_types, body, decorate, takePage);
    flow([&](FlowBlock &&block) { std::visit([&](auto &item) { placer.place(item); }, block); });
    return placer.finish();
}

LaidOutPage PageLayout::pageNumber(int index, int count) const
{
    const QRectF content = QRectF(QPointF(0, 0), m_pageSize).marginsRemoved(m_margins);
    const TypeFace &face = m_types.face(m_types.faceOf({}));
    const SmallText number(m_types, Text::tr("Página %1 de %2").arg(index + 1).arg(count),
                           content.width());
    LaidOutPage page;
    placeLineOn(page, m_types, number.line, number.spans,
                QPointF(content.right() - number.line.width,
                        content.bottom() - HeaderBand + HeaderGap + baselineInBand(face)));
    return page;
}

LaidOutDocument PageLayout::layOutAll(FlowDocument flow, const QString &runningHeader) const
{
    LaidOutDocument document;
    document.pageSize = m_pageSize;
    const auto source = [&](const FlowSink &sink) {
        for (FlowBlock &block : flow.blocks)
            sink(std::move(block));
    };
    const int count = layOut(source, runningHeader, [&](LaidOutPage &&page) {
        document.pages.push_back(std::move(page));
    });
    for (int index = 0; index < count; ++index) {
        LaidOutPage &page = document.pages[size_t(index)];
        const LaidOutPage number = pageNumber(index, count);
        const quint32 offset = quint32(page.glyphs.size());
        for (PlacedText text : number.texts) {
            text.first += offset;
            page.texts.push_back(text);
        }
        for (SpelledText spelled : number.spelled) {
            spelled.first += offset;
            page.spelled.push_back(spelled);
        }
        page.glyphs.insert(page.glyphs.end(), number.glyphs.begin(), number.glyphs.end());
        page.places.insert(page.places.end(), number.places.begin(), number.places.end());
    }
    return document;
}

} // namespace fcte
