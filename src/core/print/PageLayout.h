#pragma once

#include "core/print/FlowDocument.h"

#include <QLineF>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <vector>

namespace fcte {

class TypeSet;

// What a page holds once laid out, in points from the page's top left corner.
struct PlacedText {
    QPointF origin; // the start of the baseline
    double size = 10;
    int face = 0; // in the TypeSet the page was laid out with
    bool slanted = false;
    QRgb color = qRgb(0, 0, 0);
    // Its glyphs, in the page's glyph list (one list a page rather than one for each run, which
    // halves the memory a thousand-page document takes); each advances by its face's advance.
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
};

// Painted in this order: fills, pictures, text, lines (rules and strike-through on top).
struct LaidOutPage {
    std::vector<quint16> glyphs;
    std::vector<PlacedFill> fills;
    std::vector<PlacedPicture> pictures;
    std::vector<PlacedText> texts;
    std::vector<PlacedLine> lines;
};

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
