// The PDF's text as people type it: shaped, in the faces that have it, given back exactly.
#include "TestSupport.h"
#include "core/print/PageLayout.h"
#include "core/print/PdfWriter.h"
#include "core/print/TypeSet.h"

#include <QFile>
#include <QFont>
#include <QGlyphRun>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextLayout>
#include <catch2/catch.hpp>

#include <algorithm>

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
