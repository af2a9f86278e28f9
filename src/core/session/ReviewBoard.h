#pragma once

#include "core/model/Records.h"

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

class SchoolScope;

// What a follow-up session reviews: each school's people's commitments, and the agreements the
// collective made (by teams that mix schools, or the whole room), once as a group of their own.
struct ReviewBoard {
    // The group "Acuerdos del colectivo", beside the schools.
    static constexpr qint64 Collective = -1;
    // A school's people's commitments (schoolId > 0); the collective's carried agreements
    // (Collective); 0: both, every school's. Struck items are left out.
    static QVector<ReviewItem> items(Database &db, qint64 sessionId, qint64 group);
    // The agreements carried from the earlier session that a scope sees (a school's own
    // bitácora: the whole room's and those of teams with its people).
    static QVector<ReviewItem> agreements(Database &db, qint64 sessionId, const SchoolScope &scope);
    // "Mis alumnos requieren mejorar …; me comprometo a …; compartiré mediante …".
    static QString commitmentText(const Commitment &commitment);
};

} // namespace fcte
