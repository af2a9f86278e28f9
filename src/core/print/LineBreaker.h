#pragma once

#include "core/print/FlowDocument.h"

#include <QString>

#include <vector>

namespace fcte {

class TypeFace;
class TypeSet;

// Where a glyph sits from the start of its run, in points: x to the right, y up.
struct GlyphPlace {
    float x = 0;
    float y = 0;
};

// Glyphs whose text a PDF reader cannot tell from the glyphs alone (a ligature, an emoji
// sequence, right-to-left text, a placeholder): the text they stand for, spelled out.
struct SpelledText {
    quint32 first = 0; // in the run's glyphs
    quint32 count = 0;
    QString text;
};

// A run of glyphs of one face and one span within a line, in the order they are seen.
struct Piece {
    int face;
    quint32 span;
    double x;
    double width;
    std::vector<quint16> glyphs;
    std::vector<GlyphPlace> places;
    std::vector<SpelledText> spelled;
    bool placeholder = false; // a character no face has: its code point, drawn in a box
};

struct Line {
    double offset = 0; // from the paragraph's left edge
    double width = 0;
    double ascent = 0;
    double descent = 0;
    std::vector<Piece> pieces;
    double height() const { return ascent + descent; }
};

// Sets spans of text as a person typed them: each grapheme cluster (a letter and its marks, an
// emoji sequence) in the first face of the TypeSet's chain that has it, shaped by HarfBuzz,
// right-to-left runs ordered by the Unicode bidirectional algorithm; then breaks them into lines
// of a width where the Unicode line-breaking rules allow (spaces hang past the edge), at line
// feeds, and inside a word only when the word alone is wider than the line, never inside a
// cluster.
class LineBreaker {
public:
    LineBreaker(TypeSet &types, const std::vector<TextSpan> &spans);
    ~LineBreaker();

    // leftMargin: every line's; firstLineIndent: added to the first's (negative: hanging).
    std::vector<Line> lines(double width, double leftMargin, double firstLineIndent);
    // How many lines lines(width, 0, 0) would give, without setting them.
    int lineCount(double width);
    // The text on one line, cut at a cluster with an ellipsis when wider than room.
    Line singleLine(double room);

    // How wide the text is unbroken (its widest line between line feeds), and its widest word
    // (the least width that breaks no word): what a table's column is sized by.
    struct Extent {
        double widestLine = 0;
        double widestWord = 0;
    };
    Extent extent();

private:
    struct Unit;
    struct SetGlyph;
    void shape();
    void shapeSegment(quint32 start, quint32 end, int face, quint32 span, quint8 level,
                      const std::vector<bool> &graphemeEnd);
    void addPlaceholder(quint32 start, quint32 end, quint32 span, quint8 level);
    // Calls lineFound(start, end, first) with each line's units, in order.
    template <typename LineFound>
    void breakLines(double width, double leftMargin, double firstLineIndent, LineFound &&lineFound);
    Line makeLine(size_t start, size_t end, double leftMargin, double firstLineIndent, bool first);
    void addEndMark(Unit &unit, const TypeFace &face);
    // reversed: the unit is added from the end of a right-to-left run.
    // run: the bidirectional run it belongs to in the line.
    void addUnitTo(Line &line, const Unit &unit, double &x, bool reversed, int run);

    TypeSet &m_types;
    const std::vector<TextSpan> &m_spans;
    QString m_text; // the spans' text, composed, one after another
    std::vector<quint32> m_spanStarts;
    std::vector<Unit> m_units;
    std::vector<SetGlyph> m_glyphs;
    // Kept between segments, so shaping a word allocates nothing new.
    std::vector<bool> m_clusterStarts;
    std::vector<quint32> m_unitOf;
    std::vector<std::pair<quint16, char32_t>> m_noted;
    int m_lastSpelledRun = -1;
    bool m_shaped = false;
};

} // namespace fcte
