#include "core/session/Bitacora.h"

#include "core/text/SingleLine.h"
#include "core/text/TextLimits.h"

#include "core/session/Roster.h"

#include "core/guide/SheetKinds.h"
#include "core/model/StoreError.h"
#include "core/store/Database.h"
#include "core/store/EvidenceStore.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/SubmissionStore.h"

namespace fcte {
namespace {

// The one rule for every text a person types into the bitácora: spaces and line breaks at
// either end are dropped (they are invisible on screen and in print), everything inside is kept
// as typed. Applied here, where every sheet and form writes, so no form can differ.
void clean(QString &text)
{
    text = text.trimmed();
}

} // namespace

Bitacora::Bitacora(SessionStore &sessions, SheetStore &sheets, qint64 sessionId, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_sheets(sheets)
    , m_evidence(std::make_unique<EvidenceStore>(sessions.database()))
    , m_sessionId(sessionId)
{
    reloadRoster();
}

Bitacora::~Bitacora() = default;

template <typename Write> bool Bitacora::write(Write step)
{
    try {
        step();
    } catch (const StoreError &error) {
        Q_EMIT saveFailed(error.message());
        return false;
    }
    Q_EMIT saved();
    return true;
}

bool Bitacora::tooLong(std::initializer_list<const QString *> texts, int limit)
{
    for (const QString *text : texts) {
        if (!TextLimits::fits(text->trimmed(), limit)) {
            Q_EMIT saveFailed(TextLimits::tooLong(text->trimmed().size(), limit));
            return true;
        }
    }
    return false;
}

void Bitacora::reloadRoster()
{
    m_schools = m_sessions.schools(m_sessionId);
    m_participants = m_sessions.participants(m_sessionId);
    m_teams = m_sheets.teams(m_sessionId);
    Q_EMIT rosterChanged();
}

QString Bitacora::schoolName(qint64 id) const
{
    for (const School &school : m_schools) {
        if (school.id == id)
            return school.name;
    }
    return {};
}

QString Bitacora::participantWithSchool(qint64 id) const
{
    for (const Participant &person : m_participants) {
        if (person.id == id)
            return Roster::nameWithSchool(person.name, schoolName(person.schoolId));
    }
    return {};
}

QString Bitacora::participantName(qint64 id) const
{
    for (const Participant &person : m_participants) {
        if (person.id == id)
            return person.name;
    }
    return {};
}

QString Bitacora::teamName(qint64 id) const
{
    for (const Team &team : m_teams) {
        if (team.id == id)
            return team.name;
    }
    return {};
}

QVector<Entry> Bitacora::entries(const QString &sheet) const
{
    return m_sheets.entries(m_sessionId, sheet);
}

std::optional<Entry> Bitacora::entry(qint64 id) const
{
    return m_sheets.entry(id);
}

bool Bitacora::addEntry(Entry &entry)
{
    if (tooLong({&entry.text}, TextLimits::Text))
        return false;
    clean(entry.text);
    if (!write([&] { m_sheets.addEntry(m_sessionId, entry); }))
        return false;
    Q_EMIT entryAdded(entry);
    return true;
}

bool Bitacora::updateEntry(Entry &entry)
{
    if (tooLong({&entry.text}, TextLimits::Text))
        return false;
    clean(entry.text);
    if (!write([&] { m_sheets.updateEntry(entry); }))
        return false;
    Q_EMIT entryUpdated(entry);
    return true;
}

bool Bitacora::setEntryStruck(qint64 id, bool struck)
{
    if (!write([&] { m_sheets.setEntryStruck(id, struck); }))
        return false;
    if (const auto changed = m_sheets.entry(id))
        Q_EMIT entryUpdated(*changed);
    return true;
}

bool Bitacora::removeEntry(qint64 id)
{
    const auto removed = m_sheets.entry(id);
    if (!removed || !write([&] { m_sheets.removeEntry(id); }))
        return false;
    Q_EMIT entryRemoved(id, removed->sheet);
    return true;
}

bool Bitacora::moveEntry(qint64 id, int newIndex)
{
    const auto moved = m_sheets.entry(id);
    if (!moved || !write([&] { m_sheets.moveEntry(id, newIndex); }))
        return false;
    Q_EMIT sheetReordered(moved->sheet);
    return true;
}

QVector<Commitment> Bitacora::commitments() const
{
    return m_sheets.commitments(m_sessionId);
}

bool Bitacora::addCommitment(Commitment &commitment)
{
    if (tooLong({&commitment.studentsNeed, &commitment.actions, &commitment.shareHow,
                 &commitment.evidence},
                TextLimits::Text))
        return false;
    for (QString *field : {&commitment.studentsNeed, &commitment.actions, &commitment.shareHow,
                           &commitment.evidence})
        clean(*field);
    if (!write([&] { m_sheets.addCommitment(m_sessionId, commitment); }))
        return false;
    Q_EMIT commitmentsChanged();
    return true;
}

bool Bitacora::updateCommitment(Commitment &commitment)
{
    if (tooLong({&commitment.studentsNeed, &commitment.actions, &commitment.shareHow,
                 &commitment.evidence},
                TextLimits::Text))
        return false;
    for (QString *field : {&commitment.studentsNeed, &commitment.actions, &commitment.shareHow,
                           &commitment.evidence})
        clean(*field);
    if (!write([&] { m_sheets.updateCommitment(commitment); }))
        return false;
    Q_EMIT commitmentsChanged();
    return true;
}

bool Bitacora::setCommitmentStruck(qint64 id, bool struck)
{
    if (!write([&] { m_sheets.setCommitmentStruck(id, struck); }))
        return false;
    Q_EMIT commitmentsChanged();
    return true;
}

bool Bitacora::removeCommitment(qint64 id)
{
    if (!write([&] { m_sheets.removeCommitment(id); }))
        return false;
    Q_EMIT commitmentsChanged();
    return true;
}

bool Bitacora::saveTeam(Team &team)
{
    if (tooLong({&team.name}, TextLimits::Line))
        return false;
    team.name = SingleLine::clean(team.name);
    if (!write([&] { m_sheets.saveTeam(m_sessionId, team); }))
        return false;
    m_teams = m_sheets.teams(m_sessionId);
    Q_EMIT rosterChanged();
    return true;
}

bool Bitacora::removeTeam(qint64 teamId)
{
    if (!write([&] { m_sheets.removeTeam(teamId); }))
        return false;
    m_teams = m_sheets.teams(m_sessionId);
    Q_EMIT rosterChanged();
    return true;
}

bool Bitacora::setRecorder(qint64 participantId, bool isRecorder)
{
    if (!write([&] { m_sessions.setRecorder(participantId, isRecorder); }))
        return false;
    m_participants = m_sessions.participants(m_sessionId);
    Q_EMIT rosterChanged();
    return true;
}

SchoolProblem Bitacora::schoolProblem(qint64 schoolId) const
{
    return m_sheets.schoolProblem(schoolId);
}

bool Bitacora::saveSchoolProblem(const SchoolProblem &typed)
{
    if (tooLong({&typed.problem, &typed.socialSetting, &typed.students, &typed.groups, &typed.staff,
                 &typed.infrastructure, &typed.helped, &typed.notHelped},
                TextLimits::Text))
        return false;
    SchoolProblem problem = typed;
    for (QString *field :
         {&problem.problem, &problem.socialSetting, &problem.students, &problem.groups,
          &problem.staff, &problem.infrastructure, &problem.helped, &problem.notHelped})
        clean(*field);
    if (!write([&] { m_sheets.saveSchoolProblem(problem); }))
        return false;
    Q_EMIT schoolProblemChanged(problem.schoolId);
    return true;
}

NextMeeting Bitacora::nextMeeting() const
{
    return m_sheets.nextMeeting(m_sessionId);
}

bool Bitacora::saveNextMeeting(const NextMeeting &typed)
{
    if (tooLong({&typed.agenda}, TextLimits::Text) ||
        tooLong({&typed.date, &typed.time, &typed.place}, TextLimits::Line))
        return false;
    NextMeeting meeting = typed;
    for (QString *field : {&meeting.agenda, &meeting.date, &meeting.time, &meeting.place})
        clean(*field);
    if (!write([&] { m_sheets.saveNextMeeting(m_sessionId, meeting); }))
        return false;
    Q_EMIT nextMeetingChanged();
    return true;
}

QHash<QString, QString> Bitacora::drafts(int activity) const
{
    return m_sheets.drafts(m_sessionId, activity);
}

bool Bitacora::saveDraft(int activity, const QString &field, const QString &text)
{
    return write([&] { m_sheets.saveDraft(m_sessionId, activity, field, text); });
}

QVector<ReviewItem> Bitacora::reviewItems(qint64 schoolId) const
{
    return ReviewBoard::items(m_sessions.database(), m_sessionId, schoolId);
}

bool Bitacora::addReview(Review &review)
{
    if (tooLong({&review.indicator, &review.evidence}, TextLimits::Text))
        return false;
    review.indicator = review.indicator.trimmed();
    review.evidence = review.evidence.trimmed();
    if (!write([&] { m_sheets.addReview(m_sessionId, review); }))
        return false;
    Q_EMIT reviewsChanged();
    return true;
}

QString Bitacora::readingText(int activity) const
{
    return m_sheets.readingText(m_sessionId, activity);
}

bool Bitacora::saveReadingText(int activity, const QString &text)
{
    if (tooLong({&text}, TextLimits::Reading))
        return false;
    // The text is kept as given (paragraphs, spacing): only empty ends are dropped.
    if (!write([&] { m_sheets.saveReadingText(m_sessionId, activity, text.trimmed()); }))
        return false;
    Q_EMIT readingChanged(activity);
    return true;
}

// A read that fails (a damaged page of the file) shows nothing instead of ending the program;
// the next write reports the trouble with the disk.
template <typename Read> auto Bitacora::readOrEmpty(Read read) const -> decltype(read())
{
    try {
        return read();
    } catch (const StoreError &) {
        return {};
    }
}

bool Bitacora::addParticipant(Participant &participant)
{
    if (tooLong({&participant.name}, TextLimits::Line))
        return false;
    participant.name = SingleLine::clean(participant.name);
    if (!write([&] { m_sessions.addParticipant(m_sessionId, participant); }))
        return false;
    reloadRoster();
    return true;
}

QStringList Bitacora::readyMaterials() const
{
    return readOrEmpty([&] { return m_sessions.readyMaterials(m_sessionId); });
}

bool Bitacora::setMaterialReady(const QString &key, bool ready)
{
    return write([&] { m_sessions.setMaterialReady(m_sessionId, key, ready); });
}

QHash<qint64, Attendance> Bitacora::attendance() const
{
    return readOrEmpty([&] { return m_sessions.attendance(m_sessionId); });
}

bool Bitacora::setAttendance(qint64 participantId, const Attendance &attendance)
{
    return write([&] { m_sessions.setAttendance(participantId, attendance); });
}

bool Bitacora::clearAttendance(qint64 participantId)
{
    return write([&] { m_sessions.clearAttendance(participantId); });
}

QVector<Evidence> Bitacora::evidence(int activity) const
{
    return readOrEmpty([&] { return m_evidence->list(m_sessionId, activity); });
}

QByteArray Bitacora::evidenceData(qint64 id) const
{
    return readOrEmpty([&] { return m_evidence->data(id); });
}

QByteArray Bitacora::evidenceOriginal(qint64 id) const
{
    return readOrEmpty([&] { return m_evidence->original(id); });
}

bool Bitacora::addEvidence(Evidence &evidence, const QByteArray &data, const QByteArray &original)
{
    if (tooLong({&evidence.caption}, TextLimits::Text))
        return false;
    clean(evidence.caption);
    if (!write([&] { m_evidence->add(m_sessionId, evidence, data, original); }))
        return false;
    Q_EMIT evidenceChanged(evidence.activity);
    return true;
}

bool Bitacora::setEvidenceCaption(const Evidence &evidence, const QString &caption)
{
    if (tooLong({&caption}, TextLimits::Text))
        return false;
    QString cleaned = caption;
    clean(cleaned);
    if (!write([&] { m_evidence->setCaption(evidence.id, cleaned); }))
        return false;
    Q_EMIT evidenceChanged(evidence.activity);
    return true;
}

bool Bitacora::setEvidenceSchools(const Evidence &evidence, const QVector<qint64> &schoolIds)
{
    if (!write([&] { m_evidence->setSchools(evidence.id, schoolIds); }))
        return false;
    Q_EMIT evidenceChanged(evidence.activity);
    return true;
}

bool Bitacora::removeEvidence(const Evidence &evidence)
{
    if (!write([&] { m_evidence->remove(evidence.id); }))
        return false;
    Q_EMIT evidenceChanged(evidence.activity);
    return true;
}

QString Bitacora::databasePath() const
{
    return m_sessions.databasePath();
}

QVector<Submission> Bitacora::submissions(Submission::State state, qint64 afterId) const
{
    return readOrEmpty(
        [&] { return SubmissionStore(m_sessions.database()).list(m_sessionId, state, afterId); });
}

int Bitacora::submissionCount(Submission::State state) const
{
    return readOrEmpty(
        [&] { return SubmissionStore(m_sessions.database()).count(m_sessionId, state); });
}

bool Bitacora::approve(Approval &approval)
{
    Approval written = approval;
    Participant &added = written.addedParticipant;
    const bool adds = !added.name.isEmpty();
    if (adds && tooLong({&added.name}, TextLimits::Line))
        return false;
    if (written.isCommitment
            ? tooLong({&written.commitment.studentsNeed, &written.commitment.actions,
                       &written.commitment.shareHow, &written.commitment.evidence},
                      TextLimits::Text)
            : tooLong({&written.entry.text}, TextLimits::Text))
        return false;
    added.name = SingleLine::clean(added.name);
    clean(written.entry.text);
    for (QString *field : {&written.commitment.studentsNeed, &written.commitment.actions,
                           &written.commitment.shareHow, &written.commitment.evidence})
        clean(*field);
    Database &db = m_sessions.database();
    const bool ok = write([&] {
        Transaction transaction(db);
        // Decided meanwhile (rejected in the queue after an undo, or approved twice): the
        // director's last decision stands, and nothing is written twice.
        const auto current = SubmissionStore(db).find(written.submission.id);
        if (!current || current->state != written.submission.state)
            throw StoreError(tr("Ese envío ya se decidió de otro modo; no se aprobó otra "
                                "vez."));
        if (adds) {
            m_sessions.addParticipant(m_sessionId, added);
            if (written.isCommitment)
                written.commitment.participantId = added.id;
            else if (SheetKinds::spec(written.entry.sheet).participantTag)
                written.entry.participantId = added.id;
        }
        if (written.isCommitment)
            m_sheets.addCommitment(m_sessionId, written.commitment);
        else
            m_sheets.addEntry(m_sessionId, written.entry);
        SubmissionStore(db).decide(written.submission.id, Submission::State::Approved,
                                   written.resultId());
        transaction.commit();
    });
    if (!ok)
        return false;
    written.submission.state = Submission::State::Approved;
    written.submission.resultId = written.resultId();
    approval = written;
    if (adds)
        reloadRoster();
    if (approval.isCommitment)
        Q_EMIT commitmentsChanged();
    else
        Q_EMIT entryAdded(approval.entry);
    Q_EMIT submissionChanged(approval.submission.id);
    return true;
}

bool Bitacora::withdraw(Approval &approval)
{
    Database &db = m_sessions.database();
    bool removedPerson = false;
    const bool ok = write([&] {
        Transaction transaction(db);
        if (approval.isCommitment)
            m_sheets.removeCommitment(approval.commitment.id);
        else
            m_sheets.removeEntry(approval.entry.id);
        if (approval.addedParticipant.id != 0)
            removedPerson = m_sessions.removeParticipantIfUnnamed(approval.addedParticipant.id);
        SubmissionStore(db).decide(approval.submission.id, Submission::State::Pending);
        transaction.commit();
    });
    if (!ok)
        return false;
    approval.submission.state = Submission::State::Pending;
    approval.submission.resultId = 0;
    // A person something else now names stays; approved again, the words name them as before.
    if (approval.addedParticipant.id != 0 && !removedPerson)
        approval.addedParticipant = Participant();
    if (approval.isCommitment)
        Q_EMIT commitmentsChanged();
    else
        Q_EMIT entryRemoved(approval.entry.id, approval.entry.sheet);
    if (removedPerson)
        reloadRoster();
    Q_EMIT submissionChanged(approval.submission.id);
    return true;
}

bool Bitacora::reject(const QVector<qint64> &submissionIds)
{
    return moveSubmissions(submissionIds, Submission::State::Pending, Submission::State::Rejected);
}

bool Bitacora::reopen(const QVector<qint64> &submissionIds)
{
    return moveSubmissions(submissionIds, Submission::State::Rejected, Submission::State::Pending);
}

bool Bitacora::moveSubmissions(const QVector<qint64> &submissionIds, Submission::State from,
                               Submission::State to)
{
    Database &db = m_sessions.database();
    QVector<qint64> moved;
    const bool written = write([&] {
        Transaction transaction(db);
        SubmissionStore store(db);
        // As the store has them now, not as the queue saw them: an approval made meanwhile (a
        // redo, another window of the queue) stays approved.
        for (qint64 id : submissionIds) {
            const std::optional<Submission> now = store.find(id);
            if (now && now->state == from) {
                store.decide(id, to);
                moved << id;
            }
        }
        transaction.commit();
    });
    if (written)
        for (qint64 id : std::as_const(moved))
            Q_EMIT submissionChanged(id);
    return written;
}

} // namespace fcte
