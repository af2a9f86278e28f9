#pragma once

#include "core/model/Records.h"

namespace fcte {

// What approving a phone's submission writes, planned before anything is written so that the
// write is one transaction and its undo puts back exactly what was there: the person added to
// the roster (when the name typed is new), and the entry or commitment the words become.
struct Approval {
    Submission submission;
    // The person this approval adds to the roster; empty name: nobody is added.
    Participant addedParticipant;
    bool isCommitment = false;
    Entry entry;           // when not a commitment
    Commitment commitment; // when a commitment

    // The entry's or commitment's id once written (0 before).
    qint64 resultId() const { return isCommitment ? commitment.id : entry.id; }

    // What approving s adds, for a roster of these schools, people and teams. Someone not in
    // the roster is added once: a second submission with the same name in the same school finds
    // the first one there.
    static Approval plan(const Submission &s, const QVector<School> &schools,
                         const QVector<Participant> &participants, const QVector<Team> &teams);
};

} // namespace fcte
