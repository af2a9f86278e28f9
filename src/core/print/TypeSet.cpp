#include "core/print/TypeSet.h"

#include "core/text/BundledFonts.h"

#include <QFile>
#include <QStringList>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace fcte {
namespace {

// Where Debian's fonts-noto-core, fonts-noto-cjk and fonts-noto-color-emoji put their files.
const QString NotoFolder = QStringLiteral("/usr/share/fonts/truetype/noto/");
const QString NotoCjkFolder = QStringLiteral("/usr/share/fonts/opentype/noto/");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An emoji sequence as phones send it: drawn from the emoji face before any other.
bool looksLikeEmoji(QStringView cluster)
{
    const QList<uint> codes = cluster.toUcs4();
    if (codes.isEmpty())
        return false;
    for (const uint code : codes) {
        if (code == 0xFE0F || code == 0x20E3 || code == 0x200D ||
            u_hasBinaryProperty(UChar32(code), UCHAR_REGIONAL_INDICATOR) ||
            u_hasBinaryProperty(UChar32(code), UCHAR_EMOJI_MODIFIER))
            return true;
    }
    return u_hasBinaryProperty(UChar32(codes.front()), UCHAR_EMOJI_PRESENTATION);
}

} // namespace

bool TypeSet::isIgnorable(char32_t code)
{
    return u_hasBinaryProperty(UChar32(code), UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ||
           u_hasBinaryProperty(UChar32(code), UCHAR_VARIATION_SELECTOR);
}

TypeSet::TypeSet()
{
    for (int bold = 0; bold < 2; ++bold) {
        const QString file = BundledFonts::files().value(bold);
        m_faces.push_back(std::make_unique<TypeFace>(fileBytes(file)));
        const int upright = int(m_faces.size()) - 1;
        m_files.insert(file, upright);
        m_styleFaces[size_t(bold)] = upright;
        // The program carries no italic: slanted from the upright face, the same everywhere.
        m_styleFaces[size_t(bold + 2)] = upright;
        m_slanted[size_t(bold + 2)] = true;
    }
}

TypeSet::~TypeSet() = default;

int TypeSet::faceFromFile(const QString &path)
{
    if (const auto known = m_files.constFind(path); known != m_files.cend())
        return *known;
    int index = -1;
    if (QFile::exists(path)) {
        auto face = std::make_unique<TypeFace>(fileBytes(path));
        if (face->isValid()) {
            m_faces.push_back(std::move(face));
            index = int(m_faces.size()) - 1;
        }
    }
    m_files.insert(path, index);
    return index;
}

bool TypeSet::hasAll(int face, QStringView cluster) const
{
    bool any = false;
    for (const uint code : cluster.toUcs4()) {
        if (isIgnorable(code))
            continue;
        if (m_faces[size_t(face)]->glyph(code) == 0)
            return false;
        any = true;
    }
    return any || m_faces[size_t(face)]->glyph(' ') != 0;
}

std::vector<QString> TypeSet::fallbackFiles(bool bold, char32_t firstLetter, bool emoji) const
{
    const QString weight = bold ? QStringLiteral("-Bold") : QStringLiteral("-Regular");
    std::vector<QString> files;
    const QString emojiFile = NotoFolder + QStringLiteral("NotoColorEmoji.ttf");
    if (emoji)
        files.push_back(emojiFile);
    files.push_back(NotoFolder + QStringLiteral("NotoSans") + weight + QStringLiteral(".ttf"));
    UErrorCode error = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(UChar32(firstLetter), &error);
    if (U_SUCCESS(error)) {
        switch (script) {
        case USCRIPT_HAN:
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
        case USCRIPT_HANGUL:
        case USCRIPT_BOPOMOFO:
            files.push_back(NotoCjkFolder + QStringLiteral("NotoSansCJK") + weight +
                            QStringLiteral(".ttc"));
            files.push_back(NotoCjkFolder + QStringLiteral("NotoSansCJK-Regular.ttc"));
            break;
        default: {
            // "Canadian_Aboriginal" → NotoSansCanadianAboriginal-Regular.ttf
            const QString name =
                QString::fromLatin1(uscript_getName(script)).remove(QLatin1Char('_'));
            for (const QString &kind : {QStringLiteral("NotoSans"), QStringLiteral("NotoSerif")}) {
                files.push_back(NotoFolder + kind + name + weight + QStringLiteral(".ttf"));
                files.push_back(NotoFolder + kind + name + QStringLiteral("-Regular.ttf"));
            }
        }
        }
    }
    for (const char *symbols : {"NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf",
                                "NotoSansMath-Regular.ttf", "NotoMusic-Regular.ttf"})
        files.push_back(NotoFolder + QLatin1String(symbols));
    if (!emoji)
        files.push_back(emojiFile);
    return files;
}

int TypeSet::faceFor(int styleFace, bool bold, QStringView cluster)
{
    const auto key = std::make_pair(styleFace, cluster.toString());
    if (const auto known = m_choices.constFind(key); known != m_choices.cend())
        return *known;
    const bool emoji = looksLikeEmoji(cluster);
    int chosen = -1;
    if (!emoji && hasAll(styleFace, cluster))
        chosen = styleFace;
    char32_t first = 0;
    for (const uint code : cluster.toUcs4()) {
        if (!isIgnorable(code)) {
            first = code;
            break;
        }
    }
    if (chosen < 0) {
        for (const QString &file : fallbackFiles(bold, first, emoji)) {
            const int face = faceFromFile(file);
            if (face >= 0 && hasAll(face, cluster)) {
                chosen = face;
                break;
            }
        }
    }
    if (chosen < 0 && emoji && hasAll(styleFace, cluster))
        chosen = styleFace; // an emoji the emoji face lacks, as DejaVu draws it
    m_choices.insert(key, chosen);
    return chosen;
}

const std::vector<ShapedGlyph> &TypeSet::shaped(int face, bool rightToLeft, QStringView text)
{
    // Bounded: a very long document must not keep every word it ever printed.
    if (m_shaped.size() > 50000)
        m_shaped.clear();
    const size_t hash = qHash(text, size_t(face) * 2 + (rightToLeft ? 1 : 0));
    const auto [first, last] = m_shaped.equal_range(hash);
    for (auto at = first; at != last; ++at) {
        const ShapedWord &word = at->second;
        if (word.face == face && word.rightToLeft == rightToLeft && word.text == text)
            return word.glyphs;
    }
    const QString word = text.toString();
    return m_shaped
        .emplace(hash, ShapedWord{face, rightToLeft, word,
                                  m_faces[size_t(face)]->shape(word, rightToLeft)})
        ->second.glyphs;
}

QString TypeSet::missingDescription() const
{
    QStringList names;
    for (const char32_t code : m_missing)
        names << QStringLiteral("U+%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
    return names.join(QStringLiteral(", "));
}

} // namespace fcte
