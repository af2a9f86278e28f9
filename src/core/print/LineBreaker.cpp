#include "core/print/LineBreaker.h"

#include "core/print/TypeSet.h"

#include <algorithm>

namespace fcte {
namespace {

// Characters that only steer how their neighbours are drawn (emoji variation selectors, joiners,
// the soft hyphen…): fonts draw them as marks or boxes of their own, which would follow every
// emoji that phones send ("❤️" is a heart and a selector).
bool isInvisible(char32_t code)
{
    return code == 0x00AD || (code >= 0x180B && code <= 0x180E) ||
           (code >= 0x200B && code <= 0x200F) || (code >= 0x202A && code <= 0x202E) ||
           (code >= 0x2060 && code <= 0x206F) || (code >= 0xFE00 && code <= 0xFE0F) ||
           code == 0xFEFF || (code >= 0xE0000 && code <= 0xE0FFF);
}

} // namespace

// One character as set: its glyph, the face that has it, the span it came from.
struct LineBreaker::Cluster {
    enum Kind : quint8 { Normal, Space, BreakAfter, NewLine };
    quint16 glyph;
    quint16 face;
    quint32 span;
    float advance;
    Kind kind;
};

LineBreaker::LineBreaker(TypeSet &types, const std::vector<TextSpan> &spans)
    : m_types(types)
    , m_spans(spans)
{}

LineBreaker::~LineBreaker() = default;

template <typename LineFound>
void LineBreaker::breakLines(double width, double leftMargin, double firstLineIndent,
                             LineFound &&lineFound)
{
    shape();
    bool first = true;
    const auto available = [&] {
        const double offset = leftMargin + (first ? firstLineIndent : 0);
        return std::max(1.0, width - offset);
    };
    const auto found = [&](size_t start, size_t end) {
        lineFound(start, end, first);
        first = false;
    };
    size_t start = 0;
    double x = 0;
    size_t lastBreak = SIZE_MAX;
    for (size_t i = 0; i < m_clusters.size(); ++i) {
        const Cluster &cluster = m_clusters[i];
        if (cluster.kind == Cluster::NewLine) {
            found(start, i);
            start = i + 1;
            x = 0;
            lastBreak = SIZE_MAX;
            continue;
        }
        // A word that does not fit goes to the next line whole; one wider than a line is
        // cut where the line ends.
        while (cluster.kind != Cluster::Space && x + cluster.advance > available() && i > start) {
            const size_t end = lastBreak != SIZE_MAX && lastBreak >= start ? lastBreak + 1 : i;
            found(start, end);
            start = end;
            x = 0;
            for (size_t j = start; j < i; ++j)
                x += m_clusters[j].advance;
            lastBreak = SIZE_MAX;
        }
        x += cluster.advance;
        if (cluster.kind == Cluster::Space || cluster.kind == Cluster::BreakAfter)
            lastBreak = i;
    }
    found(start, m_clusters.size());
}

std::vector<Line> LineBreaker::lines(double width, double leftMargin, double firstLineIndent)
{
    std::vector<Line> result;
    breakLines(width, leftMargin, firstLineIndent, [&](size_t start, size_t end, bool first) {
        result.push_back(makeLine(start, end, leftMargin, firstLineIndent, first));
    });
    return result;
}

int LineBreaker::lineCount(double width)
{
    int count = 0;
    breakLines(width, 0, 0, [&count](size_t, size_t, bool) { ++count; });
    return count;
}

LineBreaker::Extent LineBreaker::extent()
{
    shape();
    Extent extent;
    double line = 0;
    double word = 0;
    for (const Cluster &cluster : m_clusters) {
        switch (cluster.kind) {
        case Cluster::NewLine:
            line = 0;
            word = 0;
            continue;
        case Cluster::Space:
            word = 0; // hangs past the edge: not part of the word
            line += cluster.advance;
            continue;
        case Cluster::BreakAfter:
            word += cluster.advance;
            extent.widestWord = std::max(extent.widestWord, word);
            word = 0;
            break;
        case Cluster::Normal:
            word += cluster.advance;
            extent.widestWord = std::max(extent.widestWord, word);
            break;
        }
        line += cluster.advance;
        extent.widestLine = std::max(extent.widestLine, line);
    }
    return extent;
}

void LineBreaker::shape()
{
    // Shaped once: a table's cell is measured before it is broken into lines.
    if (m_shaped)
        return;
    m_shaped = true;
    m_clusters.clear();
    for (quint32 spanIndex = 0; spanIndex < m_spans.size(); ++spanIndex) {
        const TextSpan &span = m_spans[spanIndex];
        const int styleFace = m_types.faceOf({span.style.bold, span.style.italic});
        // Composed: an accent typed as a separate mark joins its letter (no shaping would
        // place the mark).
        const QString text = span.text.normalized(QString::NormalizationForm_C);
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t code = text.at(i).unicode();
            if (QChar::isHighSurrogate(code) && i + 1 < text.size() &&
                text.at(i + 1).isLowSurrogate())
                code = QChar::surrogateToUcs4(char16_t(code), text.at(++i).unicode());
            if (isInvisible(code))
                continue;
            Cluster::Kind kind = Cluster::Normal;
            if (code == '\n' || code == 0x2028 || code == 0x2029) {
                m_clusters.push_back({0, quint16(styleFace), spanIndex, 0, Cluster::NewLine});
                continue;
            }
            if (code < 0x20 || code == ' ') {
                code = ' ';
                kind = Cluster::Space;
            } else if (code == '-' || code == '/') {
                kind = Cluster::BreakAfter;
            }
            quint16 glyph = 0;
            const int face = m_types.faceFor(styleFace, code, &glyph);
            const float advance = float(m_types.face(face).advance(glyph) * span.style.size);
            m_clusters.push_back({glyph, quint16(face), spanIndex, advance, kind});
        }
    }
}

Line LineBreaker::makeLine(size_t start, size_t end, double leftMargin, double firstLineIndent,
                           bool first)
{
    Line line;
    line.offset = leftMargin + (first ? firstLineIndent : 0);
    // Spaces at the end of a line hang past its edge: not drawn, not measured.
    size_t visibleEnd = end;
    while (visibleEnd > start && m_clusters[visibleEnd - 1].kind == Cluster::Space)
        --visibleEnd;
    double x = 0;
    for (size_t i = start; i < visibleEnd; ++i) {
        const Cluster &cluster = m_clusters[i];
        if (cluster.kind == Cluster::NewLine)
            continue;
        if (line.pieces.empty() || line.pieces.back().face != cluster.face ||
            line.pieces.back().span != cluster.span)
            line.pieces.push_back({cluster.face, cluster.span, x, 0, {}});
        Piece &piece = line.pieces.back();
        piece.glyphs.push_back(cluster.glyph);
        piece.width += cluster.advance;
        x += cluster.advance;
    }
    line.width = x;
    // The line is as tall as its tallest span, measured in the style's own face (a
    // fallback's taller metrics would make lines with a symbol uneven).
    const auto measure = [&](const TextSpan &span) {
        const TypeFace &face = m_types.face(m_types.faceOf({span.style.bold, span.style.italic}));
        line.ascent = std::max(line.ascent, face.ascent() * span.style.size);
        line.descent = std::max(line.descent, face.descent() * span.style.size);
    };
    for (const Piece &piece : line.pieces)
        measure(m_spans[piece.span]);
    if (line.pieces.empty() && !m_spans.empty()) {
        const quint32 span = start < m_clusters.size() ? m_clusters[start].span : 0;
        measure(m_spans[std::min<size_t>(span, m_spans.size() - 1)]);
    }
    return line;
}

} // namespace fcte
