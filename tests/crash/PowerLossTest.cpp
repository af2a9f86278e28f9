#include "PowerLossVfs.h"
#include "TestSupport.h"
#include "core/model/StoreError.h"
#include "core/session/CommitSyncer.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <catch2/catch.hpp>
#include <optional>

using namespace fcte;
using fcte::test::PowerLossVfs;

namespace {

int cutPointCount()
{
    // A few hundred in scripts/test; scripts/test --long sets FCTE_POWER_CUTS to thousands.
    const int fromEnvironment = qEnvironmentVariableIntValue("FCTE_POWER_CUTS");
    return fromEnvironment > 0 ? fromEnvironment : 300;
}

constexpr int EntriesPerRun = 40;

QString entryText(int i)
{
    return QStringLiteral("entrada %1").arg(i);
}

struct Run {
    bool sessionAcknowledged = false;
    int entriesAcknowledged = 0;
};

// How the writing connection makes its commits durable.
enum class Durability {
    EachCommit,     // synchronous=FULL: the command line, imports, the tests' fixtures
    SyncerThread,   // NORMAL, the log synced by the CommitSyncer's worker: the window
    NormalNoSync,   // NORMAL with nobody syncing the log: must lose acknowledged work
    SynchronousOff, // no syncs at all: must lose acknowledged work
};

// Writes a session and its entries through the project's own store until the power goes off.
// Only what was acknowledged counts: the call returned and, with the syncer, it said durable.
Run writeUntilCut(const QString &path, Durability durability)
{
    Run run;
    Database db;
    try {
        db.open(path);
        std::optional<CommitSyncer> syncer;
        if (durability == Durability::SyncerThread)
            syncer.emplace(db);
        else if (durability == Durability::NormalNoSync)
            db.exec("PRAGMA synchronous = NORMAL");
        else if (durability == Durability::SynchronousOff)
            db.exec("PRAGMA synchronous = OFF");
        const auto acknowledged = [&] {
            return !syncer || syncer->waitUntilDurable();
        };
        const qint64 sessionId = test::createSession(db);
        run.sessionAcknowledged = acknowledged();
        SheetStore sheets(db);
        for (int i = 0; run.sessionAcknowledged && i < EntriesPerRun; ++i) {
            Entry entry;
            entry.sheet = QStringLiteral("norms");
            entry.activity = 4;
            entry.text = entryText(i);
            sheets.addEntry(sessionId, entry);
            if (!acknowledged())
                break;
            ++run.entriesAcknowledged;
        }
    } catch (const StoreError &) {
        // The power went off: the call that was running was not acknowledged.
    }
    db.close();
    return run;
}

struct Found {
    bool opens = false;
    bool session = false;
    int acknowledgedEntries = 0; // of those acknowledged, how many are there
};

Found afterPowerComesBack(const QString &path, const Run &run)
{
    Found found;
    Database db;
    try {
        db.open(path); // checks the file (quick_check) before anything else
    } catch (const StoreError &) {
        return found;
    }
    found.opens = true;
    const QVector<SessionInfo> sessions = SessionStore(db).sessions();
    found.session = !sessions.isEmpty();
    if (!found.session)
        return found;
    QStringList texts;
    for (const Entry &entry : SheetStore(db).entries(sessions.at(0).id, QStringLiteral("norms")))
        texts << entry.text;
    for (int i = 0; i < run.entriesAcknowledged; ++i)
        found.acknowledgedEntries += texts.contains(entryText(i)) ? 1 : 0;
    return found;
}

std::int64_t operationsOfAWholeRun(Durability durability)
{
    PowerLossVfs::install();
    test::TempBitacora temp;
    PowerLossVfs::reset(0);
    const Run run = writeUntilCut(temp.path(), durability);
    REQUIRE(run.entriesAcknowledged == EntriesPerRun);
    return PowerLossVfs::operations();
}

} // namespace

TEST_CASE("Every acknowledged entry survives a simulated power cut at any point")
{
    for (const Durability durability : {Durability::EachCommit, Durability::SyncerThread}) {
        const std::int64_t total = operationsOfAWholeRun(durability);
        REQUIRE(total > EntriesPerRun);
        const int cuts = int(qMin<std::int64_t>(cutPointCount(), total));
        int runsWithEntries = 0;
        for (int i = 0; i < cuts; ++i) {
            const std::int64_t cutAt = 1 + std::int64_t(i) * total / cuts;
            // First with only the synced writes left, then with a random part of the others.
            for (const bool keepSomeUnsynced : {false, true}) {
                test::TempBitacora temp;
                PowerLossVfs::reset(cutAt, keepSomeUnsynced, std::uint32_t(i + 1));
                const Run run = writeUntilCut(temp.path(), durability);
                REQUIRE(PowerLossVfs::powerIsOff());
                PowerLossVfs::restoreAfterCut();
                const Found found = afterPowerComesBack(temp.path(), run);
                INFO((durability == Durability::EachCommit ? "FULL" : "syncer thread")
                     << ", cut at operation " << cutAt << " of " << total
                     << (keepSomeUnsynced ? ", some unsynced writes kept" : ""));
                REQUIRE(found.opens);
                if (run.sessionAcknowledged)
                    REQUIRE(found.session);
                REQUIRE(found.acknowledgedEntries == run.entriesAcknowledged);
                runsWithEntries += run.entriesAcknowledged > 0 ? 1 : 0;
            }
        }
        CHECK(runsWithEntries > cuts); // most cuts came after entries were acknowledged
    }
}

TEST_CASE("Without the syncs, the same power cuts lose acknowledged entries")
{
    // The check above can fail: without syncing the log, what SQLite acknowledged was never
    // durable, whether nothing syncs (OFF) or only checkpoints do (NORMAL with no syncer).
    for (const Durability durability : {Durability::SynchronousOff, Durability::NormalNoSync}) {
        const std::int64_t total = operationsOfAWholeRun(durability);
        int runsThatLost = 0;
        for (int i = 1; i <= 10; ++i) {
            test::TempBitacora temp;
            PowerLossVfs::reset(total / 2 + i * total / 25);
            const Run run = writeUntilCut(temp.path(), durability);
            PowerLossVfs::restoreAfterCut();
            const Found found = afterPowerComesBack(temp.path(), run);
            if (run.entriesAcknowledged > 0 && found.acknowledgedEntries < run.entriesAcknowledged)
                ++runsThatLost;
        }
        INFO((durability == Durability::SynchronousOff ? "OFF" : "NORMAL without the syncer"));
        CHECK(runsThatLost > 0);
    }
}
