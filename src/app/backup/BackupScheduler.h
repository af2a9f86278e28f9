#pragma once

#include <QObject>

class QTimer;

namespace fcte {

class Database;

// Takes a snapshot of the bitácora every few minutes while a session runs, and one more when
// the window closes.
class BackupScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int IntervalMinutes = 5;

    BackupScheduler(Database &db, QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Returns the snapshot's path (the newest one when nothing changed since it was taken), or
    // an empty string when it failed (saveFailed tells why).
    QString snapshotNow();

Q_SIGNALS:
    void saveFailed(const QString &message);

private:
    Database &m_db;
    QTimer *m_timer = nullptr;
};

} // namespace fcte
