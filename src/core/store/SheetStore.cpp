#include "core/store/SheetStore.h"

#include "core/store/Database.h"

namespace fcte {
namespace {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const Statement &row, int column)
{
    if (row.isNull(column))
        return {};
    return QDateTime::fromString(row.text(column), Qt::ISODateWithMs);
}

constexpr const char *EntryColumns =
    "SELECT id, sheet, activity, position, text, category, team_id, participant_id, marked, "
    "created_at, edited_at, struck_at FROM entry ";

Entry readEntry(const Statement &row)
{
    Entry entry;
    entry.id = row.integer(0);
    entry.sheet = row.text(1);
    entry.activity = int(row.integer(2));
    entry.position = int(row.integer(3));
    entry.text = row.text(4);
    entry.category = int(row.integer(5));
    entry.teamId = row.integer(6);
    entry.participantId = row.integer(7);
    entry.marked = row.integer(8) != 0;
    entry.createdAt = parseStamp(row, 9);
    entry.editedAt = parseStamp(row, 10);
    entry.struckAt = parseStamp(row, 11);
    return entry;
}

constexpr const char *CommitmentColumns =
    "SELECT id, position, participant_id, students_need, actions, share_how, evidence, "
    "created_at, edited_at, struck_at FROM commitment ";

Commitment readCommitment(const Statement &row)
{
    Commitment commitment;
    commitment.id = row.integer(0);
    commitment.position = int(row.integer(1));
    commitment.participantId = row.integer(2);
    commitment.studentsNeed = row.text(3);
    commitment.actions = row.text(4);
    commitment.shareHow = row.text(5);
    commitment.evidence = row.text(6);
    commitment.createdAt = parseStamp(row, 7);
    commitment.editedAt = parseStamp(row, 8);
    commitment.struckAt = parseStamp(row, 9);
    return commitment;
}

// Binds a time, or NULL for a time that is not set (an entry never struck).
void bindStamp(Statement &statement, int index, const QDateTime &time)
{
    if (time.isValid())
        statement.bind(index, stamp(time));
    else
        statement.bindNull(index);
}

// Binds parameter 1 to now when striking, to NULL when restoring.
void bindStruck(Statement &update, bool struck)
{
    bindStamp(update, 1, struck ? QDateTime::currentDateTimeUtc() : QDateTime());
}

// A new row is created and edited now, unless it brings its own times (an import, a redo).
void defaultTimes(QDateTime &createdAt, QDateTime &editedAt)
{
    if (!createdAt.isValid())
        createdAt = QDateTime::currentDateTimeUtc();
    if (!editedAt.isValid())
        editedAt = createdAt;
}

// Renumbers rows 0..n-1 in the given order.
void renumber(Database &db, const char *updateSql, const QVector<qint64> &ids)
{
    Statement update(db, updateSql);
    for (int i = 0; i < ids.size(); ++i) {
        update.reset();
        update.bind(1, i).bind(2, ids.at(i)).run();
    }
}

} // namespace

SheetStore::SheetStore(Database &db)
    : m_db(db)
{}

QVector<Entry> SheetStore::entries(qint64 sessionId, const QString &sheet) const
{
    Statement query(m_db, QByteArray(EntryColumns) +
                              "WHERE session_id = ? AND sheet = ? ORDER BY position, id");
    query.bind(1, sessionId).bind(2, sheet);
    QVector<Entry> result;
    QHash<qint64, int> rowOf;
    while (query.step()) {
        rowOf.insert(query.integer(0), int(result.size()));
        result << readEntry(query);
    }
    // All the sheet's school tags in one query, in the schools' order.
    Statement tags(m_db, "SELECT es.entry_id, es.school_id FROM entry_school es "
                         "JOIN entry e ON e.id = es.entry_id JOIN school s ON s.id = es.school_id "
                         "WHERE e.session_id = ? AND e.sheet = ? ORDER BY s.position");
    tags.bind(1, sessionId).bind(2, sheet);
    while (tags.step()) {
        const auto row = rowOf.constFind(tags.integer(0));
        if (row != rowOf.constEnd())
            result[*row].schoolIds << tags.integer(1);
    }
    return result;
}

QVector<Entry> SheetStore::allEntries(qint64 sessionId) const
{
    Statement query(m_db,
                    QByteArray(EntryColumns) + "WHERE session_id = ? ORDER BY sheet, position, id");
    query.bind(1, sessionId);
    QVector<Entry> result;
    while (query.step())
        result << readEntry(query);
    for (Entry &entry : result)
        entry.schoolIds = entrySchools(entry.id);
    return result;
}

std::optional<Entry> SheetStore::entry(qint64 id) const
{
    Statement query(m_db, QByteArray(EntryColumns) + "WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    Entry entry = readEntry(query);
    entry.schoolIds = entrySchools(id);
    return entry;
}

QVector<qint64> SheetStore::entrySchools(qint64 entryId) const
{
    Statement query(m_db, "SELECT es.school_id FROM entry_school es JOIN school s "
                          "ON s.id = es.school_id WHERE es.entry_id = ? ORDER BY s.position");
    query.bind(1, entryId);
    QVector<qint64> ids;
    while (query.step())
        ids << query.integer(0);
    return ids;
}

void SheetStore::writeEntrySchools(const Entry &entry)
{
    Statement clear(m_db, "DELETE FROM entry_school WHERE entry_id = ?");
    clear.bind(1, entry.id).run();
    Statement insert(m_db, "INSERT OR IGNORE INTO entry_school (entry_id, school_id) VALUES (?,?)");
    for (qint64 school : entry.schoolIds) {
        insert.reset();
        insert.bind(1, entry.id).bind(2, school).run();
    }
}

void SheetStore::addEntry(qint64 sessionId, Entry &entry)
{
    Transaction transaction(m_db);
    // Appending, by far the common case (typing, importing), reads one index entry, not the
    // sheet: an import stays linear in the number of entries.
    int end = 0;
    {
        Statement last(m_db, "SELECT coalesce(max(position) + 1, 0) FROM entry "
                             "WHERE session_id = ? AND sheet = ?");
        last.bind(1, sessionId).bind(2, entry.sheet);
        if (last.step())
            end = int(last.integer(0));
    }
    bool append = entry.id == 0 || entry.position < 0 || entry.position >= end;
    QVector<qint64> order;
    if (!append) {
        // A redo puts an entry back where it was: the sheet is renumbered around it.
        Statement ids(m_db, "SELECT id FROM entry WHERE session_id = ? AND sheet = ? "
                            "ORDER BY position, id");
        ids.bind(1, sessionId).bind(2, entry.sheet);
        while (ids.step())
            order << ids.integer(0);
        append = entry.position >= order.size();
    }
    defaultTimes(entry.createdAt, entry.editedAt);
    Statement insert(m_db, "INSERT INTO entry (id, session_id, sheet, activity, position, text, "
                           "category, team_id, participant_id, marked, created_at, edited_at, "
                           "struck_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bindOptional(1, entry.id)
        .bind(2, sessionId)
        .bind(3, entry.sheet)
        .bind(4, entry.activity)
        .bind(5, append ? end : entry.position)
        .bind(6, entry.text)
        .bind(7, entry.category)
        .bindOptional(8, entry.teamId)
        .bindOptional(9, entry.participantId)
        .bind(10, entry.marked)
        .bind(11, stamp(entry.createdAt))
        .bind(12, stamp(entry.editedAt));
    bindStamp(insert, 13, entry.struckAt);
    insert.run();
    entry.id = m_db.lastInsertId();
    if (append) {
        entry.position = end;
    } else {
        order.insert(entry.position, entry.id);
        renumber(m_db, "UPDATE entry SET position = ? WHERE id = ?", order);
    }
    writeEntrySchools(entry);
    transaction.commit();
}

void SheetStore::updateEntry(Entry &entry)
{
    Transaction transaction(m_db);
    entry.editedAt = QDateTime::currentDateTimeUtc();
    Statement update(m_db, "UPDATE entry SET text = ?, category = ?, team_id = ?, "
                           "participant_id = ?, marked = ?, edited_at = ? WHERE id = ?");
    update.bind(1, entry.text)
        .bind(2, entry.category)
        .bindOptional(3, entry.teamId)
        .bindOptional(4, entry.participantId)
        .bind(5, entry.marked)
        .bind(6, stamp(entry.editedAt))
        .bind(7, entry.id)
        .run();
    writeEntrySchools(entry);
    transaction.commit();
}

void SheetStore::setEntryStruck(qint64 id, bool struck)
{
    Statement update(m_db, "UPDATE entry SET struck_at = ? WHERE id = ?");
    bindStruck(update, struck);
    update.bind(2, id).run();
}

void SheetStore::removeEntry(qint64 id)
{
    Statement remove(m_db, "DELETE FROM entry WHERE id = ?");
    remove.bind(1, id).run();
}

void SheetStore::moveEntry(qint64 id, int newIndex)
{
    const auto moved = entry(id);
    if (!moved)
        return;
    Transaction transaction(m_db);
    QVector<qint64> order;
    {
        Statement ids(m_db, "SELECT id FROM entry WHERE sheet = ? AND session_id = "
                            "(SELECT session_id FROM entry WHERE id = ?) ORDER BY position, id");
        ids.bind(1, moved->sheet).bind(2, id);
        while (ids.step())
            order << ids.integer(0);
    }
    order.removeOne(id);
    order.insert(qBound(0, newIndex, int(order.size())), id);
    renumber(m_db, "UPDATE entry SET position = ? WHERE id = ?", order);
    transaction.commit();
}

QVector<Team> SheetStore::teams(qint64 sessionId) const
{
    Statement query(m_db, "SELECT id, name FROM team WHERE session_id = ? ORDER BY position, id");
    query.bind(1, sessionId);
    QVector<Team> result;
    while (query.step())
        result << Team{query.integer(0), query.text(1), {}};
    Statement members(m_db, "SELECT tm.participant_id FROM team_member tm JOIN participant p "
                            "ON p.id = tm.participant_id WHERE tm.team_id = ? ORDER BY p.position");
    for (Team &team : result) {
        members.reset();
        members.bind(1, team.id);
        while (members.step())
            team.memberIds << members.integer(0);
    }
    return result;
}

void SheetStore::saveTeam(qint64 sessionId, Team &team)
{
    Transaction transaction(m_db);
    // An id that no longer exists (a removed team brought back by undo) is inserted as it was.
    Statement upsert(m_db, "INSERT INTO team (id, session_id, position, name) VALUES (?, ?, "
                           "(SELECT count(*) FROM team WHERE session_id = ?), ?) "
                           "ON CONFLICT(id) DO UPDATE SET name = excluded.name");
    upsert.bindOptional(1, team.id).bind(2, sessionId).bind(3, sessionId).bind(4, team.name).run();
    if (team.id == 0)
        team.id = m_db.lastInsertId();
    Statement clear(m_db, "DELETE FROM team_member WHERE team_id = ?");
    clear.bind(1, team.id).run();
    Statement add(m_db, "INSERT OR IGNORE INTO team_member (team_id, participant_id) VALUES (?,?)");
    for (qint64 member : team.memberIds) {
        add.reset();
        add.bind(1, team.id).bind(2, member).run();
    }
    transaction.commit();
}

void SheetStore::removeTeam(qint64 teamId)
{
    Statement remove(m_db, "DELETE FROM team WHERE id = ?");
    remove.bind(1, teamId).run();
}

QVector<Commitment> SheetStore::commitments(qint64 sessionId) const
{
    Statement query(m_db,
                    QByteArray(CommitmentColumns) + "WHERE session_id = ? ORDER BY position, id");
    query.bind(1, sessionId);
    QVector<Commitment> result;
    while (query.step())
        result << readCommitment(query);
    return result;
}

void SheetStore::addCommitment(qint64 sessionId, Commitment &commitment)
{
    defaultTimes(commitment.createdAt, commitment.editedAt);
    Statement insert(m_db, "INSERT INTO commitment (id, session_id, position, participant_id, "
                           "students_need, actions, share_how, evidence, created_at, edited_at, "
                           "struck_at) VALUES (?,?,(SELECT count(*) FROM commitment WHERE "
                           "session_id = ?),?,?,?,?,?,?,?,?)");
    insert.bindOptional(1, commitment.id)
        .bind(2, sessionId)
        .bind(3, sessionId)
        .bindOptional(4, commitment.participantId)
        .bind(5, commitment.studentsNeed)
        .bind(6, commitment.actions)
        .bind(7, commitment.shareHow)
        .bind(8, commitment.evidence)
        .bind(9, stamp(commitment.createdAt))
        .bind(10, stamp(commitment.editedAt));
    bindStamp(insert, 11, commitment.struckAt);
    insert.run();
    commitment.id = m_db.lastInsertId();
}

void SheetStore::updateCommitment(Commitment &commitment)
{
    commitment.editedAt = QDateTime::currentDateTimeUtc();
    Statement update(m_db, "UPDATE commitment SET participant_id = ?, students_need = ?, "
                           "actions = ?, share_how = ?, evidence = ?, edited_at = ? WHERE id = ?");
    update.bindOptional(1, commitment.participantId)
        .bind(2, commitment.studentsNeed)
        .bind(3, commitment.actions)
        .bind(4, commitment.shareHow)
        .bind(5, commitment.evidence)
        .bind(6, stamp(commitment.editedAt))
        .bind(7, commitment.id)
        .run();
}

void SheetStore::setCommitmentStruck(qint64 id, bool struck)
{
    Statement update(m_db, "UPDATE commitment SET struck_at = ? WHERE id = ?");
    bindStruck(update, struck);
    update.bind(2, id).run();
}

void SheetStore::removeCommitment(qint64 id)
{
    Statement remove(m_db, "DELETE FROM commitment WHERE id = ?");
    remove.bind(1, id).run();
}

SchoolProblem SheetStore::schoolProblem(qint64 schoolId) const
{
    Statement query(m_db, "SELECT problem, social_setting, students, groups_info, staff, "
                          "infrastructure, helped, not_helped FROM school_problem "
                          "WHERE school_id = ?");
    query.bind(1, schoolId);
    SchoolProblem problem;
    problem.schoolId = schoolId;
    if (query.step()) {
        problem.problem = query.text(0);
        problem.socialSetting = query.text(1);
        problem.students = query.text(2);
        problem.groups = query.text(3);
        problem.staff = query.text(4);
        problem.infrastructure = query.text(5);
        problem.helped = query.text(6);
        problem.notHelped = query.text(7);
    }
    return problem;
}

void SheetStore::saveSchoolProblem(const SchoolProblem &problem)
{
    Statement upsert(m_db, "INSERT INTO school_problem (school_id, problem, social_setting, "
                           "students, groups_info, staff, infrastructure, helped, not_helped, "
                           "edited_at) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(school_id) DO "
                           "UPDATE SET problem = excluded.problem, social_setting = "
                           "excluded.social_setting, students = excluded.students, groups_info = "
                           "excluded.groups_info, staff = excluded.staff, infrastructure = "
                           "excluded.infrastructure, helped = excluded.helped, not_helped = "
                           "excluded.not_helped, edited_at = excluded.edited_at");
    upsert.bind(1, problem.schoolId)
        .bind(2, problem.problem)
        .bind(3, problem.socialSetting)
        .bind(4, problem.students)
        .bind(5, problem.groups)
        .bind(6, problem.staff)
        .bind(7, problem.infrastructure)
        .bind(8, problem.helped)
        .bind(9, problem.notHelped)
        .bind(10, stamp(QDateTime::currentDateTimeUtc()))
        .run();
}

NextMeeting SheetStore::nextMeeting(qint64 sessionId) const
{
    Statement query(m_db, "SELECT agenda, meets_on, meets_at, place FROM next_meeting "
                          "WHERE session_id = ?");
    query.bind(1, sessionId);
    NextMeeting meeting;
    if (query.step())
        meeting = NextMeeting{query.text(0), query.text(1), query.text(2), query.text(3)};
    return meeting;
}

void SheetStore::saveNextMeeting(qint64 sessionId, const NextMeeting &meeting)
{
    Statement upsert(m_db, "INSERT INTO next_meeting (session_id, agenda, meets_on, meets_at, "
                           "place, edited_at) VALUES (?,?,?,?,?,?) ON CONFLICT(session_id) DO "
                           "UPDATE SET agenda = excluded.agenda, meets_on = excluded.meets_on, "
                           "meets_at = excluded.meets_at, place = excluded.place, edited_at = "
                           "excluded.edited_at");
    upsert.bind(1, sessionId)
        .bind(2, meeting.agenda)
        .bind(3, meeting.date)
        .bind(4, meeting.time)
        .bind(5, meeting.place)
        .bind(6, stamp(QDateTime::currentDateTimeUtc()))
        .run();
}

QHash<QString, QString> SheetStore::drafts(qint64 sessionId, int activity) const
{
    Statement query(m_db, "SELECT field, text FROM draft WHERE session_id = ? AND activity = ?");
    query.bind(1, sessionId).bind(2, activity);
    QHash<QString, QString> drafts;
    while (query.step())
        drafts.insert(query.text(0), query.text(1));
    return drafts;
}

void SheetStore::saveDraft(qint64 sessionId, int activity, const QString &field,
                           const QString &text)
{
    if (text.isEmpty()) {
        Statement remove(m_db,
                         "DELETE FROM draft WHERE session_id = ? AND activity = ? AND field = ?");
        remove.bind(1, sessionId).bind(2, activity).bind(3, field).run();
        return;
    }
    Statement upsert(m_db, "INSERT INTO draft (session_id, activity, field, text, edited_at) "
                           "VALUES (?,?,?,?,?) ON CONFLICT(session_id, activity, field) DO UPDATE "
                           "SET text = excluded.text, edited_at = excluded.edited_at");
    upsert.bind(1, sessionId)
        .bind(2, activity)
        .bind(3, field)
        .bind(4, text)
        .bind(5, stamp(QDateTime::currentDateTimeUtc()))
        .run();
}

void SheetStore::addReview(qint64 sessionId, Review &review)
{
    if (!review.recordedAt.isValid()) // an imported review keeps when it was recorded
        review.recordedAt = QDateTime::currentDateTimeUtc();
    Statement insert(m_db, "INSERT INTO review (session_id, item_kind, item_id, state, indicator, "
                           "evidence, reviewed_on, recorded_at) VALUES (?,?,?,?,?,?,?,?)");
    insert.bind(1, sessionId)
        .bind(2, Review::itemKey(review.item))
        .bind(3, review.itemId)
        .bind(4, Review::stateKey(review.state))
        .bind(5, review.indicator)
        .bind(6, review.evidence)
        .bind(7, review.reviewedOn.toString(Qt::ISODate))
        .bind(8, stamp(review.recordedAt))
        .run();
    review.id = m_db.lastInsertId();
}

QVector<Review> SheetStore::reviews(qint64 sessionId) const
{
    Statement query(m_db, "SELECT id, item_kind, item_id, state, indicator, evidence, reviewed_on, "
                          "recorded_at FROM review WHERE session_id = ? ORDER BY id");
    query.bind(1, sessionId);
    QVector<Review> result;
    while (query.step()) {
        Review review;
        review.id = query.integer(0);
        review.item = query.text(1) == QLatin1String("agreement") ? Review::Item::Agreement
                                                                  : Review::Item::Commitment;
        review.itemId = query.integer(2);
        review.state = Review::stateFromKey(query.text(3)).value_or(Review::State::Pending);
        review.indicator = query.text(4);
        review.evidence = query.text(5);
        review.reviewedOn = QDate::fromString(query.text(6), Qt::ISODate);
        review.recordedAt = QDateTime::fromString(query.text(7), Qt::ISODateWithMs);
        result << review;
    }
    return result;
}

QString SheetStore::readingText(qint64 sessionId, int activity) const
{
    Statement query(m_db, "SELECT text FROM reading WHERE session_id = ? AND activity = ?");
    query.bind(1, sessionId).bind(2, activity);
    return query.step() ? query.text(0) : QString();
}

QMap<int, QString> SheetStore::readingTexts(qint64 sessionId) const
{
    Statement query(m_db, "SELECT activity, text FROM reading WHERE session_id = ?");
    query.bind(1, sessionId);
    QMap<int, QString> texts;
    while (query.step())
        texts.insert(int(query.integer(0)), query.text(1));
    return texts;
}

void SheetStore::saveReadingText(qint64 sessionId, int activity, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        Statement remove(m_db, "DELETE FROM reading WHERE session_id = ? AND activity = ?");
        remove.bind(1, sessionId).bind(2, activity).run();
        return;
    }
    Statement upsert(m_db, "INSERT INTO reading (session_id, activity, text, edited_at) VALUES "
                           "(?,?,?,?) ON CONFLICT(session_id, activity) DO UPDATE SET text = "
                           "excluded.text, edited_at = excluded.edited_at");
    upsert.bind(1, sessionId)
        .bind(2, activity)
        .bind(3, text)
        .bind(4, stamp(QDateTime::currentDateTimeUtc()))
        .run();
}

} // namespace fcte
