#include "core/session/VolunteerPicker.h"

#include <QRandomGenerator>

namespace fcte {

VolunteerPicker::VolunteerPicker(RandomBelow randomBelow)
    : m_randomBelow(std::move(randomBelow))
{
    if (!m_randomBelow)
        m_randomBelow = [](int n) {
            return int(QRandomGenerator::global()->bounded(n));
        };
}

QVector<qint64> VolunteerPicker::shuffled(QVector<qint64> ids) const
{
    for (int i = ids.size() - 1; i > 0; --i)
        std::swap(ids[i], ids[m_randomBelow(i + 1)]);
    return ids;
}

QVector<qint64> VolunteerPicker::pick(const QVector<qint64> &candidates,
                                      const QSet<qint64> &alreadySpoke, int count) const
{
    QVector<qint64> fresh;
    QVector<qint64> spoke;
    for (qint64 id : candidates)
        (alreadySpoke.contains(id) ? spoke : fresh) << id;
    QVector<qint64> picked = shuffled(fresh).mid(0, count);
    if (picked.size() < count)
        picked += shuffled(spoke).mid(0, count - picked.size());
    return picked;
}

} // namespace fcte
