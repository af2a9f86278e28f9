#include "core/print/LineBreaker.h"

#include "core/print/TypeSet.h"

#include <QTextBoundaryFinder>

#include <unicode/ubidi.h>
#include <unicode/uchar.h>

#include <algorithm>

namespace fcte {
namespace {

bool isNewLine(char16_t code)
{
    return code == '\n' || code == 0x2028 || code == 0x2029;
}

// Whether the text may hold right-to-left characters (Hebrew, Arabic… or an explicit override):
// only then is the bidirectional algorithm run.
bool mayHoldRightToLeft(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        if ((code >= 0x0590 && code <= 0x08FF) || (code >= 0xFB1D && code <= 0xFDFF) ||
            (code >= 0xFE70 && code <= 0xFEFF) || code == 0x200F || code == 0x202B ||
            code == 0x202E || code == 0x2067 || ch.isHighSurrogate())
            return true;
    }
    return false;
}

// The bidirectional level of each UTF-16 unit (even: left to right); empty when all are 0.
std::vector<quint8> bidiLevels(const QString &text)
{
    std::vector<quint8> levels;
    if (!mayHoldRightToLeft(text))
        return levels;
    UErrorCode error = U_ZERO_ERROR;
    UBiDi *bidi = ubidi_openSized(int32_t(text.size()), 0, &error);
    ubidi_setPara(bidi, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                  UBIDI_DEFAULT_LTR, nullptr, &error);
    if (U_SUCCESS(error) && ubidi_getDirection(bidi) != UBIDI_LTR) {
        const UBiDiLevel *found = ubidi_getLevels(bidi, &error);
        if (U_SUCCESS(error) && found)
            levels.assign(found, found + text.size());
    }
    ubidi_close(bidi);
    return levels;
}

} // namespace

// A glyph as set in a line, in points.
struct LineBreaker::SetGlyph {
    quint16 glyph;
    float advance;
    float dx;
    float dy;
};

// What lines are made of: a grapheme cluster, or several when the font joins them into one
// glyph (a ligature); never cut.
struct LineBreaker::Unit {
    enum Kind : quint8 { Normal, Space, NewLine };
    quint32 textStart;
    quint32 textEnd;
    quint32 glyphStart;
    quint32 glyphEnd;
    quint32 span;
    float advance;
    qint16 face;
    quint8 level;
    Kind kind;
    bool breakAfter;
    bool spelled;     // the text layer needs the text written out
    bool placeholder; // no face has it
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
    for (size_t i = 0; i < m_units.size(); ++i) {
        const Unit &unit = m_units[i];
        if (unit.kind == Unit::NewLine) {
            found(start, i);
            start = i + 1;
            x = 0;
            lastBreak = SIZE_MAX;
            continue;
        }
        // A word that does not fit goes to the next line whole; one wider than a line is
        // cut where the line ends, between two clusters.
        while (unit.kind != Unit::Space && x + unit.advance > available() && i > start) {
            const size_t end = lastBreak != SIZE_MAX && lastBreak >= start ? lastBreak + 1 : i;
            found(start, end);
            start = end;
            x = 0;
            for (size_t j = start; j < i; ++j)
                x += m_units[j].advance;
            lastBreak = SIZE_MAX;
        }
        x += unit.advance;
        if (unit.breakAfter)
            lastBreak = i;
    }
    found(start, m_units.size());
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

Line LineBreaker::singleLine(double room)
{
    shape();
    size_t end = m_units.size();
    for (size_t i = 0; i < m_units.size(); ++i) {
        if (m_units[i].kind == Unit::NewLine) {
            end = i;
            break;
        }
    }
    Line line = makeLine(0, end, 0, 0, true);
    if (line.width <= room || m_spans.empty())
        return line;
    // Cut: as many clusters as fit with the ellipsis after them.
    const int face = m_types.faceOf({m_spans.front().style.bold, m_spans.front().style.italic});
    const quint16 ellipsis = m_types.face(face).glyph(0x2026);
    const double ellipsisWidth = m_types.face(face).advance(ellipsis) * m_spans.front().style.size;
    double x = 0;
    size_t fit = 0;
    while (fit < end && x + m_units[fit].advance + ellipsisWidth <= room)
        x += m_units[fit++].advance;
    line = makeLine(0, fit, 0, 0, true);
    Piece piece{face, 0, line.width, ellipsisWidth, {ellipsis}, {GlyphPlace{}}, {}, false};
    line.pieces.push_back(std::move(piece));
    line.width += ellipsisWidth;
    return line;
}

LineBreaker::Extent LineBreaker::extent()
{
    shape();
    Extent extent;
    double line = 0;
    double word = 0;
    for (const Unit &unit : m_units) {
        switch (unit.kind) {
        case Unit::NewLine:
            line = 0;
            word = 0;
            continue;
        case Unit::Space:
            word = 0; // hangs past the edge: not part of the word
            line += unit.advance;
            continue;
        case Unit::Normal:
            word += unit.advance;
            extent.widestWord = std::max(extent.widestWord, word);
            if (unit.breakAfter)
                word = 0;
            break;
        }
        line += unit.advance;
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
    m_text.clear();
    for (const TextSpan &span : m_spans) {
        m_spanStarts.push_back(quint32(m_text.size()));
        // Composed: what a PDF reader gives back is compared with what was typed, composed.
        m_text += span.text.normalized(QString::NormalizationForm_C);
    }
    for (QChar &ch : m_text) {
        // Controls draw nothing: a next-line control breaks the line, the others are spaces.
        if (ch.unicode() == 0x85)
            ch = QLatin1Char('\n');
        else if ((ch.unicode() < 0x20 && ch != QLatin1Char('\n')) ||
                 (ch.unicode() >= 0x7F && ch.unicode() <= 0x9F))
            ch = QLatin1Char(' ');
    }
    const qsizetype size = m_text.size();
    std::vector<bool> graphemeEnd(size_t(size) + 1, false);
    std::vector<bool> lineBreak(size_t(size) + 1, false);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, m_text);
    for (qsizetype at = graphemes.toNextBoundary(); at > 0; at = graphemes.toNextBoundary())
        graphemeEnd[size_t(at)] = true;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, m_text);
    for (qsizetype at = breaks.toNextBoundary(); at > 0; at = breaks.toNextBoundary())
        lineBreak[size_t(at)] = true;
    const std::vector<quint8> levels = bidiLevels(m_text);

    // Segments of one span, one face, one direction, between two break opportunities: each is
    // shaped on its own (a word, mostly, which the TypeSet keeps shaped).
    quint32 span = 0;
    quint32 segmentStart = 0;
    int segmentFace = -2;
    quint8 segmentLevel = 0;
    const auto flush = [&](quint32 end) {
        if (end > segmentStart) {
            if (segmentFace == -1)
                addPlaceholder(segmentStart, end, span, segmentLevel);
            else
                shapeSegment(segmentStart, end, segmentFace, span, segmentLevel, graphemeEnd);
        }
        segmentStart = end;
    };
    quint32 at = 0;
    while (at < quint32(size)) {
        while (span + 1 < m_spanStarts.size() && m_spanStarts[span + 1] <= at) {
            flush(at);
            ++span;
        }
        quint32 end = at + 1;
        while (end < quint32(size) && !graphemeEnd[end])
            ++end;
        const TextStyle &style = m_spans[span].style;
        const int styleFace = m_types.faceOf({style.bold, style.italic});
        const QStringView cluster = QStringView(m_text).mid(at, end - at);
        int face = styleFace;
        if (isNewLine(cluster.front().unicode())) {
            face = -3;
        } else if (cluster.size() != 1 ||
                   u_hasBinaryProperty(cluster.front().unicode(), UCHAR_EMOJI_PRESENTATION) ||
                   m_types.face(styleFace).glyph(cluster.front().unicode()) == 0) {
            face = m_types.faceFor(styleFace, style.bold, cluster);
        }
        const quint8 level = levels.empty() ? 0 : levels[at];
        // A line feed and a placeholder are units of their own.
        if (face != segmentFace || level != segmentLevel || face < 0 || segmentFace < 0 ||
            lineBreak[at])
            flush(at);
        segmentFace = face;
        segmentLevel = level;
        at = end;
    }
    flush(quint32(size));
    // A break is allowed after a unit that ends where the rules allow one.
    for (Unit &unit : m_units)
        unit.breakAfter = unit.kind != Unit::NewLine && lineBreak[unit.textEnd];
}

void LineBreaker::shapeSegment(quint32 start, quint32 end, int face, quint32 span, quint8 level,
                               const std::vector<bool> &graphemeEnd)
{
    const double size = m_spans[span].style.size;
    const QStringView text = QStringView(m_text).mid(start, end - start);
    if (face == -3) { // a line feed
        m_units.push_back({start, end, quint32(m_glyphs.size()), quint32(m_glyphs.size()), span, 0,
                           qint16(m_types.faceOf({})), level, Unit::NewLine, false, false, false});
        return;
    }
    const bool rightToLeft = level % 2 == 1;
    // Valid while this segment is set: nothing here shapes another word.
    const std::vector<ShapedGlyph> &shaped = m_types.shaped(face, rightToLeft, text);
    // Where units end: at a cluster boundary HarfBuzz kept that is also a grapheme boundary.
    std::vector<bool> &clusterStart = m_clusterStarts;
    clusterStart.assign(size_t(text.size()) + 1, false);
    clusterStart[size_t(text.size())] = true;
    for (const ShapedGlyph &glyph : shaped)
        clusterStart[std::min<size_t>(glyph.cluster, size_t(text.size()))] = true;
    std::vector<quint32> &unitOf = m_unitOf;
    unitOf.assign(size_t(text.size()), 0);
    const size_t firstUnit = m_units.size();
    quint32 unitStart = 0;
    for (quint32 i = 1; i <= quint32(text.size()); ++i) {
        if (!graphemeEnd[start + i] || !clusterStart[i])
            continue;
        for (quint32 j = unitStart; j < i; ++j)
            unitOf[j] = quint32(m_units.size() - firstUnit);
        bool space = true;
        for (quint32 j = unitStart; j < i && space; ++j)
            space = text[j].isSpace();
        m_units.push_back({start + unitStart, start + i, 0, 0, span, 0, qint16(face), level,
                           space ? Unit::Space : Unit::Normal, false, false, false});
        unitStart = i;
    }
    // With clusters kept in order, each unit's glyphs come together (from the last unit first in
    // a right-to-left run, already in the order they are seen).
    TypeFace &typeFace = m_types.face(face);
    size_t at = 0;
    while (at < shaped.size()) {
        const size_t u = unitOf[std::min<size_t>(shaped[at].cluster, unitOf.size() - 1)];
        Unit &unit = m_units[firstUnit + u];
        unit.glyphStart = quint32(m_glyphs.size());
        // One glyph for each character, in the characters' order (a letter and its marks), each
        // glyph standing for no other: the font's own character map tells a reader. Anything
        // else (a ligature, a vowel drawn before its consonant, an emoji, a mark placed over its
        // letter, after which a reader would see a gap) is spelled out.
        bool plain = !typeFace.isColor();
        m_noted.clear(); // what the font's map will say, once the unit is known to be plain
        qsizetype character = qsizetype(unit.textStart - start);
        const qsizetype characterEnd = qsizetype(unit.textEnd - start);
        for (; at < shaped.size() &&
               unitOf[std::min<size_t>(shaped[at].cluster, unitOf.size() - 1)] == u;
             ++at) {
            const ShapedGlyph &glyph = shaped[at];
            m_glyphs.push_back({glyph.glyph, float(glyph.advance * size), float(glyph.dx * size),
                                float(glyph.dy * size)});
            unit.advance += float(glyph.advance * size);
            if (!plain)
                continue;
            if (character >= characterEnd || qsizetype(glyph.cluster) != character ||
                glyph.glyph == 0 || glyph.advance <= 0 || glyph.dx != 0 || glyph.dy != 0) {
                plain = false;
                continue;
            }
            char32_t code = text[character].unicode();
            if (text[character].isHighSurrogate() && character + 1 < characterEnd) {
                code = QChar::surrogateToUcs4(text[character], text[character + 1]);
                ++character;
            }
            ++character;
            // In a run turned right to left by an override, letters of a left-to-right script
            // would be given back in the order drawn.
            plain = !(rightToLeft && QChar::direction(code) == QChar::DirL) &&
                    (typeFace.characterOf(glyph.glyph) == 0 ||
                     typeFace.characterOf(glyph.glyph) == code);
            m_noted.push_back({glyph.glyph, code});
        }
        unit.glyphEnd = quint32(m_glyphs.size());
        plain = plain && character == characterEnd &&
                (!rightToLeft || unit.glyphEnd - unit.glyphStart == 1);
        for (size_t n = 0; plain && n < m_noted.size(); ++n)
            plain = typeFace.noteCharacter(m_noted[n].first, m_noted[n].second);
        unit.spelled = !plain;
        if (unit.spelled)
            addEndMark(unit, typeFace);
    }
    // Units without glyphs (a selector, an override: HarfBuzz drops them) are spelled, so what
    // a reader copies keeps them.
    for (size_t u = firstUnit; u < m_units.size(); ++u) {
        Unit &unit = m_units[u];
        if (unit.glyphStart == unit.glyphEnd && unit.kind != Unit::Space) {
            unit.glyphStart = unit.glyphEnd = quint32(m_glyphs.size());
            unit.spelled = true;
            addEndMark(unit, typeFace);
        }
    }
}

// A glyph without ink (the face's space) ending where the unit ends, after its glyphs: a reader
// takes a spelled text to end where its last glyph ends, and would otherwise find a gap after a
// mark or an emoji and read a space that was never typed.
void LineBreaker::addEndMark(Unit &unit, const TypeFace &face)
{
    const quint16 space = face.glyph(' ');
    if (space == 0)
        return;
    const float width = float(face.advance(space) * m_spans[unit.span].style.size);
    m_glyphs.push_back({space, 0, -width, 0});
    unit.glyphEnd = quint32(m_glyphs.size());
}

void LineBreaker::addPlaceholder(quint32 start, quint32 end, quint32 span, quint8 level)
{
    // The first character no face has, as "U+0D9A"'s digits in a box the width of the digits.
    const double size = m_spans[span].style.size;
    const int face = m_types.faceOf({});
    char32_t missing = 0;
    for (const uint code : QStringView(m_text).mid(start, end - start).toUcs4()) {
        // Joiners and selectors need no glyph: they are not what is missing.
        if (TypeSet::isIgnorable(code))
            continue;
        m_types.noteMissing(code);
        if (!missing)
            missing = code;
    }
    const QString digits = QString::number(uint(missing), 16).toUpper().rightJustified(4, u'0');
    const float padding = float(0.15 * size);
    Unit unit{start,
              end,
              quint32(m_glyphs.size()),
              0,
              span,
              2 * padding,
              qint16(face),
              level,
              Unit::Normal,
              false,
              true,
              true};
    const TypeFace &typeFace = m_types.face(face);
    for (const QChar digit : digits) {
        const quint16 glyph = m_types.face(face).glyph(digit.unicode());
        const float advance = float(m_types.face(face).advance(glyph) * size);
        m_glyphs.push_back({glyph, advance, padding, 0});
        unit.advance += advance;
    }
    unit.glyphEnd = quint32(m_glyphs.size());
    if (const quint16 space = typeFace.glyph(' ')) { // ends the spelled text at the box's edge
        m_glyphs.push_back({space, 0, float(-typeFace.advance(space) * size) + 2 * padding, 0});
        unit.glyphEnd = quint32(m_glyphs.size());
    }
    m_units.push_back(unit);
}

void LineBreaker::addUnitTo(Line &line, const Unit &unit, double &x, bool reversed, int run)
{
    const int face = unit.face;
    if (line.pieces.empty() || line.pieces.back().face != face ||
        line.pieces.back().span != unit.span || unit.placeholder || line.pieces.back().placeholder)
        line.pieces.push_back({face, unit.span, x, 0, {}, {}, {}, unit.placeholder});
    Piece &piece = line.pieces.back();
    const quint32 first = quint32(piece.glyphs.size());
    float pen = float(x - piece.x);
    for (quint32 g = unit.glyphStart; g < unit.glyphEnd; ++g) {
        const SetGlyph &glyph = m_glyphs[g];
        piece.glyphs.push_back(glyph.glyph);
        piece.places.push_back({pen + glyph.dx, glyph.dy});
        pen += glyph.advance;
    }
    if (unit.spelled) {
        const QString text = m_text.mid(unit.textStart, unit.textEnd - unit.textStart);
        // Joined with the one before only within a run: across a change of direction the
        // order of their texts would be wrong.
        if (!piece.spelled.empty() && m_lastSpelledRun == run &&
            piece.spelled.back().first + piece.spelled.back().count == first)
            // A right-to-left run's units come from its end: their text goes before.
            piece.spelled.back() = {piece.spelled.back().first,
                                    piece.spelled.back().count + (unit.glyphEnd - unit.glyphStart),
                                    reversed ? text + piece.spelled.back().text
                                             : piece.spelled.back().text + text};
        else
            piece.spelled.push_back({first, unit.glyphEnd - unit.glyphStart, text});
        m_lastSpelledRun = run;
    }
    piece.width += unit.advance;
    x += unit.advance;
}

Line LineBreaker::makeLine(size_t start, size_t end, double leftMargin, double firstLineIndent,
                           bool first)
{
    Line line;
    line.offset = leftMargin + (first ? firstLineIndent : 0);
    // Spaces at the end of a line hang past its edge: not drawn, not measured.
    size_t visibleEnd = end;
    while (visibleEnd > start && m_units[visibleEnd - 1].kind == Unit::Space)
        --visibleEnd;
    // Runs of one level, in the order they are seen (the bidirectional algorithm's L2); a
    // right-to-left run's units from its end.
    std::vector<std::pair<size_t, size_t>> runs;
    std::vector<UBiDiLevel> runLevels;
    for (size_t i = start; i < visibleEnd; ++i) {
        if (m_units[i].kind == Unit::NewLine)
            continue;
        if (runs.empty() || runLevels.back() != m_units[i].level || runs.back().second != i) {
            runs.push_back({i, i + 1});
            runLevels.push_back(m_units[i].level);
        } else {
            runs.back().second = i + 1;
        }
    }
    std::vector<int32_t> order(runs.size());
    for (size_t r = 0; r < runs.size(); ++r)
        order[r] = int32_t(r);
    if (std::any_of(runLevels.begin(), runLevels.end(), [](UBiDiLevel l) { return l != 0; }))
        ubidi_reorderVisual(runLevels.data(), int32_t(runLevels.size()), order.data());
    double x = 0;
    m_lastSpelledRun = -1;
    for (const int32_t r : order) {
        const auto [runStart, runEnd] = runs[size_t(r)];
        if (runLevels[size_t(r)] % 2 == 0) {
            for (size_t i = runStart; i < runEnd; ++i)
                addUnitTo(line, m_units[i], x, false, r);
        } else {
            for (size_t i = runEnd; i > runStart; --i)
                addUnitTo(line, m_units[i - 1], x, true, r);
        }
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
        const quint32 span = start < m_units.size() ? m_units[start].span : 0;
        measure(m_spans[std::min<size_t>(span, m_spans.size() - 1)]);
    }
    return line;
}

} // namespace fcte
