#pragma once

#include "core/model/Records.h"
#include "core/session/Approval.h"
#include "core/session/ReviewBoard.h"

#include <QObject>
#include <initializer_list>
#include <memory>
#include <optional>

namespace fcte {

class EvidenceStore;
class SessionStore;
class SheetStore;

// One session's bitácora as the windows see it: every write goes through here, is durable when
// the call returns, and is announced so every view of it stays in step. A failed write is
// reported by saveFailed() and the call returns false; nothing throws past this class.
class Bitacora : public QObject {
    Q_OBJECT
public:
    Bitacora(SessionStore &sessions, SheetStore &sheets, qint64 sessionId,
             QObject *parent = nullptr);
    ~Bitacora() override;

    qint64 sessionId() const { return m_sessionId; }
    // The bitácora's file: with sessionId(), what names this session among all opened in a run.
    QString databasePath() const;

    const QVector<School> &schools() const { return m_schools; }
    const QVector<Participant> &participants() const { return m_participants; }
    const QVector<Team> &teams() const { return m_teams; }
    QString schoolName(qint64 id) const;
    QString participantName(qint64 id) const;
    // "Name (School)", or the name alone for someone of no school.
    QString participantWithSchool(qint64 id) const;
    QString teamName(qint64 id) const;
    // Re-reads schools, participants and teams after the roster was edited elsewhere.
    void reloadRoster();

    QVector<Entry> entries(const QString &sheet) const;
    std::optional<Entry> entry(qint64 id) const;
    bool addEntry(Entry &entry);
    bool updateEntry(Entry &entry);
    bool setEntryStruck(qint64 id, bool struck);
    bool removeEntry(qint64 id);
    bool moveEntry(qint64 id, int newIndex);

    QVector<Commitment> commitments() const;
    bool addCommitment(Commitment &commitment);
    bool updateCommitment(Commitment &commitment);
    bool setCommitmentStruck(qint64 id, bool struck);
    bool removeCommitment(qint64 id);

    bool saveTeam(Team &team);
    bool removeTeam(qint64 teamId);
    bool setRecorder(qint64 participantId, bool isRecorder);
    // A teacher who joined from a phone with a name not in the roster; sets its id.
    bool addParticipant(Participant &participant);
    // What the director ticked as ready before the session (PreparationDialog's keys).
    QStringList readyMaterials() const;
    bool setMaterialReady(const QString &key, bool ready);
    // Attendance taken on the day, by participant id (absent from the map: not taken).
    QHash<qint64, Attendance> attendance() const;
    bool setAttendance(qint64 participantId, const Attendance &attendance);
    // Attendance not taken (again): a mark undone.
    bool clearAttendance(qint64 participantId);

    SchoolProblem schoolProblem(qint64 schoolId) const;
    bool saveSchoolProblem(const SchoolProblem &problem);
    NextMeeting nextMeeting() const;
    bool saveNextMeeting(const NextMeeting &meeting);

    // Unfinished input of an activity's fields, kept apart from the entries (see SheetStore).
    QHash<QString, QString> drafts(int activity) const;
    bool saveDraft(int activity, const QString &field, const QString &text);

    // Follow-up: what the school reviews (0: every school), and a new review of one item.
    QVector<ReviewItem> reviewItems(qint64 schoolId) const;
    bool addReview(Review &review);

    // The text of an activity's reading for this session, to show and project (see SheetStore).
    QString readingText(int activity) const;
    bool saveReadingText(int activity, const QString &text);

    // Photos and files attached to an activity (see EvidenceStore); the bytes are read apart.
    QVector<Evidence> evidence(int activity) const;
    QByteArray evidenceData(qint64 id) const;
    QByteArray evidenceOriginal(qint64 id) const;
    bool addEvidence(Evidence &evidence, const QByteArray &data, const QByteArray &original);
    bool setEvidenceCaption(const Evidence &evidence, const QString &caption);
    // The schools a photo or file is about (none: the whole room's).
    bool setEvidenceSchools(const Evidence &evidence, const QVector<qint64> &schoolIds);
    bool removeEvidence(const Evidence &evidence);

    // The phones' submissions: oldest first; only those after afterId when it is given.
    QVector<Submission> submissions(Submission::State state, qint64 afterId = 0) const;
    int submissionCount(Submission::State state) const;
    // Writes an approval (see Approval::plan) in one transaction: the person it adds, the entry
    // or commitment, the submission marked approved; fills in their ids. Written again after a
    // withdrawal, everything comes back with the same ids.
    bool approve(Approval &approval);
    // Takes an approval back in one transaction: the entry or commitment goes, the person it
    // added leaves the roster (unless something else now names them), the submission waits again.
    // The approval is updated to be written again as it now stands (redo).
    bool withdraw(Approval &approval);
    // Rejected submissions are kept (struck in the queue) and can be approved later. One
    // transaction for all of them.
    // Rejects those still waiting (one decided meanwhile keeps its decision); one transaction.
    bool reject(const QVector<qint64> &submissionIds);
    // A rejection undone: those still rejected wait for the director again.
    bool reopen(const QVector<qint64> &submissionIds);

Q_SIGNALS:
    void entryAdded(const fcte::Entry &entry);
    void entryUpdated(const fcte::Entry &entry);
    void entryRemoved(qint64 id, const QString &sheet);
    void sheetReordered(const QString &sheet);
    void commitmentsChanged();
    void rosterChanged();
    void schoolProblemChanged(qint64 schoolId);
    void nextMeetingChanged();
    void readingChanged(int activity);
    void evidenceChanged(int activity);
    void reviewsChanged();
    // A submission was approved, or waits for the director again (an approval undone).
    void submissionChanged(qint64 submissionId);
    void saved();
    void saveFailed(const QString &message);

private:
    template <typename Write> bool write(Write step);
    bool moveSubmissions(const QVector<qint64> &submissionIds, Submission::State from,
                         Submission::State to);
    // Text past its limit (TextLimits) is refused before anything is written, with
    // saveFailed(): the caller keeps it where it was typed.
    bool tooLong(std::initializer_list<const QString *> texts, int limit);
    template <typename Read> auto readOrEmpty(Read read) const -> decltype(read());

    SessionStore &m_sessions;
    SheetStore &m_sheets;
    std::unique_ptr<EvidenceStore> m_evidence;
    qint64 m_sessionId;
    QVector<School> m_schools;
    QVector<Participant> m_participants;
    QVector<Team> m_teams;
};

} // namespace fcte
