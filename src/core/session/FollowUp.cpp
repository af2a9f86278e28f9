#include "core/session/FollowUp.h"

#include "core/guide/GuideLibrary.h"
#include "core/model/StoreError.h"
#include "core/session/SessionGuide.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace fcte {

QString FollowUp::guideId()
{
    return QStringLiteral("facilitador-cte-seguimiento-de-compromisos");
}

qint64 FollowUp::followedBy(const QVector<SessionInfo> &sessions, qint64 sessionId)
{
    for (const SessionInfo &session : sessions) {
        if (session.followUpOf == sessionId)
            return session.id;
    }
    return 0;
}

qint64 FollowUp::suggestedEarlier(const QVector<SessionInfo> &sessions)
{
    const SessionInfo *newest = nullptr;
    for (const SessionInfo &session : sessions) {
        if (session.isDemo || followedBy(sessions, session.id) != 0)
            continue;
        if (!newest || session.heldOn > newest->heldOn ||
            (session.heldOn == newest->heldOn && session.id > newest->id))
            newest = &session;
    }
    return newest ? newest->id : 0;
}

namespace {

// The follow-up's own record: its title in the chain, and the meeting agreed last time (its
// time and place); its plan ends when the follow-up's own activities do (an hour for three
// schools, not the whole morning of the session it follows).
SessionInfo followUpInfo(SessionStore &sessions, SheetStore &sheets, const SessionInfo &earlier,
                         qint64 earlierSessionId, const Guide *agenda)
{
    // A follow-up of a follow-up (October → March → June) is the chain's second: named after the
    // session the chain began with, never "Seguimiento: Seguimiento: …".
    int depth = 1;
    SessionInfo first = earlier;
    while (first.followUpOf > 0 && depth < 100) {
        const auto before = sessions.session(first.followUpOf);
        if (!before)
            break;
        first = *before;
        ++depth;
    }
    SessionInfo info;
    info.title = depth == 1
                     ? QCoreApplication::translate("FollowUp", "Seguimiento: %1").arg(first.title)
                     : QCoreApplication::translate("FollowUp", "Seguimiento %1: %2")
                           .arg(depth)
                           .arg(first.title);
    info.heldOn = QDate::currentDate();
    info.place = earlier.place;
    info.zone = earlier.zone;
    info.guideId = FollowUp::guideId();
    info.followUpOf = earlierSessionId;
    // The meeting agreed last time is this one: its time and place are this session's, and its
    // plan ends when the follow-up's own activities do (an hour for three schools, not the
    // whole morning of the session it follows).
    const NextMeeting agreed = sheets.nextMeeting(earlierSessionId);
    static const QRegularExpression clock(QStringLiteral("\\b(\\d{1,2}):(\\d{2})\\b"));
    const QRegularExpressionMatch start = clock.match(agreed.time);
    const QTime agreedStart =
        start.hasMatch() ? QTime(start.captured(1).toInt(), start.captured(2).toInt()) : QTime();
    if (agreedStart.isValid())
        info.plannedStart = agreedStart;
    if (!agreed.place.trimmed().isEmpty())
        info.place = agreed.place.trimmed();
    if (agenda) {
        const int schoolCount = int(sessions.schools(earlierSessionId).size());
        int minutes = 0;
        for (const Activity &activity : agenda->activities())
            minutes += agenda->plannedMinutes(activity, schoolCount);
        info.plannedEnd = info.plannedStart.addSecs(qint64(minutes) * 60);
    }
    return info;
}

// The same schools, people and teams with new ids, and what goes on: the commitments not struck,
// the agreements and advice requests, and each item's review history.
void carryOver(SessionStore &sessions, SheetStore &sheets, qint64 earlierSessionId,
               qint64 sessionId)
{
    // The same schools and people, with new ids: a map from the old ones.
    RosterEdit roster;
    QHash<qint64, int> schoolRow;
    for (School school : sessions.schools(earlierSessionId)) {
        schoolRow.insert(school.id, int(roster.schools.size()));
        school.id = 0;
        roster.schools << school;
    }
    const QVector<Participant> people = sessions.participants(earlierSessionId);
    for (Participant person : people) {
        const int row = schoolRow.value(person.schoolId, -1);
        person.id = 0;
        person.schoolId = 0;
        person.isRecorder = false;
        roster.members << RosterEdit::Member{person, row};
    }
    sessions.saveRoster(sessionId, roster);
    QHash<qint64, qint64> schoolId;
    for (auto it = schoolRow.cbegin(); it != schoolRow.cend(); ++it)
        schoolId.insert(it.key(), roster.schools.at(it.value()).id);
    QHash<qint64, qint64> personId;
    for (int i = 0; i < people.size(); ++i)
        personId.insert(people.at(i).id, roster.members.at(i).participant.id);

    QHash<qint64, qint64> teamId;
    for (Team team : sheets.teams(earlierSessionId)) {
        const qint64 old = team.id;
        team.id = 0;
        for (qint64 &member : team.memberIds)
            member = personId.value(member);
        team.memberIds.removeAll(0);
        sheets.saveTeam(sessionId, team);
        teamId.insert(old, team.id);
    }
    QHash<qint64, qint64> commitmentId;
    for (Commitment commitment : sheets.commitments(earlierSessionId)) {
        if (commitment.isStruck())
            continue;
        const qint64 old = commitment.id;
        commitment.id = 0;
        commitment.participantId = personId.value(commitment.participantId);
        sheets.addCommitment(sessionId, commitment);
        commitmentId.insert(old, commitment.id);
    }
    QHash<qint64, qint64> agreementId;
    for (const QString &sheet : {QStringLiteral("followUp"), QStringLiteral("externalAdvice")}) {
        for (Entry entry : sheets.entries(earlierSessionId, sheet)) {
            if (entry.isStruck())
                continue;
            const qint64 old = entry.id;
            entry.id = 0;
            entry.activity = 0; // carried over, not typed in one of this session's activities
            for (qint64 &school : entry.schoolIds)
                school = schoolId.value(school);
            entry.schoolIds.removeAll(0);
            entry.teamId = teamId.value(entry.teamId);
            entry.participantId = personId.value(entry.participantId);
            sheets.addEntry(sessionId, entry);
            if (sheet == QLatin1String("followUp"))
                agreementId.insert(old, entry.id);
        }
    }
    // Each item goes on from where the last review left it, its history with it (each review
    // keeps when it was made).
    for (Review review : sheets.reviews(earlierSessionId)) {
        const qint64 item = review.item == Review::Item::Commitment
                                ? commitmentId.value(review.itemId)
                                : agreementId.value(review.itemId);
        if (item == 0)
            continue;
        review.id = 0;
        review.itemId = item;
        sheets.addReview(sessionId, review);
    }
}

} // namespace

qint64 FollowUp::create(Database &db, qint64 earlierSessionId)
{
    SessionStore sessions(db);
    SheetStore sheets(db);
    const auto earlier = sessions.session(earlierSessionId);
    if (!earlier)
        throw StoreError(QCoreApplication::translate("FollowUp", "La sesión %1 no existe.")
                             .arg(earlierSessionId));
    Transaction transaction(db);
    const Guide *agenda = GuideLibrary::builtIn(guideId());
    const SessionInfo info = followUpInfo(sessions, sheets, *earlier, earlierSessionId, agenda);
    const qint64 sessionId = sessions.createSession(info);
    if (agenda)
        SessionGuide::keep(sessions, sessionId, *agenda);

    carryOver(sessions, sheets, earlierSessionId, sessionId);
    // "Próxima reunión" is the one after this: it starts empty.
    transaction.commit();
    return sessionId;
}

} // namespace fcte
