#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace fcte {

// What the window's thread asked of SQLite, for the tests and the bench (off unless they switch
// it on; one atomic read per step when off): the slowest steps, and any whole-file work (a
// quick check, a VACUUM INTO, a copy through the backup API), which belongs on a DiskJobs thread
// and never on the thread that answers the recorder's keys.
struct StatementLog {
    struct Step {
        QByteArray sql;
        qint64 nanoseconds = 0;
    };
    static void setOn(bool on);
    static bool isOn();
    // Called for each step run on the window's thread while the log is on.
    static void record(const char *sql, qint64 nanoseconds);
    static void clear();
    // The slowest steps seen, slowest first (one per statement text).
    static QVector<Step> slowest(int count);
    // The whole-file work run on the window's thread, by its SQL.
    static QStringList wholeFileWork();
    // True on the application's main thread (the window's).
    static bool onWindowThread();
};

} // namespace fcte
