#include "TestSupport.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/model/Clock.h"
#include "core/session/SessionTimer.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/TimingStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace fcte;

namespace {

// The PDF's text as pdftotext reads it, with line breaks and runs of spaces folded, so phrases
// that wrap across lines can still be found, and typographic ligatures (ﬁ, ﬂ) read as letters.
QString pdfText(const QString &pdf)
{
    return test::pdfToText(pdf).normalized(QString::NormalizationForm_KC).simplified();
}

struct DemoBitacora {
    test::TempBitacora temp;
    Database db;
    qint64 sessionId = 0;
    qint64 struckId = 0;
    QString hostile = QStringLiteral("<b>negritas</b> & <i>no</i> '; DROP TABLE entry; -- fin");

    DemoBitacora()
    {
        db.open(temp.path());
        sessionId = DemoSession::create(db);
        SheetStore sheets(db);
        Entry entry;
        entry.sheet = QStringLiteral("norms");
        entry.activity = 4;
        entry.text = hostile;
        sheets.addEntry(sessionId, entry);
        Entry struck = entry;
        struck.id = 0;
        struck.text = QStringLiteral("Norma retirada por acuerdo");
        sheets.addEntry(sessionId, struck);
        sheets.setEntryStruck(struck.id, true);
        struckId = struck.id;
    }
    QString file(const char *name) const { return temp.dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

TEST_CASE("The PDF holds every section and every entry, with Spanish text intact")
{
    DemoBitacora demo;
    const QString pdf = demo.file("bitacora.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    const QString text = pdfText(pdf);

    for (const char *section :
         {"Cuaderno de Bitácora del CTE", "Escuelas participantes", "Asistencia",
          "Agenda: tiempos planeados y reales", "Registro de las actividades",
          "Compromisos personales", "Acuerdos de seguimiento",
          "Necesidades de asesoría externa por escuela", "Próxima reunión",
          "Balance de los directores", "Firmas", "Página 1 de", "09DPR1234X"})
        CHECK(text.contains(QString::fromUtf8(section)));
    for (const Activity &activity : test::shippedGuide().activities())
        CHECK(text.contains(
            QStringLiteral("Actividad %1. %2").arg(activity.number).arg(activity.title)));

    SheetStore sheets(demo.db);
    for (const Entry &entry : sheets.allEntries(demo.sessionId)) {
        INFO(entry.text.toStdString());
        if (entry.sheet == QLatin1String("individualNotes"))
            CHECK_FALSE(text.contains(entry.text.simplified())); // private
        else
            CHECK(text.contains(entry.text.simplified()));
    }
    // Table cells wrap in their columns, so each word of each field is looked for.
    for (const Commitment &commitment : sheets.commitments(demo.sessionId)) {
        for (const QString &field : {commitment.studentsNeed, commitment.actions,
                                     commitment.shareHow, commitment.evidence}) {
            for (const QString &word : field.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                CHECK(text.contains(word));
        }
    }
    CHECK(text.contains(demo.hostile)); // markup-like text appears literally
    CHECK(text.contains(QStringLiteral("Norma retirada por acuerdo [tachada]")));
    CHECK(text.contains(QStringLiteral("Ñ")) == false); // sanity: no stray mojibake capitals
    CHECK(text.contains(QStringLiteral("Añorve")));
    // A school's level and shift as the session dialog names them, not as they are stored.
    CHECK(text.contains(QStringLiteral("Primaria Matutino")));
    CHECK_FALSE(text.contains(QStringLiteral("matutino")));
}

// The text layer exactly as pdftotext gives it: no folding of ligatures, so a search for "fi"
// finds only what a PDF reader's plain search would find.
QString rawPdfText(const QString &pdf)
{
    return test::pdfToText(pdf);
}

TEST_CASE("Every word of a long entry is in the PDF's text exactly once, in order")
{
    DemoBitacora demo;
    QStringList words;
    for (int i = 1; i <= 2500; ++i)
        words << QStringLiteral("n%1x").arg(i, 4, 10, QLatin1Char('0'));
    SheetStore sheets(demo.db);
    // One very long entry and many short ones, so lines cross many page breaks.
    Entry longEntry;
    longEntry.sheet = QStringLiteral("norms");
    longEntry.activity = 4;
    longEntry.text = words.mid(0, 1500).join(QLatin1Char(' '));
    sheets.addEntry(demo.sessionId, longEntry);
    for (int i = 1500; i < 2500; i += 10) {
        Entry entry = longEntry;
        entry.id = 0;
        entry.text = words.mid(i, 10).join(QLatin1Char(' '));
        sheets.addEntry(demo.sessionId, entry);
    }
    const QString pdf = demo.file("largo.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    const QString text = rawPdfText(pdf);
    const QRegularExpression numbered(QStringLiteral("n\\d{4}x"));
    QStringList found;
    for (auto match = numbered.globalMatch(text); match.hasNext();)
        found << match.next().captured();
    CHECK(found.size() == words.size());
    CHECK(found == words);
}

TEST_CASE("Every commitment of a table that spans pages is in the PDF's text exactly once")
{
    DemoBitacora demo;
    SheetStore sheets(demo.db);
    const qint64 person = SessionStore(demo.db).participants(demo.sessionId).at(0).id;
    QStringList numbers;
    for (int i = 1; i <= 150; ++i) {
        Commitment commitment;
        commitment.participantId = person;
        numbers << QStringLiteral("c%1x").arg(i, 3, 10, QLatin1Char('0'));
        // Cells of different heights, so rows end at every height of a page.
        commitment.actions = numbers.last() + QStringLiteral(" leer") +
                             QStringLiteral(" en voz alta").repeated(i % 7);
        sheets.addCommitment(demo.sessionId, commitment);
    }
    const QString pdf = demo.file("compromisos.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    const QRegularExpression numbered(QStringLiteral("c\\d{3}x"));
    QStringList found;
    for (auto match = numbered.globalMatch(rawPdfText(pdf)); match.hasNext();)
        found << match.next().captured();
    CHECK(found == numbers);
}

TEST_CASE("PDF text is searchable as typed: ligatures read as letters, tabs as spaces")
{
    DemoBitacora demo;
    SheetStore sheets(demo.db);
    Entry entry;
    entry.sheet = QStringLiteral("norms");
    entry.activity = 4;
    entry.text = QStringLiteral("Definir el flujo de la reflexión\tcon tabulador\tdentro");
    sheets.addEntry(demo.sessionId, entry);
    const QString pdf = demo.file("busqueda.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    const QString text = rawPdfText(pdf);
    CHECK(text.contains(QStringLiteral("Definir el flujo de la reflexión")));
    CHECK(text.contains(QStringLiteral("tabulador dentro")));
    CHECK_FALSE(text.contains(QStringLiteral("tabuladordentro")));
}

TEST_CASE("Struck entries can be left out of the PDF, and A4 is an option")
{
    DemoBitacora demo;
    const QString pdf = demo.file("a4.pdf");
    PdfOptions options;
    options.pageSize = QPageSize::A4;
    options.document.struck = DocumentOptions::Struck::Omit;
    REQUIRE(
        Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf, options).isEmpty());
    const QString text = pdfText(pdf);
    CHECK_FALSE(text.contains(QStringLiteral("Norma retirada por acuerdo")));
    CHECK(text.contains(demo.hostile));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(60000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));
}

TEST_CASE("The commitments CSV opens in a spreadsheet with accents and awkward text intact")
{
    DemoBitacora demo;
    SheetStore sheets(demo.db);
    Commitment tricky;
    tricky.participantId = SessionStore(demo.db).participants(demo.sessionId).at(1).id;
    tricky.studentsNeed = QStringLiteral("leer \"en voz alta\", con fluidez; y comprensión");
    tricky.actions = QStringLiteral("=HYPERLINK(\"http://x\")");
    tricky.shareHow = QStringLiteral("línea uno\nlínea dos");
    sheets.addCommitment(demo.sessionId, tricky);

    const QString csv = demo.file("compromisos.csv");
    REQUIRE(Exporters::writeCommitmentsCsv(demo.db, demo.sessionId, csv).isEmpty());
    const QByteArray bytes = test::readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.first().startsWith(QStringLiteral("Participante,Escuela,Grado o sección")));
    CHECK(
        text.contains(QStringLiteral("Juan Carlos Peña Ibáñez,Escuela Primaria «Benito Juárez»")));
    CHECK(
        text.contains(QStringLiteral("\"leer \"\"en voz alta\"\", con fluidez; y comprensión\"")));
    CHECK(text.contains(QStringLiteral("'=HYPERLINK(\"\"http://x\"\")"))); // never a formula
    CHECK(text.contains(QStringLiteral("\"línea uno\nlínea dos\"")));
}

TEST_CASE("A failed export says why and leaves the old file as it was")
{
    DemoBitacora demo;
    const QString existing = demo.file("bitacora.json");
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("versión anterior");
    }
    // A full disk, as root too: no file of this process may grow past 1 KiB while it lasts.
    {
        test::FileSizeLimit fullDisk(1024);
        const QString message = Exporters::writeJson(demo.db, demo.sessionId, existing);
        CHECK(message.startsWith(QStringLiteral("No se pudo guardar")));
    }
    CHECK(test::readFile(existing) == QByteArray("versión anterior"));
    CHECK(QDir(demo.temp.dir.path()).entryList({QStringLiteral("bitacora.json.*")}).isEmpty());

    // A folder that is a regular file: refused whoever runs it, and that file is untouched.
    const QString underFile = existing + QStringLiteral("/bitacora.csv");
    CHECK(Exporters::writeCommitmentsCsv(demo.db, demo.sessionId, underFile)
              .startsWith(QStringLiteral("No se pudo guardar")));
    CHECK(test::readFile(existing) == QByteArray("versión anterior"));

    const QString nowhere = QStringLiteral("/nonexistent-folder/bitacora.pdf");
    const QString pdfMessage =
        Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, nowhere);
    CHECK(pdfMessage.startsWith(QStringLiteral("No se pudo guardar")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("Commitments come under their school's heading, each naming its participant, and "
          "signatures take the directors from the roster")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore sessions(db);
    const qint64 id = test::createSession(db, QStringLiteral("Sesión breve"));
    RosterEdit roster;
    roster.schools << test::primarySchool(QStringLiteral("Sol"), QStringLiteral("09DPR0001A"));
    Participant teacher;
    teacher.name = QStringLiteral("Ana");
    teacher.role = QStringLiteral("docente");
    Participant director;
    director.name = QStringLiteral("Rosalinda Quintero");
    director.role = QStringLiteral("director");
    roster.members << RosterEdit::Member{teacher, 0} << RosterEdit::Member{director, 0};
    sessions.saveRoster(id, roster);
    Commitment commitment;
    commitment.participantId = sessions.participants(id).at(0).id;
    commitment.actions = QStringLiteral("leer");
    SheetStore(db).addCommitment(id, commitment);

    const QString pdf = temp.dir.filePath(QStringLiteral("c.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), id, pdf).isEmpty());
    const QString text = pdfText(pdf);
    // The school once, as the group's heading; the row names the person alone (a narrow
    // column would otherwise wrap "Name (School)" over several lines on every row).
    const QString commitments = text.mid(text.indexOf(QStringLiteral("Compromisos personales")));
    const QRegularExpression underSchool(QStringLiteral("\\bSol\\s.*\\bAna\\s+leer"),
                                         QRegularExpression::DotMatchesEverythingOption);
    CHECK(commitments.contains(underSchool));
    CHECK_FALSE(text.contains(QStringLiteral("Ana (Sol)")));
    const QString signatures = text.mid(text.lastIndexOf(QStringLiteral("Firmas")));
    CHECK(signatures.contains(QStringLiteral("Rosalinda Quintero")));
}

TEST_CASE("Emoji typed by the room print in colour in the PDF, symbols as outlines, and all can "
          "be searched")
{
    DemoBitacora demo;
    SheetStore sheets(demo.db);
    Entry entry;
    entry.sheet = QStringLiteral("norms");
    entry.activity = 4;
    entry.text = QStringLiteral("Escuchar con respeto ✅ ★ 🙂");
    sheets.addEntry(demo.sessionId, entry);
    const QString pdf = demo.file("emoji.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    // The emoji (✅ and 🙂 are emoji by default) are Noto Color Emoji's pictures, as a browser
    // prints them; the star is an outline of DejaVu's. No colour font is embedded (it would
    // print blank).
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(fonts.waitForFinished(60000));
    const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
    CHECK_FALSE(fontList.contains(QStringLiteral("Emoji")));
    CHECK(test::pdfImageSizes(pdf).size() >= 2);
    // The text layer holds all three, the one beyond U+FFFF included.
    const QString text = test::pdfToText(pdf);
    for (const QString &symbol : {QStringLiteral("✅"), QStringLiteral("★"), QStringLiteral("🙂")})
        CHECK(text.contains(symbol));
}

TEST_CASE("The PDF's agenda is the window's: the break row, the plan kept beside time recovery's "
          "minutes, a session never opened in the window included")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore sessions(db);
    const qint64 sessionId =
        test::createSession(db, QStringLiteral("Sesión de la línea de órdenes"));
    RosterEdit roster;
    for (const char *cct : {"09DPR0001A", "09DPR0002B", "09DPR0003C"})
        roster.schools << test::primarySchool(QString::fromLatin1(cct), QString::fromLatin1(cct));
    sessions.saveRoster(sessionId, roster);

    // Never opened in the window: the break the window would propose is in the agenda, and the
    // total is the morning's span (08:00 to 12:30).
    const QString untouched = temp.dir.filePath(QStringLiteral("sin-abrir.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), sessionId, untouched).isEmpty());
    QString text = pdfText(untouched);
    CHECK(text.contains(QStringLiteral("Receso (propuesta del director) 30")));
    CHECK(text.contains(QStringLiteral("Total 270")));
    CHECK_FALSE(text.contains(QStringLiteral("Ajuste (min)")));

    // Half an hour behind, time recovered: the plan column keeps activity 12's plan, the minutes
    // recovery counts it for are beside it.
    TimingStore timing(db);
    test::ManualClock clock;
    SessionTimer timer(test::shippedGuide(), sessions, timing, clock, sessionId);
    timer.startSession(1, false);
    clock.advanceMinutes(35);
    const int plan = timer.planMinutes(12);
    timer.applyTrims(timer.recoverySuggestion(1));
    REQUIRE(timer.isAdjusted(12));
    REQUIRE(timer.planMinutes(12) == plan);
    REQUIRE(timer.plannedMinutes(12) < plan);
    const QString recovered = temp.dir.filePath(QStringLiteral("recuperado.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), sessionId, recovered).isEmpty());
    text = pdfText(recovered);
    CHECK(text.contains(QStringLiteral("Ajuste (min)")));
    const QString row = QStringLiteral("%1 %2 * %3") // * : our proposal, not the guide's
                            .arg(test::shippedGuide().activity(12)->title)
                            .arg(plan)
                            .arg(timer.plannedMinutes(12));
    INFO(text.toStdString());
    CHECK(text.contains(row));
    CHECK(text.contains(QStringLiteral("Total 270")));
    CHECK(text.contains(QStringLiteral("* Minutos propuestos por Facilitador CTE")));
}

TEST_CASE("The PDF prints the follow-up agreements, the external advice and the directors' "
          "balance once, in their own sections")
{
    DemoBitacora demo;
    const QString pdf = demo.file("una-vez.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    const QString text = pdfText(pdf);
    SheetStore sheets(demo.db);
    for (const char *kind : {"followUp", "externalAdvice", "balance"}) {
        const QVector<Entry> entries = sheets.entries(demo.sessionId, QString::fromLatin1(kind));
        REQUIRE_FALSE(entries.isEmpty());
        for (const Entry &entry : entries) {
            INFO(kind << ": " << entry.text.toStdString());
            CHECK(text.count(entry.text.simplified()) == 1);
        }
    }
    // The activities' records point to them.
    CHECK(text.contains(QStringLiteral("Véase «Acuerdos de seguimiento».")));
    CHECK(text.contains(QStringLiteral("Véase «Necesidades de asesoría externa por escuela».")));
    CHECK(text.contains(QStringLiteral("Véase «Balance de los directores».")));
}

TEST_CASE("Commitments are grouped by school, and a school without any says so, in the whole "
          "bitácora and in its own")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore sessions(db);
    const qint64 id = test::createSession(db, QStringLiteral("Sesión por escuelas"));
    RosterEdit roster;
    roster.schools << test::primarySchool(QStringLiteral("Escuela Sol"),
                                          QStringLiteral("09DPR0001A"))
                   << test::primarySchool(QStringLiteral("Escuela Luna"),
                                          QStringLiteral("09DPR0002B"));
    Participant teacher;
    teacher.name = QStringLiteral("Ana");
    teacher.role = QStringLiteral("docente");
    roster.members << RosterEdit::Member{teacher, 0};
    sessions.saveRoster(id, roster);
    Commitment commitment;
    commitment.participantId = sessions.participants(id).at(0).id;
    commitment.actions = QStringLiteral("círculos de lectura");
    SheetStore(db).addCommitment(id, commitment);

    const QString pdf = temp.dir.filePath(QStringLiteral("por-escuela.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), id, pdf).isEmpty());
    QString text = pdfText(pdf);
    const QString part = text.mid(text.indexOf(QStringLiteral("Compromisos personales Escuela")));
    INFO(part.left(400).toStdString());
    const qsizetype sol = part.indexOf(QStringLiteral("Escuela Sol"));
    const qsizetype reading = part.indexOf(QStringLiteral("círculos de lectura"));
    const qsizetype luna = part.indexOf(QStringLiteral("Escuela Luna"));
    const qsizetype none = part.indexOf(QStringLiteral("Sin compromisos registrados."));
    REQUIRE(sol >= 0);
    CHECK(sol < reading);
    CHECK(reading < luna);
    CHECK(luna < none);

    // Escuela Luna's own bitácora says it has none.
    PdfOptions lunaOnly;
    lunaOnly.document.schoolId = sessions.schools(id).at(1).id;
    const QString own = temp.dir.filePath(QStringLiteral("luna.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), id, own, lunaOnly).isEmpty());
    text = pdfText(own);
    CHECK(text.contains(QStringLiteral("Compromisos personales Escuela Luna Sin compromisos "
                                       "registrados.")));
    CHECK_FALSE(text.contains(QStringLiteral("círculos de lectura")));
}
