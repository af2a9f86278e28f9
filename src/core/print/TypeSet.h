#pragma once

#include "core/print/TypeFace.h"

#include <QHash>
#include <QStringView>

#include <array>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

namespace fcte {

// The faces a printed bitácora is set in: DejaVu Sans, carried inside the program, in its
// upright and bold styles (italic is slanted by hand), then a chain of fallbacks for what DejaVu
// lacks, each a file of a package the program's .deb depends on, so an installed copy prints
// what a developer's machine prints: Noto Sans (Latin, Greek and Cyrillic beyond DejaVu's),
// the Noto face of the character's script (Arabic, Hebrew, Devanagari… and CJK), Noto's symbols
// and mathematics, and last Noto Color Emoji, whose glyphs are pictures.
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
    TypeSet();
    ~TypeSet();

    // The face a style is drawn with, and whether its italic is slanted by hand.
    int faceOf(Style style) const { return m_styleFaces[index(style)]; }
    bool slanted(Style style) const { return m_slanted[index(style)]; }
    // The face that draws a grapheme cluster (a letter and its marks, an emoji sequence) in a
    // style: the style's own face, or the first fallback that has every character of it (an
    // emoji sequence tries the emoji face first). -1 when none has.
    int faceFor(int styleFace, bool bold, QStringView cluster);
    const TypeFace &face(int index) const { return *m_faces[size_t(index)]; }
    TypeFace &face(int index) { return *m_faces[size_t(index)]; }
    int faceCount() const { return int(m_faces.size()); }

    // A word shaped by a face, kept: the same words come back page after page. Valid until the
    // next call.
    const std::vector<ShapedGlyph> &shaped(int face, bool rightToLeft, QStringView text);

    // Characters that only steer how their neighbours are drawn (joiners, selectors, the soft
    // hyphen…): HarfBuzz drops them, so no face needs a glyph for them.
    static bool isIgnorable(char32_t code);

    // Characters no face could draw (each printed as a placeholder with its code point).
    void noteMissing(char32_t codePoint) { m_missing.insert(codePoint); }
    const std::set<char32_t> &missing() const { return m_missing; }
    // "U+0D9A, U+1F9FF": the missing characters as a person can look them up.
    QString missingDescription() const;

private:
    static int index(Style style) { return (style.bold ? 1 : 0) + (style.italic ? 2 : 0); }
    // The face in a file (loaded once), or -1 when the file is not there or not usable.
    int faceFromFile(const QString &path);
    bool hasAll(int face, QStringView cluster) const;
    // The fallbacks worth trying for a cluster, in order.
    std::vector<QString> fallbackFiles(bool bold, char32_t firstLetter, bool emoji) const;

    std::vector<std::unique_ptr<TypeFace>> m_faces;
    std::array<int, 4> m_styleFaces{};
    std::array<bool, 4> m_slanted{};
    QHash<QString, int> m_files;
    QHash<std::pair<int, QString>, int> m_choices; // (style face, cluster) → face
    std::set<char32_t> m_missing;
    // Words shaped so far, by a hash of face, direction and text: found without making a string.
    struct ShapedWord {
        int face;
        bool rightToLeft;
        QString text;
        std::vector<ShapedGlyph> glyphs;
    };
    std::unordered_multimap<size_t, ShapedWord> m_shaped;
};

} // namespace fcte
