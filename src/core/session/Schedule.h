#pragma once

#include "core/model/TimerStates.h"

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
    // The minutes each activity is counted for: the plan, or time recovery's where it changed it.
    QMap<int, int> plannedMinutes;
    QMap<int, qint64> elapsedMs;
    QSet<int> fixed;   // activities the guide fixes (they are never trimmed)
    QSet<int> run;     // activities whose timer has run
    QSet<int> skipped; // left out when the session began at a later activity: not in the plan
    int running = 0;   // the activity whose timer runs, or 0
    QVector<BreakItem> breaks;
    int currentActivity = 0; // the one on screen, which may be an earlier one looked at again
    bool started = false;    // "Comenzar la sesión": before it nothing is late
    bool ended = false;      // "Terminar sesión": now is the end
    QDateTime now;
    // Per-school activities: minutes per turn, how many schools have yet to finish (the one
    // speaking included) and how long the one speaking has spoken. Turns are shortened by
    // recovery only down to turnFloorMinutes (0: never).
    struct Turns {
        int minutesPerTurn = 0;
        int remaining = 0;
        qint64 speakingMs = 0;
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
//
// The projected end is now plus what is left: the activity the room is in (the running one, or
// the furthest reached) counts what remains of it — for school turns, the speaker's remainder
// and a full turn for each school still waiting; activities not reached count their minutes; the
// break counts while ahead, its remainder while it runs, nothing once taken or passed. Activities
// behind the furthest reached count nothing wherever the window's cursor is: their time is past.
class Schedule {
public:
    static constexpr int MinimumMinutes = 2;

    // The furthest activity the room has reached: the last whose timer has run, or the one on
    // screen when none has.
    static int reached(const ScheduleInput &input);
    static ScheduleSummary summarize(const ScheduleInput &input);
    // How to win back the minutes behind: trim the activities not yet reached that are not
    // fixed, and the turns of schools still waiting down to the director's floor, a minute at a
    // time to whichever is least trimmed in proportion, never below MinimumMinutes. Nothing
    // finished, under way or over its time gives minutes.
    static QVector<Trim> recoverySuggestion(const ScheduleInput &input, int minutesBehind);
};

} // namespace fcte
