#include "core/store/EvidenceStore.h"

#include "core/store/Database.h"

#include <QHash>

namespace fcte {

EvidenceStore::EvidenceStore(Database &db)
    : m_db(db)
{}

QVector<Evidence> EvidenceStore::list(qint64 sessionId, int activity) const
{
    Statement query(m_db, "SELECT id, activity, position, file_name, media_type, caption, width, "
                          "height, size, added_at_ms, thumbnail, original IS NOT NULL FROM "
                          "evidence WHERE session_id = ?1 AND (?2 = 0 OR activity = ?2) "
                          "ORDER BY activity, position");
    query.bind(1, sessionId).bind(2, activity);
    QVector<Evidence> result;
    while (query.step()) {
        Evidence evidence;
        evidence.id = query.integer(0);
        evidence.activity = int(query.integer(1));
        evidence.position = int(query.integer(2));
        evidence.fileName = query.text(3);
        evidence.mediaType = query.text(4);
        evidence.caption = query.text(5);
        evidence.width = int(query.integer(6));
        evidence.height = int(query.integer(7));
        evidence.size = query.integer(8);
        evidence.addedAtMs = query.integer(9);
        evidence.thumbnail = query.blob(10);
        evidence.hasOriginal = query.integer(11) != 0;
        result << evidence;
    }
    Statement tags(m_db, "SELECT t.evidence_id, t.school_id FROM evidence_school t JOIN evidence "
                         "e ON e.id = t.evidence_id WHERE e.session_id = ?1 AND (?2 = 0 OR "
                         "e.activity = ?2) ORDER BY t.evidence_id, t.school_id");
    tags.bind(1, sessionId).bind(2, activity);
    QHash<qint64, QVector<qint64>> schools;
    while (tags.step())
        schools[tags.integer(0)] << tags.integer(1);
    for (Evidence &evidence : result)
        evidence.schoolIds = schools.value(evidence.id);
    return result;
}

QByteArray EvidenceStore::column(qint64 evidenceId, const char *sql) const
{
    Statement query(m_db, sql);
    query.bind(1, evidenceId);
    return query.step() ? query.blob(0) : QByteArray();
}

QByteArray EvidenceStore::data(qint64 evidenceId) const
{
    return column(evidenceId, "SELECT data FROM evidence WHERE id = ?");
}

QByteArray EvidenceStore::original(qint64 evidenceId) const
{
    return column(evidenceId, "SELECT original FROM evidence WHERE id = ?");
}

void EvidenceStore::add(qint64 sessionId, Evidence &evidence, const QByteArray &data,
                        const QByteArray &original)
{
    Transaction transaction(m_db);
    if (evidence.id == 0) { // a new one comes last; one taken back returns to its place
        Statement last(m_db, "SELECT COALESCE(MAX(position), -1) + 1 FROM evidence WHERE "
                             "session_id = ? AND activity = ?");
        last.bind(1, sessionId).bind(2, evidence.activity);
        evidence.position = last.step() ? int(last.integer(0)) : 0;
    }
    evidence.size = data.size();
    evidence.hasOriginal = !original.isEmpty();
    Statement insert(m_db, "INSERT INTO evidence (session_id, activity, position, file_name, "
                           "media_type, caption, width, height, size, added_at_ms, thumbnail, "
                           "data, original, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bindOptional(14, evidence.id); // 0: a new id
    insert.bind(1, sessionId)
        .bind(2, evidence.activity)
        .bind(3, evidence.position)
        .bind(4, evidence.fileName)
        .bind(5, evidence.mediaType)
        .bind(6, evidence.caption)
        .bind(7, evidence.width)
        .bind(8, evidence.height)
        .bind(9, evidence.size)
        .bind(10, evidence.addedAtMs);
    if (evidence.thumbnail.isEmpty())
        insert.bindNull(11);
    else
        insert.bindBlob(11, evidence.thumbnail);
    insert.bindBlob(12, data);
    if (original.isEmpty())
        insert.bindNull(13);
    else
        insert.bindBlob(13, original);
    insert.run();
    if (evidence.id == 0)
        evidence.id = m_db.lastInsertId();
    setSchools(evidence.id, evidence.schoolIds);
    transaction.commit();
}

void EvidenceStore::setSchools(qint64 evidenceId, const QVector<qint64> &schoolIds)
{
    Transaction transaction(m_db);
    Statement clear(m_db, "DELETE FROM evidence_school WHERE evidence_id = ?");
    clear.bind(1, evidenceId).run();
    Statement insert(m_db, "INSERT OR IGNORE INTO evidence_school (evidence_id, school_id) "
                           "VALUES (?, ?)");
    for (qint64 schoolId : schoolIds) {
        insert.bind(1, evidenceId).bind(2, schoolId).run();
        insert.reset();
    }
    transaction.commit();
}

void EvidenceStore::setCaption(qint64 evidenceId, const QString &caption)
{
    Statement update(m_db, "UPDATE evidence SET caption = ? WHERE id = ?");
    update.bind(1, caption).bind(2, evidenceId).run();
}

void EvidenceStore::remove(qint64 evidenceId)
{
    Statement remove(m_db, "DELETE FROM evidence WHERE id = ?");
    remove.bind(1, evidenceId).run();
}

} // namespace fcte
