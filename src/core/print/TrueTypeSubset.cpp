#include "core/print/TrueTypeSubset.h"

#include "core/print/TypeFace.h"

#include <QtEndian>

#include <map>

namespace fcte {
namespace {

quint32 read(const QByteArray &data, qsizetype offset, int bytes)
{
    if (offset < 0 || offset + bytes > data.size())
        return 0;
    const auto *at = reinterpret_cast<const uchar *>(data.constData()) + offset;
    return bytes == 2 ? qFromBigEndian<quint16>(at) : qFromBigEndian<quint32>(at);
}

void append(QByteArray &data, quint32 value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        data.append(char((value >> shift) & 0xff));
}

quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < table.size(); i += 4) {
        quint32 word = 0;
        for (int j = 0; j < 4; ++j)
            word = (word << 8) | (i + j < table.size() ? quint8(table.at(i + j)) : 0);
        sum += word;
    }
    return sum;
}

// The glyphs a composite glyph is made of.
std::vector<quint16> components(const QByteArray &glyph)
{
    std::vector<quint16> parts;
    if (glyph.size() < 10 || qint16(read(glyph, 0, 2)) >= 0)
        return parts;
    qsizetype at = 10;
    for (;;) {
        const quint32 flags = read(glyph, at, 2);
        parts.push_back(quint16(read(glyph, at + 2, 2)));
        at += 4 + ((flags & 0x1) ? 4 : 2);
        if (flags & 0x8)
            at += 2;
        else if (flags & 0x40)
            at += 4;
        else if (flags & 0x80)
            at += 8;
        if (!(flags & 0x20) || at >= glyph.size())
            break;
    }
    return parts;
}

} // namespace

QByteArray trueTypeSubset(const TypeFace &face, std::vector<bool> used)
{
    QByteArray head = face.table("head");
    const QByteArray loca = face.table("loca");
    const QByteArray glyf = face.table("glyf");
    const int glyphs = int(read(face.table("maxp"), 4, 2));
    if (head.size() < 54 || glyphs == 0 || glyf.isEmpty())
        return {};
    const bool longOffsets = read(head, 50, 2) == 1;
    const auto offsetOf = [&](int glyph) -> quint32 {
        return longOffsets ? read(loca, qsizetype(glyph) * 4, 4)
                           : read(loca, qsizetype(glyph) * 2, 2) * 2;
    };
    const auto outline = [&](int glyph) {
        const quint32 start = offsetOf(glyph);
        const quint32 end = offsetOf(glyph + 1);
        return end > start && end <= quint32(glyf.size()) ? glyf.mid(start, end - start)
                                                          : QByteArray();
    };
    used.resize(size_t(glyphs), false);
    used[0] = true; // the box for missing characters
    // Composite glyphs need their parts, which may be composite themselves.
    std::vector<int> pending;
    for (int glyph = 0; glyph < glyphs; ++glyph)
        if (used[size_t(glyph)])
            pending.push_back(glyph);
    while (!pending.empty()) {
        const int glyph = pending.back();
        pending.pop_back();
        for (quint16 part : components(outline(glyph))) {
            if (part < glyphs && !used[part]) {
                used[part] = true;
                pending.push_back(part);
            }
        }
    }
    QByteArray newGlyf;
    QByteArray newLoca;
    for (int glyph = 0; glyph < glyphs; ++glyph) {
        append(newLoca, quint32(newGlyf.size()), 4);
        if (used[size_t(glyph)]) {
            newGlyf += outline(glyph);
            while (newGlyf.size() % 4)
                newGlyf.append('\0');
        }
    }
    append(newLoca, quint32(newGlyf.size()), 4);
    head[50] = 0; // long offsets
    head[51] = 1;
    for (int i = 8; i < 12; ++i) // checkSumAdjustment: left at zero, readers do not check it
        head[i] = 0;

    std::map<QByteArray, QByteArray> tables{{"head", head}, {"loca", newLoca}, {"glyf", newGlyf}};
    for (const char *tag : {"hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep"}) {
        const QByteArray table = face.table(tag);
        if (!table.isEmpty())
            tables.emplace(QByteArray(tag), table);
    }
    QByteArray font;
    const int count = int(tables.size());
    int power = 1;
    int log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    append(font, 0x00010000, 4);
    append(font, quint32(count), 2);
    append(font, quint32(power * 16), 2);
    append(font, quint32(log2), 2);
    append(font, quint32(count * 16 - power * 16), 2);
    quint32 offset = quint32(12 + count * 16);
    for (const auto &[tag, table] : tables) {
        font += tag;
        append(font, checksum(table), 4);
        append(font, offset, 4);
        append(font, quint32(table.size()), 4);
        offset += quint32((table.size() + 3) & ~3);
    }
    for (const auto &entry : tables) {
        font += entry.second;
        while (font.size() % 4)
            font.append('\0');
    }
    return font;
}

} // namespace fcte
