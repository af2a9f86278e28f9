#pragma once

#include <QObject>
#include <QTimer>

namespace fcte {

class Database;

// While the app runs, recent work sits in the -wal file beside the bitácora, and a user who
// copies bitacora.sqlite alone would miss it. This moves it into the main file a moment after
// the writing stops, and at once when asked (on every activity change).
class CheckpointScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int QuietMs = 2000;

    CheckpointScheduler(Database &db, QObject *parent = nullptr);

    // Something was written: checkpoint once the writing has been quiet for QuietMs.
    void noteWrite();
    void checkpointNow();

private:
    Database &m_db;
    QTimer m_quiet;
};

} // namespace fcte
