#include "core/store/SubmissionStore.h"

#include "core/store/Database.h"

#include <QDateTime>

namespace fcte {
namespace {

constexpr const char *Columns =
    "id, activity, kind, device, client_id, participant_id, school_id, team_id, typed_name, "
    "category, text, students_need, actions, share_how, evidence, state, received_at_ms, "
    "decided_at_ms, result_id";

} // namespace

Submission::State SubmissionStore::stateFromKey(const QString &key)
{
    if (key == QLatin1String("approved"))
        return Submission::State::Approved;
    if (key == QLatin1String("rejected"))
        return Submission::State::Rejected;
    return Submission::State::Pending;
}

namespace {

Submission read(const Statement &row)
{
    Submission s;
    s.id = row.integer(0);
    s.activity = int(row.integer(1));
    s.kind = row.text(2);
    s.device = row.text(3);
    s.clientId = row.text(4);
    s.participantId = row.integer(5);
    s.schoolId = row.integer(6);
    s.teamId = row.integer(7);
    s.typedName = row.text(8);
    s.category = int(row.integer(9));
    s.text = row.text(10);
    s.studentsNeed = row.text(11);
    s.actions = row.text(12);
    s.shareHow = row.text(13);
    s.evidence = row.text(14);
    s.state = SubmissionStore::stateFromKey(row.text(15));
    s.receivedAtMs = row.integer(16);
    s.decidedAtMs = row.integer(17);
    s.resultId = row.integer(18);
    return s;
}

} // namespace

SubmissionStore::SubmissionStore(Database &db)
    : m_db(db)
{}

QString SubmissionStore::stateKey(Submission::State state)
{
    switch (state) {
    case Submission::State::Approved:
        return QStringLiteral("approved");
    case Submission::State::Rejected:
        return QStringLiteral("rejected");
    case Submission::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

bool SubmissionStore::add(qint64 sessionId, Submission &s)
{
    Transaction transaction(m_db);
    if (s.receivedAtMs == 0)
        s.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    Statement insert(m_db, "INSERT OR IGNORE INTO submission (session_id, activity, kind, device, "
                           "client_id, participant_id, school_id, team_id, typed_name, category, "
                           "text, students_need, actions, share_how, evidence, received_at_ms) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, sessionId)
        .bind(2, s.activity)
        .bind(3, s.kind)
        .bind(4, s.device)
        .bind(5, s.clientId)
        .bind(6, s.participantId)
        .bind(7, s.schoolId)
        .bind(8, s.teamId)
        .bind(9, s.typedName)
        .bind(10, s.category)
        .bind(11, s.text)
        .bind(12, s.studentsNeed)
        .bind(13, s.actions)
        .bind(14, s.shareHow)
        .bind(15, s.evidence)
        .bind(16, s.receivedAtMs)
        .run();
    const bool added = m_db.changes() > 0;
    Statement id(m_db, "SELECT id FROM submission WHERE session_id = ? AND device = ? AND "
                       "client_id = ?");
    id.bind(1, sessionId).bind(2, s.device).bind(3, s.clientId);
    if (id.step())
        s.id = id.integer(0);
    transaction.commit();
    return added;
}

QVector<Submission> SubmissionStore::list(qint64 sessionId, std::optional<Submission::State> state,
                                          qint64 afterId) const
{
    const QByteArray sql = QByteArray("SELECT ") + Columns +
                           " FROM submission WHERE session_id = ?1 AND (?2 = '' OR state = ?2) "
                           "AND id > ?3 ORDER BY id";
    Statement query(m_db, sql);
    query.bind(1, sessionId).bind(2, state ? stateKey(*state) : QString()).bind(3, afterId);
    QVector<Submission> result;
    while (query.step())
        result << read(query);
    return result;
}

std::optional<Submission> SubmissionStore::find(qint64 id) const
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM submission WHERE id = ?";
    Statement query(m_db, sql);
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return read(query);
}

void SubmissionStore::decide(qint64 id, Submission::State state, qint64 resultId,
                             qint64 decidedAtMs)
{
    Statement update(m_db, "UPDATE submission SET state = ?, decided_at_ms = ?, result_id = ? "
                           "WHERE id = ?");
    // Waiting again (an approval undone) is undecided: no time, no result.
    const bool pending = state == Submission::State::Pending;
    const qint64 decidedAt = pending            ? 0
                             : decidedAtMs != 0 ? decidedAtMs
                                                : QDateTime::currentMSecsSinceEpoch();
    update.bind(1, stateKey(state))
        .bind(2, decidedAt)
        .bind(3, pending ? 0 : resultId)
        .bind(4, id)
        .run();
}

int SubmissionStore::count(qint64 sessionId, Submission::State state) const
{
    Statement query(m_db, "SELECT COUNT(*) FROM submission WHERE session_id = ? AND state = ?");
    query.bind(1, sessionId).bind(2, stateKey(state));
    return query.step() ? int(query.integer(0)) : 0;
}

int SubmissionStore::pendingFrom(qint64 sessionId, const QString &device) const
{
    Statement query(m_db, "SELECT COUNT(*) FROM submission WHERE session_id = ? AND device = ? "
                          "AND state = 'pending'");
    query.bind(1, sessionId).bind(2, device);
    return query.step() ? int(query.integer(0)) : 0;
}

std::optional<std::pair<qint64, QString>> SubmissionStore::identityOf(qint64 sessionId,
                                                                      const QString &device) const
{
    Statement query(m_db, "SELECT participant_id, typed_name FROM submission WHERE session_id = ? "
                          "AND device = ? ORDER BY id LIMIT 1");
    query.bind(1, sessionId).bind(2, device);
    if (!query.step())
        return std::nullopt;
    return std::make_pair(query.integer(0), query.text(1));
}

bool SubmissionStore::isKnown(qint64 sessionId, const QString &device,
                              const QString &clientId) const
{
    Statement query(m_db, "SELECT 1 FROM submission WHERE session_id = ? AND device = ? AND "
                          "client_id = ?");
    query.bind(1, sessionId).bind(2, device).bind(3, clientId);
    return query.step();
}

} // namespace fcte
