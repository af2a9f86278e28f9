#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fcte {

enum class TimerKind { PerActivity, PerSchool };

struct Reading {
    QString title;
    QString source;
    bool isEmpty() const { return title.isEmpty(); }
};

// A list of the whole session's that an activity presents: the purposes in the introduction,
// the products when the structure is explained. Filled from the guide's own lists.
struct SessionList {
    // Agenda: the session's structure with the planned minutes of this session (no items: they
    // come from the timer), projected when the activity begins.
    enum class Kind { Purposes, Products, Materials, Agenda };
    Kind kind = Kind::Purposes;
    QStringList items;
    // "Propósitos de la sesión", …
    QString heading() const;
    // The name a guide file gives it ("purposes", "products", "materials", "agenda"), and back
    // (false for a name that is none of them).
    QString key() const;
    static bool kindOf(const QString &key, Kind &kind);
    bool isAgenda() const { return kind == Kind::Agenda; }
};

struct Activity {
    int number = 0;
    int sectionNumber = 0;
    QString title;
    int minutes = 0;
    TimerKind timer = TimerKind::PerActivity;
    int minutesPerTurn = 0;
    // A fixed activity keeps its minutes when the schedule is trimmed to recover time.
    bool fixed = false;
    // Whether the guide itself states the minutes (activity 7: 10 minutes per school at most);
    // all other planned minutes are our proposal, for the director to adjust.
    bool minutesFromGuide = false;
    QStringList steps;
    QStringList prompts;
    QStringList starters;
    Reading reading;
    QStringList sheets;
    QVector<SessionList> shows;
};

struct Section {
    int number = 0;
    QString title;
    QVector<Activity> activities;
};

// One CTE session script, loaded from a guide JSON resource.
class Guide {
public:
    QString id;
    QString title;
    QString source;
    QStringList purposes;
    QStringList materials;
    // What the guide asks to arrange beforehand besides its materials (paper sheets, a prior
    // agreement), and what each school arranges (its own staff's part): a checklist before the
    // session.
    QStringList preparation;
    QStringList preparationPerSchool;
    QStringList products;
    QVector<Section> sections;
    // The file it was read from, byte for byte: a session keeps it, so it always reopens and
    // exports with the guide it ran, whatever guides the app ships later.
    QByteArray sourceJson;
    // SHA-256 of sourceJson, in hexadecimal.
    QString contentHash() const;

    int activityCount() const;
    // Activities in guide order, across sections.
    QVector<Activity> activities() const;
    // nullptr when there is no activity with that number.
    const Activity *activity(int number) const;
    const Section *sectionOf(int activityNumber) const;
    // Whether any activity has a sheet of this kind: the bitácora prints the parts of the
    // record a guide feeds, not the fourth session's whole outline for every guide.
    bool hasSheet(const QString &kind) const;
    int firstActivityNumber() const;
    int lastActivityNumber() const;
    // Planned minutes, where per-school activities scale with the number of schools.
    int plannedMinutes(const Activity &activity, int schoolCount) const;
};

} // namespace fcte
