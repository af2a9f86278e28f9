#include "core/session/ZoneFigures.h"

#include "core/model/MeetingDate.h"

#include <QHash>

#include <algorithm>

namespace fcte {
namespace {

// Sessions are read oldest first; within a day a follow-up comes after what it follows, and
// the rest by identifier: one order whatever order the store gave them in, so a local bitácora
// and the zone's PostgreSQL give the same figures.
bool laterThan(const ZoneSession &a, const ZoneSession &b)
{
    if (a.heldOn != b.heldOn)
        return a.heldOn > b.heldOn;
    if (a.followUp != b.followUp)
        return a.followUp;
    return a.uid > b.uid;
}

void takeCommitments(ZoneSchoolFigures &figures, const ZoneSession &session,
                     const ZoneSchool &school, const QDate &today)
{
    figures.commitmentsSession = session.title;
    figures.commitments = school.commitments;
    figures.byState = {};
    figures.followedUp = false;
    for (const ZoneCommitment &commitment : school.commitments) {
        ++figures.byState[std::size_t(commitment.state())];
        figures.followedUp = figures.followedUp || !commitment.history.isEmpty();
    }
    // A follow-up already held is when the review was due; otherwise the meeting agreed.
    figures.reviewDue = session.followUp
                            ? session.heldOn
                            : MeetingDate::parse(session.nextMeetingDate, session.heldOn);
    figures.reviewOverdue =
        !figures.followedUp && figures.reviewDue.isValid() && figures.reviewDue < today;
}

} // namespace

ZoneFigures ZoneFigures::of(const QVector<ZoneSession> &input, const QDate &today)
{
    QVector<const ZoneSession *> sessions;
    for (const ZoneSession &session : input)
        sessions << &session;
    std::sort(sessions.begin(), sessions.end(),
              [](const ZoneSession *a, const ZoneSession *b) { return laterThan(*b, *a); });
    ZoneFigures figures;
    figures.sessions = sessions.size();
    QHash<QString, int> row; // by school key
    QHash<QString, const ZoneSession *> commitmentsFrom;
    for (const ZoneSession *session : std::as_const(sessions)) {
        for (const ZoneSchool &school : session->schools) {
            const QString key = school.key();
            if (!row.contains(key)) {
                row.insert(key, figures.schools.size());
                figures.schools << ZoneSchoolFigures{};
                figures.schools.last().key = key;
            }
            ZoneSchoolFigures &mine = figures.schools[row.value(key)];
            ++mine.sessions;
            // Later sessions come later: what they say replaces what earlier ones said.
            mine.name = school.name;
            mine.cct = school.cct;
            mine.latestSession = session->title;
            mine.expected = school.expected;
            mine.present = school.present;
            if (!school.problem.trimmed().isEmpty())
                mine.problem = school.problem;
            if (!school.commitments.isEmpty())
                takeCommitments(mine, *session, school, today);
        }
    }
    std::sort(figures.schools.begin(), figures.schools.end(),
              [](const ZoneSchoolFigures &a, const ZoneSchoolFigures &b) {
                  const int byName = QString::localeAwareCompare(a.name, b.name);
                  return byName != 0 ? byName < 0 : a.key < b.key;
              });
    QHash<QString, QString> names;
    for (const ZoneSchoolFigures &school : std::as_const(figures.schools)) {
        names.insert(school.key, school.name);
        figures.expected += school.expected;
        figures.present += school.present;
        figures.commitments += school.commitments.size();
        for (std::size_t state = 0; state < school.byState.size(); ++state)
            figures.byState[state] += school.byState[state];
        if (!school.commitments.isEmpty() && !school.followedUp)
            figures.withoutFollowUp << school.name;
        figures.overdue += school.reviewOverdue ? 1 : 0;
    }
    for (const ZoneSession *session : std::as_const(sessions)) {
        for (const ZoneShared &item : session->shared) {
            if (item.kind == 2 || item.schools.size() < 2) // a difference is not shared
                continue;
            ZoneCommonProblem common{item.kind, item.text, {}, session->title};
            for (const QString &key : item.schools)
                common.schools << names.value(key, key);
            figures.common << common;
        }
    }
    std::stable_sort(figures.common.begin(), figures.common.end(),
                     [](const ZoneCommonProblem &a, const ZoneCommonProblem &b) {
                         return a.schools.size() > b.schools.size();
                     });
    return figures;
}

bool ZoneFigures::operator==(const ZoneFigures &other) const
{
    const auto sameSchool = [](const ZoneSchoolFigures &a, const ZoneSchoolFigures &b) {
        return a.key == b.key && a.name == b.name && a.cct == b.cct && a.sessions == b.sessions &&
               a.latestSession == b.latestSession && a.expected == b.expected &&
               a.present == b.present && a.problem == b.problem &&
               a.commitmentsSession == b.commitmentsSession && a.commitments == b.commitments &&
               a.byState == b.byState && a.followedUp == b.followedUp &&
               a.reviewDue == b.reviewDue && a.reviewOverdue == b.reviewOverdue;
    };
    const auto sameCommon = [](const ZoneCommonProblem &a, const ZoneCommonProblem &b) {
        return a.kind == b.kind && a.text == b.text && a.schools == b.schools &&
               a.session == b.session;
    };
    return std::equal(schools.begin(), schools.end(), other.schools.begin(), other.schools.end(),
                      sameSchool) &&
           sessions == other.sessions && expected == other.expected && present == other.present &&
           commitments == other.commitments && byState == other.byState &&
           withoutFollowUp == other.withoutFollowUp && overdue == other.overdue &&
           std::equal(common.begin(), common.end(), other.common.begin(), other.common.end(),
                      sameCommon);
}

} // namespace fcte
