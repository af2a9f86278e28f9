#pragma once

#include <QImage>
#include <QRgb>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>
#include <vector>

namespace fcte {

// A document to print, as a flow of paragraphs, tables and pictures that PageLayout cuts into
// pages. Text is always plain text: nothing in it is ever read as markup. Sizes are in points.
struct TextStyle {
    double size = 10;
    bool bold = false;
    bool italic = false;
    bool struck = false;
    QRgb color = qRgb(0, 0, 0);
};

struct TextSpan {
    QString text; // a line feed breaks the line
    TextStyle style;
};

// What a block is to a reader (a screen reader announces headings and list items): the PDF's
// structure tags.
enum class BlockRole : quint8 { Paragraph, Heading1, Heading2, Heading3, Heading4, ListItem };

struct FlowParagraph {
    std::vector<TextSpan> spans;
    BlockRole role = BlockRole::Paragraph; // consecutive list items make one list
    double topMargin = 0;
    double bottomMargin = 0;
    double leftMargin = 0;
    double firstLineIndent = 0; // negative: a hanging first line, as a numbered item has
    bool centered = false;
    bool breakBefore = false;  // starts a new page (unless the page is still empty)
    bool keepWithNext = false; // a heading: never alone at the foot of a page
};

// A grid with a shaded, bold header row that is repeated on every page the table continues on.
struct FlowTable {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> struckRows;
    // Each column's share of the width (a column left empty, as for signatures, needs one); none:
    // sized by content, no word cut, short columns whole (PageLayout).
    std::vector<double> widths;
    TextStyle style;
};

// A picture as wide as the page, unless that makes it taller than two thirds of a page.
struct FlowPicture {
    QImage image;
    QString alt; // what a screen reader says instead
};

using FlowBlock = std::variant<FlowParagraph, FlowTable, FlowPicture>;

struct FlowDocument {
    std::vector<FlowBlock> blocks;
};

// Receives a flow's blocks one by one, in order.
using FlowSink = std::function<void(FlowBlock &&)>;
// Hands every block of a flow to the sink it is given.
using FlowSource = std::function<void(const FlowSink &)>;

} // namespace fcte
