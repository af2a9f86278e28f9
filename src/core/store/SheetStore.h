#pragma once

#include <QHash>

#include "core/model/Records.h"

#include <QMap>
#include <QVector>
#include <optional>

namespace fcte {

class Database;

// The sheets of the bitácora: entries, teams, commitments, school problems, next meeting.
// Each call is one durable transaction.
class SheetStore {
public:
    explicit SheetStore(Database &db);

    QVector<Entry> entries(qint64 sessionId, const QString &sheet) const;
    QVector<Entry> allEntries(qint64 sessionId) const;
    std::optional<Entry> entry(qint64 id) const;
    // Appends at the end, or inserts at entry.position when it is within the sheet. An entry that
    // already has an id (a redo) keeps it. Fills in id, position and times.
    void addEntry(qint64 sessionId, Entry &entry);
    void updateEntry(Entry &entry);
    void setEntryStruck(qint64 id, bool struck);
    // Removes an entry for good: only undo of an addition does this.
    void removeEntry(qint64 id);
    void moveEntry(qint64 id, int newIndex);

    QVector<Team> teams(qint64 sessionId) const;
    void saveTeam(qint64 sessionId, Team &team);
    void removeTeam(qint64 teamId);

    QVector<Commitment> commitments(qint64 sessionId) const;
    void addCommitment(qint64 sessionId, Commitment &commitment);
    void updateCommitment(Commitment &commitment);
    void setCommitmentStruck(qint64 id, bool struck);
    void removeCommitment(qint64 id);

    SchoolProblem schoolProblem(qint64 schoolId) const;
    void saveSchoolProblem(const SchoolProblem &problem);

    NextMeeting nextMeeting(qint64 sessionId) const;
    void saveNextMeeting(qint64 sessionId, const NextMeeting &meeting);

    // Drafts: what was typed in an activity's fields and not yet entered, by field name. An
    // empty text removes the draft.
    QHash<QString, QString> drafts(qint64 sessionId, int activity) const;
    void saveDraft(qint64 sessionId, int activity, const QString &field, const QString &text);

    // Reviews of commitments and agreements, oldest first (each is kept: the history).
    void addReview(qint64 sessionId, Review &review);
    QVector<Review> reviews(qint64 sessionId) const;

    // A reading's text as the director gave it for this session (empty: none; saving an
    // empty text removes it).
    QString readingText(qint64 sessionId, int activity) const;
    QMap<int, QString> readingTexts(qint64 sessionId) const;
    void saveReadingText(qint64 sessionId, int activity, const QString &text);

private:
    QVector<qint64> entrySchools(qint64 entryId) const;
    void writeEntrySchools(const Entry &entry);

    Database &m_db;
};

} // namespace fcte
