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
    bool started = false; // some timer has run
    QDateTime now;
};

struct ScheduleSummary {
    QDateTime projectedEnd;
    QDateTime plannedEnd;
    int plannedTotalMinutes = 0; // activities and breaks
    // Projected minus planned end: positive when behind, negative when ahead.
    int minutesBehind = 0;
};

struct Trim {
    int activity = 0;
    int fromMinutes = 0;
    int toMinutes = 0;
};

// The live schedule of the morning: pure arithmetic, so every case can be tested.
class Schedule {
public:
    static constexpr int MinimumMinutes = 2;

    static ScheduleSummary summarize(const ScheduleInput &input);
    // How to win back the minutes behind: trim the later activities that are not fixed, each in
    // proportion to its planned minutes, never below MinimumMinutes.
    static QVector<Trim> recoverySuggestion(const ScheduleInput &input, int minutesBehind);
};

} // namespace fcte
