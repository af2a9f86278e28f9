#include "core/session/CommitSyncer.h"

#include "core/model/StoreError.h"
#include "core/store/Database.h"
#include "core/store/WalFile.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace fcte {

CommitSyncer::CommitSyncer(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_wal(std::make_unique<const WalFile>(db))
    , m_path(db.path().toUtf8())
{
    if (!isActive())
        return;
    db.exec("PRAGMA synchronous = NORMAL");
    // Replaces SQLite's automatic checkpoint, which would run inside a commit: the worker
    // checkpoints instead.
    sqlite3_wal_hook(db.handle(), &CommitSyncer::onCommit, this);
    m_worker = std::thread([this] { work(); });
    m_checkpointWorker = std::thread([this] { checkpointWork(); });
}

bool CommitSyncer::isActive() const
{
    return m_wal->isValid();
}

CommitSyncer::~CommitSyncer()
{
    if (!isActive())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_syncCue.notify_all();
    m_checkpointCue.notify_all();
    m_worker.join();
    m_checkpointWorker.join();
    if (m_db.isOpen()) {
        sqlite3_wal_autocheckpoint(m_db.handle(), CheckpointPages); // also removes the hook
        try {
            m_db.exec("PRAGMA synchronous = FULL");
        } catch (const StoreError &) {
            // The connection is closing with the app; its commits so far are synced.
        }
    }
}

int CommitSyncer::onCommit(void *self, sqlite3 *, const char *, int walPages)
{
    auto *syncer = static_cast<CommitSyncer *>(self);
    bool cueCheckpoint = false;
    {
        const std::lock_guard<std::mutex> lock(syncer->m_mutex);
        ++syncer->m_committed;
        syncer->m_walPages = walPages;
        // The checkpoint worker sleeps until the first commit after a checkpoint (then it times
        // the quiet moment itself) or until the log is long: other commits leave it asleep.
        cueCheckpoint = !syncer->m_unsavedInMainFile || walPages >= CheckpointPages;
        syncer->m_unsavedInMainFile = true;
        syncer->m_lastCommit = Clock::now();
    }
    syncer->m_syncCue.notify_one();
    if (cueCheckpoint)
        syncer->m_checkpointCue.notify_one();
    return SQLITE_OK;
}

quint64 CommitSyncer::committed() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_committed;
}

quint64 CommitSyncer::durable() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_durable;
}

int CommitSyncer::checkpointsDone() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_checkpoints;
}

bool CommitSyncer::waitUntilDurable(int timeoutMs)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    const quint64 target = m_committed;
    m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                        [&] { return m_durable >= target || m_failed; });
    return m_durable >= target;
}

void CommitSyncer::checkpointSoon()
{
    if (!isActive())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_checkpointWanted = true;
    }
    m_checkpointCue.notify_one();
}

bool CommitSyncer::checkpointDue(Clock::time_point now) const
{
    return m_checkpointWanted || m_walPages >= CheckpointPages ||
           (m_unsavedInMainFile && now - m_lastCommit >= std::chrono::milliseconds(QuietMs));
}

void CommitSyncer::work()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        if (m_durable < m_committed) {
            // Everything committed up to here is written to the log: one sync covers it all.
            const quint64 target = m_committed;
            lock.unlock();
            const int rc = m_wal->sync();
            lock.lock();
            m_failed = rc != SQLITE_OK;
            if (!m_failed)
                m_durable = target;
            m_progress.notify_all();
            if (!m_failed) {
                QMetaObject::invokeMethod(
                    this, [this] { Q_EMIT durableChanged(); }, Qt::QueuedConnection);
                continue;
            }
            const QString message =
                QCoreApplication::translate("CommitSyncer",
                                            "El disco no confirmó lo escrito (%1); se reintenta.")
                    .arg(QString::fromUtf8(sqlite3_errstr(rc)));
            QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT syncFailed(message); }, Qt::QueuedConnection);
            if (m_stopping)
                break;
            m_syncCue.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; });
            continue;
        }
        if (m_stopping)
            break;
        m_syncCue.wait(lock);
    }
}

// On a thread of its own: a checkpoint copies up to a thousand pages and syncs the main file,
// several milliseconds, and a commit's sync must never queue behind it.
void CommitSyncer::checkpointWork()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        if (checkpointDue(Clock::now())) {
            m_checkpointWanted = false;
            m_unsavedInMainFile = false;
            m_walPages = 0;
            lock.unlock();
            checkpoint();
            lock.lock();
            ++m_checkpoints;
            m_progress.notify_all();
            continue;
        }
        if (m_stopping)
            break;
        if (m_unsavedInMainFile)
            m_checkpointCue.wait_until(lock, m_lastCommit + std::chrono::milliseconds(QuietMs));
        else
            m_checkpointCue.wait(lock);
    }
    lock.unlock();
    sqlite3_close(m_checkpointer);
    m_checkpointer = nullptr;
}

void CommitSyncer::checkpoint()
{
    if (!m_checkpointer) {
        if (sqlite3_open_v2(m_path.constData(), &m_checkpointer, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK) {
            sqlite3_close(m_checkpointer);
            m_checkpointer = nullptr;
            return; // the next quiet moment tries again
        }
        // A new connection learns that the file is in WAL mode, and finds the log, on its first
        // read; until then a checkpoint has nothing to do.
        sqlite3_exec(m_checkpointer, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr,
                     nullptr);
    }
    // PASSIVE: copies what no reader still needs and never waits for the window's connection.
    sqlite3_wal_checkpoint_v2(m_checkpointer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace fcte
