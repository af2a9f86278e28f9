#pragma once

#include <QSet>
#include <QVector>
#include <functional>

namespace fcte {

// Picks plenary volunteers fairly: nobody speaks again before everyone in the pool has spoken,
// and within each round every candidate is equally likely.
class VolunteerPicker {
public:
    // randomBelow(n) returns a uniform integer in [0, n).
    using RandomBelow = std::function<int(int)>;
    explicit VolunteerPicker(RandomBelow randomBelow = {});

    QVector<qint64> pick(const QVector<qint64> &candidates, const QSet<qint64> &alreadySpoke,
                         int count) const;

private:
    QVector<qint64> shuffled(QVector<qint64> ids) const;

    RandomBelow m_randomBelow;
};

} // namespace fcte
