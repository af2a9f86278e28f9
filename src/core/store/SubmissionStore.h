#pragma once

#include "core/model/Records.h"

namespace fcte {

class Database;

// The phones' submissions of a session (see Submission).
class SubmissionStore {
public:
    explicit SubmissionStore(Database &db);

    // Stores a new submission and sets its id; the same device and client id again is not stored
    // a second time (returns false, the id of the first one set).
    bool add(qint64 sessionId, Submission &submission);
    // Oldest first; all states when state is empty; only those after afterId when it is given
    // (what arrived since the last look).
    QVector<Submission> list(qint64 sessionId,
                             std::optional<Submission::State> state = std::nullopt,
                             qint64 afterId = 0) const;
    std::optional<Submission> find(qint64 id) const;
    // decidedAtMs 0: now (an import gives the archive's).
    void decide(qint64 id, Submission::State state, qint64 resultId = 0, qint64 decidedAtMs = 0);
    int count(qint64 sessionId, Submission::State state) const;
    // How many of one device's submissions wait for the director.
    int pendingFrom(qint64 sessionId, const QString &device) const;
    // Who a device sent its first submission as: the participant chosen (0 for none) and the
    // name typed; nothing when the device has sent nothing yet.
    std::optional<std::pair<qint64, QString>> identityOf(qint64 sessionId,
                                                         const QString &device) const;
    // True when that device's submission is already stored (a resend).
    bool isKnown(qint64 sessionId, const QString &device, const QString &clientId) const;

    static QString stateKey(Submission::State state);
    static Submission::State stateFromKey(const QString &key);

private:
    Database &m_db;
};

} // namespace fcte
