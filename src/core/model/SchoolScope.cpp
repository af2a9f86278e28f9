#include "core/model/SchoolScope.h"

namespace fcte {

SchoolScope::SchoolScope(qint64 schoolId, const QVector<Participant> &people,
                         const QVector<Team> &teams)
    : m_schoolId(schoolId)
{
    for (const Participant &person : people) {
        if (person.schoolId == schoolId)
            m_people.insert(person.id);
    }
    for (const Team &team : teams) {
        for (qint64 member : team.memberIds) {
            if (m_people.contains(member)) {
                m_teams.insert(team.id);
                break;
            }
        }
    }
}

bool SchoolScope::includesSchool(qint64 schoolId) const
{
    return isWholeSession() || schoolId == m_schoolId;
}

bool SchoolScope::includesParticipant(qint64 participantId) const
{
    return isWholeSession() || m_people.contains(participantId);
}

bool SchoolScope::includesTeam(qint64 teamId) const
{
    return isWholeSession() || m_teams.contains(teamId);
}

bool SchoolScope::includes(const Entry &entry) const
{
    if (isWholeSession())
        return true;
    // The most specific tag decides: schools, then the person, then the team.
    if (!entry.schoolIds.isEmpty())
        return entry.schoolIds.contains(m_schoolId);
    if (entry.participantId)
        return m_people.contains(entry.participantId);
    if (entry.teamId)
        return m_teams.contains(entry.teamId);
    return true; // the whole room's
}

bool SchoolScope::includesEvidence(const Evidence &evidence) const
{
    return isWholeSession() || evidence.schoolIds.isEmpty() ||
           evidence.schoolIds.contains(m_schoolId);
}

} // namespace fcte
