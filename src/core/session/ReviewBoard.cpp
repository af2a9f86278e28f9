#include "core/session/ReviewBoard.h"

#include "core/model/SchoolScope.h"
#include "core/session/Roster.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

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

namespace {

// Reviews of one kind of item, by its id.
QHash<qint64, QVector<Review>> historyOf(const SheetStore &sheets, qint64 sessionId,
                                         Review::Item kind)
{
    QHash<qint64, QVector<Review>> history;
    for (const Review &review : sheets.reviews(sessionId)) {
        if (review.item == kind)
            history[review.itemId] << review;
    }
    return history;
}

QVector<ReviewItem> commitmentsOf(Database &db, qint64 sessionId, qint64 schoolId)
{
    SessionStore sessions(db);
    SheetStore sheets(db);
    QHash<qint64, QString> schoolNames;
    for (const School &school : sessions.schools(sessionId))
        schoolNames.insert(school.id, school.name);
    QHash<qint64, Participant> byId;
    for (const Participant &person : sessions.participants(sessionId))
        byId.insert(person.id, person);
    const auto history = historyOf(sheets, sessionId, Review::Item::Commitment);
    QVector<ReviewItem> result;
    for (const Commitment &commitment : sheets.commitments(sessionId)) {
        const Participant person = byId.value(commitment.participantId);
        if (commitment.isStruck() || (schoolId && person.schoolId != schoolId))
            continue;
        ReviewItem item;
        item.kind = Review::Item::Commitment;
        item.id = commitment.id;
        item.who = Roster::nameWithSchool(person.name, schoolNames.value(person.schoolId));
        item.name = person.name;
        item.text = ReviewBoard::commitmentText(commitment);
        item.history = history.value(commitment.id);
        result << item;
    }
    return result;
}

} // namespace

QVector<ReviewItem> ReviewBoard::agreements(Database &db, qint64 sessionId,
                                            const SchoolScope &scope)
{
    SheetStore sheets(db);
    QHash<qint64, QString> teamNames;
    for (const Team &team : sheets.teams(sessionId))
        teamNames.insert(team.id, team.name);
    const auto history = historyOf(sheets, sessionId, Review::Item::Agreement);
    QVector<ReviewItem> result;
    for (const Entry &entry : sheets.entries(sessionId, QStringLiteral("followUp"))) {
        // Only what an earlier session agreed is reviewed; this session's new agreements are
        // reviewed in the next one.
        if (entry.isStruck() || !entry.isCarried() || !scope.includes(entry))
            continue;
        ReviewItem item;
        item.kind = Review::Item::Agreement;
        item.id = entry.id;
        item.who = entry.teamId ? teamNames.value(entry.teamId) : Text::tr("Todo el colectivo");
        item.name = item.who;
        item.text = entry.text;
        item.history = history.value(entry.id);
        result << item;
    }
    return result;
}

QVector<ReviewItem> ReviewBoard::items(Database &db, qint64 sessionId, qint64 group)
{
    if (group == Collective)
        return agreements(db, sessionId, SchoolScope());
    QVector<ReviewItem> result = commitmentsOf(db, sessionId, group);
    if (group == 0)
        result += agreements(db, sessionId, SchoolScope());
    return result;
}

} // namespace fcte
