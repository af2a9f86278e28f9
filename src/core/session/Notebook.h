#pragma once

#include "core/guide/GuideLoader.h"
#include "core/model/Records.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QObject;

namespace fcte {

class Bitacora;
class Clock;
class CommitSyncer;
class Database;
class SessionRunner;
class SessionTimer;
class Guide;
struct Stores;

// The whole bitácora file, the "Cuaderno de Bitácora": every session in it. What works before a
// session is open (the start screen, the session dialog) or on the file as a whole (opening,
// backups, the jobs that export it) reaches the file through here; one session's work goes
// through the Bitacora this makes for it. The windows never see the store underneath: they hand
// database() on to the jobs and exporters as an opaque reference.
class Notebook {
public:
    // A notebook with no file yet: open() it.
    Notebook();
    // Over a database opened and owned by the caller (the command line's, a test's).
    explicit Notebook(Database &db);
    ~Notebook();
    Notebook(const Notebook &) = delete;
    Notebook &operator=(const Notebook &) = delete;

    // Where the bitácora lives when none is named (the user's data folder).
    static QString defaultPath();

    enum class Access {
        Write,
        // The window's: a file marked read-only opens to be read and exported, never written
        // (the window says so).
        WriteOrRead,
        // Exports only read: a bitácora on a read-only folder or medium exports as well.
        Read,
    };
    // Throws StoreError; isDamage() for a damaged file.
    void open(const QString &path, Access access);
    void close();
    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    // Values damaged inside a sound file (DamageScan), named in Spanish; at most a hundred.
    QStringList damagedValues();

    QVector<SessionInfo> sessions() const;
    std::optional<SessionInfo> session(qint64 id) const;
    QVector<School> schools(qint64 sessionId) const;
    QVector<Participant> participants(qint64 sessionId) const;
    qint64 lastOpenedSession() const;
    // 0 when the file has no demonstration session.
    qint64 demoSession() const;
    void markOpened(qint64 sessionId);
    // The guide the session runs, as kept with it.
    GuideLoadResult sessionGuide(qint64 sessionId);

    // A new session (info.id 0), run with `guide`, kept whole with it; or an edited one. The
    // session, its guide and its roster are written in one transaction: a failure leaves the
    // file as it was. Returns the session's id; throws StoreError.
    qint64 saveSession(const SessionInfo &info, const Guide &guide, RosterEdit &roster);
    // March: a session that reviews the commitments of an earlier one. Throws StoreError.
    qint64 createFollowUp(qint64 earlierSessionId);

    // One session's services over this file, owned by `parent`.
    Bitacora *makeBitacora(qint64 sessionId, QObject *parent) const;
    SessionRunner *makeRunner(const Guide &guide, qint64 sessionId, QObject *parent) const;
    SessionTimer *makeTimer(const Guide &guide, const Clock &clock, qint64 sessionId,
                            QObject *parent) const;
    // Keeps the window's commits off the disk's wait while it lives (see CommitSyncer).
    CommitSyncer *makeCommitSyncer(QObject *parent) const;

    // While an import's job writes its whole archive in one transaction, the window's own writes
    // wait for it (patient) instead of failing after two seconds.
    void setPatientWrites(bool patient);

    // For the jobs and exports that read the file itself (core/export takes it).
    Database &database() const { return m_db; }

private:
    std::unique_ptr<Database> m_owned;
    Database &m_db;
    std::unique_ptr<Stores> m_stores;
};

} // namespace fcte
