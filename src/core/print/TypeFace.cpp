#include "core/print/TypeFace.h"

#include <QtEndian>

namespace fcte {
namespace {

quint16 u16(const QByteArray &table, int offset)
{
    return offset + 2 <= table.size()
               ? qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(table.constData()) +
                                         offset)
               : 0;
}

qint16 s16(const QByteArray &table, int offset)
{
    return qint16(u16(table, offset));
}

} // namespace

TypeFace::TypeFace(const QRawFont &font)
    : m_font(font)
{
    if (!font.isValid())
        return;
    const QByteArray head = table("head");
    const QByteArray hhea = table("hhea");
    const QByteArray hmtx = table("hmtx");
    const QByteArray maxp = table("maxp");
    const int unitsPerEm = u16(head, 18);
    const int glyphs = u16(maxp, 4);
    const int metrics = u16(hhea, 34);
    // Only TrueType outlines can be embedded as this writer does (a CFF font has no 'glyf').
    m_valid = unitsPerEm > 0 && glyphs > 0 && metrics > 0 && hmtx.size() >= metrics * 4 &&
              !table("glyf").isEmpty() && !table("loca").isEmpty();
    if (!m_valid)
        return;
    const double em = unitsPerEm;
    m_ascent = s16(hhea, 4) / em;
    m_descent = -s16(hhea, 6) / em;
    m_advances.resize(glyphs);
    double last = 0;
    for (int i = 0; i < glyphs; ++i) {
        if (i < metrics)
            last = u16(hmtx, i * 4) / em;
        m_advances[i] = float(last);
    }
    m_defaultAdvance = m_advances.empty() ? 0.5 : m_advances[0];
}

quint16 TypeFace::glyph(char32_t codePoint) const
{
    if (!m_valid)
        return 0;
    if (codePoint < 0x10000) {
        if (m_basic.empty())
            m_basic.assign(0x10000, -1);
        qint32 &known = m_basic[codePoint];
        if (known >= 0)
            return quint16(known);
    } else if (const auto found = m_astral.constFind(codePoint); found != m_astral.cend()) {
        return *found;
    }
    char16_t units[2];
    int count = 1;
    if (codePoint < 0x10000) {
        units[0] = char16_t(codePoint);
    } else {
        units[0] = QChar::highSurrogate(codePoint);
        units[1] = QChar::lowSurrogate(codePoint);
        count = 2;
    }
    quint32 indexes[2] = {0, 0};
    int found = 2;
    if (!m_font.glyphIndexesForChars(reinterpret_cast<const QChar *>(units), count, indexes,
                                     &found) ||
        found < 1 || indexes[0] >= m_advances.size())
        indexes[0] = 0;
    const quint16 glyph = quint16(indexes[0]);
    if (codePoint < 0x10000)
        m_basic[codePoint] = glyph;
    else
        m_astral.insert(codePoint, glyph);
    if (glyph != 0 && !m_characters.contains(glyph))
        m_characters.insert(glyph, codePoint);
    return glyph;
}

QString TypeFace::postScriptName() const
{
    QString name = m_font.familyName();
    name.remove(QLatin1Char(' '));
    QString style;
    if (m_font.weight() >= QFont::Bold)
        style += QStringLiteral("Bold");
    if (m_font.style() == QFont::StyleItalic)
        style += QStringLiteral("Italic");
    else if (m_font.style() == QFont::StyleOblique)
        style += QStringLiteral("Oblique");
    return style.isEmpty() ? name : name + QLatin1Char('-') + style;
}

QByteArray TypeFace::table(const char *tag) const
{
    return m_font.fontTable(tag);
}

} // namespace fcte
