#pragma once

#include <QMap>
#include <QVector>

namespace fcte {

class Database;

// The stored state of one activity's timer. Elapsed time is accumulated + (now - runningSince)
// while running.
struct ActivityTimerState {
    int activity = 0;
    int plannedMinutes = 0; // 0: the guide's default
    int turnMinutes = 0;    // per-school activities; 0: the guide's minutes per turn
    qint64 accumulatedMs = 0;
    qint64 runningSinceMs = 0; // 0: paused or never started
    // Time recovery's minutes, beside the plan (0: as planned): the plan stays what it was.
    int adjustedMinutes = 0;
    int adjustedTurnMinutes = 0;
    // Left out of this session's plan: it began at a later activity and this one was not done.
    bool skipped = false;
    bool isRunning() const { return runningSinceMs != 0; }
    bool hasRun() const { return accumulatedMs > 0 || isRunning(); }
    qint64 elapsedMs(qint64 nowMs) const
    {
        return accumulatedMs + (isRunning() ? qMax<qint64>(0, nowMs - runningSinceMs) : 0);
    }
};

struct SchoolTurnState {
    qint64 schoolId = 0;
    qint64 accumulatedMs = 0;
    qint64 runningSinceMs = 0;
    bool done = false;
    bool isRunning() const { return runningSinceMs != 0; }
    qint64 elapsedMs(qint64 nowMs) const
    {
        return accumulatedMs + (isRunning() ? qMax<qint64>(0, nowMs - runningSinceMs) : 0);
    }
};

// The break: planned minutes after an activity, and when it actually began and ended (0: not
// yet). While it runs the room is on its break, whatever activity the window shows.
struct BreakItem {
    qint64 id = 0;
    int afterActivity = 0;
    int minutes = 0;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    bool hasStarted() const { return startedAtMs != 0; }
    bool isRunning() const { return startedAtMs != 0 && endedAtMs == 0; }
    qint64 elapsedMs(qint64 nowMs) const
    {
        if (!hasStarted())
            return 0;
        return qMax<qint64>(0, (endedAtMs != 0 ? endedAtMs : nowMs) - startedAtMs);
    }
};

class TimingStore {
public:
    explicit TimingStore(Database &db);

    QMap<int, ActivityTimerState> timers(qint64 sessionId) const;
    void saveTimer(qint64 sessionId, const ActivityTimerState &state);
    // Several timers at once, in one transaction (pausing one and starting the next).
    void saveTimers(qint64 sessionId, const QVector<ActivityTimerState> &states);

    // In presentation order.
    QVector<SchoolTurnState> turns(qint64 sessionId, int activity) const;
    // Every activity's turns, by activity.
    QMap<int, QVector<SchoolTurnState>> allTurns(qint64 sessionId) const;
    void saveTurns(qint64 sessionId, int activity, const QVector<SchoolTurnState> &turns);

    QVector<BreakItem> breaks(qint64 sessionId) const;
    void saveBreak(qint64 sessionId, BreakItem &item);

private:
    Database &m_db;
};

} // namespace fcte
