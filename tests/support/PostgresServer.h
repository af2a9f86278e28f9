#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fcte::test {

// A PostgreSQL of the test's own (Debian's postgresql-15): initdb and pg_ctl in a temporary
// folder, as nobody when the test runs as root (the server refuses root), listening only on a
// Unix socket in that folder; a user "zona" with a password. Stopped when it goes.
class PostgresServer {
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // "postgresql://zona:<password>@/zona?host=<folder>"; another password for a refusal.
    QString url(const QString &password = QString()) const;
    // The same server over TCP on the loopback, with extra URL parameters ("sslmode=require").
    QString tcpUrl(const QString &parameters) const;
    // With the characters a URL must encode: a password shown or kept by mistake is found.
    static QString password() { return QStringLiteral("clave de@la/zona%100"); }
    // Stops it at once, as a power cut or a cable pulled would (no clean shutdown), and starts
    // it again: what was committed is there, what was not is not.
    void stop();
    void start();
    // Runs SQL as the zone's user through psql; its output (unaligned, tuples only).
    QString query(const QString &sql) const;
    // A psql of its own, connected and reading statements from its standard input (a session
    // that holds a lock while the test does something else).
    std::unique_ptr<QProcess> openSession() const;

private:
    QStringList psqlArguments(const QString &database) const;
    QString run(const QString &program, const QStringList &arguments) const;
    QTemporaryDir m_folder;
    QString m_data;
    bool m_running = false;
    int m_port = 0; // a loopback port free when the server was made
};

} // namespace fcte::test
