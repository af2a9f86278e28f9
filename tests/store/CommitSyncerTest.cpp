#include "core/session/CommitSyncer.h"
#include "TestSupport.h"
#include "core/model/StoreError.h"
#include "core/store/Database.h"
#include "core/store/SheetStore.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace fcte;

namespace {

qint64 pragma(Database &db, const char *sql)
{
    Statement query(db, sql);
    REQUIRE(query.step());
    return query.integer(0);
}

} // namespace

TEST_CASE("With the syncer the connection commits without a sync and each commit turns durable")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 sessionId = test::createSession(db);
    REQUIRE(pragma(db, "PRAGMA synchronous") == 2); // FULL: each commit waits for the disk
    {
        CommitSyncer syncer(db);
        REQUIRE(syncer.isActive());
        CHECK(pragma(db, "PRAGMA synchronous") == 1); // NORMAL: the worker syncs instead
        QSignalSpy durable(&syncer, &CommitSyncer::durableChanged);
        for (int i = 0; i < 25; ++i)
            test::addNorm(db, sessionId, QStringLiteral("Norma %1").arg(i));
        CHECK(syncer.committed() == 25);
        REQUIRE(syncer.waitUntilDurable());
        CHECK(syncer.durable() == 25);
        CHECK(syncer.allDurable());
        // The window hears it through its event loop.
        CHECK((durable.count() > 0 || durable.wait(5000)));
    }
    // Gone: the connection has its own syncs and automatic checkpoints back.
    CHECK(pragma(db, "PRAGMA synchronous") == 2);
    CHECK(pragma(db, "PRAGMA wal_autocheckpoint") == CommitSyncer::CheckpointPages);
    CHECK(SheetStore(db).entries(sessionId, QStringLiteral("norms")).size() == 25);
}

TEST_CASE("Asked for a checkpoint, the syncer's worker puts the log into the main file")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 sessionId = test::createSession(db);
    CommitSyncer syncer(db);
    for (int i = 0; i < 10; ++i)
        test::addNorm(db, sessionId, QStringLiteral("Norma %1").arg(i));
    const auto mainFileAlone = [&] {
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(QStringLiteral("principal.sqlite"));
        REQUIRE(QFile::copy(temp.path(), copy));
        try {
            Database alone;
            alone.open(copy, Database::Mode::ReadOnly);
            Statement count(alone, "SELECT count(*) FROM entry");
            return count.step() ? count.integer(0) : -1;
        } catch (const StoreError &) {
            return qint64(-1); // not even the tables are in the main file yet
        }
    };
    CHECK(mainFileAlone() < 10); // still in the log beside it
    syncer.checkpointSoon();
    REQUIRE(QTest::qWaitFor([&] { return syncer.checkpointsDone() > 0; }, 5000));
    CHECK(mainFileAlone() == 10);
}

TEST_CASE("A log that grows long is checkpointed while the commits keep coming")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 sessionId = test::createSession(db);
    CommitSyncer syncer(db);
    // Long entries, one after another with no quiet moment, until the log passes its length
    // (each takes a few pages).
    const QString longText(3000, QLatin1Char('x'));
    for (int i = 0; i < CommitSyncer::CheckpointPages / 2; ++i)
        test::addNorm(db, sessionId, longText + QString::number(i));
    // Long before the quiet moment after the last commit would have asked for it.
    CHECK(QTest::qWaitFor([&] { return syncer.checkpointsDone() > 0; }, CommitSyncer::QuietMs / 2));
    REQUIRE(syncer.waitUntilDurable());
}

TEST_CASE("A bitácora in memory has no log to sync: its commits are durable as they return")
{
    Database db;
    db.open(QStringLiteral(":memory:"));
    const qint64 sessionId = test::createSession(db);
    CommitSyncer syncer(db);
    CHECK_FALSE(syncer.isActive());
    test::addNorm(db, sessionId, QStringLiteral("Norma"));
    CHECK(syncer.allDurable());
    CHECK(syncer.waitUntilDurable(0));
    CHECK(pragma(db, "PRAGMA synchronous") == 2);
}
