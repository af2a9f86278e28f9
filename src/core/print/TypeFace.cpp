#include "core/print/TypeFace.h"

#include <QFont>
#include <QRectF>
#include <QRegularExpression>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

namespace fcte {
namespace {

bool hasTable(hb_face_t *face, hb_tag_t tag)
{
    hb_blob_t *blob = hb_face_reference_table(face, tag);
    const bool found = hb_blob_get_length(blob) > 0;
    hb_blob_destroy(blob);
    return found;
}

} // namespace

TypeFace::TypeFace(const QByteArray &fileData, int index)
    : m_data(fileData)
    , m_index(index)
{
    // The bytes stay ours (m_data is never changed again): HarfBuzz reads them in place.
    m_blob = hb_blob_create(m_data.constData(), uint(m_data.size()), HB_MEMORY_MODE_READONLY,
                            nullptr, nullptr);
    m_face = hb_face_create(m_blob, uint(index));
    m_font = hb_font_create(m_face);
    const unsigned glyphs = hb_face_get_glyph_count(m_face);
    const unsigned upem = hb_face_get_upem(m_face);
    m_cff = hasTable(m_face, HB_TAG('C', 'F', 'F', ' '));
    const bool glyf = hasTable(m_face, HB_TAG('g', 'l', 'y', 'f'));
    m_color = hb_ot_color_has_png(m_face);
    m_valid = glyphs > 0 && upem > 0 && (glyf || m_cff || m_color);
    if (!m_valid)
        return;
    m_unitsPerEm = upem;
    hb_font_set_scale(m_font, int(upem), int(upem));
    hb_position_t ascender = 0;
    hb_position_t descender = 0;
    if (hb_ot_metrics_get_position(m_font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender))
        m_ascent = ascender / m_unitsPerEm;
    if (hb_ot_metrics_get_position(m_font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descender))
        m_descent = -descender / m_unitsPerEm;
    m_italic = hb_style_get_value(m_font, HB_STYLE_TAG_SLANT_ANGLE) != 0.f ||
               hb_style_get_value(m_font, HB_STYLE_TAG_ITALIC) > 0.5f;
    m_advances.resize(glyphs);
    for (unsigned glyph = 0; glyph < glyphs; ++glyph)
        m_advances[glyph] = float(hb_font_get_glyph_h_advance(m_font, glyph) / m_unitsPerEm);
    m_defaultAdvance = m_advances.front();
}

TypeFace::~TypeFace()
{
    hb_font_destroy(m_font);
    hb_face_destroy(m_face);
    hb_blob_destroy(m_blob);
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
    hb_codepoint_t found = 0;
    if (!hb_font_get_nominal_glyph(m_font, codePoint, &found) || found >= m_advances.size())
        found = 0;
    const quint16 glyph = quint16(found);
    if (codePoint < 0x10000)
        m_basic[codePoint] = glyph;
    else
        m_astral.insert(codePoint, glyph);
    return glyph;
}

bool TypeFace::noteCharacter(quint16 glyph, char32_t codePoint)
{
    if (glyph >= m_advances.size())
        return false;
    if (m_characters.empty())
        m_characters.assign(m_advances.size(), 0);
    char32_t &known = m_characters[glyph];
    if (known == 0)
        known = codePoint;
    return known == codePoint;
}

std::vector<ShapedGlyph> TypeFace::shape(const QString &text, bool rightToLeft) const
{
    std::vector<ShapedGlyph> shaped;
    if (!m_valid)
        return shaped;
    hb_buffer_t *buffer = hb_buffer_create();
    hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t *>(text.utf16()), int(text.size()),
                        0, int(text.size()));
    hb_buffer_guess_segment_properties(buffer);
    hb_buffer_set_direction(buffer, rightToLeft ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    // Joiners, selectors and soft hyphens steer the shaping and are then dropped, not drawn.
    hb_buffer_set_flags(buffer, hb_buffer_flags_t(HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES |
                                                  HB_BUFFER_FLAG_BOT | HB_BUFFER_FLAG_EOT));
    // One cluster a character where the font allows: a mark keeps its own place in the text.
    hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
    hb_shape(m_font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t *infos = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t *positions = hb_buffer_get_glyph_positions(buffer, &count);
    shaped.reserve(count);
    for (unsigned i = 0; i < count; ++i) {
        ShapedGlyph glyph;
        glyph.glyph = infos[i].codepoint < m_advances.size() ? quint16(infos[i].codepoint) : 0;
        glyph.cluster = infos[i].cluster;
        glyph.advance = float(positions[i].x_advance / m_unitsPerEm);
        glyph.dx = float(positions[i].x_offset / m_unitsPerEm);
        glyph.dy = float(positions[i].y_offset / m_unitsPerEm);
        shaped.push_back(glyph);
    }
    hb_buffer_destroy(buffer);
    return shaped;
}

QImage TypeFace::colorPicture(quint16 glyph) const
{
    if (!m_color)
        return {};
    const auto known = m_pictures.constFind(glyph);
    if (known != m_pictures.cend())
        return *known;
    hb_blob_t *png = hb_ot_color_glyph_reference_png(m_font, glyph);
    unsigned length = 0;
    const char *bytes = hb_blob_get_data(png, &length);
    QImage picture;
    if (length > 0)
        picture.loadFromData(reinterpret_cast<const uchar *>(bytes), int(length), "PNG");
    hb_blob_destroy(png);
    m_pictures.insert(glyph, picture);
    return picture;
}

QRectF TypeFace::inkBox(quint16 glyph) const
{
    hb_glyph_extents_t extents{};
    if (!hb_font_get_glyph_extents(m_font, glyph, &extents))
        return {};
    return QRectF(extents.x_bearing / m_unitsPerEm, extents.y_bearing / m_unitsPerEm,
                  extents.width / m_unitsPerEm, -extents.height / m_unitsPerEm);
}

const QRawFont &TypeFace::font() const
{
    if (m_rawFont)
        return *m_rawFont;
    // The system's copy of the same file when it has one (the same 'head' table: the same
    // version, the same glyph numbers): Qt's PDF engine embeds a face it found on the system, and
    // draws one read from bytes as outlines, which a reader cannot search.
    QFont wanted(familyName());
    wanted.setPixelSize(64);
    wanted.setHintingPreference(QFont::PreferNoHinting);
    wanted.setWeight(QFont::Weight(qRound(hb_style_get_value(m_font, HB_STYLE_TAG_WEIGHT))));
    wanted.setStyle(m_italic ? QFont::StyleItalic : QFont::StyleNormal);
    const QRawFont system = QRawFont::fromFont(wanted);
    if (system.isValid() && system.fontTable("head") == table("head"))
        m_rawFont = std::make_unique<QRawFont>(system);
    else
        m_rawFont = std::make_unique<QRawFont>(m_data, 64, QFont::PreferNoHinting);
    return *m_rawFont;
}

namespace {

QString nameOf(hb_face_t *face, hb_ot_name_id_t id)
{
    char buffer[128];
    unsigned size = sizeof buffer;
    if (hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &size, buffer) == 0)
        return {};
    return QString::fromUtf8(buffer, int(size));
}

} // namespace

QString TypeFace::postScriptName() const
{
    QString name = nameOf(m_face, HB_OT_NAME_ID_POSTSCRIPT_NAME);
    // A PDF name holds no spaces nor delimiters.
    name.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.+-]")));
    return name.isEmpty() ? QStringLiteral("Font") : name;
}

QString TypeFace::familyName() const
{
    return nameOf(m_face, HB_OT_NAME_ID_FONT_FAMILY);
}

QByteArray TypeFace::table(const char *tag) const
{
    hb_blob_t *blob = hb_face_reference_table(m_face, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
    unsigned length = 0;
    const char *bytes = hb_blob_get_data(blob, &length);
    QByteArray copy(bytes, qsizetype(length));
    hb_blob_destroy(blob);
    return copy;
}

QByteArray TypeFace::subset(const std::vector<bool> &glyphs) const
{
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input)
        return {};
    hb_set_t *set = hb_subset_input_glyph_set(input);
    for (size_t glyph = 0; glyph < glyphs.size(); ++glyph)
        if (glyphs[glyph])
            hb_set_add(set, hb_codepoint_t(glyph));
    // Glyph numbers kept: the page's text refers to them. No hinting, no shaping tables: a PDF
    // reader draws the glyphs it is told to, where it is told.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t *dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const hb_tag_t tag :
         {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
          HB_TAG('k', 'e', 'r', 'n'), HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'),
          HB_TAG('M', 'A', 'T', 'H')})
        hb_set_add(dropped, tag);
    hb_face_t *reduced = hb_subset_or_fail(m_face, input);
    hb_subset_input_destroy(input);
    if (!reduced)
        return {};
    hb_blob_t *blob = hb_face_reference_blob(reduced);
    unsigned length = 0;
    const char *bytes = hb_blob_get_data(blob, &length);
    QByteArray result(bytes, qsizetype(length));
    hb_blob_destroy(blob);
    hb_face_destroy(reduced);
    return result;
}

} // namespace fcte
