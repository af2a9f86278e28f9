#include "PostgresServer.h"

#include <QFile>
#include <QProcess>
#include <QUrl>
#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fcte::test {
namespace {

const QString Bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
constexpr uid_t Nobody = 65534;
constexpr gid_t NoGroup = 65534;

// A loopback port nobody listens on now (the kernel's choice).
int freePort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(probe >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    ::close(probe);
    return ntohs(address.sin_port);
}

} // namespace

QString PostgresServer::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_folder.path());
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                  QStringLiteral("--"), Bin + program} +
                          arguments);
    else
        process.start(Bin + program, arguments);
    REQUIRE(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return output;
}

PostgresServer::PostgresServer()
{
    REQUIRE(m_folder.isValid());
    m_port = freePort();
    m_data = m_folder.filePath(QStringLiteral("datos"));
    const QString passwordFile = m_folder.filePath(QStringLiteral("clave"));
    {
        QFile file(passwordFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(password().toUtf8() + '\n');
    }
    if (geteuid() == 0) { // the server runs as nobody: its folder is nobody's
        REQUIRE(::chmod(QFile::encodeName(m_folder.path()).constData(), 0755) == 0);
        REQUIRE(::chown(QFile::encodeName(m_folder.path()).constData(), Nobody, NoGroup) == 0);
        REQUIRE(::chown(QFile::encodeName(passwordFile).constData(), Nobody, NoGroup) == 0);
    }
    run(QStringLiteral("initdb"),
        {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("zona"),
         QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("-A"),
         QStringLiteral("scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
    start();
    try {
        query(QStringLiteral("CREATE DATABASE zona"));
    } catch (...) { // a failed REQUIRE: the server is stopped all the same
        stop();
        throw;
    }
}

PostgresServer::~PostgresServer()
{
    if (m_running) {
        QProcess::execute(
            geteuid() == 0 ? QStringLiteral("runuser") : Bin + QStringLiteral("pg_ctl"),
            (geteuid() == 0 ? QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                          QStringLiteral("--"), Bin + QStringLiteral("pg_ctl")}
                            : QStringList{}) +
                QStringList{QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                            QStringLiteral("immediate"), QStringLiteral("-w"),
                            QStringLiteral("stop")});
    }
}

void PostgresServer::start()
{
    // The socket in our folder and a loopback port, and no fsync: a test's data need not
    // survive the machine.
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_data, QStringLiteral("-l"),
         m_folder.filePath(QStringLiteral("registro.log")), QStringLiteral("-o"),
         QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                        "-c max_connections=40")
             .arg(m_folder.path())
             .arg(m_port),
         QStringLiteral("-w"), QStringLiteral("start")});
    m_running = true;
}

void PostgresServer::stop()
{
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
         QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

QString PostgresServer::url(const QString &password) const
{
    const QString given = password.isEmpty() ? PostgresServer::password() : password;
    return QStringLiteral("postgresql://zona:%1@/zona?host=%2&port=%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(given)), m_folder.path(),
             QString::number(m_port));
}

QString PostgresServer::tcpUrl(const QString &parameters) const
{
    return QStringLiteral("postgresql://zona:%1@127.0.0.1:%2/zona?%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(password())), QString::number(m_port),
             parameters);
}

QStringList PostgresServer::psqlArguments(const QString &database) const
{
    return {QStringLiteral("-h"), m_folder.path(),
            QStringLiteral("-p"), QString::number(m_port),
            QStringLiteral("-U"), QStringLiteral("zona"),
            QStringLiteral("-d"), database,
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-At")};
}

namespace {

void givePassword(QProcess &psql)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), PostgresServer::password());
    psql.setProcessEnvironment(environment);
}

} // namespace

QString PostgresServer::query(const QString &sql) const
{
    QProcess psql;
    givePassword(psql);
    const bool creating = sql.startsWith(QLatin1String("CREATE DATABASE"));
    psql.start(Bin + QStringLiteral("psql"),
               psqlArguments(creating ? QStringLiteral("postgres") : QStringLiteral("zona")) +
                   QStringList{QStringLiteral("-c"), sql});
    REQUIRE(psql.waitForFinished(60000));
    INFO(psql.readAllStandardError().toStdString());
    REQUIRE(psql.exitCode() == 0);
    return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
}

std::unique_ptr<QProcess> PostgresServer::openSession() const
{
    auto psql = std::make_unique<QProcess>();
    givePassword(*psql);
    psql->start(Bin + QStringLiteral("psql"), psqlArguments(QStringLiteral("zona")));
    REQUIRE(psql->waitForStarted(30000));
    return psql;
}

} // namespace fcte::test
