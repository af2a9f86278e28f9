#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace fcte {

class DiskJobs;
class Notebook;

// Takes a snapshot of the bitácora every few minutes while a session runs, and one more when
// the window closes. The periodic ones are written by a job (see DiskJobs): a bitácora with
// photos can take seconds to copy, and the room must not wait for it.
class BackupScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int IntervalMinutes = 5;

    BackupScheduler(Notebook &notebook, DiskJobs &jobs, QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Returns the snapshot's path (the newest one when nothing changed since it was taken), or
    // an empty string when it failed (saveFailed tells why). Written here and now: for closing.
    QString snapshotNow();
    // The same on a thread of its own; then runs when it is written (or has failed).
    void snapshotInBackground(std::function<void()> then = {});

Q_SIGNALS:
    void saveFailed(const QString &message);
    void snapshotTaken(const QString &path);

private:
    Notebook &m_notebook;
    DiskJobs &m_jobs;
    QTimer *m_timer = nullptr;
};

} // namespace fcte
