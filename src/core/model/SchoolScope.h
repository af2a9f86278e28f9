#pragma once

#include "core/model/Records.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace fcte {

// What of a shared session belongs in one school's own bitácora: its people, its problem, the
// records tagged with it or with its people or teams, and the records of the whole room (those
// tagged with nobody). A scope of school 0 is the whole session.
class SchoolScope {
public:
    SchoolScope() = default; // the whole session
    SchoolScope(qint64 schoolId, const QVector<Participant> &people, const QVector<Team> &teams);

    bool isWholeSession() const { return m_schoolId == 0; }
    qint64 schoolId() const { return m_schoolId; }

    bool includesSchool(qint64 schoolId) const;
    bool includesParticipant(qint64 participantId) const;
    // A team with at least one of the school's people.
    bool includesTeam(qint64 teamId) const;
    bool includes(const Entry &entry) const;
    // Evidence tagged with the school, or with no school (the whole room's).
    bool includesEvidence(const Evidence &evidence) const;

private:
    qint64 m_schoolId = 0;
    QSet<qint64> m_people;
    QSet<qint64> m_teams;
};

} // namespace fcte
