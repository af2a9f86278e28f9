#pragma once

#include "core/print/TypeFace.h"

#include <array>
#include <memory>
#include <vector>

namespace fcte {

// The faces a printed bitácora is set in: DejaVu Sans in its four styles (an italic the system
// lacks is slanted from the upright face), and Symbola for the emoji and symbols typed by the
// room (a colour emoji font cannot be carried in a PDF: it would print blank).
class TypeSet {
public:
    struct Style {
        bool bold = false;
        bool italic = false;
        bool operator==(const Style &other) const
        {
            return bold == other.bold && italic == other.italic;
        }
    };
    // Needs a QGuiApplication (fonts come from the platform's font database).
    TypeSet();

    // The face a style is drawn with, and whether its italic is slanted by hand.
    int faceOf(Style style) const { return m_styleFaces[index(style)]; }
    bool slanted(Style style) const { return m_slanted[index(style)]; }
    // The face and glyph that draw a character in a style: the style's own face, or the first
    // fallback that has it; the style's face and glyph 0 (a box) when none has.
    int faceFor(int styleFace, char32_t codePoint, quint16 *glyph);
    const TypeFace &face(int index) const { return *m_faces[size_t(index)]; }
    int faceCount() const { return int(m_faces.size()); }

private:
    static int index(Style style) { return (style.bold ? 1 : 0) + (style.italic ? 2 : 0); }
    int add(const QRawFont &font);
    void loadFallbacks();

    std::vector<std::unique_ptr<TypeFace>> m_faces;
    std::array<int, 4> m_styleFaces{};
    std::array<bool, 4> m_slanted{};
    std::vector<int> m_fallbacks;
    bool m_fallbacksLoaded = false;
};

} // namespace fcte
