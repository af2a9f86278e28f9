#pragma once

#include "core/session/ZoneRecords.h"

#include <array>

namespace fcte {

// One school across the zone's sessions: what the Consejo Técnico de Zona asks of it.
struct ZoneSchoolFigures {
    QString key; // see ZoneSchool::key
    QString name;
    QString cct;
    int sessions = 0; // sessions it took part in
    // Its latest session: who came, and the problem it presented.
    QString latestSession;
    int expected = 0;
    int present = 0;
    QString problem;
    // Its commitments as the latest session holding them has them (a follow-up carries them
    // with their reviews): their count by state, indexed by Review::State.
    QString commitmentsSession;
    QVector<ZoneCommitment> commitments;
    std::array<int, 4> byState{};
    bool followedUp = false; // one of them was reviewed
    QDate reviewDue;         // the meeting agreed for the review, when it reads as a date
    bool reviewOverdue = false;
};

// A similarity or coincidence recorded between two schools or more.
struct ZoneCommonProblem {
    int kind = 0;
    QString text;
    QStringList schools; // names
    QString session;
};

// The zone's figures, made of the records alone: the same from a local bitácora and from the
// zone's PostgreSQL.
struct ZoneFigures {
    QVector<ZoneSchoolFigures> schools; // by name
    int sessions = 0;
    int expected = 0;
    int present = 0;
    int commitments = 0;
    std::array<int, 4> byState{};
    QStringList withoutFollowUp;       // schools with commitments none of which was reviewed
    int overdue = 0;                   // schools whose review date has passed without a review
    QVector<ZoneCommonProblem> common; // most schools first

    static ZoneFigures of(const QVector<ZoneSession> &sessions, const QDate &today);
    bool operator==(const ZoneFigures &other) const;
};

} // namespace fcte
