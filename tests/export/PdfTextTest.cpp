// The PDF's text as people type it: shaped, in the faces that have it, given back exactly.
#include "TestSupport.h"
#include "core/print/PageLayout.h"
#include "core/print/PdfWriter.h"
#include "core/print/TypeSet.h"
#include "core/text/BundledFonts.h"

#include <QFile>
#include <QFont>
#include <QGlyphRun>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextLayout>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace fcte;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// "\u0301" and "\U0001F44D" in the file stand for the characters.
QString unescaped(const QString &text)
{
    QString result;
    const QRegularExpression escape(QStringLiteral(R"(\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8}))"));
    qsizetype at = 0;
    for (auto match = escape.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        result += text.mid(at, found.capturedStart() - at);
        const QString hex = found.captured(1).isEmpty() ? found.captured(2) : found.captured(1);
        const char32_t code = hex.toUInt(nullptr, 16);
        result += QString::fromUcs4(&code, 1);
        at = found.capturedEnd();
    }
    return result + text.mid(at);
}

// The invisible marks of direction (embeddings, overrides, isolates): a reader adds its own
// around right-to-left text, so both sides are compared without them.
QString withoutBidiControls(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text.simplified();
}

struct Golden {
    QString name;
    QString text;
};

std::vector<Golden> goldenStrings()
{
    QFile file(QStringLiteral(FCTE_TEST_DATA "/pdf-golden-strings.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    std::vector<Golden> strings;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        REQUIRE(colon > 0);
        strings.push_back({line.left(colon), unescaped(line.mid(colon + 2))});
    }
    return strings;
}

// Each text on a page of its own, written as the bitácora's PDF is.
struct PrintedStrings {
    QTemporaryDir dir;
    QString path;
    TypeSet types;
    std::vector<LaidOutPage> pages;

    explicit PrintedStrings(const QStringList &texts)
    {
        path = dir.filePath(QStringLiteral("textos.pdf"));
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("FCTE_KEEP_PDF"));
        const QSizeF paper(612, 792);
        const PageLayout layout(types, paper, QMarginsF(50, 50, 50, 50));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        PdfWriter writer(file, types, paper);
        const auto flow = [&](const FlowSink &sink) {
            for (const QString &text : texts) {
                FlowParagraph paragraph;
                paragraph.breakBefore = true;
                paragraph.spans.push_back({text, TextStyle{}});
                sink(std::move(paragraph));
            }
        };
        layout.layOut(flow, QString(), [&](LaidOutPage &&page) {
            pages.push_back(page);
            writer.addPage(page);
        });
        REQUIRE(writer.finish([&](int index, int count) { return layout.pageNumber(index, count); },
                              {QStringLiteral("Textos"), QStringLiteral("prueba")}));
    }

    // What a reader gives back from a page, without its number, its lines joined by spaces.
    QString pageText(int page) const
    {
        QString text = run(QStringLiteral("pdftotext"),
                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                            QString::number(page), QStringLiteral("-l"), QString::number(page),
                            path, QStringLiteral("-")});
        text.remove(QRegularExpression(QStringLiteral("Página \\d+ de \\d+")));
        text.remove(QChar(0x0C));
        return withoutBidiControls(text.simplified().normalized(QString::NormalizationForm_C));
    }
};

QStringList goldenTexts()
{
    QStringList texts;
    for (const Golden &golden : goldenStrings())
        texts << golden.text;
    return texts;
}

} // namespace

TEST_CASE("Every golden string comes back from the PDF's text exactly, after NFC: accents, "
          "indigenous names' marks, emoji sequences, Arabic, Hebrew, CJK, an override, a long word")
{
    const std::vector<Golden> golden = goldenStrings();
    REQUIRE(golden.size() >= 13);
    const PrintedStrings printed(goldenTexts());
    REQUIRE(printed.pages.size() >= golden.size());
    int page = 1;
    for (const Golden &string : golden) {
        INFO(string.name.toStdString());
        const QString typed =
            withoutBidiControls(string.text.normalized(QString::NormalizationForm_C));
        QString read = printed.pageText(page);
        // The long word is cut at the line's end: its lines are read one after another.
        while (string.text.size() > 500 && page < int(printed.pages.size()) &&
               !read.contains(typed.right(20)))
            read += printed.pageText(++page);
        if (string.text.size() > 500)
            read.remove(u' ');
        CHECK(read.toStdString() == typed.toStdString());
        ++page;
    }
    CHECK(printed.types.missing().empty());
}

TEST_CASE("No page of the golden strings holds glyph 0, and the PDF embeds the faces of the "
          "chain that drew them, the emoji as pictures")
{
    const PrintedStrings printed(goldenTexts());
    for (const LaidOutPage &page : printed.pages)
        CHECK(std::count(page.glyphs.begin(), page.glyphs.end(), quint16(0)) == 0);
    const QString fonts = run(QStringLiteral("pdffonts"), {printed.path});
    INFO(fonts.toStdString());
    for (const char *face : {"DejaVuSans", "NotoSansCJK", "NotoSansDevanagari"})
        CHECK(fonts.contains(QLatin1String(face)));
    CHECK_FALSE(fonts.contains(QLatin1String("NotoColorEmoji"))); // pictures, not a font
    // 👍🏽 is one picture, not a thumb and a swatch; the page of emoji holds one per sequence.
    const QString images =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), printed.path});
    const qsizetype emojiPage = 7;
    int pictures = 0;
    for (const QString &line : images.split(u'\n')) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() > 2 && columns.at(0) == QString::number(emojiPage) &&
            columns.at(2) == QLatin1String("image"))
            ++pictures;
    }
    CHECK(pictures == 8);
}

TEST_CASE("A character no face has prints as a placeholder with its code point, and is named")
{
    const char32_t privateUse = 0x10FFFD;
    const QString text =
        QStringLiteral("Antes ") + QString::fromUcs4(&privateUse, 1) + QStringLiteral(" después");
    const PrintedStrings printed({text});
    REQUIRE(printed.types.missing() == std::set<char32_t>{privateUse});
    CHECK(printed.types.missingDescription() == QLatin1String("U+10FFFD"));
    // Its digits drawn in a box of four rules, the text kept for a reader.
    const LaidOutPage &page = printed.pages.front();
    const TypeFace &face = printed.types.face(printed.types.faceOf({}));
    QString drawn;
    for (const PlacedText &placed : page.texts)
        for (quint32 g = placed.first; g < placed.first + placed.count; ++g)
            for (const char digit : {'1', '0', 'F', 'D'})
                if (page.glyphs[g] == face.glyph(char32_t(digit)))
                    drawn += QLatin1Char(digit);
    CHECK(drawn.contains(QLatin1String("10FFFD")));
    CHECK(page.lines.size() >= 5); // the header's rule and the box
    CHECK(printed.pageText(1) == text);
}

TEST_CASE("The projection and the PDF set the same glyphs for the same text and face")
{
    // Qt's layout draws the projection; the PDF shapes with HarfBuzz directly.
    const QStringList texts{QStringLiteral("Definir la afluencia: ¿Cómo está? fi fl ffi"),
                            QStringLiteral("Hña̱hñu A̱NA̱ ma̱zhä kʉ̱ʉ̱ ndɨ̱ɨ̱"),
                            QStringLiteral("Tu̱ʼun sa̱vi, Nāhuatlahtōlli, AVATAR Wave To"),
                            QStringLiteral("مرحبا بالعالم"), QStringLiteral("שלום עולם")};
    TypeSet types;
    const int face = types.faceOf({});
    for (const QString &text : texts) {
        INFO(text.toStdString());
        QFont font(types.face(face).familyName());
        font.setPixelSize(64);
        font.setHintingPreference(QFont::PreferNoHinting);
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        // Qt's glyphs, in the order they are seen: runs from the left, a right-to-left run's
        // glyphs (which Qt keeps in the order of its text) from its end.
        std::vector<std::pair<double, std::vector<quint16>>> runs;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            REQUIRE(run.rawFont().familyName() == types.face(face).familyName());
            std::vector<quint16> glyphs;
            for (const quint32 glyph : run.glyphIndexes())
                glyphs.push_back(quint16(glyph));
            if (run.isRightToLeft())
                std::reverse(glyphs.begin(), glyphs.end());
            runs.push_back({run.boundingRect().left(), glyphs});
        }
        std::sort(runs.begin(), runs.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        std::vector<quint16> qtGlyphs;
        for (const auto &run : runs)
            qtGlyphs.insert(qtGlyphs.end(), run.second.begin(), run.second.end());
        const std::vector<TextSpan> spans{{text, TextStyle{}}};
        const Line line = LineBreaker(types, spans).singleLine(1e9);
        std::vector<quint16> ours;
        for (const Piece &piece : line.pieces) {
            REQUIRE(piece.face == face);
            ours.insert(ours.end(), piece.glyphs.begin(), piece.glyphs.end());
        }
        // Compared without the spaces' glyphs, which have no ink (the PDF adds one without an
        // advance after a spelled-out cluster, for the reader's sake).
        const quint16 space = types.face(face).glyph(' ');
        ours.erase(std::remove(ours.begin(), ours.end(), space), ours.end());
        qtGlyphs.erase(std::remove(qtGlyphs.begin(), qtGlyphs.end(), space), qtGlyphs.end());
        REQUIRE(ours.size() >= 8);
        CHECK(ours == qtGlyphs);
    }
}

TEST_CASE("A narrow column breaks lines between clusters, never inside one: an emoji sequence, a "
          "flag, a letter and its mark stay whole")
{
    TypeSet types;
    const QString text =
        QStringLiteral("👨‍👩‍👧🇲🇽👍🏽 A̱A̱A̱A̱A̱A̱A̱A̱ Ña̱ñho");
    const std::vector<TextSpan> spans{{text, TextStyle{}}};
    const std::vector<Line> lines = LineBreaker(types, spans).lines(12, 0, 0);
    REQUIRE(lines.size() > 5); // about a cluster a line
    const TypeFace &upright = types.face(types.faceOf({}));
    const quint16 mark = upright.glyph(0x0331);
    int emoji = 0;
    for (const Line &line : lines) {
        REQUIRE_FALSE(line.pieces.empty());
        // No line starts with the mark that belongs to the letter before it.
        CHECK(line.pieces.front().glyphs.front() != mark);
        for (const Piece &piece : line.pieces) {
            for (const quint16 glyph : piece.glyphs)
                emoji += types.face(piece.face).colorPicture(glyph).isNull() ? 0 : 1;
        }
    }
    // Three sequences, three glyphs: a sequence cut in two would be shaped as its parts.
    CHECK(emoji == 3);
}

namespace {

// Each column's ink (0: white, 255 a pixel fully black) in a band of rows.
std::vector<double> inkProfile(const QImage &image, int top, int bottom)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    std::vector<double> profile(size_t(grey.width()), 0.0);
    for (int y = std::max(0, top); y < std::min(bottom, grey.height()); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            profile[size_t(x)] += 255 - line[x];
    }
    return profile;
}

std::pair<int, int> inkExtent(const std::vector<double> &profile)
{
    const double most = *std::max_element(profile.begin(), profile.end());
    int first = -1;
    int last = -1;
    for (size_t x = 0; x < profile.size(); ++x) {
        if (profile[x] > most * 0.05) {
            if (first < 0)
                first = int(x);
            last = int(x);
        }
    }
    return {first, last};
}

// How alike two ink profiles are, smoothed over a few pixels (antialiasing differs between
// renderers): 1 for the same shape.
double correlation(const std::vector<double> &a, const std::vector<double> &b)
{
    const auto smooth = [](const std::vector<double> &in) {
        std::vector<double> out(in.size(), 0.0);
        for (size_t x = 0; x < in.size(); ++x)
            for (size_t k = x >= 2 ? x - 2 : 0; k < std::min(in.size(), x + 3); ++k)
                out[x] += in[k];
        return out;
    };
    const std::vector<double> p = smooth(a);
    const std::vector<double> q = smooth(b);
    const double meanP = std::accumulate(p.begin(), p.end(), 0.0) / double(p.size());
    const double meanQ = std::accumulate(q.begin(), q.end(), 0.0) / double(q.size());
    double pq = 0, pp = 0, qq = 0;
    for (size_t x = 0; x < p.size(); ++x) {
        pq += (p[x] - meanP) * (q[x] - meanQ);
        pp += (p[x] - meanP) * (p[x] - meanP);
        qq += (q[x] - meanQ) * (q[x] - meanQ);
    }
    return pp > 0 && qq > 0 ? pq / std::sqrt(pp * qq) : 0;
}

} // namespace

TEST_CASE("Each golden string's page, rendered by pdftoppm, matches the same text laid out and "
          "drawn by Qt at the same size")
{
    std::vector<Golden> golden = goldenStrings();
    // One line each: the long word wraps, which Qt's single line would not. Nor the emoji:
    // Qt 6.4's layout picks no colour face for a sequence (it draws "🇲🇽" as two boxed letters
    // and "👍🏽" as a thumb and a swatch, in Symbola and DejaVu), the very thing the PDF mends;
    // their pictures are checked by count above.
    golden.erase(std::remove_if(golden.begin(), golden.end(),
                                [](const Golden &g) {
                                    return g.text.size() > 120 || g.name == QLatin1String("emoji");
                                }),
                 golden.end());
    QStringList texts;
    for (const Golden &string : golden)
        texts << string.text;
    const PrintedStrings printed(texts);
    constexpr double Scale = 2; // 144 dots an inch: two pixels a point
    const QSize pagePixels(qRound(612 * Scale), qRound(792 * Scale));
    for (size_t i = 0; i < golden.size(); ++i) {
        INFO(golden[i].name.toStdString());
        const int page = int(i) + 1;
        const QString prefix = printed.dir.filePath(QStringLiteral("pagina"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("144"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page),
             QStringLiteral("-png"), QStringLiteral("-singlefile"), printed.path, prefix});
        const QImage rendered(prefix + QStringLiteral(".png"));
        REQUIRE(rendered.size() == pagePixels);
        // The text's line as the layout placed it: its baseline, from the page's first run.
        const LaidOutPage &laid = printed.pages[i];
        REQUIRE_FALSE(laid.texts.empty());
        const double baseline = laid.texts.front().origin.y();

        QImage drawn(pagePixels, QImage::Format_ARGB32);
        drawn.fill(Qt::white);
        {
            QFont font(printed.types.face(printed.types.faceOf({})).familyName());
            font.setPixelSize(qRound(10 * Scale));
            font.setHintingPreference(QFont::PreferNoHinting);
            QTextLayout layout(golden[i].text, font);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setPosition(QPointF(0, 0));
            layout.endLayout();
            QPainter painter(&drawn);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::black);
            layout.draw(&painter, QPointF(50 * Scale, baseline * Scale - line.ascent()));
        }
        const int top = qRound((baseline - 12) * Scale);
        const int bottom = qRound((baseline + 5) * Scale);
        const std::vector<double> ours = inkProfile(rendered, top, bottom);
        const std::vector<double> qts = inkProfile(drawn, top, bottom);
        const auto [ourFirst, ourLast] = inkExtent(ours);
        const auto [qtFirst, qtLast] = inkExtent(qts);
        CHECK(std::abs(ourFirst - qtFirst) <= 3);
        CHECK(std::abs(ourLast - qtLast) <= 6);
        const double ourInk = std::accumulate(ours.begin(), ours.end(), 0.0);
        const double qtInk = std::accumulate(qts.begin(), qts.end(), 0.0);
        CHECK(ourInk > qtInk * 0.8);
        CHECK(ourInk < qtInk * 1.25);
        CHECK(correlation(ours, qts) > 0.9);
    }
}

TEST_CASE("The room's screen draws an emoji sequence as one colour emoji, as the PDF does")
{
    // The projection's and the interface's families: DejaVu Sans, then the colour emoji face.
    QFont font;
    font.setFamilies(BundledFonts::families());
    font.setPixelSize(40);
    QTextLayout layout(QStringLiteral("Sí 🇲🇽👍🏽👩🏽‍🏫"), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    int emoji = 0;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        if (run.rawFont().familyName() == QLatin1String("Noto Color Emoji"))
            emoji += int(run.glyphIndexes().size());
        else
            CHECK(run.rawFont().familyName() == BundledFonts::family());
    }
    CHECK(emoji == 3); // a flag, a thumb with its tone, a teacher: one glyph each
}

TEST_CASE("A placeholder inside right-to-left text keeps the words' order, and a leading "
          "invisible character does not change what a letter reads as")
{
    TypeSet types;
    const auto glyphsOf = [&types](const QString &text) {
        const std::vector<TextSpan> spans{{text, TextStyle{}}};
        std::vector<std::vector<quint16>> pieces;
        for (const Piece &piece : LineBreaker(types, spans).singleLine(1e9).pieces)
            pieces.push_back(piece.glyphs);
        return pieces;
    };
    const char32_t privateUse = 0x10FFFD;
    const auto line = glyphsOf(QStringLiteral("שלום ") + QString::fromUcs4(&privateUse, 1) +
                               QStringLiteral(" עולם"));
    const auto lastWord = glyphsOf(QStringLiteral("עולם"));
    REQUIRE(line.size() >= 3);
    REQUIRE(lastWord.size() == 1);
    // Seen from the left: the last word first, as a reader of Hebrew expects.
    CHECK(std::equal(lastWord.front().begin(), lastWord.front().end(), line.front().begin()));

    // A byte-order mark pasted before a word: "H" still reads as "H".
    glyphsOf(QStringLiteral("\uFEFFHola, Hola"));
    const TypeFace &face = types.face(types.faceOf({}));
    CHECK(face.characterOf(face.glyph('H')) == U'H');
}
