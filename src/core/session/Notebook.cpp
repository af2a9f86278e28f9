#include "core/session/Notebook.h"

#include "core/model/StoreError.h"
#include "core/session/Bitacora.h"
#include "core/session/CommitSyncer.h"
#include "core/session/DamageScan.h"
#include "core/session/FollowUp.h"
#include "core/session/SessionGuide.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"
#include "core/store/Database.h"
#include "core/store/Stores.h"

#include <sqlite3.h>

namespace fcte {

Notebook::Notebook()
    : m_owned(std::make_unique<Database>())
    , m_db(*m_owned)
    , m_stores(std::make_unique<Stores>(m_db))
{}

Notebook::Notebook(Database &db)
    : m_db(db)
    , m_stores(std::make_unique<Stores>(m_db))
{}

Notebook::~Notebook() = default;

QString Notebook::defaultPath()
{
    return Database::defaultPath();
}

void Notebook::open(const QString &path, Access access)
{
    if (access == Access::Read) {
        m_db.open(path, Database::Mode::ReadOnly);
        return;
    }
    try {
        m_db.open(path);
    } catch (const StoreError &error) {
        if (access == Access::Write || (error.sqliteCode() & 0xff) != SQLITE_READONLY)
            throw;
        try {
            m_db.open(path, Database::Mode::ReadOnly);
        } catch (const StoreError &readError) {
            // A file marked read-only is never moved aside as damaged and replaced: it is told,
            // and left as it is.
            throw StoreError(readError.message(), SQLITE_READONLY);
        }
    }
}

void Notebook::close()
{
    m_db.close();
}

bool Notebook::isOpen() const
{
    return m_db.isOpen();
}

bool Notebook::isReadOnly() const
{
    return m_db.isReadOnly();
}

QString Notebook::path() const
{
    return m_db.path();
}

void Notebook::setPatientWrites(bool patient)
{
    // A large archive with photos takes seconds to write; a minute is far beyond any.
    m_db.setBusyPatience(patient ? 60000 : Database::DefaultBusyPatienceMs);
}

QStringList Notebook::damagedValues()
{
    return DamageScan::damagedValues(m_db);
}

QVector<SessionInfo> Notebook::sessions() const
{
    return m_stores->sessions.sessions();
}

std::optional<SessionInfo> Notebook::session(qint64 id) const
{
    return m_stores->sessions.session(id);
}

QVector<School> Notebook::schools(qint64 sessionId) const
{
    return m_stores->sessions.schools(sessionId);
}

QVector<Participant> Notebook::participants(qint64 sessionId) const
{
    return m_stores->sessions.participants(sessionId);
}

qint64 Notebook::lastOpenedSession() const
{
    return m_stores->sessions.lastOpenedSession();
}

qint64 Notebook::demoSession() const
{
    return m_stores->sessions.demoSession();
}

void Notebook::markOpened(qint64 sessionId)
{
    m_stores->sessions.markOpened(sessionId);
}

GuideLoadResult Notebook::sessionGuide(qint64 sessionId)
{
    return SessionGuide::load(m_stores->sessions, sessionId);
}

qint64 Notebook::saveSession(const SessionInfo &info, const Guide &guide, RosterEdit &roster)
{
    SessionStore &sessions = m_stores->sessions;
    Transaction transaction(m_db);
    qint64 id = info.id;
    if (id == 0) {
        id = sessions.createSession(info);
        SessionGuide::keep(sessions, id, guide); // the guide it runs, kept whole
    } else {
        sessions.updateSession(info);
    }
    sessions.saveRoster(id, roster);
    transaction.commit();
    return id;
}

qint64 Notebook::createFollowUp(qint64 earlierSessionId)
{
    return FollowUp::create(m_db, earlierSessionId);
}

Bitacora *Notebook::makeBitacora(qint64 sessionId, QObject *parent) const
{
    return new Bitacora(m_stores->sessions, m_stores->sheets, sessionId, parent);
}

SessionRunner *Notebook::makeRunner(const Guide &guide, qint64 sessionId, QObject *parent) const
{
    return new SessionRunner(guide, m_stores->sessions, sessionId, parent);
}

SessionTimer *Notebook::makeTimer(const Guide &guide, const Clock &clock, qint64 sessionId,
                                  QObject *parent) const
{
    return new SessionTimer(guide, m_stores->sessions, m_stores->timing, clock, sessionId, parent);
}

CommitSyncer *Notebook::makeCommitSyncer(QObject *parent) const
{
    return new CommitSyncer(m_db, parent);
}

} // namespace fcte
