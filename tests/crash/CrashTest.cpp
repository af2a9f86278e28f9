#include "TestSupport.h"
#include "store/Database.h"
#include "store/SessionStore.h"
#include "store/SheetStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <catch2/catch.hpp>

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
        // Let it write for a random while (sometimes only while it is still opening), then kill.
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
    CHECK(acknowledged.size() > kills); // the writer did get work done between kills
}
