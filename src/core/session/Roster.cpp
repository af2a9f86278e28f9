#include "core/session/Roster.h"

namespace fcte {
namespace {

const QString DirectorRole = QStringLiteral("director");

bool sameName(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

} // namespace

void Roster::linkDirectors(RosterEdit &roster)
{
    for (int row = 0; row < roster.schools.size(); ++row) {
        School &school = roster.schools[row];
        RosterEdit::Member *named = nullptr;
        RosterEdit::Member *marked = nullptr;
        for (RosterEdit::Member &member : roster.members) {
            if (member.schoolRow != row)
                continue;
            if (!named && !school.director.isEmpty() &&
                sameName(member.participant.name, school.director))
                named = &member;
            if (!marked && member.participant.role == DirectorRole)
                marked = &member;
        }
        if (school.director.isEmpty()) {
            if (marked)
                school.director = marked->participant.name;
            continue;
        }
        if (named) {
            named->participant.role = DirectorRole;
            continue;
        }
        RosterEdit::Member director;
        director.participant.name = school.director;
        director.participant.role = DirectorRole;
        director.schoolRow = row;
        roster.members << director;
    }
}

QVector<QPair<QString, int>> Roster::schoolsWithSeveralDirectors(const RosterEdit &roster)
{
    QVector<int> directors(roster.schools.size(), 0);
    for (const RosterEdit::Member &member : roster.members) {
        if (member.schoolRow >= 0 && member.schoolRow < directors.size() &&
            member.participant.role == DirectorRole)
            ++directors[member.schoolRow];
    }
    QVector<QPair<QString, int>> several;
    for (int row = 0; row < directors.size(); ++row) {
        if (directors.at(row) > 1)
            several << qMakePair(roster.schools.at(row).name, directors.at(row));
    }
    return several;
}

QString Roster::directorOf(const School &school, const QVector<Participant> &people)
{
    if (!school.director.isEmpty())
        return school.director;
    for (const Participant &person : people) {
        if (person.schoolId == school.id && person.role == DirectorRole)
            return person.name;
    }
    return {};
}

QString Roster::nameWithSchool(const QString &name, const QString &school)
{
    return school.isEmpty() ? name : name + QStringLiteral(" (") + school + QLatin1Char(')');
}

} // namespace fcte
