#pragma once

#include "store/Records.h"

#include <QVector>

namespace fcte {

class Database;

// A commitment or follow-up agreement as it was made, with its reviews in the follow-up
// session: the latest is its state, all of them its history.
struct ReviewItem {
    Review::Item kind = Review::Item::Commitment;
    qint64 id = 0;
    QString who; // the participant (with school), or the team
    // The participant or the team alone, for a list already under the school's heading.
    QString name;
    QString text; // as made
    QVector<Review> history;
    Review::State state() const
    {
        return history.isEmpty() ? Review::State::Pending : history.last().state;
    }
    const Review *latest() const { return history.isEmpty() ? nullptr : &history.last(); }
    // The reviews where the state changed, oldest first: a later indicator, evidence or date
    // is kept in the history too, but is no new state ("Cumplido (antes: En proceso)", never
    // "antes: En proceso, Cumplido").
    QVector<Review> stateChanges() const
    {
        QVector<Review> changes;
        for (const Review &review : history)
            if (changes.isEmpty() || changes.last().state != review.state)
                changes << review;
        return changes;
    }
};

// What a follow-up session reviews, school by school.
struct ReviewBoard {
    // The school's people's commitments, then the agreements of its teams and of the whole
    // room; schoolId 0: everything. Struck items are left out.
    static QVector<ReviewItem> items(Database &db, qint64 sessionId, qint64 schoolId);
    // "Mis alumnos requieren mejorar …; me comprometo a …; compartiré mediante …".
    static QString commitmentText(const Commitment &commitment);
};

} // namespace fcte
