#include "ReviewBoard.h"

#include "Roster.h"
#include "export/SchoolScope.h"
#include "store/Database.h"
#include "store/SessionStore.h"
#include "store/SheetStore.h"

#include <QCoreApplication>
#include <QHash>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewBoard)
};

} // namespace

QString ReviewBoard::commitmentText(const Commitment &commitment)
{
    QStringList parts;
    if (!commitment.studentsNeed.isEmpty())
        parts << Text::tr("Mis alumnos requieren mejorar %1").arg(commitment.studentsNeed);
    // The guide's own starters (activity 15), and the evidence it asks to share (activity 14).
    if (!commitment.actions.isEmpty())
        parts << Text::tr("me comprometo a implementar %1").arg(commitment.actions);
    if (!commitment.shareHow.isEmpty())
        parts
            << Text::tr("compartiré los resultados en marzo mediante %1").arg(commitment.shareHow);
    if (!commitment.evidence.isEmpty())
        parts << Text::tr("evidencias e instrumentos: %1").arg(commitment.evidence);
    return parts.join(QStringLiteral("; "));
}

QVector<ReviewItem> ReviewBoard::items(Database &db, qint64 sessionId, qint64 schoolId)
{
    SessionStore sessions(db);
    SheetStore sheets(db);
    const QVector<School> schools = sessions.schools(sessionId);
    const QVector<Participant> people = sessions.participants(sessionId);
    const QVector<Team> teams = sheets.teams(sessionId);
    const SchoolScope scope = schoolId ? SchoolScope(schoolId, people, teams) : SchoolScope();
    QHash<qint64, QString> schoolNames;
    for (const School &school : schools)
        schoolNames.insert(school.id, school.name);
    QHash<qint64, Participant> byId;
    for (const Participant &person : people)
        byId.insert(person.id, person);
    QHash<qint64, QString> teamNames;
    for (const Team &team : teams)
        teamNames.insert(team.id, team.name);
    QHash<QPair<int, qint64>, QVector<Review>> history;
    for (const Review &review : sheets.reviews(sessionId))
        history[qMakePair(int(review.item), review.itemId)] << review;

    QVector<ReviewItem> result;
    for (const Commitment &commitment : sheets.commitments(sessionId)) {
        if (commitment.isStruck() || !scope.includesParticipant(commitment.participantId))
            continue;
        const Participant person = byId.value(commitment.participantId);
        ReviewItem item;
        item.kind = Review::Item::Commitment;
        item.id = commitment.id;
        item.who = Roster::nameWithSchool(person.name, schoolNames.value(person.schoolId));
        item.name = person.name;
        item.text = commitmentText(commitment);
        item.history = history.value(qMakePair(int(Review::Item::Commitment), commitment.id));
        result << item;
    }
    for (const Entry &entry : sheets.entries(sessionId, QStringLiteral("followUp"))) {
        if (entry.isStruck() || !scope.includes(entry))
            continue;
        ReviewItem item;
        item.kind = Review::Item::Agreement;
        item.id = entry.id;
        item.who =
            entry.teamId ? teamNames.value(entry.teamId) : Text::tr("Acuerdo de todo el colectivo");
        item.name = item.who;
        item.text = entry.text;
        item.history = history.value(qMakePair(int(Review::Item::Agreement), entry.id));
        result << item;
    }
    return result;
}

} // namespace fcte
