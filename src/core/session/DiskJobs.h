#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace fcte {

class Database;

// What a long piece of disk work gives back: the files it wrote, or why it could not.
struct DiskJobResult {
    QStringList files;
    QString error;  // empty: done
    QString notice; // what the person should know of a job that was done (a PDF's missing letters)
};

// The one place long disk work runs: exports, snapshots, copies, imports. Each job runs on a
// thread of its own through a connection of its own to the bitácora, so the window's
// thread only ever runs short statements and never waits for a whole file to be read or written.
// The result comes back on the window's thread (done), in the order the jobs finish.
class DiskJobs : public QObject {
    Q_OBJECT
public:
    // How a job sees the file: Snapshot, every read of the job at one moment (ReadSnapshot);
    // Whole, the job copies the file by a means that is one moment by itself (VACUUM INTO, the
    // backup API), which refuses to run inside a transaction. Both read-only. Writes, the job
    // writes (an import), in a transaction of its own: its connection may write, and while it
    // commits a write of the window waits for it (Database's busy wait).
    enum class Moment { Snapshot, Whole, Writes };
    using Job = std::function<DiskJobResult(Database &)>;
    using Done = std::function<void(const DiskJobResult &)>;

    explicit DiskJobs(Database &db, QObject *parent = nullptr);
    // Waits for the jobs still running, so none is cut in half; their results are not delivered.
    ~DiskJobs() override;

    // Runs job, then done on the window's thread with its result, unless receiver is gone by
    // then. A bitácora in memory cannot be opened twice: its jobs run here and now.
    void run(Job job, QObject *receiver, Done done, Moment moment = Moment::Snapshot);
    bool isBusy() const { return m_running > 0; }
    // Blocks until every job has reported (tests).
    void waitForAll();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    Database &m_db;
    int m_running = 0;
};

} // namespace fcte
