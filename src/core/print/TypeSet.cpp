#include "core/print/TypeSet.h"

#include "core/text/BundledFonts.h"

#include <QFile>
#include <QFont>

namespace fcte {
namespace {

QRawFont rawFont(const QString &family, bool bold, bool italic)
{
    QFont font(family);
    font.setBold(bold);
    font.setItalic(italic);
    font.setPixelSize(64);
    font.setHintingPreference(QFont::PreferNoHinting);
    return QRawFont::fromFont(font);
}

// The upright face as the system has it; the copy inside the program when the system's cannot be
// embedded (another family substituted, or outlines this writer cannot carry).
QRawFont uprightFont(bool bold)
{
    const QRawFont system = rawFont(BundledFonts::family(), bold, false);
    if (system.isValid() && system.familyName() == BundledFonts::family() &&
        !system.fontTable("glyf").isEmpty())
        return system;
    QFile file(BundledFonts::files().value(bold ? 1 : 0));
    return file.open(QIODevice::ReadOnly) ? QRawFont(file.readAll(), 64, QFont::PreferNoHinting)
                                          : system;
}

} // namespace

TypeSet::TypeSet()
{
    for (int bold = 0; bold < 2; ++bold) {
        const int upright = add(uprightFont(bold));
        m_styleFaces[size_t(bold)] = upright;
        const QRawFont italic = rawFont(BundledFonts::family(), bold, true);
        const bool ownItalic = italic.isValid() && italic.style() != QFont::StyleNormal &&
                               italic.familyName() == face(upright).font().familyName();
        m_styleFaces[size_t(bold + 2)] = ownItalic ? add(italic) : upright;
        m_slanted[size_t(bold + 2)] = !ownItalic;
    }
}

int TypeSet::add(const QRawFont &font)
{
    m_faces.push_back(std::make_unique<TypeFace>(font));
    return int(m_faces.size()) - 1;
}

void TypeSet::loadFallbacks()
{
    m_fallbacksLoaded = true;
    const QString symbols = QStringLiteral("Symbola");
    const QRawFont font = rawFont(symbols, false, false);
    if (font.isValid() && font.familyName() == symbols) {
        const int added = add(font);
        if (face(added).isValid())
            m_fallbacks.push_back(added);
    }
}

int TypeSet::faceFor(int styleFace, char32_t codePoint, quint16 *glyph)
{
    *glyph = m_faces[size_t(styleFace)]->glyph(codePoint);
    if (*glyph != 0)
        return styleFace;
    if (!m_fallbacksLoaded)
        loadFallbacks();
    for (int fallback : m_fallbacks) {
        if (const quint16 found = m_faces[size_t(fallback)]->glyph(codePoint)) {
            *glyph = found;
            return fallback;
        }
    }
    return styleFace;
}

} // namespace fcte
