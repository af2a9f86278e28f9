#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace fcte {

class Database;
class WalFile;

// Keeps the disk off the thread that commits (the window's). While it lives, the connection
// commits with synchronous=NORMAL: a commit writes the log and returns at once, safe from a
// crash of the app. A worker then syncs the log, once for every commit that arrived meanwhile
// (group commit), in commit order, and says so: that is the moment an edit is durable, safe
// from a power cut too. A second worker moves the log into the main file (a checkpoint) a
// moment after the writing stops, when the log grows, and when asked, so that a copy of the
// main file alone holds the work; neither the window nor a commit's sync waits for it.
class CommitSyncer : public QObject {
    Q_OBJECT
public:
    static constexpr int QuietMs = 2000;
    static constexpr int CheckpointPages = 1000; // SQLite's own automatic checkpoint size

    explicit CommitSyncer(Database &db, QObject *parent = nullptr);
    // Syncs what is pending, then gives the connection back its own syncs (FULL) and automatic
    // checkpoints.
    ~CommitSyncer() override;

    // False for a database without a log (in memory): its commits are durable as they return.
    bool isActive() const;
    // Commits so far, and how many of them are durable.
    quint64 committed() const;
    quint64 durable() const;
    bool allDurable() const { return durable() >= committed(); }
    // Blocks until every commit so far is durable: for closing, and for tests. False when a
    // sync failed or the time ran out.
    bool waitUntilDurable(int timeoutMs = 10000);
    // A checkpoint on the checkpoint worker, at once.
    void checkpointSoon();
    int checkpointsDone() const;

Q_SIGNALS:
    // Every commit counted before it is on disk.
    void durableChanged();
    void syncFailed(const QString &message);

private:
    using Clock = std::chrono::steady_clock;
    static int onCommit(void *self, sqlite3 *, const char *, int walPages);
    void work();
    void checkpointWork();
    bool checkpointDue(Clock::time_point now) const;
    void checkpoint();

    Database &m_db;
    const std::unique_ptr<const WalFile> m_wal;
    const QByteArray m_path;
    sqlite3 *m_checkpointer = nullptr; // the checkpoint worker's own connection

    mutable std::mutex m_mutex; // guards what follows
    // One signal per waiter, so that a commit wakes only the thread that syncs it (a wake-up
    // is a system call, made inside the commit).
    std::condition_variable m_syncCue;       // the log has commits to sync, or stop
    std::condition_variable m_checkpointCue; // a checkpoint may be due, or stop
    std::condition_variable m_progress;      // commits made durable, checkpoints done
    quint64 m_committed = 0;
    quint64 m_durable = 0;
    int m_walPages = 0;
    bool m_unsavedInMainFile = false;
    bool m_checkpointWanted = false;
    int m_checkpoints = 0;
    bool m_failed = false;
    bool m_stopping = false;
    Clock::time_point m_lastCommit;
    std::thread m_worker;           // syncs the log
    std::thread m_checkpointWorker; // moves the log into the main file
};

} // namespace fcte
