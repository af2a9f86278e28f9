#pragma once

#include "core/session/ZoneRecords.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace fcte {

// The zone's shared store: a PostgreSQL many supervisors publish to and any reporting tool can
// read (docs/zone-database.md). Connected through libpq, which reads the URL itself
// ("postgresql://user@host/db?sslmode=require": TLS when it asks for it, never dropped), and
// finds a password the URL leaves out in PGPASSWORD or ~/.pgpass: this program stores none.
// The schema is created and migrated here, under a lock, by the first connection that needs it.
// One connection, one thread.
class ZoneDatabase {
public:
    // password: when the URL and the environment give none (a dialog asked for it).
    explicit ZoneDatabase(const QString &url, const QString &password = QString());
    ~ZoneDatabase();
    ZoneDatabase(const ZoneDatabase &) = delete;
    ZoneDatabase &operator=(const ZoneDatabase &) = delete;

    enum class Access {
        Publish, // creates or migrates the schema when it has to
        Read,    // creates nothing (a reporting role may only read); no schema yet: nothing there
    };
    // Connects (and, to publish, brings the schema to this program's version); false, with
    // error(), when the server is not there, refuses the password, or has a newer schema than
    // this program knows.
    bool open(Access access = Access::Publish);
    // Still connected: a failed publication on a live connection leaves the next one possible.
    bool isConnected() const;
    // The last failure, in Spanish; never the password.
    const QString &error() const { return m_error; }

    enum class Published {
        Added,     // the session was not there
        Replaced,  // a copy with an earlier change was there: this one took its place
        Unchanged, // the same content was there already (publishing twice changes nothing)
        Older,     // a copy with a later change was there: kept, this one left out
        Failed,    // nothing written (error())
    };
    // One session in one transaction: all of it or nothing.
    Published publish(const ZoneSession &session);
    // Every session published, by date; nothing when reading failed (error()).
    std::optional<QVector<ZoneSession>> read();

    // The URL as it may be shown: its password, if it holds one, replaced by "***".
    static QString shown(const QString &url);
    // The password a URL holds (decoded), and the URL without it (to keep it).
    static QString passwordOf(const QString &url);
    static QString withoutPassword(const QString &url);
    // The schema version this program writes.
    static constexpr int SchemaVersion = 1;

private:
    struct Connection;
    bool migrate();
    // The schema's version (0: none yet), or -1 when it could not be read.
    int schemaVersion();
    QString m_url;
    QString m_password;
    QString m_error;
    std::unique_ptr<Connection> m_connection;
    bool m_nothingPublished = false; // opened to read a store without the schema
};

} // namespace fcte
