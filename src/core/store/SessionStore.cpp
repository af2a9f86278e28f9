#include "core/store/SessionStore.h"

#include "core/model/Cct.h"
#include "core/model/StoreError.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString timeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

constexpr const char *SessionColumns =
    "SELECT id, title, held_on, place, zone, guide_id, planned_start, planned_end, "
    "current_activity, is_demo, uid, started_at_ms, ended_at_ms, turn_floor_minutes, "
    "follow_up_of FROM session ";

SessionInfo readSession(const Statement &row)
{
    SessionInfo info;
    info.id = row.integer(0);
    info.title = row.text(1);
    info.heldOn = QDate::fromString(row.text(2), Qt::ISODate);
    info.place = row.text(3);
    info.zone = row.text(4);
    info.guideId = row.text(5);
    info.plannedStart = QTime::fromString(row.text(6), QStringLiteral("HH:mm"));
    info.plannedEnd = QTime::fromString(row.text(7), QStringLiteral("HH:mm"));
    info.currentActivity = int(row.integer(8));
    info.isDemo = row.integer(9) != 0;
    info.uid = row.text(10);
    info.startedAtMs = row.integer(11);
    info.endedAtMs = row.integer(12);
    info.turnFloorMinutes = int(row.integer(13));
    info.followUpOf = row.integer(14);
    return info;
}

void validate(const SessionInfo &info)
{
    if (info.title.trimmed().isEmpty())
        throw StoreError(Text::tr("La sesión necesita un título."));
    if (!info.heldOn.isValid())
        throw StoreError(Text::tr("La sesión necesita una fecha válida."));
    if (!info.plannedStart.isValid() || !info.plannedEnd.isValid() ||
        info.plannedEnd <= info.plannedStart)
        throw StoreError(Text::tr("La hora de término debe ser posterior a la de inicio."));
}

// Deletes the session's rows of one table whose ids are not in kept.
void deleteOthers(Database &db, const char *selectIds, const char *deleteById, qint64 sessionId,
                  const QSet<qint64> &kept)
{
    Statement existing(db, selectIds);
    existing.bind(1, sessionId);
    QVector<qint64> removed;
    while (existing.step()) {
        if (!kept.contains(existing.integer(0)))
            removed << existing.integer(0);
    }
    Statement remove(db, deleteById);
    for (qint64 id : removed) {
        remove.reset();
        remove.bind(1, id).run();
    }
}

} // namespace

SessionStore::SessionStore(Database &db)
    : m_db(db)
{}

QString SessionStore::databasePath() const
{
    return m_db.path();
}

qint64 SessionStore::createSession(const SessionInfo &info)
{
    validate(info);
    const QString stamp = now();
    Statement insert(m_db, "INSERT INTO session (title, held_on, place, zone, guide_id, "
                           "planned_start, planned_end, current_activity, is_demo, created_at, "
                           "opened_at, uid, started_at_ms, ended_at_ms, turn_floor_minutes, "
                           "follow_up_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, info.title.trimmed())
        .bind(2, info.heldOn.toString(Qt::ISODate))
        .bind(3, info.place.trimmed())
        .bind(4, info.zone.trimmed())
        .bind(5, info.guideId)
        .bind(6, timeText(info.plannedStart))
        .bind(7, timeText(info.plannedEnd))
        .bind(8, info.currentActivity)
        .bind(9, info.isDemo)
        .bind(10, stamp)
        .bind(11, stamp)
        .bind(12, info.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : info.uid)
        .bind(13, info.startedAtMs)
        .bind(14, info.endedAtMs)
        .bind(15, info.turnFloorMinutes)
        .bind(16, info.followUpOf);
    insert.run();
    return m_db.lastInsertId();
}

void SessionStore::updateSession(const SessionInfo &info)
{
    validate(info);
    Statement update(m_db, "UPDATE session SET title = ?, held_on = ?, place = ?, zone = ?, "
                           "planned_start = ?, planned_end = ? WHERE id = ?");
    update.bind(1, info.title.trimmed())
        .bind(2, info.heldOn.toString(Qt::ISODate))
        .bind(3, info.place.trimmed())
        .bind(4, info.zone.trimmed())
        .bind(5, timeText(info.plannedStart))
        .bind(6, timeText(info.plannedEnd))
        .bind(7, info.id);
    update.run();
}

std::optional<SessionInfo> SessionStore::session(qint64 id) const
{
    Statement query(m_db, QByteArray(SessionColumns) + "WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readSession(query);
}

qint64 SessionStore::sessionWithUid(const QString &uid) const
{
    if (uid.isEmpty())
        return 0;
    Statement query(m_db, "SELECT id FROM session WHERE uid = ?");
    query.bind(1, uid);
    return query.step() ? query.integer(0) : 0;
}

QString SessionStore::latestChange(qint64 sessionId, const QStringList &leftOut) const
{
    // Only the times an archive carries (a school's problem or the next meeting get the time
    // of their import): the same archive gathered twice compares equal. Kept as text (ISO 8601
    // in UTC, with milliseconds) and as milliseconds: the latest of each, then of both.
    Statement texts(m_db, R"sql(
SELECT max(t) FROM (
    SELECT max(max(created_at, edited_at, coalesce(struck_at, ''))) AS t
      FROM entry WHERE session_id = ?1 AND sheet NOT IN (SELECT value FROM json_each(?2))
    UNION ALL SELECT max(max(created_at, edited_at, coalesce(struck_at, '')))
      FROM commitment WHERE session_id = ?1
    UNION ALL SELECT max(recorded_at) FROM review WHERE session_id = ?1))sql");
    const QString leftOutJson =
        QStringLiteral("[\"") + leftOut.join(QStringLiteral("\",\"")) + QStringLiteral("\"]");
    texts.bind(1, sessionId).bind(2, leftOut.isEmpty() ? QStringLiteral("[]") : leftOutJson);
    const QString latestText = texts.step() ? texts.text(0) : QString();
    Statement millis(m_db, R"sql(
SELECT max(t) FROM (
    SELECT max(started_at_ms, ended_at_ms) AS t FROM session WHERE id = ?1
    UNION ALL SELECT max(added_at_ms) FROM evidence WHERE session_id = ?1
    UNION ALL SELECT max(max(received_at_ms, decided_at_ms)) FROM submission
      WHERE session_id = ?1 AND kind NOT IN (SELECT value FROM json_each(?2))
    UNION ALL SELECT max(max(started_at_ms, ended_at_ms)) FROM session_break
      WHERE session_id = ?1))sql");
    millis.bind(1, sessionId).bind(2, leftOut.isEmpty() ? QStringLiteral("[]") : leftOutJson);
    const qint64 latestMs = millis.step() ? millis.integer(0) : 0;
    const QString fromMs =
        latestMs > 0 ? QDateTime::fromMSecsSinceEpoch(latestMs, Qt::UTC).toString(Qt::ISODateWithMs)
                     : QString();
    return std::max(latestText, fromMs);
}

void SessionStore::replaceSession(qint64 older, qint64 newer)
{
    Statement identity(m_db, "UPDATE session SET uid = (SELECT uid FROM session WHERE id = ?1) "
                             "WHERE id = ?2");
    identity.bind(1, older).bind(2, newer);
    identity.run();
    Statement followUps(m_db, "UPDATE session SET follow_up_of = ?2 WHERE follow_up_of = ?1");
    followUps.bind(1, older).bind(2, newer);
    followUps.run();
    Statement removal(m_db, "DELETE FROM session WHERE id = ?");
    removal.bind(1, older);
    removal.run();
}

QVector<SessionInfo> SessionStore::sessions() const
{
    Statement query(m_db, QByteArray(SessionColumns) + "ORDER BY opened_at DESC, id DESC");
    QVector<SessionInfo> result;
    while (query.step())
        result << readSession(query);
    return result;
}

qint64 SessionStore::lastOpenedSession() const
{
    Statement query(m_db, "SELECT id FROM session ORDER BY opened_at DESC, id DESC LIMIT 1");
    return query.step() ? query.integer(0) : 0;
}

qint64 SessionStore::demoSession() const
{
    Statement query(m_db, "SELECT id FROM session WHERE is_demo = 1 ORDER BY id DESC LIMIT 1");
    return query.step() ? query.integer(0) : 0;
}

void SessionStore::markOpened(qint64 id)
{
    // Only the order matters: reopening the session opened last writes nothing, so looking at a
    // bitácora and closing it leaves it unchanged (and takes no new backup).
    if (id == lastOpenedSession())
        return;
    Statement update(m_db, "UPDATE session SET opened_at = ? WHERE id = ?");
    update.bind(1, now()).bind(2, id).run();
}

void SessionStore::setRunTimes(qint64 sessionId, qint64 startedAtMs, qint64 endedAtMs)
{
    Statement update(m_db, "UPDATE session SET started_at_ms = ?, ended_at_ms = ? WHERE id = ?");
    update.bind(1, startedAtMs).bind(2, endedAtMs).bind(3, sessionId).run();
}

void SessionStore::setTurnFloor(qint64 sessionId, int minutes)
{
    Statement update(m_db, "UPDATE session SET turn_floor_minutes = ? WHERE id = ?");
    update.bind(1, minutes).bind(2, sessionId).run();
}

QHash<qint64, Attendance> SessionStore::attendance(qint64 sessionId) const
{
    Statement query(m_db, "SELECT a.participant_id, a.present, a.arrived_at FROM attendance a "
                          "JOIN participant p ON p.id = a.participant_id WHERE p.session_id = ?");
    query.bind(1, sessionId);
    QHash<qint64, Attendance> result;
    while (query.step())
        result.insert(query.integer(0), Attendance{query.integer(1) != 0, query.text(2)});
    return result;
}

void SessionStore::setAttendance(qint64 participantId, const Attendance &attendance)
{
    Statement upsert(m_db, "INSERT INTO attendance (participant_id, present, arrived_at) VALUES "
                           "(?,?,?) ON CONFLICT(participant_id) DO UPDATE SET present = "
                           "excluded.present, arrived_at = excluded.arrived_at");
    upsert.bind(1, participantId)
        .bind(2, attendance.present)
        .bind(3, attendance.arrivedAt.trimmed())
        .run();
}

void SessionStore::clearAttendance(qint64 participantId)
{
    Statement remove(m_db, "DELETE FROM attendance WHERE participant_id = ?");
    remove.bind(1, participantId).run();
}

QByteArray SessionStore::sessionGuide(qint64 sessionId) const
{
    Statement query(m_db, "SELECT guide_json FROM session_guide WHERE session_id = ?");
    query.bind(1, sessionId);
    return query.step() ? query.blob(0) : QByteArray();
}

void SessionStore::saveSessionGuide(qint64 sessionId, const QByteArray &json, const QString &sha256)
{
    Statement upsert(m_db, "INSERT INTO session_guide (session_id, guide_json, sha256) VALUES "
                           "(?,?,?) ON CONFLICT(session_id) DO UPDATE SET guide_json = "
                           "excluded.guide_json, sha256 = excluded.sha256");
    upsert.bind(1, sessionId).bindBlob(2, json).bind(3, sha256).run();
}

QStringList SessionStore::readyMaterials(qint64 sessionId) const
{
    Statement query(m_db, "SELECT item FROM preparation WHERE session_id = ? ORDER BY item");
    query.bind(1, sessionId);
    QStringList items;
    while (query.step())
        items << query.text(0);
    return items;
}

void SessionStore::setMaterialReady(qint64 sessionId, const QString &item, bool ready)
{
    Statement change(m_db, ready ? "INSERT OR IGNORE INTO preparation (session_id, item) VALUES "
                                   "(?, ?)"
                                 : "DELETE FROM preparation WHERE session_id = ? AND item = ?");
    change.bind(1, sessionId).bind(2, item).run();
}

void SessionStore::setCurrentActivity(qint64 sessionId, int activityNumber)
{
    Statement update(m_db, "UPDATE session SET current_activity = ? WHERE id = ?");
    update.bind(1, activityNumber).bind(2, sessionId).run();
}

void SessionStore::saveRoster(qint64 sessionId, RosterEdit &roster)
{
    for (School &school : roster.schools) {
        school.cct = Cct::normalized(school.cct);
        if (school.name.trimmed().isEmpty())
            throw StoreError(Text::tr("Cada escuela necesita un nombre."));
        if (!Cct::isValid(school.cct))
            throw StoreError(Text::tr("La CCT «%1» de %2 no es válida: son 10 caracteres, como "
                                      "09DPR1234X.")
                                 .arg(school.cct, school.name));
    }
    for (const RosterEdit::Member &member : roster.members) {
        if (member.participant.name.trimmed().isEmpty())
            throw StoreError(Text::tr("Cada participante necesita un nombre."));
        if (member.schoolRow >= roster.schools.size())
            throw StoreError(Text::tr("Un participante pertenece a una escuela que no existe."));
    }

    Transaction transaction(m_db);
    QSet<qint64> keptSchools;
    {
        Statement insert(m_db, "INSERT INTO school (name, cct, level, shift, director, position, "
                               "session_id) VALUES (?,?,?,?,?,?,?)");
        Statement update(m_db, "UPDATE school SET name = ?, cct = ?, level = ?, shift = ?, "
                               "director = ?, position = ? WHERE session_id = ? AND id = ?");
        for (int row = 0; row < roster.schools.size(); ++row) {
            School &school = roster.schools[row];
            const bool isNew = school.id == 0;
            Statement &statement = isNew ? insert : update;
            statement.reset();
            statement.bind(1, school.name.trimmed())
                .bind(2, school.cct)
                .bind(3, school.level)
                .bind(4, school.shift)
                .bind(5, school.director.trimmed())
                .bind(6, row)
                .bind(7, sessionId);
            if (!isNew)
                statement.bind(8, school.id);
            statement.run();
            if (isNew)
                school.id = m_db.lastInsertId();
            keptSchools.insert(school.id);
        }
    }
    deleteOthers(m_db, "SELECT id FROM school WHERE session_id = ?",
                 "DELETE FROM school WHERE id = ?", sessionId, keptSchools);

    QSet<qint64> keptParticipants;
    {
        Statement insert(m_db, "INSERT INTO participant (school_id, position, name, role, "
                               "specialty, grade, is_recorder, session_id) "
                               "VALUES (?,?,?,?,?,?,?,?)");
        Statement update(m_db, "UPDATE participant SET school_id = ?, position = ?, name = ?, "
                               "role = ?, specialty = ?, grade = ?, is_recorder = ? "
                               "WHERE session_id = ? AND id = ?");
        for (int row = 0; row < roster.members.size(); ++row) {
            RosterEdit::Member &member = roster.members[row];
            Participant &person = member.participant;
            person.schoolId = member.schoolRow >= 0 ? roster.schools.at(member.schoolRow).id : 0;
            const bool isNew = person.id == 0;
            Statement &statement = isNew ? insert : update;
            statement.reset();
            statement.bindOptional(1, person.schoolId)
                .bind(2, row)
                .bind(3, person.name.trimmed())
                .bind(4, person.role)
                .bind(5, person.specialty.trimmed())
                .bind(6, person.grade.trimmed())
                .bind(7, person.isRecorder)
                .bind(8, sessionId);
            if (!isNew)
                statement.bind(9, person.id);
            statement.run();
            if (isNew)
                person.id = m_db.lastInsertId();
            keptParticipants.insert(person.id);
        }
    }
    deleteOthers(m_db, "SELECT id FROM participant WHERE session_id = ?",
                 "DELETE FROM participant WHERE id = ?", sessionId, keptParticipants);
    transaction.commit();
}

void SessionStore::addParticipant(qint64 sessionId, Participant &participant)
{
    if (participant.name.trimmed().isEmpty())
        throw StoreError(Text::tr("Cada participante necesita un nombre."));
    Transaction transaction(m_db);
    Statement insert(m_db, "INSERT INTO participant (id, session_id, school_id, position, name, "
                           "role, specialty, grade, is_recorder) VALUES (?, ?, ?, (SELECT "
                           "COALESCE(MAX(position), -1) + 1 FROM participant WHERE session_id = "
                           "?), ?, ?, ?, ?, 0)");
    insert.bindOptional(1, participant.id).bind(2, sessionId);
    if (participant.schoolId == 0)
        insert.bindNull(3);
    else
        insert.bind(3, participant.schoolId);
    insert.bind(4, sessionId)
        .bind(5, participant.name.trimmed())
        .bind(6, participant.role.isEmpty() ? QStringLiteral("docente") : participant.role)
        .bind(7, participant.specialty)
        .bind(8, participant.grade)
        .run();
    participant.id = m_db.lastInsertId();
    transaction.commit();
}

bool SessionStore::removeParticipantIfUnnamed(qint64 participantId)
{
    Transaction transaction(m_db);
    Statement named(m_db, "SELECT EXISTS (SELECT 1 FROM entry WHERE participant_id = ?1) OR "
                          "EXISTS (SELECT 1 FROM commitment WHERE participant_id = ?1) OR "
                          "EXISTS (SELECT 1 FROM team_member WHERE participant_id = ?1) OR "
                          "EXISTS (SELECT 1 FROM attendance WHERE participant_id = ?1) OR "
                          "EXISTS (SELECT 1 FROM submission WHERE participant_id = ?1) OR "
                          "EXISTS (SELECT 1 FROM participant WHERE id = ?1 AND is_recorder)");
    named.bind(1, participantId);
    if (!named.step() || named.integer(0) != 0)
        return false;
    Statement remove(m_db, "DELETE FROM participant WHERE id = ?");
    remove.bind(1, participantId).run();
    transaction.commit();
    return true;
}

void SessionStore::setRecorder(qint64 participantId, bool isRecorder)
{
    Statement update(m_db, "UPDATE participant SET is_recorder = ? WHERE id = ?");
    update.bind(1, isRecorder).bind(2, participantId).run();
}

QVector<School> SessionStore::schools(qint64 sessionId) const
{
    Statement query(m_db, "SELECT id, name, cct, level, shift, director FROM school "
                          "WHERE session_id = ? ORDER BY position, id");
    query.bind(1, sessionId);
    QVector<School> result;
    while (query.step()) {
        School school;
        school.id = query.integer(0);
        school.name = query.text(1);
        school.cct = query.text(2);
        school.level = query.text(3);
        school.shift = query.text(4);
        school.director = query.text(5);
        result << school;
    }
    return result;
}

QVector<Participant> SessionStore::participants(qint64 sessionId) const
{
    Statement query(m_db, "SELECT id, school_id, name, role, specialty, grade, is_recorder "
                          "FROM participant WHERE session_id = ? ORDER BY position, id");
    query.bind(1, sessionId);
    QVector<Participant> result;
    while (query.step()) {
        Participant person;
        person.id = query.integer(0);
        person.schoolId = query.isNull(1) ? 0 : query.integer(1);
        person.name = query.text(2);
        person.role = query.text(3);
        person.specialty = query.text(4);
        person.grade = query.text(5);
        person.isRecorder = query.integer(6) != 0;
        result << person;
    }
    return result;
}

} // namespace fcte
