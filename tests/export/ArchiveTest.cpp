#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/guide/SheetKinds.h"
#include "core/json/JsonReader.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/TimingStore.h"
#include "core/text/TextLimits.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace fcte;
using nlohmann::json;

namespace {

struct Bitacora {
    test::TempBitacora temp;
    Database db;
    Bitacora() { db.open(temp.path()); }
    int sessionCount() { return int(SessionStore(db).sessions().size()); }
};

json demoJson()
{
    return json::parse(test::readFile(DemoSession::archivePath()).toStdString());
}

QByteArray bytes(const json &document)
{
    return QByteArray::fromStdString(document.dump());
}

bool mentions(const ArchiveImportResult &result, const QString &text)
{
    for (const QString &error : result.errors) {
        if (error.contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The demo session fills every sheet")
{
    Bitacora bitacora;
    const qint64 id = DemoSession::create(bitacora.db);
    SheetStore sheets(bitacora.db);
    SessionStore sessions(bitacora.db);
    for (const QString &kind : SheetKinds::ids()) {
        INFO(kind.toStdString());
        switch (SheetKinds::spec(kind).form) {
        case SheetSpec::Form::List:
            CHECK_FALSE(sheets.entries(id, kind).isEmpty());
            break;
        case SheetSpec::Form::Recorders: {
            int recorders = 0;
            for (const Participant &person : sessions.participants(id))
                recorders += person.isRecorder;
            CHECK(recorders >= 1);
            break;
        }
        case SheetSpec::Form::SchoolProblems:
            for (const School &school : sessions.schools(id))
                CHECK_FALSE(sheets.schoolProblem(school.id).problem.isEmpty());
            break;
        case SheetSpec::Form::Teams:
            CHECK(sheets.teams(id).size() >= 2);
            break;
        case SheetSpec::Form::Commitments:
            CHECK(sheets.commitments(id).size() >= 3);
            break;
        case SheetSpec::Form::NextMeeting:
            CHECK_FALSE(sheets.nextMeeting(id).place.isEmpty());
            break;
        case SheetSpec::Form::Review: // reviews belong to a follow-up session (FollowUpTest)
            CHECK(sheets.reviews(id).isEmpty());
            break;
        }
    }
    CHECK(sessions.schools(id).size() == 3);
}

TEST_CASE("Export, import into an empty bitácora and export again gives the same file")
{
    Bitacora source;
    const qint64 id = DemoSession::create(source.db);
    {
        // Text that must survive exactly, and a struck entry.
        SheetStore sheets(source.db);
        Entry hostile;
        hostile.sheet = QStringLiteral("norms");
        hostile.activity = 4;
        hostile.text =
            QStringLiteral("<b>x</b> '; DROP TABLE entry; -- «ñ» 👩‍🏫\n segunda línea");
        sheets.addEntry(id, hostile);
        sheets.setEntryStruck(hostile.id, true);
    }
    const QByteArray first = BitacoraArchive::exportSession(source.db, id);

    Bitacora target;
    const ArchiveImportResult imported = BitacoraArchive::importSession(target.db, first);
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    const QByteArray second = BitacoraArchive::exportSession(target.db, imported.sessionId);
    CHECK(second == first);
    CHECK(first.contains("\\u003cb\\u003e") == false); // UTF-8 text, not escaped
    CHECK(first.contains("<b>x</b>"));
    const auto norms = SheetStore(target.db).entries(imported.sessionId, QStringLiteral("norms"));
    CHECK(norms.last().text ==
          QStringLiteral("<b>x</b> '; DROP TABLE entry; -- «ñ» 👩‍🏫\n segunda línea"));
    CHECK(norms.last().isStruck());
}

TEST_CASE("A bad archive is refused with a Spanish message naming what is wrong, changing nothing")
{
    Bitacora bitacora;
    DemoSession::create(bitacora.db);
    const int before = bitacora.sessionCount();
    ArchiveImportResult result;

    SECTION("truncated")
    {
        const QByteArray whole = bytes(demoJson());
        result = BitacoraArchive::importSession(bitacora.db, whole.left(whole.size() / 2));
        CHECK(mentions(result, QStringLiteral("JSON mal formado")));
    }
    SECTION("empty")
    {
        result = BitacoraArchive::importSession(bitacora.db, QByteArray());
        CHECK(mentions(result, QStringLiteral("JSON mal formado")));
    }
    SECTION("not a bitácora")
    {
        result = BitacoraArchive::importSession(bitacora.db, R"({"format": "otra-cosa"})");
        CHECK(mentions(result, QStringLiteral("no es una bitácora")));
    }
    SECTION("a newer version")
    {
        json doc = demoJson();
        doc["version"] = BitacoraArchive::Version + 1;
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("versión más nueva")));
    }
    SECTION("a missing field")
    {
        json doc = demoJson();
        doc["entries"][3].erase("text");
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("entries[3].text: falta este campo")));
    }
    SECTION("a reference to nobody")
    {
        json doc = demoJson();
        doc["commitments"][0]["participant"] = "participante-999";
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("commitments[0].participant")));
    }
    SECTION("an invalid CCT")
    {
        json doc = demoJson();
        doc["schools"][1]["cct"] = "123";
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("schools[1].cct")));
    }
    SECTION("a repeated key")
    {
        json doc = demoJson();
        doc["schools"][2]["key"] = "escuela-1";
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("repetida")));
    }
    SECTION("an unknown sheet")
    {
        json doc = demoJson();
        doc["entries"][0]["sheet"] = "karaoke";
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("entries[0].sheet")));
    }
    SECTION("values of the wrong type")
    {
        json doc = demoJson();
        doc["entries"][0]["activity"] = "cuatro";
        doc["participants"][0]["recorder"] = "sí";
        doc["session"]["heldOn"] = "26/02/2027";
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("entries[0].activity")));
        CHECK(mentions(result, QStringLiteral("participants[0].recorder")));
        CHECK(mentions(result, QStringLiteral("session.heldOn")));
    }
    SECTION("hostile nesting")
    {
        result = BitacoraArchive::importSession(bitacora.db,
                                                QByteArray(200000, '[') + QByteArray(200000, ']'));
        CHECK(mentions(result, QStringLiteral("niveles")));
    }
    SECTION("an array instead of an object")
    {
        result = BitacoraArchive::importSession(bitacora.db, "[]");
        CHECK_FALSE(result.errors.isEmpty());
    }
    CHECK_FALSE(result.ok());
    CHECK(bitacora.sessionCount() == before);
}

TEST_CASE("A failure while writing an import rolls back everything it wrote")
{
    Bitacora bitacora;
    bitacora.db.exec("CREATE TRIGGER refuse_commitments BEFORE INSERT ON commitment "
                     "BEGIN SELECT RAISE(ABORT, 'disco lleno'); END");
    const ArchiveImportResult result =
        BitacoraArchive::importSession(bitacora.db, test::readFile(DemoSession::archivePath()));
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.errors.isEmpty());
    CHECK(bitacora.sessionCount() == 0);
    Statement entries(bitacora.db, "SELECT count(*) FROM entry");
    REQUIRE(entries.step());
    CHECK(entries.integer(0) == 0);
}

TEST_CASE("The archive carries the timing: export, import and the PDF's real minutes are kept")
{
    Bitacora source;
    const qint64 id = DemoSession::create(source.db);
    {
        TimingStore timing(source.db);
        ActivityTimerState welcome;
        welcome.activity = 1;
        welcome.plannedMinutes = 7;
        welcome.accumulatedMs = 6 * 60000 + 30000;
        ActivityTimerState running;
        running.activity = 2;
        running.accumulatedMs = 60000;
        running.runningSinceMs = 1803949200123; // a running timer keeps its start
        ActivityTimerState shortened;           // time recovery shortened the turns of activity 7
        shortened.activity = 7;
        shortened.turnMinutes = 8;
        timing.saveTimers(id, {welcome, running, shortened});
        const QVector<School> schools = SessionStore(source.db).schools(id);
        REQUIRE(schools.size() >= 2);
        timing.saveTurns(id, 7,
                         {SchoolTurnState{schools.at(1).id, 9 * 60000, 0, true},
                          SchoolTurnState{schools.at(0).id, 120000, 1803949300000, false}});
        BreakItem pause{0, 10, 20};
        timing.saveBreak(id, pause);
        SessionStore(source.db).setCurrentActivity(id, 7);
        SessionStore(source.db).setRunTimes(id, 1803949000000, 1803963400000);
        SessionStore(source.db).setTurnFloor(id, 6);
        SessionStore(source.db).setMaterialReady(id, test::shippedGuide().materials.at(1), true);
        SheetStore(source.db).saveReadingText(id, 5,
                                              QStringLiteral("Párrafo uno.\n\nDos <b>x</b>."));
    }
    const QByteArray first = BitacoraArchive::exportSession(source.db, id);
    Bitacora target;
    const ArchiveImportResult imported = BitacoraArchive::importSession(target.db, first);
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    CHECK(BitacoraArchive::exportSession(target.db, imported.sessionId) == first);

    TimingStore timing(target.db);
    const auto timers = timing.timers(imported.sessionId);
    REQUIRE(timers.contains(1));
    CHECK(timers.value(1).plannedMinutes == 7);
    CHECK(timers.value(1).accumulatedMs == 6 * 60000 + 30000);
    CHECK(timers.value(2).runningSinceMs == 1803949200123);
    const auto turns = timing.turns(imported.sessionId, 7);
    REQUIRE(turns.size() == 2);
    CHECK(turns.at(0).done);
    CHECK(turns.at(0).accumulatedMs == 9 * 60000);
    CHECK(SessionStore(target.db).schools(imported.sessionId).at(1).id == turns.at(0).schoolId);
    REQUIRE(timing.breaks(imported.sessionId).size() == 1);
    CHECK(timing.breaks(imported.sessionId).at(0).minutes == 20);
    CHECK(SessionStore(target.db).session(imported.sessionId)->currentActivity == 7);
    CHECK(timers.value(7).turnMinutes == 8);
    const SessionInfo session = *SessionStore(target.db).session(imported.sessionId);
    CHECK(session.startedAtMs == 1803949000000);
    CHECK(session.endedAtMs == 1803963400000);
    CHECK(session.turnFloorMinutes == 6);
    CHECK(SessionStore(target.db).readyMaterials(imported.sessionId) ==
          QStringList{test::shippedGuide().materials.at(1)});
    CHECK(SheetStore(target.db).readingText(imported.sessionId, 5) ==
          QStringLiteral("Párrafo uno.\n\nDos <b>x</b>."));

    // What the director reads is the same on both sides: every planned and real minute included.
    const QString before = source.temp.dir.filePath(QStringLiteral("antes.pdf"));
    const QString after = target.temp.dir.filePath(QStringLiteral("despues.pdf"));
    REQUIRE(Exporters::writePdf(source.db, test::shippedGuide(), id, before).isEmpty());
    REQUIRE(
        Exporters::writePdf(target.db, test::shippedGuide(), imported.sessionId, after).isEmpty());
    CHECK(test::pdfToText(after) == test::pdfToText(before));
    // The cover tells the actual start and end (local time of those instants).
    const QString started =
        QDateTime::fromMSecsSinceEpoch(1803949000000).time().toString(QStringLiteral("HH:mm"));
    const QString ended =
        QDateTime::fromMSecsSinceEpoch(1803963400000).time().toString(QStringLiteral("HH:mm"));
    const QString cover = test::pdfToText(after).simplified();
    CHECK(cover.contains(QStringLiteral("Inicio real: %1").arg(started)));
    CHECK(cover.contains(QStringLiteral("Término real: %1").arg(ended)));
    // A reading is cited in the record, its text (given for projection) never reproduced.
    CHECK(cover.contains(QStringLiteral("Lectura: El concepto de aprendizaje entre pares.")));
    CHECK_FALSE(cover.contains(QStringLiteral("Párrafo uno")));
}

TEST_CASE("An archive already in the bitácora is recognised, and imported again only when asked")
{
    Bitacora bitacora;
    const qint64 id = DemoSession::create(bitacora.db);
    const QByteArray archive = BitacoraArchive::exportSession(bitacora.db, id);
    const QString uid = SessionStore(bitacora.db).session(id)->uid;
    CHECK(uid.size() >= 32);
    CHECK(archive.contains(uid.toUtf8()));

    const ArchiveImportResult again = BitacoraArchive::importSession(bitacora.db, archive);
    CHECK_FALSE(again.ok());
    CHECK(again.alreadyPresent == id);
    CHECK(bitacora.sessionCount() == 1);

    const ArchiveImportResult copy =
        BitacoraArchive::importSession(bitacora.db, archive, BitacoraArchive::Duplicate::AsNew);
    REQUIRE(copy.ok());
    CHECK(bitacora.sessionCount() == 2);
    CHECK(SessionStore(bitacora.db).session(copy.sessionId)->uid != uid);
}

TEST_CASE("A version 1 archive, with no timing and no identifier, still imports")
{
    json old = demoJson();
    old["version"] = 1;
    old.erase("timing");
    old["session"].erase("uid");
    Bitacora bitacora;
    const ArchiveImportResult imported = BitacoraArchive::importSession(bitacora.db, bytes(old));
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    CHECK_FALSE(SessionStore(bitacora.db).session(imported.sessionId)->uid.isEmpty());
}

TEST_CASE("An archive is validated like typed input, each problem named by its place")
{
    Bitacora bitacora;
    json doc = demoJson();
    ArchiveImportResult result;

    SECTION("text past the limits of typed text")
    {
        doc["entries"][0]["text"] = std::string(TextLimits::Text + 1, 'a');
        doc["participants"][1]["name"] = std::string(TextLimits::Line + 1, 'n');
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("entries[0].text: es demasiado largo")));
        CHECK(mentions(result, QStringLiteral("participants[1].name: es demasiado largo")));
    }
    SECTION("a 150 MB string is refused without being copied")
    {
        doc["entries"][0]["text"] = std::string(150 * 1024 * 1024, 'x');
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("entries[0].text: es demasiado largo")));
    }
    SECTION("a session that ends before it starts")
    {
        doc["session"]["startedAtMs"] = 1803024000000;
        doc["session"]["endedAtMs"] = 1000;
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("session.endedAtMs")));
    }
    SECTION("dates and times that are not dates and times")
    {
        doc["reviews"] = json::array({{{"item", "commitment"},
                                       {"index", 0},
                                       {"state", "cumplido"},
                                       {"reviewedOn", "ayer"}}});
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("reviews[0].reviewedOn")));
    }
    SECTION("a review of something that is neither a commitment nor an agreement")
    {
        doc["reviews"] =
            json::array({{{"item", "otra-cosa"}, {"index", 0}, {"state", "cumplido"}}});
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("reviews[0].item")));
    }
    SECTION("two schools with one CCT")
    {
        doc["schools"][1]["cct"] = doc["schools"][0]["cct"];
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("schools[1].cct")));
    }
    SECTION("text with spaces or line breaks at its ends, which typing never leaves")
    {
        doc["entries"][2]["text"] = " Llegar puntuales\n";
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("entries[2].text: tiene espacios")));
    }
    SECTION("two submissions from one device with one identifier")
    {
        const json sent = {{"activity", 9},           {"kind", "similarities"},
                           {"device", "telefono-01"}, {"clientId", "envio-0001"},
                           {"name", "Ana"},           {"text", "Leemos a diario"},
                           {"state", "pending"}};
        doc["submissions"] = json::array({sent, sent});
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("submissions[1].clientId")));
    }
    SECTION("an embedded guide that lacks activities the entries are under")
    {
        json guide = json::parse(test::readFile(QStringLiteral(FCTE_SOURCE_DIR) +
                                                QStringLiteral("/resources/guides/cuarta-sesion-"
                                                               "aprendizaje-entre-escuelas.json"))
                                     .toStdString());
        guide["sections"][3]["activities"].erase(1); // activity 22, which has entries
        doc["guide"] = guide.dump();
        result = BitacoraArchive::importSession(bitacora.db, bytes(doc));
        CHECK(mentions(result, QStringLiteral("no está en la guía del archivo")));
    }
    CHECK_FALSE(result.ok());
    CHECK(bitacora.sessionCount() == 0);
}

TEST_CASE("An archive without an identifier gets one from its content: a second import is caught")
{
    json doc = demoJson();
    REQUIRE_FALSE(doc["session"].contains("uid"));
    Bitacora bitacora;
    const ArchiveImportResult first = BitacoraArchive::importSession(bitacora.db, bytes(doc));
    REQUIRE(first.ok());
    const ArchiveImportResult second = BitacoraArchive::importSession(bitacora.db, bytes(doc));
    CHECK(second.alreadyPresent == first.sessionId);
    CHECK(bitacora.sessionCount() == 1);
}

TEST_CASE("An archive of tiny values is refused while it is read, before its tree outgrows the "
          "budget")
{
    // 24 MB of zeros: nlohmann's tree would take about 16 bytes of array per 2 bytes of file.
    QByteArray hostile = R"({"format": "facilitador-cte-bitacora", "version": 2, "entries": [)";
    hostile.reserve(24 * 1024 * 1024 + 100);
    while (hostile.size() < 24 * 1024 * 1024)
        hostile.append("0,");
    hostile.append("0]}");
    Bitacora bitacora;
    const ArchiveImportResult result = BitacoraArchive::importSession(bitacora.db, hostile);
    CHECK(mentions(result, QStringLiteral("demasiados valores pequeños")));
    CHECK(bitacora.sessionCount() == 0);
    // And errors stay few, however many values are wrong.
    QByteArray manyWrong = R"({"format": "facilitador-cte-bitacora", "version": 2, "session": {},
        "schools": [)";
    for (int i = 0; i < 20000; ++i)
        manyWrong.append("1,");
    manyWrong.append("1], \"participants\": []}");
    const ArchiveImportResult wrong = BitacoraArchive::importSession(bitacora.db, manyWrong);
    CHECK(wrong.errors.size() == JsonReader::MaxErrors + 1);
}

TEST_CASE("Text stored with spaces at its ends (before the trim rule) exports as typing leaves it, "
          "and that archive imports")
{
    Bitacora source;
    const qint64 id = DemoSession::create(source.db);
    Entry untrimmed;
    untrimmed.sheet = QStringLiteral("norms");
    untrimmed.activity = 4;
    untrimmed.text = QStringLiteral("  Respetar los turnos\n");
    SheetStore(source.db).addEntry(id, untrimmed);
    const QByteArray archive = BitacoraArchive::exportSession(source.db, id);
    CHECK(archive.contains("\"Respetar los turnos\""));
    test::ImportedCopy copy(archive);
    INFO(copy.result.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(copy.result.ok());
    CHECK(BitacoraArchive::exportSession(copy.db, copy.result.sessionId) == archive);
}
