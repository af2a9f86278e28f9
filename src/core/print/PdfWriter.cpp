#include "core/print/PdfWriter.h"

#include "core/print/PageLayout.h"
#include "core/print/TypeSet.h"

#include <QBuffer>
#include <QDateTime>
#include <QIODevice>
#include <QImageWriter>

#include <cmath>
#include <map>

namespace fcte {
namespace {

// Numbers as PDF writes them: at most two decimals, no exponent, no trailing zeros.
void appendNumber(QByteArray &out, double value)
{
    qint64 hundredths = qint64(value * 100 + (value < 0 ? -0.5 : 0.5));
    if (hundredths < 0) {
        out.append('-');
        hundredths = -hundredths;
    }
    char digits[24];
    int length = 0;
    qint64 whole = hundredths / 100;
    do {
        digits[length++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (length > 0)
        out.append(digits[--length]);
    const int fraction = int(hundredths % 100);
    if (fraction != 0) {
        out.append('.');
        out.append(char('0' + fraction / 10));
        if (fraction % 10)
            out.append(char('0' + fraction % 10));
    }
}

void appendHex16(QByteArray &out, quint32 value)
{
    static const char hex[] = "0123456789ABCDEF";
    out.append(hex[(value >> 12) & 0xf]);
    out.append(hex[(value >> 8) & 0xf]);
    out.append(hex[(value >> 4) & 0xf]);
    out.append(hex[value & 0xf]);
}

void appendColor(QByteArray &out, QRgb color, const char *op)
{
    appendNumber(out, qRed(color) / 255.0);
    out.append(' ');
    appendNumber(out, qGreen(color) / 255.0);
    out.append(' ');
    appendNumber(out, qBlue(color) / 255.0);
    out.append(' ').append(op).append('\n');
}

// A PDF text string: UTF-16 with its byte order mark, in hex (no escaping to get wrong).
QByteArray textString(const QString &text)
{
    QByteArray out("<FEFF");
    for (const QChar ch : text)
        appendHex16(out, ch.unicode());
    return out + '>';
}

QByteArray compressed(const QByteArray &data)
{
    // qCompress puts the length in four bytes before the zlib stream, which is what PDF wants.
    return qCompress(data, 6).mid(4);
}

class PdfFile {
public:
    explicit PdfFile(QIODevice &device)
        : m_device(device)
    {
        m_offsets.push_back(0);
        m_buffer.append("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    }

    int reserve()
    {
        m_offsets.push_back(-1);
        return int(m_offsets.size()) - 1;
    }

    void object(int number, const QByteArray &body)
    {
        begin(number);
        m_buffer.append(body).append("\nendobj\n");
        flushIfFull();
    }

    void stream(int number, QByteArray dictionary, const QByteArray &data, bool compress = true)
    {
        const QByteArray bytes = compress ? compressed(data) : data;
        begin(number);
        if (compress)
            dictionary += " /Filter /FlateDecode";
        m_buffer.append("<< ").append(dictionary).append(" /Length ");
        m_buffer.append(QByteArray::number(bytes.size())).append(" >>\nstream\n");
        m_buffer.append(bytes).append("\nendstream\nendobj\n");
        flushIfFull();
    }

    bool finish(int catalog, int info)
    {
        const qint64 xref = m_written + m_buffer.size();
        m_buffer.append("xref\n0 ").append(QByteArray::number(qsizetype(m_offsets.size())));
        m_buffer.append("\n0000000000 65535 f \n");
        for (size_t i = 1; i < m_offsets.size(); ++i)
            m_buffer.append(QByteArray::number(m_offsets[i]).rightJustified(10, '0'))
                .append(" 00000 n \n");
        m_buffer.append("trailer\n<< /Size ")
            .append(QByteArray::number(qsizetype(m_offsets.size())))
            .append(" /Root ")
            .append(QByteArray::number(catalog))
            .append(" 0 R /Info ")
            .append(QByteArray::number(info))
            .append(" 0 R >>\nstartxref\n")
            .append(QByteArray::number(xref))
            .append("\n%%EOF\n");
        flush();
        return m_ok;
    }

private:
    void begin(int number)
    {
        m_offsets[size_t(number)] = m_written + m_buffer.size();
        m_buffer.append(QByteArray::number(number)).append(" 0 obj\n");
    }
    void flushIfFull()
    {
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        if (m_ok && m_device.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_written += m_buffer.size();
        m_buffer.clear();
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_written = 0;
    std::vector<qint64> m_offsets;
    bool m_ok = true;
};

QByteArray reference(int number)
{
    return QByteArray::number(number) + " 0 R";
}

// The glyphs of a face used so far, and the PDF objects that will carry it.
struct UsedFace {
    int number = 0; // the Type 0 font
    std::vector<bool> glyphs;
};

QByteArray subsetTag(int face, const std::vector<bool> &glyphs)
{
    quint32 hash = 2166136261u + quint32(face);
    for (size_t i = 0; i < glyphs.size(); ++i)
        if (glyphs[i])
            hash = (hash ^ quint32(i)) * 16777619u;
    QByteArray tag;
    for (int i = 0; i < 6; ++i, hash /= 26)
        tag.append(char('A' + hash % 26));
    return tag + '+';
}

void writeFace(PdfFile &pdf, const TypeFace &face, int index, const UsedFace &used)
{
    const QByteArray name = subsetTag(index, used.glyphs) + face.postScriptName().toLatin1();
    const int cidFont = pdf.reserve();
    const int descriptor = pdf.reserve();
    const int file = pdf.reserve();
    const int toUnicode = pdf.reserve();

    // HarfBuzz's subsetter keeps the glyphs' numbers, which the pages' text refers to.
    const QByteArray program = face.subset(used.glyphs);
    const bool openType = face.hasCffOutlines();
    pdf.stream(file,
               openType ? QByteArray("/Subtype /OpenType")
                        : "/Length1 " + QByteArray::number(program.size()),
               program);

    const QByteArray head = face.table("head");
    const auto fontUnit = [&](int offset) {
        const qint16 value = offset + 2 <= head.size()
                                 ? qint16((quint8(head[offset]) << 8) | quint8(head[offset + 1]))
                                 : 0;
        const int unitsPerEm = head.size() > 19 ? (quint8(head[18]) << 8) | quint8(head[19]) : 1000;
        return QByteArray::number(qRound(value * 1000.0 / std::max(1, unitsPerEm)));
    };
    const bool italic = face.isItalic();
    pdf.object(descriptor,
               "<< /Type /FontDescriptor /FontName /" + name + " /Flags " + (italic ? "96" : "32") +
                   " /FontBBox [" + fontUnit(36) + ' ' + fontUnit(38) + ' ' + fontUnit(40) + ' ' +
                   fontUnit(42) + "] /ItalicAngle " + (italic ? "-11" : "0") + " /Ascent " +
                   QByteArray::number(qRound(face.ascent() * 1000)) + " /Descent " +
                   QByteArray::number(qRound(-face.descent() * 1000)) + " /CapHeight " +
                   QByteArray::number(qRound(face.ascent() * 1000)) + " /StemV 80 " +
                   (openType ? "/FontFile3 " : "/FontFile2 ") + reference(file) + " >>");

    QByteArray widths("[");
    QByteArray cmap;
    int mappings = 0;
    QByteArray block;
    for (size_t glyph = 0; glyph < used.glyphs.size(); ++glyph) {
        if (!used.glyphs[glyph])
            continue;
        const bool continues = glyph > 0 && used.glyphs[glyph - 1];
        if (!continues) {
            if (widths.size() > 1)
                widths.append("] ");
            widths.append(QByteArray::number(qulonglong(glyph))).append(" [");
        } else {
            widths.append(' ');
        }
        appendNumber(widths, face.advance(quint16(glyph)) * 1000);
        if (const char32_t character = face.characterOf(quint16(glyph))) {
            block.append('<');
            appendHex16(block, quint32(glyph));
            block.append("> <");
            if (character < 0x10000) {
                appendHex16(block, character);
            } else {
                appendHex16(block, QChar::highSurrogate(character));
                appendHex16(block, QChar::lowSurrogate(character));
            }
            block.append(">\n");
            if (++mappings % 100 == 0) {
                cmap += "100 beginbfchar\n" + block + "endbfchar\n";
                block.clear();
            }
        }
    }
    if (widths.size() > 1)
        widths.append(']');
    widths.append(']');
    if (mappings % 100)
        cmap += QByteArray::number(mappings % 100) + " beginbfchar\n" + block + "endbfchar\n";
    pdf.stream(toUnicode, "",
               "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
               "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
               "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
                   cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    // A CFF face's glyphs are found by their CID, which in the Noto CJK faces is the glyph's
    // number; a TrueType face's through the identity map.
    pdf.object(cidFont, "<< /Type /Font /Subtype " +
                            QByteArray(openType ? "/CIDFontType0" : "/CIDFontType2") +
                            " /BaseFont /" + name +
                            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                            "/Supplement 0 >> /FontDescriptor " +
                            reference(descriptor) +
                            (openType ? QByteArray() : QByteArray(" /CIDToGIDMap /Identity")) +
                            " /W " + widths + " >>");
    pdf.object(used.number, "<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                                " /Encoding /Identity-H /DescendantFonts [" + reference(cidFont) +
                                "] /ToUnicode " + reference(toUnicode) + " >>");
}

// A picture with transparency (an emoji): its colours and, as a soft mask, its alpha, both
// compressed without loss.
void writeTransparentPicture(PdfFile &pdf, int number, const QImage &picture)
{
    const QImage argb = picture.convertToFormat(QImage::Format_ARGB32);
    QByteArray colours;
    QByteArray alpha;
    colours.reserve(qsizetype(argb.width()) * argb.height() * 3);
    alpha.reserve(qsizetype(argb.width()) * argb.height());
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            colours.append(char(qRed(line[x]))).append(char(qGreen(line[x])));
            colours.append(char(qBlue(line[x])));
            alpha.append(char(qAlpha(line[x])));
        }
    }
    const QByteArray size = " /Width " + QByteArray::number(argb.width()) + " /Height " +
                            QByteArray::number(argb.height()) + " /BitsPerComponent 8";
    const int mask = pdf.reserve();
    pdf.stream(mask, "/Type /XObject /Subtype /Image /ColorSpace /DeviceGray" + size, alpha);
    pdf.stream(number,
               "/Type /XObject /Subtype /Image /ColorSpace /DeviceRGB" + size + " /SMask " +
                   reference(mask),
               colours);
}

void writePicture(PdfFile &pdf, int number, const QImage &picture)
{
    if (picture.hasAlphaChannel()) {
        writeTransparentPicture(pdf, number, picture);
        return;
    }
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpg");
        writer.setQuality(90);
        if (!writer.write(picture.convertToFormat(QImage::Format_RGB888)))
            jpeg.clear();
    }
    const QByteArray size = " /Width " + QByteArray::number(picture.width()) + " /Height " +
                            QByteArray::number(picture.height());
    if (!jpeg.isEmpty()) {
        pdf.stream(number,
                   "/Type /XObject /Subtype /Image /ColorSpace /DeviceRGB /BitsPerComponent 8 "
                   "/Filter /DCTDecode" +
                       size,
                   jpeg, false);
        return;
    }
    // No JPEG writer in this Qt: the pixels as they are, compressed.
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    QByteArray pixels;
    pixels.reserve(qsizetype(rgb.width()) * rgb.height() * 3);
    for (int y = 0; y < rgb.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), rgb.width() * 3);
    pdf.stream(number,
               "/Type /XObject /Subtype /Image /ColorSpace /DeviceRGB /BitsPerComponent 8" + size,
               pixels);
}

// A structure element as the PDF's tags hold it: its children, then its marked content.
struct TaggedElement {
    StructureElement::Role role = StructureElement::Role::Paragraph;
    qint32 parent = -1;
    QString alt;
    std::vector<qint32> children;
    std::vector<std::pair<int, int>> marks; // (page, marked-content id)
};

const char *tagOf(StructureElement::Role role)
{
    using Role = StructureElement::Role;
    switch (role) {
    case Role::Heading1:
        return "H1";
    case Role::Heading2:
        return "H2";
    case Role::Heading3:
        return "H3";
    case Role::Heading4:
        return "H4";
    case Role::Paragraph:
        return "P";
    case Role::List:
        return "L";
    case Role::ListItem:
        return "LI";
    case Role::Table:
        return "Table";
    case Role::TableRow:
        return "TR";
    case Role::HeaderCell:
        return "TH";
    case Role::Cell:
        return "TD";
    case Role::Figure:
        return "Figure";
    }
    return "P";
}

// One page's drawing as a content stream; notes the glyphs it uses and writes its pictures.
// What belongs to the document's structure is marked with the element it belongs to; the rest
// (rules, shading, the running header, the page number) is marked as an artifact, which a screen
// reader skips.
class PageContent {
public:
    PageContent(PdfFile &pdf, TypeSet &types, double height, std::map<int, UsedFace> &faces,
                std::map<qint64, int> &pictures, std::vector<TaggedElement> &elements)
        : m_pdf(pdf)
        , m_types(types)
        , m_height(height)
        , m_faces(faces)
        , m_pictures(pictures)
        , m_elements(elements)
    {}

    // pageIndex: the page's place in the document, for its marked content; -1 for drawing
    // that is all artifact (the page number).
    QByteArray operator()(const LaidOutPage &page, int pageIndex)
    {
        m_out.clear();
        m_pageIndex = pageIndex;
        m_marks.clear();
        if (!page.fills.empty()) {
            m_out.append("/Artifact BMC\n");
            fills(page);
            m_out.append("EMC\n");
        }
        pictures(page);
        texts(page);
        if (!page.lines.empty()) {
            m_out.append("/Artifact BMC\n");
            lines(page);
            m_out.append("EMC\n");
        }
        return m_out;
    }

    // The element of each marked-content id of the last page written.
    const std::vector<qint32> &marks() const { return m_marks; }

private:
    void number(double value)
    {
        appendNumber(m_out, value);
        m_out.append(' ');
    }

    void fills(const LaidOutPage &page)
    {
        for (const PlacedFill &fill : page.fills) {
            appendColor(m_out, fill.color, "rg");
            number(fill.rect.left());
            number(m_height - fill.rect.bottom());
            number(fill.rect.width());
            number(fill.rect.height());
            m_out.append("re f\n");
        }
    }

    void pictures(const LaidOutPage &page)
    {
        for (const PlacedPicture &placed : page.pictures) {
            auto [at, added] = m_pictures.emplace(placed.image.cacheKey(), 0);
            if (added) {
                at->second = m_pdf.reserve();
                writePicture(m_pdf, at->second, placed.image);
            }
            beginMarked(placed.element);
            m_out.append("q ");
            number(placed.rect.width());
            m_out.append("0 0 ");
            number(placed.rect.height());
            number(placed.rect.left());
            number(m_height - placed.rect.bottom());
            m_out.append("cm /Im").append(QByteArray::number(at->second)).append(" Do Q\n");
            m_out.append("EMC\n");
        }
    }

    void texts(const LaidOutPage &page)
    {
        if (page.texts.empty())
            return;
        m_out.append("BT\n");
        m_font = -1;
        m_size = -1;
        m_color = 0; // no colour a page uses (they are opaque): the first sets its own
        m_invisible = false;
        m_spelled = 0;
        m_inSpelled = false;
        for (const PlacedText &text : page.texts) {
            beginMarked(text.element);
            placeText(page, text);
            m_out.append("EMC\n");
        }
        if (m_invisible)
            m_out.append("0 Tr\n");
        m_out.append("ET\n");
    }

    void placeText(const LaidOutPage &page, const PlacedText &text)
    {
        UsedFace &used = m_faces[text.face];
        const TypeFace &face = m_types.face(text.face);
        if (used.number == 0) {
            used.number = m_pdf.reserve();
            used.glyphs.assign(size_t(face.glyphCount()), false);
        }
        if (text.face != m_font || text.size != m_size) {
            m_out.append("/F").append(QByteArray::number(text.face)).append(' ');
            number(text.size);
            m_out.append("Tf\n");
            m_font = text.face;
            m_size = text.size;
        }
        if (text.color != m_color) {
            appendColor(m_out, text.color, "rg");
            m_color = text.color;
        }
        if (text.invisible != m_invisible) {
            m_out.append(text.invisible ? "3 Tr\n" : "0 Tr\n");
            m_invisible = text.invisible;
        }
        // Each glyph where the layout put it: the pen moves by the width the font gives the
        // glyph, and a TJ adjustment (or, for a raised mark, a new matrix) makes up the rest.
        bool penKnown = false;
        bool open = false;
        double pen = 0;
        const auto close = [&] {
            if (open)
                m_out.append(">] TJ\n");
            open = false;
        };
        const auto moveTo = [&](double x, double y) {
            close();
            m_out.append(text.slanted ? "1 0 0.2 1 " : "1 0 0 1 ");
            number(text.origin.x() + x);
            number(m_height - text.origin.y() + y);
            m_out.append("Tm\n");
        };
        const quint32 end = text.first + text.count;
        for (quint32 i = text.first; i < end; ++i) {
            spell(page, i, close);
            const quint16 glyph = page.glyphs[i];
            GlyphPlace place = page.places[i];
            if (std::abs(place.y) < 0.005f)
                place.y = 0;
            if (glyph < used.glyphs.size())
                used.glyphs[glyph] = true;
            if (place.y != m_rise) { // a mark raised or lowered: the text rise, the pen kept
                close();
                number(place.y);
                m_out.append("Ts\n");
                m_rise = place.y;
            }
            if (!penKnown) {
                moveTo(place.x, 0);
                pen = place.x;
                penKnown = true;
            }
            if (!open) {
                m_out.append("[<");
                open = true;
            }
            if (std::abs(place.x - pen) > 0.001) {
                m_out.append("> ");
                number(-(place.x - pen) * 1000 / text.size);
                m_out.append("<");
            }
            appendHex16(m_out, glyph);
            pen = place.x + face.advance(glyph) * text.size;
        }
        close();
        spell(page, end, close, false);
        if (m_rise != 0) {
            m_out.append("0 Ts\n");
            m_rise = 0;
        }
    }

    void beginMarked(qint32 element)
    {
        if (element < 0 || m_pageIndex < 0 || size_t(element) >= m_elements.size()) {
            m_out.append("/Artifact BMC\n");
            return;
        }
        const int id = int(m_marks.size());
        m_marks.push_back(element);
        m_elements[size_t(element)].marks.push_back({m_pageIndex, id});
        m_out.append('/').append(tagOf(m_elements[size_t(element)].role));
        m_out.append(" << /MCID ").append(QByteArray::number(id)).append(" >> BDC\n");
    }

    // Opens and closes the marked content that spells out the text of some glyphs: what a
    // reader copies, searches and reads aloud for them.
    template <typename Close>
    void spell(const LaidOutPage &page, quint32 glyph, const Close &close, bool mayOpen = true)
    {
        if (m_inSpelled && glyph == m_spelledEnd) {
            close();
            m_out.append("EMC\n");
            m_inSpelled = false;
        }
        // Passed over: one with no glyphs, or one begun before (never the case, but one such
        // must not keep every later one shut).
        while (m_spelled < page.spelled.size() &&
               (page.spelled[m_spelled].count == 0 || page.spelled[m_spelled].first < glyph))
            ++m_spelled;
        if (mayOpen && !m_inSpelled && m_spelled < page.spelled.size() &&
            page.spelled[m_spelled].first == glyph && page.spelled[m_spelled].count > 0) {
            close();
            m_out.append("/Span << /ActualText ")
                .append(textString(page.spelled[m_spelled].text))
                .append(" >> BDC\n");
            m_spelledEnd = glyph + page.spelled[m_spelled].count;
            m_inSpelled = true;
            ++m_spelled;
        }
    }

    void lines(const LaidOutPage &page)
    {
        double width = -1;
        QRgb color = 0;
        for (const PlacedLine &line : page.lines) {
            if (line.width != width) {
                number(line.width);
                m_out.append("w\n");
                width = line.width;
            }
            if (line.color != color) {
                appendColor(m_out, line.color, "RG");
                color = line.color;
            }
            number(line.line.x1());
            number(m_height - line.line.y1());
            m_out.append("m ");
            number(line.line.x2());
            number(m_height - line.line.y2());
            m_out.append("l S\n");
        }
    }

    PdfFile &m_pdf;
    TypeSet &m_types;
    double m_height;
    std::map<int, UsedFace> &m_faces;
    std::map<qint64, int> &m_pictures;
    std::vector<TaggedElement> &m_elements;
    int m_pageIndex = -1;
    std::vector<qint32> m_marks;
    QByteArray m_out;
    // The text state while a page's text is written.
    int m_font = -1;
    double m_size = -1;
    QRgb m_color = 0;
    bool m_invisible = false;
    float m_rise = 0;
    size_t m_spelled = 0; // the next of the page's spelled texts
    bool m_inSpelled = false;
    quint32 m_spelledEnd = 0;
};

} // namespace

struct PdfWriter::Private {
    Private(QIODevice &device, TypeSet &types, const QSizeF &pageSize)
        : pdf(device)
        , types(types)
        , content(pdf, types, pageSize.height(), faces, pictures, elements)
        , mediaBox("[0 0 " + QByteArray::number(pageSize.width(), 'f', 2) + ' ' +
                   QByteArray::number(pageSize.height(), 'f', 2) + ']')
    {}

    PdfFile pdf;
    TypeSet &types;
    std::map<int, UsedFace> faces;
    std::map<qint64, int> pictures;             // QImage::cacheKey → object
    std::vector<TaggedElement> elements;        // by id
    std::vector<std::vector<qint32>> pageMarks; // each page's marked content's elements
    PageContent content;
    QByteArray mediaBox;
    int catalog = pdf.reserve();
    int pageTree = pdf.reserve();
    int resources = pdf.reserve();
    int info = pdf.reserve();
    std::vector<int> bodies; // each page's drawing
};

PdfWriter::PdfWriter(QIODevice &device, TypeSet &types, const QSizeF &pageSize)
    : d(std::make_unique<Private>(device, types, pageSize))
{}

PdfWriter::~PdfWriter() = default;

int PdfWriter::writeStructure(const std::vector<int> &pages)
{
    PdfFile &pdf = d->pdf;
    const int root = pdf.reserve();
    const int document = pdf.reserve();
    const int parentTree = pdf.reserve();
    std::vector<int> numbers(d->elements.size());
    for (int &number : numbers)
        number = pdf.reserve();
    QByteArray top;
    for (size_t id = 0; id < d->elements.size(); ++id) {
        const TaggedElement &element = d->elements[id];
        const int parent = element.parent >= 0 ? numbers[size_t(element.parent)] : document;
        if (element.parent < 0)
            top += reference(numbers[id]) + ' ';
        QByteArray kids;
        for (const qint32 child : element.children)
            kids += reference(numbers[size_t(child)]) + ' ';
        for (const auto &[page, mark] : element.marks)
            kids += "<< /Type /MCR /Pg " + reference(pages[size_t(page)]) + " /MCID " +
                    QByteArray::number(mark) + " >> ";
        QByteArray body = "<< /Type /StructElem /S /" + QByteArray(tagOf(element.role)) + " /P " +
                          reference(parent) + " /K [" + kids + ']';
        if (!element.alt.isEmpty())
            body += " /Alt " + textString(element.alt);
        pdf.object(numbers[id], body + " >>");
    }
    pdf.object(document,
               "<< /Type /StructElem /S /Document /P " + reference(root) + " /K [" + top + "] >>");
    QByteArray nums;
    for (size_t page = 0; page < d->pageMarks.size(); ++page) {
        nums += QByteArray::number(qulonglong(page)) + " [";
        for (const qint32 element : d->pageMarks[page])
            nums += reference(numbers[size_t(element)]) + ' ';
        nums += "] ";
    }
    pdf.object(parentTree, "<< /Nums [" + nums + "] >>");
    pdf.object(root, "<< /Type /StructTreeRoot /K [" + reference(document) + "] /ParentTree " +
                         reference(parentTree) + " /ParentTreeNextKey " +
                         QByteArray::number(qulonglong(d->pageMarks.size())) + " >>");
    return root;
}

void PdfWriter::addPage(const LaidOutPage &page)
{
    for (const StructureElement &element : page.elements) {
        if (element.id < 0)
            continue;
        if (size_t(element.id) >= d->elements.size())
            d->elements.resize(size_t(element.id) + 1);
        TaggedElement &tagged = d->elements[size_t(element.id)];
        tagged.role = element.role;
        tagged.parent = element.parent;
        tagged.alt = element.alt;
        if (element.parent >= 0 && size_t(element.parent) < d->elements.size())
            d->elements[size_t(element.parent)].children.push_back(element.id);
    }
    const int body = d->pdf.reserve();
    d->pdf.stream(body, "", d->content(page, int(d->bodies.size())));
    d->pageMarks.push_back(d->content.marks());
    d->bodies.push_back(body);
}

bool PdfWriter::finish(const std::function<LaidOutPage(int, int)> &pageNumber, const Info &info)
{
    PdfFile &pdf = d->pdf;
    const int count = int(d->bodies.size());
    QByteArray kids;
    std::vector<int> pages;
    for (int index = 0; index < count; ++index) {
        const int foot = pdf.reserve();
        pdf.stream(foot, "", d->content(pageNumber(index, count), -1));
        const int page = pdf.reserve();
        pages.push_back(page);
        pdf.object(page, "<< /Type /Page /Parent " + reference(d->pageTree) + " /MediaBox " +
                             d->mediaBox + " /Resources " + reference(d->resources) +
                             " /Contents [" + reference(d->bodies[size_t(index)]) + ' ' +
                             reference(foot) + "] /StructParents " + QByteArray::number(index) +
                             " /Tabs /S >>");
        kids += reference(page) + ' ';
    }
    const int structure = writeStructure(pages);
    QByteArray fontNames;
    for (const auto &[index, used] : d->faces) {
        writeFace(pdf, d->types.face(index), index, used);
        fontNames += " /F" + QByteArray::number(index) + ' ' + reference(used.number);
    }
    QByteArray pictureNames;
    for (const auto &[key, number] : d->pictures)
        pictureNames += " /Im" + QByteArray::number(number) + ' ' + reference(number);
    pdf.object(d->resources, "<< /ProcSet [/PDF /Text /ImageC] /Font <<" + fontNames +
                                 " >> /XObject <<" + pictureNames + " >> >>");
    pdf.object(d->pageTree,
               "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(count) + " >>");
    // Tagged, in Mexican Spanish: a screen reader reads the structure, in order, in its voice.
    pdf.object(d->catalog, "<< /Type /Catalog /Pages " + reference(d->pageTree) +
                               " /MarkInfo << /Marked true >> /Lang (es-MX) /StructTreeRoot " +
                               reference(structure) +
                               " /ViewerPreferences << /DisplayDocTitle true >> >>");
    pdf.object(
        d->info,
        "<< /Title " + textString(info.title) + " /Creator " + textString(info.creator) +
            " /Producer " + textString(info.creator) + " /CreationDate (D:" +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
            "Z) >>");
    return pdf.finish(d->catalog, d->info);
}

} // namespace fcte
