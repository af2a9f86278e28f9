#include "core/guide/Guide.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace fcte {

QString SessionList::heading() const
{
    switch (kind) {
    case Kind::Purposes:
        return QCoreApplication::translate("SessionList", "Propósitos de la sesión");
    case Kind::Products:
        return QCoreApplication::translate("SessionList", "Productos de la sesión");
    case Kind::Materials:
        return QCoreApplication::translate("SessionList", "Materiales");
    case Kind::Agenda:
        return QCoreApplication::translate("SessionList", "Agenda de la sesión");
    }
    return {};
}

QString Guide::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(sourceJson, QCryptographicHash::Sha256).toHex());
}

int Guide::activityCount() const
{
    int count = 0;
    for (const Section &section : sections)
        count += section.activities.size();
    return count;
}

QVector<Activity> Guide::activities() const
{
    QVector<Activity> all;
    for (const Section &section : sections)
        all += section.activities;
    return all;
}

const Activity *Guide::activity(int number) const
{
    for (const Section &section : sections) {
        for (const Activity &activity : section.activities) {
            if (activity.number == number)
                return &activity;
        }
    }
    return nullptr;
}

const Section *Guide::sectionOf(int activityNumber) const
{
    for (const Section &section : sections) {
        for (const Activity &activity : section.activities) {
            if (activity.number == activityNumber)
                return &section;
        }
    }
    return nullptr;
}

bool Guide::hasSheet(const QString &kind) const
{
    for (const Section &section : sections) {
        for (const Activity &activity : section.activities) {
            if (activity.sheets.contains(kind))
                return true;
        }
    }
    return false;
}

int Guide::firstActivityNumber() const
{
    for (const Section &section : sections) {
        if (!section.activities.isEmpty())
            return section.activities.first().number;
    }
    return 0;
}

int Guide::lastActivityNumber() const
{
    for (auto it = sections.crbegin(); it != sections.crend(); ++it) {
        if (!it->activities.isEmpty())
            return it->activities.last().number;
    }
    return 0;
}

int Guide::plannedMinutes(const Activity &activity, int schoolCount) const
{
    if (activity.timer == TimerKind::PerSchool && schoolCount > 0)
        return activity.minutesPerTurn * schoolCount;
    return activity.minutes;
}

QString SessionList::key() const
{
    switch (kind) {
    case Kind::Purposes:
        return QStringLiteral("purposes");
    case Kind::Products:
        return QStringLiteral("products");
    case Kind::Materials:
        return QStringLiteral("materials");
    case Kind::Agenda:
        return QStringLiteral("agenda");
    }
    return {};
}

bool SessionList::kindOf(const QString &key, Kind &kind)
{
    for (const Kind candidate : {Kind::Purposes, Kind::Products, Kind::Materials, Kind::Agenda}) {
        if (SessionList{candidate, {}}.key() == key) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace fcte
