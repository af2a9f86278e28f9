#pragma once

#include "store/TimingStore.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QVector>

namespace fcte {

// What the schedule is computed from: the plan as it stands and what has happened so far.
struct ScheduleInput {
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QVector<int> activities; // in guide order
    QMap<int, int> plannedMinutes;
    QMap<int, qint64> elapsedMs;
    QSet<int> fixed; // activities the guide fixes (they are never trimmed)
    QVector<BreakItem> breaks;
    int currentActivity = 0;
    bool started = false; // "Iniciar sesión": before it nothing is late
    bool ended = false;   // "Terminar sesión": now is the end
    QDateTime now;
    // Per-school activities whose turns may still be shortened: minutes per turn and how many
    // schools have yet to speak. Turns are shortened only down to turnFloorMinutes (0: never).
    struct Turns {
        int minutesPerTurn = 0;
        int remaining = 0;
    };
    QMap<int, Turns> turns;
    int turnFloorMinutes = 0;
};

struct ScheduleSummary {
    QDateTime projectedEnd;
    QDateTime plannedEnd;
    int plannedTotalMinutes = 0; // activities and breaks
    // Projected minus planned end: positive when behind, negative when ahead.
    int minutesBehind = 0;
};

// A shorter plan for one activity, or, with perTurn, shorter turns for its schools still to speak.
struct Trim {
    int activity = 0;
    int fromMinutes = 0;
    int toMinutes = 0;
    bool perTurn = false;
    int turns = 0; // schools whose turn is shortened
    int recoveredMinutes() const { return (fromMinutes - toMinutes) * (perTurn ? turns : 1); }
};

// The live schedule of the morning: pure arithmetic, so every case can be tested.
class Schedule {
public:
    static constexpr int MinimumMinutes = 2;

    static ScheduleSummary summarize(const ScheduleInput &input);
    // How to win back the minutes behind: trim the later activities that are not fixed, and the
    // turns of schools still to speak down to the director's floor, a minute at a time to whichever
    // is least trimmed in proportion, never below MinimumMinutes.
    static QVector<Trim> recoverySuggestion(const ScheduleInput &input, int minutesBehind);
};

} // namespace fcte
