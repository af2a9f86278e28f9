#pragma once

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QString>

#include <vector>

namespace fcte {

// One font file as the printed bitácora uses it: a glyph for each character, read from the
// font's own character map, and each glyph's advance in ems, read from its metrics table.
// There is no shaping (no kerning, no ligatures): the bitácora is prose in Latin script, and a
// plain map is what lets 300 pages be laid out in a few tens of milliseconds. The same advances
// position the glyphs on paper and go into the PDF's width table, so both always agree.
class TypeFace {
public:
    // An invalid face (no usable TrueType outlines) reports isValid() false and has no glyphs.
    explicit TypeFace(const QRawFont &font);

    bool isValid() const { return m_valid; }
    // 0 when the face has no glyph for the character.
    quint16 glyph(char32_t codePoint) const;
    double advance(quint16 glyph) const
    {
        return glyph < m_advances.size() ? m_advances[glyph] : m_defaultAdvance;
    }
    double ascent() const { return m_ascent; }
    double descent() const { return m_descent; }
    int glyphCount() const { return int(m_advances.size()); }
    // The character each glyph was first looked up for: what a PDF reader's text layer reads.
    char32_t characterOf(quint16 glyph) const { return m_characters.value(glyph, 0); }
    const QRawFont &font() const { return m_font; }
    // "DejaVuSans-Bold": the name a PDF gives the font.
    QString postScriptName() const;
    QByteArray table(const char *tag) const;

private:
    QRawFont m_font;
    bool m_valid = false;
    double m_ascent = 0.8;
    double m_descent = 0.2;
    double m_defaultAdvance = 0.5;
    std::vector<float> m_advances;
    // Characters of the Basic Multilingual Plane looked up so far (-1: not yet), others hashed.
    mutable std::vector<qint32> m_basic;
    mutable QHash<char32_t, quint16> m_astral;
    mutable QHash<quint16, char32_t> m_characters;
};

} // namespace fcte
