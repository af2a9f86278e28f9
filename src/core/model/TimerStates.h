#pragma once

#include <QtGlobal>

namespace fcte {

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

} // namespace fcte
