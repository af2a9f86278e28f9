#pragma once

#include "core/model/Records.h"

namespace fcte {

class Database;

// Photos and files attached to a session's activities, bytes and all (see Evidence).
class EvidenceStore {
public:
    explicit EvidenceStore(Database &db);

    // In order: by activity, then as they were added. activity 0: all of the session's.
    QVector<Evidence> list(qint64 sessionId, int activity = 0) const;
    QByteArray data(qint64 evidenceId) const;
    // The photo as it was taken, when it was kept; empty otherwise.
    QByteArray original(qint64 evidenceId) const;
    // Appends to the activity's evidence; sets the record's id, position and size.
    // evidence.id 0: a new one, last of its activity (its id set); otherwise one removed and
    // put back, with its id, place and schools.
    void add(qint64 sessionId, Evidence &evidence, const QByteArray &data,
             const QByteArray &original = {});
    void setCaption(qint64 evidenceId, const QString &caption);
    void setSchools(qint64 evidenceId, const QVector<qint64> &schoolIds);
    void remove(qint64 evidenceId);

private:
    QByteArray column(qint64 evidenceId, const char *sql) const;

    Database &m_db;
};

} // namespace fcte
