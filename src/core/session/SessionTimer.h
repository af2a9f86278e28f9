#pragma once

#include "core/model/Records.h"
#include "core/model/TimerStates.h"
#include "core/session/Schedule.h"

#include <QObject>

namespace fcte {

class Clock;
class Guide;
class SessionStore;
class TimingStore;
struct Activity;

// The timing of one session: a countdown per activity that keeps counting into overtime,
// per-school turns, planned-minute changes and the live schedule. State is stored as timestamps
// on every change, so a killed and reopened app shows the same running timers, counting the time
// it was closed. A write that fails changes nothing in memory and is reported by saveFailed().
class SessionTimer : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultBreakAfterActivity = 10;
    static constexpr int DefaultBreakMinutes = 30;

    SessionTimer(const Guide &guide, SessionStore &sessions, TimingStore &store, const Clock &clock,
                 qint64 sessionId, QObject *parent = nullptr);

    const Clock &clock() const { return m_clock; }
    // Re-reads the session's schools and planned day after they were edited.
    void reloadSession();

    // The minutes the activity is counted for: its plan, or time recovery's where it changed it.
    int plannedMinutes(int activity) const;
    // The plan alone, as the director set it (the PDF's plan column), and whether time recovery
    // counts the activity for other minutes (plannedMinutes()).
    int planMinutes(int activity) const;
    bool isAdjusted(int activity) const;
    int defaultMinutes(int activity) const;
    // The director's plan (recovery's adjustment is dropped). For school turns (activity 7) the
    // plan is a length per school: the activity's minutes follow from it.
    void setPlannedMinutes(int activity, int minutes);
    void adjustMinutes(int activity, int delta);

    qint64 elapsedMs(int activity) const;
    // Negative once the countdown is past zero (overtime).
    qint64 remainingMs(int activity) const;
    bool isRunning(int activity) const;
    bool hasRun(int activity) const;
    // "Comenzar la sesión" and "Terminar sesión": the schedule counts from the actual start, and
    // before it nothing is late (the director may rehearse the night before).
    bool sessionStarted() const;
    bool sessionEnded() const;
    QTime plannedStart() const { return m_info.plannedStart; }
    QDateTime startedAt() const; // invalid before the start
    QDateTime endedAt() const;   // invalid unless ended
    // Records the start and starts the current activity's timer; with discardRehearsal every
    // timer and turn used before the start is set back to zero.
    void startSession(int currentActivity, bool discardRehearsal);
    // Starting at a later activity: the earlier ones that never ran were either done before the
    // app was used, from doneFrom (the day counts from then, and they share the time since in
    // proportion to their plan), or, with doneFrom invalid, left out of this session's plan.
    void startSessionMidway(int currentActivity, bool discardRehearsal, const QDateTime &doneFrom);
    bool isSkipped(int activity) const;
    // Pauses the running timer and records the end; resuming forgets the end.
    void endSession();
    void resumeSession();
    // Whether any timer has run: before the start, that was a rehearsal.
    bool anyTimerHasRun() const;
    // The activity whose timer runs, or 0.
    int runningActivity() const;

    void start(int activity);
    void pause(int activity);
    void toggle(int activity);
    // Called when the operator moves to an activity. Moving on to one that never ran: the running
    // timer pauses and the new activity's timer starts (during the break nothing runs, so nothing
    // starts). Looking back at one that already ran changes nothing: the room is still there.
    void enterActivity(int activity);

    // Per-school turns of an activity, in presentation order.
    QVector<SchoolTurnState> turns(int activity) const;
    // Index of the school speaking now (the first not done), or -1 when all are done.
    int currentTurn(int activity) const;
    qint64 turnElapsedMs(int activity, int index) const;
    // The minutes per school: time recovery's, or the plan's (planTurnMinutes: the guide's
    // unless the director changed them).
    int minutesPerTurn(int activity) const;
    int planTurnMinutes(int activity) const;
    // The shortest a turn may become when recovering time (0: turns are not shortened).
    int turnFloorMinutes() const { return m_info.turnFloorMinutes; }
    void setTurnFloorMinutes(int minutes);
    void nextSchool(int activity);
    void moveTurn(int activity, int from, int to);

    QVector<BreakItem> breaks() const;
    void setBreakMinutes(qint64 breakId, int minutes);
    // The guide has no break: it is the director's proposal, on (DefaultBreakMinutes, or the
    // length last chosen) or off (0 minutes, out of the schedule, the agenda's total and the PDF).
    void setBreakProposed(bool proposed);
    bool isBreakProposed() const;
    // Moves the break that many activities later (negative: earlier), between the first and the
    // last activity.
    void moveBreak(int activities);
    // The break as a period of its own: beginning it pauses the running activity and places the
    // break after the activity the room has reached; ending it starts currentActivity's timer
    // when the room has moved past the break to an activity that never ran.
    void startBreak(int reachedActivity);
    void endBreak(int currentActivity);
    bool isOnBreak() const;
    int breakMinutes() const; // planned
    // The furthest activity the room has reached (the last whose timer has run, or current when
    // none has), and whether an activity is behind it, done: looking back at it shows its time.
    int reachedActivity(int currentActivity) const;
    bool isFinished(int activity) const;
    // How long the break has lasted (so far), and its planned minutes; 0 without a break.
    qint64 breakElapsedMs() const;

    ScheduleSummary summary(int currentActivity) const;
    QVector<Trim> recoverySuggestion(int currentActivity) const;
    // Planned minutes, and minutes per turn for the trims that shorten turns.
    void applyTrims(const QVector<Trim> &trims);

Q_SIGNALS:
    void changed();
    void saveFailed(const QString &message);

private:
    ActivityTimerState state(int activity) const;
    bool saveTimers(const QVector<ActivityTimerState> &states);
    bool saveTurns(int activity, const QVector<SchoolTurnState> &turns);
    bool saveRunTimes(qint64 startedAtMs, qint64 endedAtMs);
    template <typename Write> bool write(Write step);
    ScheduleInput scheduleInput(int currentActivity) const;
    bool isPerSchool(int activity) const;

    const Guide &m_guide;
    SessionStore &m_sessions;
    TimingStore &m_store;
    const Clock &m_clock;
    qint64 m_sessionId;
    QMap<int, ActivityTimerState> m_timers;
    mutable QMap<int, QVector<SchoolTurnState>> m_turns;
    QVector<BreakItem> m_breaks;
    int m_lastBreakMinutes = DefaultBreakMinutes; // brought back when the break is proposed again
    // Cached: the timer bar asks for the schedule several times a second.
    QVector<School> m_schools;
    SessionInfo m_info;
};

} // namespace fcte
