#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/store/Database.h"
#include "core/store/EvidenceStore.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <catch2/catch.hpp>
#include <limits>
#include <nlohmann/json.hpp>

using namespace fcte;

namespace {

int killCount()
{
    // CI runs a short version; scripts/test --long sets FCTE_CRASH_KILLS to hundreds.
    const int fromEnvironment = qEnvironmentVariableIntValue("FCTE_CRASH_KILLS");
    return fromEnvironment > 0 ? fromEnvironment : 30;
}

} // namespace

TEST_CASE("Every entry acknowledged before a kill -9 survives it, and the file stays sound")
{
    test::TempBitacora temp;
    qint64 sessionId = 0;
    {
        Database db;
        db.open(temp.path());
        SessionInfo info;
        info.title = QStringLiteral("Sesión");
        info.heldOn = QDate(2027, 2, 26);
        info.guideId = QStringLiteral("g");
        sessionId = SessionStore(db).createSession(info);
    }
    QSet<qint64> acknowledged;
    QRandomGenerator random(20270226);
    const int kills = killCount();
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(FCTE_CRASH_WRITER), {temp.path(), QString::number(sessionId)});
        REQUIRE(writer.waitForStarted(10000));
        // Every other round is killed while it may still be opening the bitácora; the others
        // once it has acknowledged a first entry, so kills land mid-writing however slow the
        // start (a sanitizer build starts many times slower). The random wait picks the moment.
        if (round % 2 == 1)
            REQUIRE(writer.waitForReadyRead(30000));
        QThread::msleep(random.bounded(0, 60));
        writer.kill();
        REQUIRE(writer.waitForFinished(10000));
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                acknowledged.insert(line.trimmed().toLongLong());
        }

        Database db;
        db.open(temp.path());
        Statement check(db, "PRAGMA integrity_check");
        REQUIRE(check.step());
        REQUIRE(check.text(0) == QStringLiteral("ok"));
        QSet<qint64> stored;
        for (const Entry &entry : SheetStore(db).entries(sessionId, QStringLiteral("norms")))
            stored.insert(entry.id);
        INFO("round " << round << ": " << acknowledged.size() << " acknowledged");
        REQUIRE(stored.contains(acknowledged));
    }
    CHECK(acknowledged.size() > kills / 2); // the writer did get work done between kills
}

namespace {

// The letters the typing writer types, in order.
QString typedLetters(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'a' + i % 26);
    return text;
}

// How many keys the writer had typed at the given time, from its lines "<ms> <keys>".
int keysTypedBy(const QByteArray &output, qint64 moment)
{
    int keys = 0;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() == 2 && fields.at(0).toLongLong() <= moment)
            keys = fields.at(1).toInt();
    }
    return keys;
}

} // namespace

TEST_CASE("Text typed without a pause, in a form, as a draft or in a cell being edited, survives "
          "a kill -9 after a second")
{
    test::TempBitacora temp;
    qint64 sessionId = 0;
    qint64 schoolId = 0;
    {
        Database db;
        db.open(temp.path());
        sessionId = test::createSession(db);
        SessionStore sessions(db);
        RosterEdit roster;
        roster.schools << test::primarySchool(QStringLiteral("Escuela"),
                                              QStringLiteral("09DPR0001A"));
        sessions.saveRoster(sessionId, roster);
        schoolId = sessions.schools(sessionId).at(0).id;
        test::addNorm(db, sessionId, QStringLiteral("Norma original"));
    }
    qint64 normId = 0;
    {
        Database db;
        db.open(temp.path());
        normId = SheetStore(db).entries(sessionId, QStringLiteral("norms")).at(0).id;
    }
    const QString cellDraft = QStringLiteral("norms/cell/%1/0").arg(normId);
    QRandomGenerator random(20270227);
    const int rounds = qMax(2, killCount() / 10);
    for (const char *mode : {"form", "draft", "cell"}) {
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(FCTE_TYPING_WRITER),
                         {temp.path(), QString::number(sessionId), QString::fromLatin1(mode)});
            REQUIRE(writer.waitForStarted(10000));
            // Kill once it has typed for 1.5 to 3 seconds, never having paused.
            const int target = 60 + int(random.bounded(60));
            QByteArray output;
            while (keysTypedBy(output, std::numeric_limits<qint64>::max()) < target) {
                REQUIRE(writer.waitForReadyRead(10000));
                output += writer.readAllStandardOutput();
            }
            const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
            writer.kill();
            REQUIRE(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            const int mustSurvive = keysTypedBy(output, killedAt - 1000);

            Database db;
            db.open(temp.path());
            const QByteArray kind(mode);
            const QString stored =
                kind == "form" ? SheetStore(db).schoolProblem(schoolId).problem
                : kind == "cell"
                    ? SheetStore(db).drafts(sessionId, 4).value(cellDraft)
                    : SheetStore(db).drafts(sessionId, 4).value(QStringLiteral("norms/line"));
            INFO(mode << " round " << round << ": " << mustSurvive << " keys a second before the "
                      << "kill, " << stored.size() << " stored");
            CHECK(stored.size() >= mustSurvive);
            CHECK(typedLetters(stored.size()) == stored); // what was stored is what was typed
            CHECK(mustSurvive > 0);
            // The next round starts from an empty field.
            if (QByteArray(mode) == "form") {
                SchoolProblem empty;
                empty.schoolId = schoolId;
                SheetStore(db).saveSchoolProblem(empty);
            } else {
                SheetStore(db).saveDraft(sessionId, 4,
                                         kind == "cell" ? cellDraft : QStringLiteral("norms/line"),
                                         QString());
            }
        }
    }
}

TEST_CASE("A 12-megapixel photo attached in the window survives a kill -9, into the PDF and JSON")
{
    test::TempBitacora temp;
    qint64 sessionId = 0;
    {
        Database db;
        db.open(temp.path());
        sessionId = test::createSession(db);
    }
    const QString photo = temp.dir.filePath(QStringLiteral("papelógrafo.jpg"));
    test::writePhoto(photo, 4000, 3000);

    QProcess writer;
    writer.start(QStringLiteral(FCTE_TYPING_WRITER),
                 {temp.path(), QString::number(sessionId), QStringLiteral("attach"), photo});
    REQUIRE(writer.waitForStarted(10000));
    QByteArray output;
    while (!output.contains("stored")) {
        REQUIRE(writer.waitForReadyRead(60000));
        output += writer.readAllStandardOutput();
    }
    writer.kill();
    REQUIRE(writer.waitForFinished(10000));
    CHECK(output.contains("stored 1"));

    // Reopened by the command line, as another day's export would.
    QByteArray stored;
    {
        Database db;
        db.open(temp.path());
        const QVector<Evidence> evidence = EvidenceStore(db).list(sessionId, 12);
        REQUIRE(evidence.size() == 1);
        CHECK(evidence.at(0).width == 2400);
        stored = EvidenceStore(db).data(evidence.at(0).id);
    }
    const QString pdf = temp.dir.filePath(QStringLiteral("bitacora.pdf"));
    const QString archive = temp.dir.filePath(QStringLiteral("bitacora.json"));
    for (const QStringList &arguments : {QStringList{QStringLiteral("--export-pdf"), pdf},
                                         QStringList{QStringLiteral("--export-json"), archive}}) {
        const test::ProgramRun run =
            test::runProgram(QStringList{QStringLiteral("--db"), temp.path(),
                                         QStringLiteral("--session"), QString::number(sessionId)} +
                             arguments);
        INFO(run.out.toStdString() << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    CHECK(test::pdfImageSizes(pdf) == QStringList{QStringLiteral("1200x900")});
    const QByteArray json = test::readFile(archive);
    const nlohmann::json root = nlohmann::json::parse(json.toStdString());
    REQUIRE(root.at("evidence").size() == 1);
    CHECK(QByteArray::fromBase64(QByteArray::fromStdString(
              root.at("evidence").at(0).at("data").get<std::string>())) == stored);
    // The archive imported elsewhere exports the same bytes again.
    test::ImportedCopy copy(json);
    REQUIRE(copy.result.ok());
    CHECK(BitacoraArchive::exportSession(copy.db, copy.result.sessionId) == json);
}
