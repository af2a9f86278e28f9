#include "core/session/Approval.h"

#include "core/guide/SheetKinds.h"

#include <algorithm>

namespace fcte {
namespace {

template <typename Records> bool contains(const Records &records, qint64 id)
{
    return id != 0 && std::any_of(records.cbegin(), records.cend(),
                                  [id](const auto &record) { return record.id == id; });
}

} // namespace

Approval Approval::plan(const Submission &s, const QVector<School> &schools,
                        const QVector<Participant> &participants, const QVector<Team> &teams)
{
    Approval approval;
    approval.submission = s;
    qint64 participant = contains(participants, s.participantId) ? s.participantId : 0;
    const qint64 school = contains(schools, s.schoolId) ? s.schoolId : 0;
    if (participant == 0 && !s.typedName.isEmpty()) {
        for (const Participant &known : participants) {
            if (known.schoolId == school &&
                known.name.compare(s.typedName.simplified(), Qt::CaseInsensitive) == 0)
                participant = known.id;
        }
        if (participant == 0) {
            approval.addedParticipant.name = s.typedName;
            approval.addedParticipant.schoolId = school;
            approval.addedParticipant.role = QStringLiteral("docente");
        }
    }
    approval.isCommitment = s.kind == QLatin1String("commitments");
    if (approval.isCommitment) {
        Commitment &commitment = approval.commitment;
        commitment.participantId = participant;
        commitment.studentsNeed = s.studentsNeed;
        commitment.actions = s.actions;
        commitment.shareHow = s.shareHow;
        commitment.evidence = s.evidence;
        return approval;
    }
    const SheetSpec spec = SheetKinds::spec(s.kind);
    Entry &entry = approval.entry;
    entry.sheet = s.kind;
    entry.activity = s.activity;
    entry.text = s.text;
    entry.category = qMax(0, s.category);
    if (spec.schoolTag != SheetSpec::SchoolTag::None && school != 0)
        entry.schoolIds = {school};
    if (spec.teamTag && contains(teams, s.teamId))
        entry.teamId = s.teamId;
    if (spec.participantTag)
        entry.participantId = participant;
    return approval;
}

} // namespace fcte
