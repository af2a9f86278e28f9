#pragma once

#include "core/model/Records.h"

#include <QPair>

namespace fcte {

// Rules that keep a roster coherent, applied wherever a roster is typed.
struct Roster {
    // A school's director is typed once and is the same person everywhere: an empty director
    // field takes the name of the school's participant marked Director(a); a typed director is
    // that participant (marked so when the name is already among the school's people, added as
    // one otherwise), so the attendance list and the signatures name the same people.
    static void linkDirectors(RosterEdit &roster);
    // The schools with more than one person whose function is Director(a), each with how many:
    // usually deputies imported as directors (a school signs its validation once).
    static QVector<QPair<QString, int>> schoolsWithSeveralDirectors(const RosterEdit &roster);
    // The director who signs for the school: its own field, or else its participant marked
    // Director(a) (archives and older bitácoras may hold only one of the two).
    static QString directorOf(const School &school, const QVector<Participant> &people);
    // "Name (School)", or the name alone for someone of no school: in a room of several
    // schools a name alone is ambiguous (commitments in the table, the projection, the PDF).
    static QString nameWithSchool(const QString &name, const QString &school);
};

} // namespace fcte
