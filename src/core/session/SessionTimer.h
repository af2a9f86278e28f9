#pragma once

#include "Schedule.h"
#include "store/Records.h"
#include "store/TimingStore.h"

#include <QObject>

namespace fcte {

class Clock;
class Guide;
class SessionStore;
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

    int plannedMinutes(int activity) const;
    int defaultMinutes(int activity) const;
    void setPlannedMinutes(int activity, int minutes);
    void adjustMinutes(int activity, int delta);

    qint64 elapsedMs(int activity) const;
    // Negative once the countdown is past zero (overtime).
    qint64 remainingMs(int activity) const;
    bool isRunning(int activity) const;
    bool hasRun(int activity) const;
    // "Iniciar sesión" and "Terminar sesión": the schedule counts from the actual start, and
    // before it nothing is late (the director may rehearse the night before).
    bool sessionStarted() const;
    bool sessionEnded() const;
    QTime plannedStart() const { return m_info.plannedStart; }
    QDateTime startedAt() const; // invalid before the start
    QDateTime endedAt() const;   // invalid unless ended
    // Records the start and starts the current activity's timer; with discardRehearsal every
    // timer and turn used before the start is set back to zero.
    void startSession(int currentActivity, bool discardRehearsal);
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
    // Called when the operator moves to an activity: a running timer pauses and, since the room
    // is moving on, the new activity's timer starts if it never ran.
    void enterActivity(int activity);

    // Per-school turns of an activity, in presentation order.
    QVector<SchoolTurnState> turns(int activity) const;
    // Index of the school speaking now (the first not done), or -1 when all are done.
    int currentTurn(int activity) const;
    qint64 turnElapsedMs(int activity, int index) const;
    // The guide's minutes per school, unless time recovery shortened them.
    int minutesPerTurn(int activity) const;
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
