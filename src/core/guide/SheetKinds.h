#pragma once

#include <QString>
#include <QStringList>

namespace fcte {

// How a kind of sheet records what the room says.
struct SheetSpec {
    enum class Form {
        List,           // the generic entry list
        Recorders,      // who records: ticks on the participants
        SchoolProblems, // one structured form per school
        Teams,          // teams by grade or section with their members
        Commitments,    // the structured personal commitments
        NextMeeting,    // agenda, date, time and place
        Review,         // follow-up: the state of each carried commitment and agreement
    };
    enum class SchoolTag { None, One, Many };

    QString id;
    QString name;
    Form form = Form::List;
    bool isPrivate = false; // never projected
    SchoolTag schoolTag = SchoolTag::None;
    bool teamTag = false;
    bool participantTag = false;
    // Categories an entry can be filed under; when categoriesFromPrompts is set they are the
    // activity's prompts (the guide's axes or guiding questions).
    QStringList categories;
    bool categoriesFromPrompts = false;
    QString markLabel; // when set, an entry can be ticked (e.g. handed to the director)
    QString hint;      // what to type, shown in the empty quick entry
    // Teachers may send entries of this kind from their phones (see ParticipationServer).
    bool fromPhones = false;
};

// The kinds of sheet a guide's activity can use.
struct SheetKinds {
    static const QStringList &ids();
    static bool isKnown(const QString &id);
    // The spec of a kind; an unknown id yields a plain list named after the id.
    static SheetSpec spec(const QString &id);
    static QString displayName(const QString &id);
    static bool isPrivate(const QString &id);
};

} // namespace fcte
