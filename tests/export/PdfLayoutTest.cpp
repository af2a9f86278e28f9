#include "TestSupport.h"
#include "core/evidence/EvidenceFile.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/print/PageLayout.h"
#include "core/print/TypeSet.h"
#include "core/store/Database.h"
#include "core/store/EvidenceStore.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QHash>
#include <QPainterPath>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <set>

using namespace fcte;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

// A bitácora holding the demo session.
struct DemoFile {
    test::TempBitacora temp;
    Database db;
    qint64 sessionId = 0;
    DemoFile()
    {
        db.open(temp.path());
        sessionId = DemoSession::create(db);
    }
};

TextStyle sized(double size, bool bold = false)
{
    TextStyle style;
    style.size = size;
    style.bold = bold;
    return style;
}

} // namespace

TEST_CASE("Every page of the PDF says its own number and the number of pages, and the file is "
          "well formed")
{
    DemoFile demo;
    SheetStore sheets(demo.db);
    for (int i = 0; i < 400; ++i) {
        Entry entry;
        entry.sheet = QStringLiteral("norms");
        entry.activity = 4;
        entry.text = QStringLiteral("Norma número %1 acordada por el colectivo").arg(i);
        sheets.addEntry(demo.sessionId, entry);
    }
    const QString pdf = demo.temp.dir.filePath(QStringLiteral("paginas.pdf"));
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    const int pages = pageCount(pdf);
    REQUIRE(pages > 10);
    for (int page = 1; page <= pages; ++page) {
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), pdf, QStringLiteral("-")});
        INFO(page);
        CHECK(text.contains(QStringLiteral("Página %1 de %2").arg(page).arg(pages)));
        CHECK(text.contains(QStringLiteral("Cuaderno de Bitácora del CTE ·"))); // running header
    }
    int exitCode = -1;
    const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}, &exitCode);
    INFO(check.toStdString());
    CHECK(exitCode == 0);
    CHECK(check.contains(QStringLiteral("No syntax or stream encoding errors")));
    // Every face is embedded, as a subset, with the characters its glyphs stand for.
    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    int faces = 0;
    for (const QString &line : fonts.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++faces;
        INFO(line.toStdString());
        CHECK(line.contains(QRegularExpression(QStringLiteral("yes\\s+yes\\s+yes"))));
    }
    CHECK(faces >= 2); // regular and bold (italic is the upright face, slanted)
}

TEST_CASE("A table row taller than a page continues on the next, every word once and in order")
{
    DemoFile demo;
    QStringList words;
    for (int i = 1; i <= 1200; ++i)
        words << QStringLiteral("w%1x").arg(i, 4, 10, QLatin1Char('0'));
    Commitment commitment;
    commitment.participantId = SessionStore(demo.db).participants(demo.sessionId).at(0).id;
    commitment.actions = words.join(QLatin1Char(' '));
    SheetStore(demo.db).addCommitment(demo.sessionId, commitment);
    const QString pdf = demo.temp.dir.filePath(QStringLiteral("fila.pdf"));
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    QStringList found;
    const QRegularExpression numbered(QStringLiteral("w\\d{4}x"));
    for (auto match = numbered.globalMatch(test::pdfToText(pdf)); match.hasNext();)
        found << match.next().captured();
    CHECK(found == words);
}

// 42 commitments as a room writes them: each row a few lines, no word cut (a name included).
TEST_CASE("A table's columns are sized by their content: rows stay short and no word is cut, "
          "a name's included")
{
    TypeSet types;
    const PageLayout layout(types, QSizeF(612, 792), QMarginsF(50, 50, 50, 50));
    FlowDocument flow;
    FlowTable table;
    table.header = QStringList{QStringLiteral("Participante"),
                               QStringLiteral("Mis alumnos requieren mejorar…"),
                               QStringLiteral("Me comprometo a implementar…"),
                               QStringLiteral("Compartiré en marzo mediante…"),
                               QStringLiteral("Evidencias e instrumentos")};
    table.style = sized(9);
    const QStringList row{QStringLiteral("María Fernanda López Añorve"),
                          QStringLiteral("la comprensión lectora de textos informativos"),
                          QStringLiteral("lectura diaria en voz alta con preguntas"),
                          QStringLiteral("una muestra de cuadernos y registros semanales"),
                          QStringLiteral("productos trabajados interdisciplinariamente")};
    for (int i = 0; i < 42; ++i)
        table.rows.push_back(row);
    flow.blocks.emplace_back(std::move(table));
    const LaidOutDocument document = layout.layOutAll(std::move(flow), QStringLiteral("H"));

    // The text as drawn, line by line, read back through the regular face's glyphs.
    const TypeFace &regular = types.face(types.faceOf({}));
    QHash<quint16, QChar> characters;
    for (const QChar character : row.join(QLatin1Char(' ')))
        characters.insert(regular.glyph(character.unicode()), character);
    QStringList drawnLines;
    std::set<std::pair<size_t, double>> baselines; // the rows' lines, on every page
    for (size_t p = 0; p < document.pages.size(); ++p) {
        const LaidOutPage &page = document.pages[p];
        for (const PlacedText &text : page.texts) {
            if (text.size != 9 || text.face != types.faceOf({}))
                continue; // the running header, the page number, the bold header row
            baselines.insert({p, text.origin.y()});
            QString drawn;
            for (quint32 g = 0; g < text.count; ++g)
                drawn += characters.value(page.glyphs[text.first + g], QLatin1Char('?'));
            drawnLines << drawn;
        }
    }
    // Every word of every cell, whole on some line, 42 times.
    const QStringList words =
        drawnLines.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : row.join(QLatin1Char(' ')).split(QLatin1Char(' '))) {
        INFO(word.toStdString());
        CHECK(words.count(word) ==
              42 * row.join(QLatin1Char(' ')).split(QLatin1Char(' ')).count(word));
    }
    INFO(baselines.size() << " lines for 42 rows");
    CHECK(baselines.size() <= 42 * 3);
}

TEST_CASE("A heading is never left alone at the foot of a page")
{
    TypeSet types;
    const PageLayout layout(types, QSizeF(612, 792), QMarginsF(50, 50, 50, 50));
    // Whatever the amount of text before it, the heading (15 points) lands on the page of the
    // paragraph after it (10 points).
    for (int lines = 30; lines < 60; ++lines) {
        FlowDocument flow;
        for (int i = 0; i < lines; ++i) {
            FlowParagraph filler;
            filler.spans.push_back({QStringLiteral("Relleno %1").arg(i), sized(10)});
            flow.blocks.emplace_back(std::move(filler));
        }
        FlowParagraph heading;
        heading.keepWithNext = true;
        heading.topMargin = 14;
        heading.spans.push_back({QStringLiteral("Título"), sized(15, true)});
        flow.blocks.emplace_back(std::move(heading));
        FlowParagraph after;
        after.spans.push_back({QStringLiteral("Lo que sigue al título"), sized(11)});
        flow.blocks.emplace_back(std::move(after));
        const LaidOutDocument document = layout.layOutAll(std::move(flow), QStringLiteral("H"));
        int headingPage = -1;
        int afterPage = -2;
        for (size_t page = 0; page < document.pages.size(); ++page) {
            for (const PlacedText &text : document.pages[page].texts) {
                if (text.size == 15)
                    headingPage = int(page);
                if (text.size == 11)
                    afterPage = int(page);
            }
        }
        INFO(lines);
        CHECK(headingPage == afterPage);
    }
}

TEST_CASE("An embedded font keeps the outlines of the glyphs used and no others")
{
    TypeSet types;
    const TypeFace &face = types.face(types.faceOf({}));
    REQUIRE(face.isValid());
    const quint16 used = face.glyph(U'ñ');
    const quint16 unused = face.glyph(U'Z');
    REQUIRE(used != 0);
    REQUIRE(unused != 0);
    std::vector<bool> glyphs(size_t(face.glyphCount()), false);
    glyphs[used] = true;
    const QByteArray subset = face.subset(glyphs);
    REQUIRE(!subset.isEmpty());
    CHECK(subset.size() < face.table("glyf").size() / 10); // a subset, not the whole font
    const QRawFont font(subset, 64);
    REQUIRE(font.isValid());
    // "ñ" is built of "n" and a tilde in DejaVu Sans: the parts came along.
    CHECK_FALSE(font.pathForGlyph(used).isEmpty());
    CHECK(font.pathForGlyph(used).boundingRect().height() > 30);
    CHECK(font.pathForGlyph(unused).isEmpty());
}

TEST_CASE("Text from phones prints without boxes: each emoji sequence one picture, joiners and "
          "selectors not drawn, separate accents join their letters")
{
    TypeSet types;
    const PageLayout layout(types, QSizeF(612, 792), QMarginsF(50, 50, 50, 50));
    FlowDocument flow;
    FlowParagraph paragraph;
    // A heart with its emoji selector, a family joined by zero-width joiners, a soft hyphen, and
    // "é" typed as "e" and a combining accent.
    paragraph.spans.push_back({QStringLiteral("Gracias \u2764\uFE0F "
                                              "\U0001F468\u200D\U0001F469\u200D\U0001F467 "
                                              "com\u00ADpromiso cafe\u0301"),
                               sized(10)});
    flow.blocks.emplace_back(std::move(paragraph));
    const LaidOutDocument document = layout.layOutAll(std::move(flow), QStringLiteral("H"));
    REQUIRE(document.pages.size() == 1);
    const LaidOutPage &page = document.pages.front();
    const std::vector<quint16> &glyphs = page.glyphs;
    CHECK(std::find(glyphs.begin(), glyphs.end(), quint16(0)) == glyphs.end()); // no box
    // Only what is seen: "Gracias ❤️ 👨‍👩‍👧 compromiso café" is 21 letters (spaces
    // have no ink) and two pictures (the heart and the family, each one emoji as phones show it).
    const TypeFace &face = types.face(types.faceOf({}));
    quint32 drawn = 0;
    for (const PlacedText &text : page.texts) {
        for (quint32 g = text.first; g < text.first + text.count; ++g)
            drawn += text.size == 10 && !text.invisible && glyphs[g] != face.glyph(' ') ? 1 : 0;
    }
    CHECK(drawn == 21);
    CHECK(page.pictures.size() == 2);
    CHECK(std::find(glyphs.begin(), glyphs.end(), face.glyph(U'\u00E9')) != glyphs.end());
}

TEST_CASE("The PDF is tagged for a screen reader: headings, paragraphs, lists, tables and a "
          "figure with its alternate text, in Mexican Spanish")
{
    DemoFile demo;
    const QString photo = demo.temp.dir.filePath(QStringLiteral("pizarron.jpg"));
    test::writePhoto(photo, 800, 600);
    EvidenceFile::Prepared prepared = EvidenceFile::prepare(photo, false);
    REQUIRE(prepared.error.isEmpty());
    prepared.evidence.activity = 12;
    prepared.evidence.caption = QStringLiteral("El pizarrón con las coincidencias");
    EvidenceStore(demo.db).add(demo.sessionId, prepared.evidence, prepared.data);
    const QString pdf = demo.temp.dir.filePath(QStringLiteral("etiquetas.pdf"));
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    CHECK(run(QStringLiteral("pdfinfo"), {pdf})
              .contains(QRegularExpression(QStringLiteral("Tagged:\\s+yes"))));
    const QString tree = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct"), pdf});
    INFO(tree.left(2000).toStdString());
    for (const char *kind : {"Document", "H1", "H2", "P (block)", "L (block)", "LI", "Table", "TR",
                             "TH", "TD", "Figure"})
        CHECK(tree.contains(QLatin1String(kind)));
    // The text in the tree, read in order: a heading's words, a table's cell, the figure's alt.
    const QString text = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf});
    CHECK(text.contains(QStringLiteral("Cuaderno de Bitácora del CTE")));
    CHECK(text.contains(QStringLiteral("El pizarrón con las coincidencias")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("/Lang (es-MX)"));
    CHECK(bytes.contains("/Alt <FEFF")); // the figure's alternate text
}
