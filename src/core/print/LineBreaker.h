#pragma once

#include "core/print/FlowDocument.h"

#include <vector>

namespace fcte {

class TypeSet;

// A run of glyphs of one face and one span within a line.
struct Piece {
    int face;
    quint32 span;
    double x;
    double width;
    std::vector<quint16> glyphs;
};

struct Line {
    double offset = 0; // from the paragraph's left edge
    double width = 0;
    double ascent = 0;
    double descent = 0;
    std::vector<Piece> pieces;
    double height() const { return ascent + descent; }
};

// Breaks spans into lines of a width: at spaces (which hang past the edge), after hyphens and
// slashes, at line feeds, and inside a word only when the word alone is wider than the line.
// Each character is set with the glyph its style's face (or a fallback) has for it.
class LineBreaker {
public:
    LineBreaker(TypeSet &types, const std::vector<TextSpan> &spans);
    ~LineBreaker();

    // leftMargin: every line's; firstLineIndent: added to the first's (negative: hanging).
    std::vector<Line> lines(double width, double leftMargin, double firstLineIndent);
    // How many lines lines(width, 0, 0) would give, without setting them.
    int lineCount(double width);

    // How wide the text is unbroken (its widest line between line feeds), and its widest word
    // (the least width that breaks no word): what a table's column is sized by.
    struct Extent {
        double widestLine = 0;
        double widestWord = 0;
    };
    Extent extent();

private:
    struct Cluster;
    void shape();
    // Calls lineFound(start, end, first) with each line's clusters, in order.
    template <typename LineFound>
    void breakLines(double width, double leftMargin, double firstLineIndent, LineFound &&lineFound);
    Line makeLine(size_t start, size_t end, double leftMargin, double firstLineIndent, bool first);

    TypeSet &m_types;
    const std::vector<TextSpan> &m_spans;
    std::vector<Cluster> m_clusters;
    bool m_shaped = false;
};

} // namespace fcte
