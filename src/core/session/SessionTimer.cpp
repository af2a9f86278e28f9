#include "core/session/SessionTimer.h"

#include "core/guide/Guide.h"
#include "core/model/Clock.h"
#include "core/model/StoreError.h"
#include "core/store/SessionStore.h"
#include "core/store/TimingStore.h"

#include <cmath>

namespace fcte {

SessionTimer::SessionTimer(const Guide &guide, SessionStore &sessions, TimingStore &store,
                           const Clock &clock, qint64 sessionId, QObject *parent)
    : QObject(parent)
    , m_guide(guide)
    , m_sessions(sessions)
    , m_store(store)
    , m_clock(clock)
    , m_sessionId(sessionId)
    , m_timers(store.timers(sessionId))
    , m_breaks(store.breaks(sessionId))
{
    reloadSession();
    // A school morning has a break; the director can change its length in the agenda. A short
    // agenda (a follow-up's four activities) has no activity for it to follow: no break, and
    // none counted in its plan.
    if (m_breaks.isEmpty() && m_guide.activity(DefaultBreakAfterActivity + 1)) {
        BreakItem item{0, DefaultBreakAfterActivity, DefaultBreakMinutes};
        if (write([&] { m_store.saveBreak(m_sessionId, item); }))
            m_breaks << item;
    }
}

void SessionTimer::reloadSession()
{
    m_schools = m_sessions.schools(m_sessionId);
    m_info = m_sessions.session(m_sessionId).value_or(SessionInfo{});
    m_turns.clear();
    Q_EMIT changed();
}

bool SessionTimer::isPerSchool(int activity) const
{
    const Activity *found = m_guide.activity(activity);
    return found && found->timer == TimerKind::PerSchool;
}

ActivityTimerState SessionTimer::state(int activity) const
{
    ActivityTimerState result = m_timers.value(activity);
    result.activity = activity;
    return result;
}

template <typename Write> bool SessionTimer::write(Write step)
{
    try {
        step();
        return true;
    } catch (const StoreError &error) {
        Q_EMIT saveFailed(error.message());
        return false;
    }
}

bool SessionTimer::saveTimers(const QVector<ActivityTimerState> &states)
{
    if (!write([&] { m_store.saveTimers(m_sessionId, states); }))
        return false;
    for (const ActivityTimerState &updated : states)
        m_timers.insert(updated.activity, updated);
    return true;
}

bool SessionTimer::saveTurns(int activity, const QVector<SchoolTurnState> &turns)
{
    if (!write([&] { m_store.saveTurns(m_sessionId, activity, turns); }))
        return false;
    m_turns.insert(activity, turns);
    return true;
}

int SessionTimer::defaultMinutes(int activity) const
{
    const Activity *found = m_guide.activity(activity);
    if (!found)
        return 0;
    if (isPerSchool(activity) && !m_schools.isEmpty())
        return planTurnMinutes(activity) * int(m_schools.size());
    return m_guide.plannedMinutes(*found, int(m_schools.size()));
}

int SessionTimer::planMinutes(int activity) const
{
    const int overridden = m_timers.value(activity).plannedMinutes;
    return overridden > 0 ? overridden : defaultMinutes(activity);
}

int SessionTimer::plannedMinutes(int activity) const
{
    const int adjusted = m_timers.value(activity).adjustedMinutes;
    return adjusted > 0 ? adjusted : planMinutes(activity);
}

bool SessionTimer::isAdjusted(int activity) const
{
    const ActivityTimerState &timer = m_timers.value(activity);
    return timer.adjustedMinutes > 0 || timer.adjustedTurnMinutes > 0;
}

void SessionTimer::setPlannedMinutes(int activity, int minutes)
{
    ActivityTimerState updated = state(activity);
    updated.adjustedMinutes = 0;
    updated.adjustedTurnMinutes = 0;
    if (isPerSchool(activity) && !m_schools.isEmpty() && minutesPerTurn(activity) > 0) {
        // A length per school; the activity's plan is that times the schools.
        const int schools = int(m_schools.size());
        updated.turnMinutes = qBound(1, int(std::lround(double(minutes) / schools)), 120);
        updated.plannedMinutes = 0;
    } else {
        updated.plannedMinutes = qBound(1, minutes, 600);
    }
    saveTimers({updated});
    Q_EMIT changed();
}

void SessionTimer::adjustMinutes(int activity, int delta)
{
    if (isPerSchool(activity) && !m_schools.isEmpty() && minutesPerTurn(activity) > 0)
        setPlannedMinutes(activity, (planTurnMinutes(activity) + delta) * int(m_schools.size()));
    else
        setPlannedMinutes(activity, planMinutes(activity) + delta);
}

qint64 SessionTimer::elapsedMs(int activity) const
{
    return m_timers.value(activity).elapsedMs(m_clock.nowMs());
}

qint64 SessionTimer::remainingMs(int activity) const
{
    return qint64(plannedMinutes(activity)) * 60000 - elapsedMs(activity);
}

bool SessionTimer::isRunning(int activity) const
{
    return m_timers.value(activity).isRunning();
}

bool SessionTimer::hasRun(int activity) const
{
    return m_timers.value(activity).hasRun();
}

bool SessionTimer::sessionStarted() const
{
    return m_info.startedAtMs > 0;
}

bool SessionTimer::sessionEnded() const
{
    return m_info.endedAtMs > 0;
}

QDateTime SessionTimer::startedAt() const
{
    return sessionStarted() ? QDateTime::fromMSecsSinceEpoch(m_info.startedAtMs) : QDateTime();
}

QDateTime SessionTimer::endedAt() const
{
    return sessionEnded() ? QDateTime::fromMSecsSinceEpoch(m_info.endedAtMs) : QDateTime();
}

bool SessionTimer::anyTimerHasRun() const
{
    for (const ActivityTimerState &timer : m_timers) {
        if (timer.hasRun())
            return true;
    }
    return false;
}

bool SessionTimer::saveRunTimes(qint64 startedAtMs, qint64 endedAtMs)
{
    if (!write([&] { m_sessions.setRunTimes(m_sessionId, startedAtMs, endedAtMs); }))
        return false;
    m_info.startedAtMs = startedAtMs;
    m_info.endedAtMs = endedAtMs;
    return true;
}

void SessionTimer::startSession(int currentActivity, bool discardRehearsal)
{
    if (discardRehearsal) {
        QVector<ActivityTimerState> cleared;
        for (ActivityTimerState timer : m_timers) {
            timer.accumulatedMs = 0;
            timer.runningSinceMs = 0;
            cleared << timer;
        }
        if (!saveTimers(cleared))
            return;
        for (const Activity &activity : m_guide.activities()) {
            if (!isPerSchool(activity.number))
                continue;
            QVector<SchoolTurnState> list = turns(activity.number);
            for (SchoolTurnState &turn : list)
                turn = SchoolTurnState{turn.schoolId, 0, 0, false};
            if (!saveTurns(activity.number, list))
                return;
        }
    }
    if (!saveRunTimes(m_clock.nowMs(), 0))
        return;
    if (!isRunning(currentActivity))
        start(currentActivity);
    Q_EMIT changed();
}

void SessionTimer::startSessionMidway(int currentActivity, bool discardRehearsal,
                                      const QDateTime &doneFrom)
{
    startSession(currentActivity, discardRehearsal);
    if (!sessionStarted())
        return;
    QVector<ActivityTimerState> earlier;
    int planned = 0;
    for (const Activity &activity : m_guide.activities()) {
        if (activity.number < currentActivity && !hasRun(activity.number)) {
            earlier << state(activity.number);
            planned += plannedMinutes(activity.number);
        }
    }
    const qint64 now = m_clock.nowMs();
    const qint64 from = doneFrom.isValid() ? qMin(doneFrom.toMSecsSinceEpoch(), now) : 0;
    for (ActivityTimerState &timer : earlier) {
        if (from > 0 && planned > 0)
            timer.accumulatedMs = (now - from) * plannedMinutes(timer.activity) / planned;
        else
            timer.skipped = true;
    }
    if (!saveTimers(earlier))
        return;
    if (from > 0)
        saveRunTimes(from, 0);
    // A break planned among the activities behind is still to come: after this one.
    if (!m_breaks.isEmpty() && !m_breaks.first().hasStarted() &&
        m_breaks.first().afterActivity < currentActivity) {
        BreakItem moved = m_breaks.first();
        moved.afterActivity = currentActivity;
        if (write([&] { m_store.saveBreak(m_sessionId, moved); }))
            m_breaks.first() = moved;
    }
    Q_EMIT changed();
}

bool SessionTimer::isSkipped(int activity) const
{
    return m_timers.value(activity).skipped;
}

void SessionTimer::endSession()
{
    const int running = runningActivity();
    if (running)
        pause(running);
    const qint64 now = m_clock.nowMs();
    if (isOnBreak()) { // ended on the break: the break ends with the session
        BreakItem ended = m_breaks.first();
        ended.endedAtMs = now;
        if (write([&] { m_store.saveBreak(m_sessionId, ended); }))
            m_breaks.first() = ended;
    }
    saveRunTimes(sessionStarted() ? m_info.startedAtMs : now, now);
    Q_EMIT changed();
}

void SessionTimer::resumeSession()
{
    saveRunTimes(m_info.startedAtMs, 0);
    Q_EMIT changed();
}

int SessionTimer::runningActivity() const
{
    for (const ActivityTimerState &timer : m_timers) {
        if (timer.isRunning())
            return timer.activity;
    }
    return 0;
}

void SessionTimer::start(int activity)
{
    if (isRunning(activity) || !m_guide.activity(activity))
        return;
    const qint64 now = m_clock.nowMs();
    if (isOnBreak()) {
        // An activity's clock started during the break: the room is back at work.
        BreakItem ended = m_breaks.first();
        ended.endedAtMs = now;
        if (!write([&] { m_store.saveBreak(m_sessionId, ended); }))
            return;
        m_breaks.first() = ended;
    }
    QVector<ActivityTimerState> changes;
    // One timer runs at a time: the room does one thing at a time.
    if (const int other = runningActivity()) {
        ActivityTimerState paused = state(other);
        paused.accumulatedMs = paused.elapsedMs(now);
        paused.runningSinceMs = 0;
        changes << paused;
    }
    ActivityTimerState started = state(activity);
    started.runningSinceMs = now;
    started.skipped = false; // left out at the start, done after all
    changes << started;
    if (!saveTimers(changes))
        return;
    if (isPerSchool(activity)) {
        QVector<SchoolTurnState> list = turns(activity);
        const int current = currentTurn(activity);
        if (current >= 0 && !list[current].isRunning()) {
            list[current].runningSinceMs = now;
            saveTurns(activity, list);
        }
    }
    Q_EMIT changed();
}

void SessionTimer::pause(int activity)
{
    if (!isRunning(activity))
        return;
    const qint64 now = m_clock.nowMs();
    ActivityTimerState paused = state(activity);
    paused.accumulatedMs = paused.elapsedMs(now);
    paused.runningSinceMs = 0;
    if (!saveTimers({paused}))
        return;
    if (isPerSchool(activity)) {
        QVector<SchoolTurnState> list = turns(activity);
        for (SchoolTurnState &turn : list) {
            if (turn.isRunning()) {
                turn.accumulatedMs = turn.elapsedMs(now);
                turn.runningSinceMs = 0;
            }
        }
        saveTurns(activity, list);
    }
    Q_EMIT changed();
}

void SessionTimer::toggle(int activity)
{
    if (isRunning(activity))
        pause(activity);
    else
        start(activity);
}

void SessionTimer::enterActivity(int activity)
{
    const int running = runningActivity();
    if (running == activity || hasRun(activity))
        return; // looking back: the room is still where it was
    // During the break nothing runs: the director may prepare the next screen; "Terminar
    // receso" starts it.
    if (running != 0) {
        pause(running);
        start(activity);
    } else if (sessionStarted() && !sessionEnded() && !isOnBreak() && !m_breaks.isEmpty() &&
               m_breaks.first().endedAtMs != 0 && activity > m_breaks.first().afterActivity &&
               activity > reachedActivity(activity)) {
        start(activity); // back from the break, the room moves on
    }
}

QVector<SchoolTurnState> SessionTimer::turns(int activity) const
{
    if (!isPerSchool(activity))
        return {};
    auto cached = m_turns.constFind(activity);
    QVector<SchoolTurnState> list =
        cached != m_turns.constEnd() ? *cached : m_store.turns(m_sessionId, activity);
    // Schools added to the session later join the end of the queue; removed ones leave it.
    const QVector<School> &schools = m_schools;
    QVector<SchoolTurnState> result;
    for (const SchoolTurnState &turn : list) {
        for (const School &school : schools) {
            if (school.id == turn.schoolId)
                result << turn;
        }
    }
    for (const School &school : schools) {
        bool present = false;
        for (const SchoolTurnState &turn : result)
            present = present || turn.schoolId == school.id;
        if (!present)
            result << SchoolTurnState{school.id, 0, 0, false};
    }
    m_turns.insert(activity, result);
    return result;
}

int SessionTimer::currentTurn(int activity) const
{
    const QVector<SchoolTurnState> list = turns(activity);
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).done)
            return i;
    }
    return -1;
}

qint64 SessionTimer::turnElapsedMs(int activity, int index) const
{
    const QVector<SchoolTurnState> list = turns(activity);
    return index >= 0 && index < list.size() ? list.at(index).elapsedMs(m_clock.nowMs()) : 0;
}

int SessionTimer::minutesPerTurn(int activity) const
{
    const Activity *found = m_guide.activity(activity);
    if (!found || found->minutesPerTurn <= 0)
        return 0;
    const int adjusted = m_timers.value(activity).adjustedTurnMinutes;
    return adjusted > 0 ? adjusted : planTurnMinutes(activity); // time recovery's, or the plan
}

int SessionTimer::planTurnMinutes(int activity) const
{
    const Activity *found = m_guide.activity(activity);
    if (!found || found->minutesPerTurn <= 0)
        return 0;
    const int planned = m_timers.value(activity).turnMinutes;
    return planned > 0 ? planned : found->minutesPerTurn;
}

void SessionTimer::setTurnFloorMinutes(int minutes)
{
    minutes = qBound(0, minutes, 600);
    if (write([&] { m_sessions.setTurnFloor(m_sessionId, minutes); }))
        m_info.turnFloorMinutes = minutes;
    Q_EMIT changed();
}

void SessionTimer::nextSchool(int activity)
{
    QVector<SchoolTurnState> list = turns(activity);
    const int current = currentTurn(activity);
    if (current < 0)
        return;
    const qint64 now = m_clock.nowMs();
    SchoolTurnState &finished = list[current];
    finished.accumulatedMs = finished.elapsedMs(now);
    finished.runningSinceMs = 0;
    finished.done = true;
    if (current + 1 < list.size() && isRunning(activity))
        list[current + 1].runningSinceMs = now;
    saveTurns(activity, list);
    Q_EMIT changed();
}

void SessionTimer::moveTurn(int activity, int from, int to)
{
    QVector<SchoolTurnState> list = turns(activity);
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to)
        return;
    list.move(from, to);
    // Whoever is first among those not done is the one speaking; only they may be running.
    const qint64 now = m_clock.nowMs();
    bool running = false;
    for (SchoolTurnState &turn : list) {
        running = running || turn.isRunning();
        if (turn.isRunning()) {
            turn.accumulatedMs = turn.elapsedMs(now);
            turn.runningSinceMs = 0;
        }
    }
    for (SchoolTurnState &turn : list) {
        if (!turn.done) {
            if (running)
                turn.runningSinceMs = now;
            break;
        }
    }
    saveTurns(activity, list);
    Q_EMIT changed();
}

QVector<BreakItem> SessionTimer::breaks() const
{
    return m_breaks;
}

void SessionTimer::setBreakMinutes(qint64 breakId, int minutes)
{
    for (BreakItem &item : m_breaks) {
        if (item.id == breakId) {
            BreakItem changed = item;
            changed.minutes = qBound(0, minutes, 240);
            if (write([&] { m_store.saveBreak(m_sessionId, changed); }))
                item = changed;
        }
    }
    Q_EMIT changed();
}

void SessionTimer::setBreakProposed(bool proposed)
{
    if (m_breaks.isEmpty() || proposed == isBreakProposed())
        return;
    const BreakItem &item = m_breaks.first();
    if (!proposed)
        m_lastBreakMinutes = item.minutes;
    setBreakMinutes(item.id, proposed ? m_lastBreakMinutes : 0);
}

void SessionTimer::moveBreak(int activities)
{
    if (m_breaks.isEmpty() || m_guide.activities().isEmpty())
        return;
    if (m_breaks.first().hasStarted())
        return; // taken: it stays where it happened
    BreakItem moved = m_breaks.first();
    const int first = m_guide.activities().first().number;
    const int last = m_guide.activities().last().number;
    moved.afterActivity = qMax(first, qMin(moved.afterActivity + activities, last - 1));
    if (write([&] { m_store.saveBreak(m_sessionId, moved); }))
        m_breaks.first() = moved;
    Q_EMIT changed();
}

void SessionTimer::startBreak(int reachedActivity)
{
    if (m_breaks.isEmpty() || m_breaks.first().hasStarted())
        return; // one break, kept as it happened
    if (const int running = runningActivity())
        pause(running);
    BreakItem started = m_breaks.first();
    started.afterActivity = reachedActivity;
    started.startedAtMs = m_clock.nowMs();
    started.endedAtMs = 0;
    if (write([&] { m_store.saveBreak(m_sessionId, started); }))
        m_breaks.first() = started;
    Q_EMIT changed();
}

void SessionTimer::endBreak(int currentActivity)
{
    if (!isOnBreak())
        return;
    BreakItem ended = m_breaks.first();
    ended.endedAtMs = m_clock.nowMs();
    if (!write([&] { m_store.saveBreak(m_sessionId, ended); }))
        return;
    m_breaks.first() = ended;
    if (currentActivity > ended.afterActivity && !hasRun(currentActivity))
        start(currentActivity);
    Q_EMIT changed();
}

bool SessionTimer::isOnBreak() const
{
    return !m_breaks.isEmpty() && m_breaks.first().isRunning();
}

int SessionTimer::breakMinutes() const
{
    return m_breaks.isEmpty() ? 0 : m_breaks.first().minutes;
}

int SessionTimer::reachedActivity(int currentActivity) const
{
    return Schedule::reached(scheduleInput(currentActivity));
}

bool SessionTimer::isFinished(int activity) const
{
    return hasRun(activity) && !isRunning(activity) && activity < reachedActivity(activity);
}

qint64 SessionTimer::breakElapsedMs() const
{
    return m_breaks.isEmpty() ? 0 : m_breaks.first().elapsedMs(m_clock.nowMs());
}

bool SessionTimer::isBreakProposed() const
{
    for (const BreakItem &item : m_breaks) {
        if (item.minutes > 0)
            return true;
    }
    return false;
}

ScheduleInput SessionTimer::scheduleInput(int currentActivity) const
{
    ScheduleInput input;
    // The day is today's: the schedule is about the morning as it unfolds.
    const QDate day = m_clock.now().date();
    input.plannedStart = QDateTime(day, m_info.plannedStart);
    input.plannedEnd = QDateTime(day, m_info.plannedEnd);
    input.now = m_clock.now();
    input.currentActivity = currentActivity;
    input.started = sessionStarted();
    if (input.started) {
        // The day's plan counts from the actual start.
        const qint64 dayMs = input.plannedStart.msecsTo(input.plannedEnd);
        input.plannedStart = startedAt();
        input.plannedEnd = input.plannedStart.addMSecs(dayMs);
    }
    input.ended = sessionEnded();
    if (input.ended)
        input.now = endedAt();
    input.breaks = m_breaks;
    input.running = runningActivity();
    input.turnFloorMinutes = m_info.turnFloorMinutes;
    for (const Activity &activity : m_guide.activities()) {
        input.activities << activity.number;
        input.plannedMinutes.insert(activity.number, plannedMinutes(activity.number));
        input.elapsedMs.insert(activity.number, elapsedMs(activity.number));
        if (activity.fixed)
            input.fixed.insert(activity.number);
        if (hasRun(activity.number))
            input.run.insert(activity.number);
        if (isSkipped(activity.number))
            input.skipped.insert(activity.number);
        if (isPerSchool(activity.number) && !m_schools.isEmpty()) {
            const QVector<SchoolTurnState> list = turns(activity.number);
            int remaining = 0;
            for (const SchoolTurnState &turn : list)
                remaining += turn.done ? 0 : 1;
            const int speaking = currentTurn(activity.number);
            input.turns.insert(activity.number,
                               ScheduleInput::Turns{minutesPerTurn(activity.number), remaining,
                                                    turnElapsedMs(activity.number, speaking)});
        }
    }
    return input;
}

ScheduleSummary SessionTimer::summary(int currentActivity) const
{
    return Schedule::summarize(scheduleInput(currentActivity));
}

QVector<Trim> SessionTimer::recoverySuggestion(int currentActivity) const
{
    const ScheduleInput input = scheduleInput(currentActivity);
    return Schedule::recoverySuggestion(input, Schedule::summarize(input).minutesBehind);
}

void SessionTimer::applyTrims(const QVector<Trim> &trims)
{
    QVector<ActivityTimerState> changes;
    for (const Trim &trim : trims) {
        ActivityTimerState updated = state(trim.activity);
        // Beside the plan, never over it: the plan stays what it was.
        if (trim.perTurn) {
            // The schools still waiting get shorter turns; the activity's minutes shrink by what
            // they give up.
            updated.adjustedMinutes =
                qMax(1, plannedMinutes(trim.activity) - trim.recoveredMinutes());
            updated.adjustedTurnMinutes = qMax(1, trim.toMinutes);
        } else {
            updated.adjustedMinutes = qMax(1, trim.toMinutes);
        }
        changes << updated;
    }
    saveTimers(changes);
    Q_EMIT changed();
}

} // namespace fcte
