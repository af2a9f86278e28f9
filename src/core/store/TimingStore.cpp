#include "core/store/TimingStore.h"

#include "core/store/Database.h"

namespace fcte {

TimingStore::TimingStore(Database &db)
    : m_db(db)
{}

QMap<int, ActivityTimerState> TimingStore::timers(qint64 sessionId) const
{
    Statement query(m_db, "SELECT activity, planned_minutes, accumulated_ms, running_since_ms, "
                          "turn_minutes, adjusted_minutes, adjusted_turn_minutes, skipped "
                          "FROM activity_timer WHERE session_id = ?");
    query.bind(1, sessionId);
    QMap<int, ActivityTimerState> result;
    while (query.step()) {
        ActivityTimerState state;
        state.activity = int(query.integer(0));
        state.plannedMinutes = int(query.integer(1));
        state.accumulatedMs = query.integer(2);
        state.runningSinceMs = query.integer(3);
        state.turnMinutes = int(query.integer(4));
        state.adjustedMinutes = int(query.integer(5));
        state.adjustedTurnMinutes = int(query.integer(6));
        state.skipped = query.integer(7) != 0;
        result.insert(state.activity, state);
    }
    return result;
}

void TimingStore::saveTimer(qint64 sessionId, const ActivityTimerState &state)
{
    saveTimers(sessionId, {state});
}

void TimingStore::saveTimers(qint64 sessionId, const QVector<ActivityTimerState> &states)
{
    Transaction transaction(m_db);
    Statement upsert(m_db, "INSERT INTO activity_timer (session_id, activity, planned_minutes, "
                           "accumulated_ms, running_since_ms, turn_minutes, adjusted_minutes, "
                           "adjusted_turn_minutes, skipped) VALUES (?,?,?,?,?,?,?,?,?) "
                           "ON CONFLICT(session_id, activity) DO UPDATE SET "
                           "planned_minutes = excluded.planned_minutes, accumulated_ms = "
                           "excluded.accumulated_ms, running_since_ms = "
                           "excluded.running_since_ms, turn_minutes = excluded.turn_minutes, "
                           "adjusted_minutes = excluded.adjusted_minutes, adjusted_turn_minutes "
                           "= excluded.adjusted_turn_minutes, skipped = excluded.skipped");
    for (const ActivityTimerState &state : states) {
        upsert.reset();
        upsert.bind(1, sessionId)
            .bind(2, state.activity)
            .bindOptional(3, state.plannedMinutes)
            .bind(4, state.accumulatedMs)
            .bindOptional(5, state.runningSinceMs)
            .bindOptional(6, state.turnMinutes)
            .bindOptional(7, state.adjustedMinutes)
            .bindOptional(8, state.adjustedTurnMinutes)
            .bind(9, state.skipped)
            .run();
    }
    transaction.commit();
}

QVector<SchoolTurnState> TimingStore::turns(qint64 sessionId, int activity) const
{
    Statement query(m_db, "SELECT school_id, accumulated_ms, running_since_ms, done FROM "
                          "school_turn WHERE session_id = ? AND activity = ? ORDER BY position");
    query.bind(1, sessionId).bind(2, activity);
    QVector<SchoolTurnState> result;
    while (query.step())
        result << SchoolTurnState{query.integer(0), query.integer(1), query.integer(2),
                                  query.integer(3) != 0};
    return result;
}

QMap<int, QVector<SchoolTurnState>> TimingStore::allTurns(qint64 sessionId) const
{
    Statement query(m_db, "SELECT activity, school_id, accumulated_ms, running_since_ms, done "
                          "FROM school_turn WHERE session_id = ? ORDER BY activity, position");
    query.bind(1, sessionId);
    QMap<int, QVector<SchoolTurnState>> result;
    while (query.step())
        result[int(query.integer(0))] << SchoolTurnState{query.integer(1), query.integer(2),
                                                         query.integer(3), query.integer(4) != 0};
    return result;
}

void TimingStore::saveTurns(qint64 sessionId, int activity, const QVector<SchoolTurnState> &turns)
{
    Transaction transaction(m_db);
    Statement clear(m_db, "DELETE FROM school_turn WHERE session_id = ? AND activity = ?");
    clear.bind(1, sessionId).bind(2, activity).run();
    Statement insert(m_db, "INSERT INTO school_turn (session_id, activity, school_id, position, "
                           "accumulated_ms, running_since_ms, done) VALUES (?,?,?,?,?,?,?)");
    for (int i = 0; i < turns.size(); ++i) {
        const SchoolTurnState &turn = turns.at(i);
        insert.reset();
        insert.bind(1, sessionId)
            .bind(2, activity)
            .bind(3, turn.schoolId)
            .bind(4, i)
            .bind(5, turn.accumulatedMs)
            .bindOptional(6, turn.runningSinceMs)
            .bind(7, turn.done)
            .run();
    }
    transaction.commit();
}

QVector<BreakItem> TimingStore::breaks(qint64 sessionId) const
{
    Statement query(m_db, "SELECT id, after_activity, minutes, started_at_ms, ended_at_ms FROM "
                          "session_break WHERE session_id = ? ORDER BY after_activity, id");
    query.bind(1, sessionId);
    QVector<BreakItem> result;
    while (query.step())
        result << BreakItem{query.integer(0), int(query.integer(1)), int(query.integer(2)),
                            query.integer(3), query.integer(4)};
    return result;
}

void TimingStore::saveBreak(qint64 sessionId, BreakItem &item)
{
    if (item.id == 0) {
        Statement insert(m_db, "INSERT INTO session_break (session_id, after_activity, minutes, "
                               "started_at_ms, ended_at_ms) VALUES (?,?,?,?,?)");
        insert.bind(1, sessionId)
            .bind(2, item.afterActivity)
            .bind(3, item.minutes)
            .bind(4, item.startedAtMs)
            .bind(5, item.endedAtMs)
            .run();
        item.id = m_db.lastInsertId();
    } else {
        Statement update(m_db, "UPDATE session_break SET after_activity = ?, minutes = ?, "
                               "started_at_ms = ?, ended_at_ms = ? WHERE id = ?");
        update.bind(1, item.afterActivity)
            .bind(2, item.minutes)
            .bind(3, item.startedAtMs)
            .bind(4, item.endedAtMs)
            .bind(5, item.id)
            .run();
    }
}

} // namespace fcte
