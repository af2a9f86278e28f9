#pragma once

#include <QString>
#include <QVector>

namespace fcte {

class Database;
struct SessionInfo;

// "Nueva sesión de seguimiento": a session that follows up an earlier one. It carries the
// schools, the participants, the teams, the personal commitments, the follow-up agreements, the
// external-advice requests and the next meeting that was planned, so each school reviews them
// live (see Review). Struck items stay behind: they were withdrawn.
struct FollowUp {
    // The built-in follow-up agenda (our proposal, not an SEP guide).
    static QString guideId();
    // Creates the follow-up session in one transaction and returns its id; throws StoreError.
    static qint64 create(Database &db, qint64 earlierSessionId);

    // The session a new follow-up most likely continues: the newest one (by date, then as
    // created) that no session follows up yet, the demonstration aside; 0 when there is none.
    static qint64 suggestedEarlier(const QVector<SessionInfo> &sessions);
    // The session that follows up this one, or 0.
    static qint64 followedBy(const QVector<SessionInfo> &sessions, qint64 sessionId);
};

} // namespace fcte
