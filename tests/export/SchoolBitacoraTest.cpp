#include "TestSupport.h"
#include "core/evidence/EvidenceFile.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/model/SchoolScope.h"
#include "core/session/Roster.h"
#include "core/session/RosterImport.h"
#include "core/store/Database.h"
#include "core/store/EvidenceStore.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QDir>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace fcte;

namespace {

// The demo session of three schools; Sor Juana's own bitácora is looked at.
struct ThreeSchools {
    test::TempBitacora temp;
    Database db;
    qint64 sessionId = 0;
    School sorJuana;
    School benito;

    ThreeSchools()
    {
        db.open(temp.path());
        sessionId = DemoSession::create(db);
        for (const School &school : SessionStore(db).schools(sessionId)) {
            if (school.cct == QLatin1String("09DPR5678M"))
                sorJuana = school;
            if (school.cct == QLatin1String("09DPR1234X"))
                benito = school;
        }
        REQUIRE(sorJuana.id != 0);
        REQUIRE(benito.id != 0);
    }
    QString file(const char *name) const { return temp.dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

TEST_CASE("A school's scope takes its own records and the whole room's, never another school's")
{
    const QVector<Participant> people{{1, 10, QStringLiteral("Ana"), {}, {}, {}, false},
                                      {2, 20, QStringLiteral("Beto"), {}, {}, {}, false}};
    Team mixed;
    mixed.id = 7;
    mixed.memberIds = {1, 2};
    Team others;
    others.id = 8;
    others.memberIds = {2};
    const SchoolScope scope(10, people, {mixed, others});
    Entry entry;
    CHECK(scope.includes(entry)); // tagged with nobody: the whole room's
    entry.schoolIds = {10, 20};
    CHECK(scope.includes(entry));
    entry.schoolIds = {20};
    CHECK_FALSE(scope.includes(entry));
    entry.schoolIds.clear();
    entry.participantId = 2;
    CHECK_FALSE(scope.includes(entry));
    entry.participantId = 0;
    entry.teamId = 7; // a team with one of its people
    CHECK(scope.includes(entry));
    entry.teamId = 8;
    CHECK_FALSE(scope.includes(entry));
    CHECK(SchoolScope().includes(entry)); // the combined bitácora takes everything
}

TEST_CASE("One school's PDF holds its commitments, people and signature, and what every school "
          "presented")
{
    ThreeSchools demo;
    const QString pdf = demo.file("sor-juana.pdf");
    PdfOptions options;
    options.document.schoolId = demo.sorJuana.id;
    REQUIRE(
        Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf, options).isEmpty());
    const QString text = test::pdfToText(pdf).simplified();
    CHECK(
        text.contains(QStringLiteral("Escuela Primaria «Sor Juana Inés de la Cruz» (09DPR5678M)")));
    SheetStore sheets(demo.db);
    CHECK(text.contains(sheets.schoolProblem(demo.sorJuana.id).problem));
    // The learning between schools: another school's problem and its practices are there too.
    const SchoolProblem benitos = sheets.schoolProblem(demo.benito.id);
    REQUIRE_FALSE(benitos.helped.isEmpty());
    CHECK(text.contains(benitos.problem));
    CHECK(text.contains(benitos.helped.simplified()));
    CHECK(text.contains(benitos.notHelped.simplified()));
    const QVector<Participant> people = SessionStore(demo.db).participants(demo.sessionId);
    // Teams name the school's own people, as its archive does; the others are counted. (Who
    // recorded the session is named whatever their school: they wrote this record.)
    const QStringList lines = test::pdfToText(pdf).split(QLatin1Char('\n'));
    bool mixedTeam = false;
    for (const Team &team : sheets.teams(demo.sessionId)) {
        const QStringList teamLines = lines.filter(
            QRegularExpression(QStringLiteral("^%1: ").arg(QRegularExpression::escape(team.name))));
        int others = 0;
        for (qint64 id : team.memberIds) {
            const auto person = std::find_if(people.cbegin(), people.cend(),
                                             [id](const Participant &p) { return p.id == id; });
            REQUIRE(person != people.cend());
            if (person->schoolId == demo.sorJuana.id)
                continue;
            ++others;
            for (const QString &line : teamLines)
                CHECK_FALSE(line.contains(person->name));
        }
        if (others > 0 && others < team.memberIds.size()) {
            mixedTeam = true;
            CHECK(text.contains(QStringLiteral("%1: ").arg(team.name)));
            CHECK(text.contains(QStringLiteral("(y %1 de otras escuelas)").arg(others)));
        }
    }
    CHECK(mixedTeam);
    int own = 0;
    for (const Commitment &commitment : sheets.commitments(demo.sessionId)) {
        const auto person = std::find_if(people.cbegin(), people.cend(), [&](const Participant &p) {
            return p.id == commitment.participantId;
        });
        REQUIRE(person != people.cend());
        const bool ours = person->schoolId == demo.sorJuana.id;
        own += ours ? 1 : 0;
        // Table cells wrap: each word is looked for.
        bool everyWord = true;
        for (const QString &word : commitment.actions.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            everyWord = everyWord && text.contains(word);
        INFO(commitment.actions.toStdString());
        CHECK(everyWord == ours);
    }
    CHECK(own > 0);
    CHECK(text.contains(QStringLiteral("El director o la directora de la escuela valida")));
    // The combined bitácora is unchanged: every school's problem.
    const QString all = demo.file("todas.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, all).isEmpty());
    CHECK(test::pdfToText(all).simplified().contains(sheets.schoolProblem(demo.benito.id).problem));
}

TEST_CASE("One school's CSV and JSON: its people's commitments, an archive that imports alone")
{
    ThreeSchools demo;
    const QString csv =
        QString::fromUtf8(Exporters::commitmentsCsv(demo.db, demo.sessionId, demo.sorJuana.id));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 1);
    for (const QString &line : lines.mid(1))
        CHECK(line.contains(QStringLiteral("Sor Juana")));

    const QByteArray archive =
        BitacoraArchive::exportSession(demo.db, demo.sessionId, demo.sorJuana.id);
    test::ImportedCopy targetCopy(archive);
    Database &target = targetCopy.db;
    const ArchiveImportResult &imported = targetCopy.result;
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    SessionStore sessions(target);
    const QVector<School> schools = sessions.schools(imported.sessionId);
    REQUIRE(schools.size() == 1);
    CHECK(schools.first().cct == QStringLiteral("09DPR5678M"));
    for (const Participant &person : sessions.participants(imported.sessionId))
        CHECK(person.schoolId == schools.first().id);
    CHECK(SheetStore(target).schoolProblem(schools.first().id).problem ==
          SheetStore(demo.db).schoolProblem(demo.sorJuana.id).problem);
    // Its own identifier: importing the combined archive next to it makes a second session.
    CHECK(sessions.session(imported.sessionId)->uid !=
          SessionStore(demo.db).session(demo.sessionId)->uid);
}

TEST_CASE("Every school's bitácora is written to a folder, named by CCT and school")
{
    ThreeSchools demo;
    const QString folder = demo.file("por-escuela");
    REQUIRE(QDir().mkpath(folder));
    const Exporters::Written written =
        Exporters::writeSchoolPdfs(demo.db, test::shippedGuide(), demo.sessionId, folder);
    REQUIRE(written.error.isEmpty());
    CHECK(QDir(folder).entryList(QDir::Files).size() == 3);
    const QString sorJuana =
        QDir(folder).filePath(QStringLiteral("09DPR5678M Escuela Primaria Sor Juana Inés de la "
                                             "Cruz.pdf"));
    REQUIRE(written.files.contains(sorJuana));
    CHECK(test::pdfToText(sorJuana).contains(QStringLiteral("09DPR5678M")));
}

TEST_CASE("Attendance taken on the day: the PDF counts those present and only they sign")
{
    ThreeSchools demo;
    SessionStore sessions(demo.db);
    const QVector<Participant> people = sessions.participants(demo.sessionId);
    QVector<Participant> sorJuana;
    for (const Participant &person : people) {
        if (person.schoolId == demo.sorJuana.id)
            sorJuana << person;
    }
    REQUIRE(sorJuana.size() >= 2);
    sessions.setAttendance(sorJuana.at(0).id, Attendance{true, QStringLiteral("08:40")});
    sessions.setAttendance(sorJuana.at(1).id, Attendance{false, {}});
    const QString pdf = demo.file("asistencia.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    const QString text = test::pdfToText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Presentes")));
    CHECK(text.contains(QStringLiteral("1 de %1").arg(sorJuana.size())));
    CHECK(text.contains(QStringLiteral("Presente (llegó 08:40)")));
    CHECK(text.contains(QStringLiteral("Ausente")));
    CHECK(text.contains(QStringLiteral("Sin registrar"))); // the others, not taken yet
    // Everyone not yet marked keeps a signature box: only the one absence has a dash.
    const QString listed = text.mid(text.indexOf(QStringLiteral("Asistencia ")),
                                    text.indexOf(QStringLiteral("Agenda: tiempos")) -
                                        text.indexOf(QStringLiteral("Asistencia ")));
    REQUIRE_FALSE(listed.isEmpty());
    CHECK(listed.count(QStringLiteral("—")) == 1);

    // The archive keeps it: exported, imported, exported again, the same bytes.
    const QByteArray archive = BitacoraArchive::exportSession(demo.db, demo.sessionId);
    test::ImportedCopy targetCopy(archive);
    Database &target = targetCopy.db;
    const ArchiveImportResult &imported = targetCopy.result;
    REQUIRE(imported.ok());
    CHECK(SessionStore(target).attendance(imported.sessionId).size() == 2);
    CHECK(BitacoraArchive::exportSession(target, imported.sessionId) == archive);
}

// The PDF calls individual notes private; a school's archive used to carry every school's.
TEST_CASE("A school's JSON carries its own people's private notes only, never another school's nor "
          "one without an author")
{
    ThreeSchools demo;
    SheetStore sheets(demo.db);
    const QVector<Participant> people = SessionStore(demo.db).participants(demo.sessionId);
    const auto personOf = [&people](qint64 schoolId) {
        for (const Participant &person : people)
            if (person.schoolId == schoolId)
                return person.id;
        return qint64(0);
    };
    const auto note = [&](const char *text, qint64 participant) {
        Entry entry;
        entry.sheet = QStringLiteral("individualNotes");
        entry.activity = test::activityWithSheet(entry.sheet);
        entry.text = QString::fromUtf8(text);
        entry.participantId = participant;
        sheets.addEntry(demo.sessionId, entry);
    };
    note("nota propia de Sor Juana", personOf(demo.sorJuana.id));
    note("nota propia de Benito", personOf(demo.benito.id));
    note("nota sin autor", 0);

    const QByteArray own =
        BitacoraArchive::exportSession(demo.db, demo.sessionId, demo.sorJuana.id);
    CHECK(own.contains("nota propia de Sor Juana"));
    CHECK_FALSE(own.contains("nota propia de Benito"));
    CHECK_FALSE(own.contains("nota sin autor"));
    const QByteArray other =
        BitacoraArchive::exportSession(demo.db, demo.sessionId, demo.benito.id);
    CHECK(other.contains("nota propia de Benito"));
    CHECK_FALSE(other.contains("nota propia de Sor Juana"));
    // The whole session's archive is a copy of the bitácora: it keeps every note.
    const QByteArray whole = BitacoraArchive::exportSession(demo.db, demo.sessionId);
    for (const char *text : {"nota propia de Sor Juana", "nota propia de Benito", "nota sin autor"})
        CHECK(whole.contains(text));
}

TEST_CASE(
    "Evidence tagged with schools goes to their bitácoras, untagged evidence to every school's")
{
    ThreeSchools demo;
    EvidenceStore store(demo.db);
    const auto attach = [&](const char *name, int width, QVector<qint64> schools) {
        const QString path = demo.file(name);
        test::writePhoto(path, width, 600);
        EvidenceFile::Prepared prepared = EvidenceFile::prepare(path, false);
        REQUIRE(prepared.error.isEmpty());
        prepared.evidence.activity = 12;
        prepared.evidence.schoolIds = schools;
        store.add(demo.sessionId, prepared.evidence, prepared.data);
        return prepared.evidence.id;
    };
    const qint64 room = attach("todos.jpg", 800, {});
    const qint64 ours = attach("sor-juana.jpg", 900, {demo.sorJuana.id});
    attach("benito.jpg", 1000, {demo.benito.id});
    const QVector<Evidence> listed = store.list(demo.sessionId);
    REQUIRE(listed.size() == 3);
    CHECK(listed.at(1).schoolIds == QVector<qint64>{demo.sorJuana.id});

    // Sor Juana's archive: the room's photo and its own, tagged with its key.
    const nlohmann::json archive = nlohmann::json::parse(
        BitacoraArchive::exportSession(demo.db, demo.sessionId, demo.sorJuana.id).toStdString());
    const nlohmann::json &evidence = archive.at("evidence");
    REQUIRE(evidence.size() == 2);
    CHECK(evidence.at(0).at("fileName") == "todos.jpg");
    CHECK_FALSE(evidence.at(0).contains("schools"));
    CHECK(evidence.at(1).at("fileName") == "sor-juana.jpg");
    CHECK(evidence.at(1).at("schools") ==
          nlohmann::json::array({archive.at("schools").at(0).at("key")}));
    // Its PDF's annex: the same two pictures.
    const QString pdf = demo.file("sor-juana.pdf");
    PdfOptions options;
    options.document.schoolId = demo.sorJuana.id;
    REQUIRE(
        Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf, options).isEmpty());
    CHECK(test::pdfImageSizes(pdf) ==
          QStringList{QStringLiteral("800x600"), QStringLiteral("900x600")});

    // The whole session's archive keeps every tag, and reads back the same.
    const QByteArray whole = BitacoraArchive::exportSession(demo.db, demo.sessionId);
    test::ImportedCopy copy(whole);
    REQUIRE(copy.result.ok());
    const QVector<Evidence> imported = EvidenceStore(copy.db).list(copy.result.sessionId);
    REQUIRE(imported.size() == 3);
    CHECK(imported.at(0).schoolIds.isEmpty());
    CHECK(imported.at(1).schoolIds.size() == 1);
    CHECK(BitacoraArchive::exportSession(copy.db, copy.result.sessionId) == whole);
    // Untagging puts a photo back in every school's book.
    store.setSchools(ours, {});
    CHECK(store.list(demo.sessionId).at(1).schoolIds.isEmpty());
    CHECK(store.list(demo.sessionId).at(0).id == room); // the room's stays the room's
}

TEST_CASE("A director marked absent is not asked to sign the validation, and a deputy is a deputy")
{
    ThreeSchools demo;
    SessionStore sessions(demo.db);
    const QString director =
        Roster::directorOf(demo.sorJuana, sessions.participants(demo.sessionId));
    REQUIRE_FALSE(director.isEmpty());
    qint64 directorId = 0;
    for (const Participant &person : sessions.participants(demo.sessionId)) {
        if (person.schoolId == demo.sorJuana.id && person.name == director)
            directorId = person.id;
    }
    REQUIRE(directorId != 0);
    sessions.setAttendance(directorId, Attendance{false, {}});
    const QString pdf = demo.file("firmas.pdf");
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    const QString text = test::pdfToText(pdf).simplified();
    const QString signatures = text.mid(text.lastIndexOf(QStringLiteral("Firmas")));
    CHECK(signatures.contains(QStringLiteral("Quien suple a %1 (ausente)").arg(director)));
    // Present again: the director signs.
    sessions.setAttendance(directorId, Attendance{true, {}});
    REQUIRE(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf).isEmpty());
    CHECK_FALSE(test::pdfToText(pdf).contains(QStringLiteral("Quien suple")));

    // "Subdirectora" in a roster is a deputy, not a fourth director.
    CHECK(RosterImport::roleFrom(QStringLiteral("Subdirectora")) == QStringLiteral("subdirector"));
    CHECK(RosterImport::roleFrom(QStringLiteral("Directora")) == QStringLiteral("director"));
}
