#pragma once

#include "core/model/Records.h"

#include <QHash>
#include <QVector>
#include <optional>

namespace fcte {

class Database;

// Sessions, schools and participants of the bitácora.
class SessionStore {
public:
    explicit SessionStore(Database &db);

    QString databasePath() const;
    Database &database() const { return m_db; }

    qint64 createSession(const SessionInfo &info);
    void updateSession(const SessionInfo &info);
    std::optional<SessionInfo> session(qint64 id) const;
    // The session with that identifier, or 0.
    qint64 sessionWithUid(const QString &uid) const;
    // When anything recorded in the session last changed (an entry or a commitment typed,
    // edited or struck, a review, a photo, a phone's submission, the session or its break
    // started or ended), as UTC
    // ISO 8601 text that sorts in time order; empty when nothing has a time yet. An archive
    // carries these times, so two exports of one session compare by it.
    // leftOut: sheets (and phones' kinds) whose times do not count (private notes).
    QString latestChange(qint64 sessionId, const QStringList &leftOut = {}) const;
    // Puts newer in older's place: its identifier, and the follow-ups that continue older; then
    // removes older with all it holds. Meant inside the transaction that imported newer.
    void replaceSession(qint64 older, qint64 newer);
    QVector<SessionInfo> sessions() const;
    // The session opened most recently, or 0 when the bitácora is empty.
    qint64 lastOpenedSession() const;
    qint64 demoSession() const;
    void markOpened(qint64 id);
    void setCurrentActivity(qint64 sessionId, int activityNumber);
    // The actual start and end of the session (0: not yet).
    void setRunTimes(qint64 sessionId, qint64 startedAtMs, qint64 endedAtMs);
    void setTurnFloor(qint64 sessionId, int minutes);
    // Attendance taken on the day, by participant id (absent from the map: not taken).
    QHash<qint64, Attendance> attendance(qint64 sessionId) const;
    void setAttendance(qint64 participantId, const Attendance &attendance);
    void clearAttendance(qint64 participantId);
    // The guide a session runs, as its file's bytes (empty when none was kept yet).
    QByteArray sessionGuide(qint64 sessionId) const;
    void saveSessionGuide(qint64 sessionId, const QByteArray &json, const QString &sha256);
    // The guide's materials the director ticked as ready, by their text.
    QStringList readyMaterials(qint64 sessionId) const;
    void setMaterialReady(qint64 sessionId, const QString &item, bool ready);

    // Replaces the session's schools and participants; ids are filled in for new rows.
    void saveRoster(qint64 sessionId, RosterEdit &roster);
    void setRecorder(qint64 participantId, bool isRecorder);
    // One more participant at the end of the roster (a teacher who joined from a phone with a
    // name not in the list); sets its id, or puts one back with the id it had (an undo redone).
    void addParticipant(qint64 sessionId, Participant &participant);
    // Removes a participant whom nothing names (no entry, commitment, team, attendance, recorder
    // mark, phone submission sent as them); false, and nothing removed, when something does.
    bool removeParticipantIfUnnamed(qint64 participantId);
    QVector<School> schools(qint64 sessionId) const;
    QVector<Participant> participants(qint64 sessionId) const;

private:
    Database &m_db;
};

} // namespace fcte
