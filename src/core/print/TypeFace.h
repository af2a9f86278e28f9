#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QRawFont>
#include <QString>

#include <memory>
#include <vector>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace fcte {

// One glyph as HarfBuzz set it, in ems (multiply by the size in points): its advance, where it
// sits from the pen (marks above their letters), and the character it began at in the text
// that was shaped (its cluster).
struct ShapedGlyph {
    quint16 glyph = 0;
    quint32 cluster = 0;
    float advance = 0;
    float dx = 0;
    float dy = 0; // up
};

// One font file as the printed bitácora uses it, read by HarfBuzz: its character map, its
// metrics, its shaping (ligatures, kerning, marks placed by the font's own tables, Arabic
// joining) and, for a colour emoji face, each glyph's picture. The bytes are the file's own, so
// the PDF embeds a subset of exactly the face that was measured.
class TypeFace {
public:
    // From a font file's bytes; index picks a face in a collection (.ttc). An unusable file gives
    // a face whose isValid() is false and which has no glyphs.
    explicit TypeFace(const QByteArray &fileData, int index = 0);
    ~TypeFace();
    TypeFace(const TypeFace &) = delete;
    TypeFace &operator=(const TypeFace &) = delete;

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
    bool isItalic() const { return m_italic; }
    // Outlines in a 'CFF ' table (the CJK faces) rather than 'glyf': embedded as OpenType.
    bool hasCffOutlines() const { return m_cff; }
    // A colour emoji face: its glyphs are pictures (isColor), placed as images in the PDF.
    bool isColor() const { return m_color; }
    // The picture of a colour glyph (null when it has none), kept once read.
    QImage colorPicture(quint16 glyph) const;
    // Where a glyph's ink lies, in ems from the pen, y up: for a colour glyph, its picture's box.
    QRectF inkBox(quint16 glyph) const;

    // Shapes a run of text of one direction with the font's default features.
    std::vector<ShapedGlyph> shape(const QString &text, bool rightToLeft) const;

    // The text a glyph stands for, for a PDF reader's text layer: what it was first drawn for
    // alone (one glyph for one character). 0 when it never was.
    char32_t characterOf(quint16 glyph) const
    {
        return glyph < m_characters.size() ? m_characters[glyph] : 0;
    }
    // Records that a glyph was drawn alone for a character; false when it already stands for
    // another (the text layer then needs the text spelled out).
    bool noteCharacter(quint16 glyph, char32_t codePoint);

    // The face for Qt's painter, at 64 pixels (set its size before drawing).
    const QRawFont &font() const;
    // "DejaVuSans-Bold": the name a PDF gives the font.
    QString postScriptName() const;
    QString familyName() const;
    QByteArray table(const char *tag) const;
    // The font file reduced to some glyphs, glyph numbers kept (HarfBuzz's subsetter); empty
    // when it fails.
    QByteArray subset(const std::vector<bool> &glyphs) const;

private:
    QByteArray m_data;
    int m_index = 0;
    hb_blob_t *m_blob = nullptr;
    hb_face_t *m_face = nullptr;
    hb_font_t *m_font = nullptr;
    bool m_valid = false;
    bool m_cff = false;
    bool m_color = false;
    bool m_italic = false;
    double m_ascent = 0.8;
    double m_descent = 0.2;
    double m_defaultAdvance = 0.5;
    double m_unitsPerEm = 1000;
    std::vector<float> m_advances;
    // Characters of the Basic Multilingual Plane looked up so far (-1: not yet), others hashed.
    mutable std::vector<qint32> m_basic;
    mutable QHash<char32_t, quint16> m_astral;
    std::vector<char32_t> m_characters; // by glyph, 0: none yet (made on first use)
    mutable QHash<quint16, QImage> m_pictures;
    mutable std::unique_ptr<QRawFont> m_rawFont;
};

} // namespace fcte
