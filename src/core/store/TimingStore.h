#pragma once

#include "core/model/TimerStates.h"

#include <QMap>
#include <QVector>

namespace fcte {

class Database;

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
