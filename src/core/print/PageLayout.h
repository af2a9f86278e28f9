#pragma once

#include "core/print/FlowDocument.h"
#include "core/print/LineBreaker.h"

#include <QLineF>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <vector>

namespace fcte {

class TypeSet;

// What a page holds once laid out, in points from the page's top left corner.
// A part of the document's structure, for the PDF's tags: what a screen reader reads, in order.
struct StructureElement {
    enum class Role : quint8 {
        Heading1,
        Heading2,
        Heading3,
        Heading4,
        Paragraph,
        List,
        ListItem,
        Table,
        TableRow,
        HeaderCell,
        Cell,
        Figure
    };
    qint32 id = 0;
    qint32 parent = -1; // -1: the document
    Role role = Role::Paragraph;
    QString alt; // a figure's alternate text
};

struct PlacedText {
    QPointF origin; // the start of the baseline
    // The structure element it belongs to; -1: an artifact (running header, page number).
    qint32 element = -1;
    double size = 10;
    int face = 0; // in the TypeSet the page was laid out with
    bool slanted = false;
    // Drawn for the text layer only (under an emoji's picture): found and copied, not seen.
    bool invisible = false;
    QRgb color = qRgb(0, 0, 0);
    // Its glyphs, in the page's glyph list (one list a page rather than one for each run, which
    // halves the memory a thousand-page document takes), each at its place from the origin.
    quint32 first = 0;
    quint32 count = 0;
};

struct PlacedLine {
    QLineF line;
    double width = 0.5;
    QRgb color = qRgb(0, 0, 0);
};

struct PlacedFill {
    QRectF rect;
    QRgb color;
};

struct PlacedPicture {
    QRectF rect;
    QImage image;
    qint32 element = -1; // as PlacedText's
};

// Painted in this order: fills, pictures, text, lines (rules and strike-through on top).
struct LaidOutPage {
    std::vector<quint16> glyphs;
    std::vector<GlyphPlace> places; // one for each glyph
    // Glyphs whose text is spelled out for a reader, by their place in glyphs, in order.
    std::vector<SpelledText> spelled;
    // The structure elements begun on this page, parents before their children.
    std::vector<StructureElement> elements;
    std::vector<PlacedFill> fills;
    std::vector<PlacedPicture> pictures;
    std::vector<PlacedText> texts;
    std::vector<PlacedLine> lines;
};

// Places a line's pieces on a page, its baseline starting at origin: glyphs, a colour face's
// pictures (with the text under them for a reader), a placeholder's box, strike-through.
void placeLineOn(LaidOutPage &page, TypeSet &types, const Line &line,
                 const std::vector<TextSpan> &spans, const QPointF &origin, qint32 element = -1);

// Every page, each with its page number, for a printer.
struct LaidOutDocument {
    QSizeF pageSize; // points
    std::vector<LaidOutPage> pages;
};

// Cuts a flow into pages: lines broken at spaces, tables row by row with their header repeated
// on each page (a row taller than a page continues on the next), headings kept with what
// follows, a running header at the top of each page and "Página N de M" at its foot.
class PageLayout {
public:
    PageLayout(TypeSet &types, const QSizeF &pageSize, const QMarginsF &margins);

    // Hands each page over as soon as it is full (with its running header, without its number),
    // so a long document is never held whole; returns how many pages there were.
    int layOut(const FlowSource &flow, const QString &runningHeader,
               const std::function<void(LaidOutPage &&)> &takePage) const;
    // What the foot of a page holds once the number of pages is known: "Página N de M".
    LaidOutPage pageNumber(int index, int count) const;
    // Every page with its number, kept (for a printer, where documents are read page by page).
    LaidOutDocument layOutAll(FlowDocument flow, const QString &runningHeader) const;
    QSizeF pageSize() const { return m_pageSize; }

private:
    TypeSet &m_types;
    QSizeF m_pageSize;
    QMarginsF m_margins;
};

} // namespace fcte
