#include "PostgresServer.h"
#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/session/ZoneFigures.h"
#include "core/session/ZoneRecords.h"
#include "core/store/Database.h"
#include "core/zone/ZoneDatabase.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace fcte;
using Run = test::ProgramRun;

namespace {

Run run(const QStringList &arguments)
{
    return test::runProgram(arguments);
}

// count school archives in folder: the demo's session, each copy a session of its own (its
// identifier) with schools of their own (their CCTs).
void writeArchives(const QString &folder, int count)
{
    REQUIRE(QDir().mkpath(folder));
    test::TempBitacora temp;
    QString archive;
    {
        Database db;
        db.open(temp.path());
        archive = QString::fromUtf8(BitacoraArchive::exportSession(db, DemoSession::create(db)));
    }
    const QString uid =
        QRegularExpression(QStringLiteral("\"uid\": \"([^\"]+)\"")).match(archive).captured(1);
    REQUIRE_FALSE(uid.isEmpty());
    const QStringList ccts{QStringLiteral("09DPR1234X"), QStringLiteral("09DPR5678M"),
                           QStringLiteral("09DPR9012Q")};
    for (int i = 0; i < count; ++i) {
        QString copy = archive;
        copy.replace(uid, uid + QStringLiteral("-%1").arg(i));
        for (int k = 0; k < ccts.size(); ++k)
            copy.replace(ccts.at(k), QStringLiteral("15EPR%1%2")
                                         .arg(i * 3 + k, 4, 10, QLatin1Char('0'))
                                         .arg(QChar(u'A' + k)));
        test::writeFile(
            QStringLiteral("%1/escuela-%2.json").arg(folder).arg(i, 3, 10, QLatin1Char('0')),
            copy.toUtf8());
    }
}

// A zone of count archives gathered into a local bitácora.
struct LocalZone {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("zona.sqlite"));
    explicit LocalZone(int count)
    {
        const QString folder = dir.filePath(QStringLiteral("archivos"));
        writeArchives(folder, count);
        const Run gathered = run({QStringLiteral("--db"), db, QStringLiteral("--gather"), folder});
        INFO(gathered.err.toStdString());
        REQUIRE(gathered.exitCode == 0);
    }
    QVector<ZoneSession> records() const
    {
        Database database;
        database.open(db);
        return ZoneRecords::read(database);
    }
};

// Each store gives its sessions in an order of its own: compared by identifier.
QVector<ZoneSession> byUid(QVector<ZoneSession> sessions)
{
    std::sort(sessions.begin(), sessions.end(),
              [](const ZoneSession &a, const ZoneSession &b) { return a.uid < b.uid; });
    return sessions;
}

QVector<ZoneSession> published(const test::PostgresServer &server)
{
    ZoneDatabase zone(server.url());
    REQUIRE(zone.open());
    const auto read = zone.read();
    REQUIRE(read);
    return *read;
}

} // namespace

TEST_CASE("Publishing 200 school archives to the zone's PostgreSQL twice gives each row once, and "
          "the figures, views and report from it equal the local zone's")
{
    test::PostgresServer server;
    const LocalZone local(200);
    const QStringList publish{QStringLiteral("--db"), local.db, QStringLiteral("--publish"),
                              server.url()};
    const Run first = run(publish);
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("200 nuevas, 0 reemplazadas, 0 sin cambios")));
    const QString encoded =
        QString::fromLatin1(QUrl::toPercentEncoding(test::PostgresServer::password()));
    CHECK_FALSE(QString(first.out + first.err).contains(test::PostgresServer::password()));
    CHECK_FALSE(QString(first.out + first.err).contains(encoded));
    const Run second = run(publish);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("0 nuevas, 0 reemplazadas, 200 sin cambios")));

    const QVector<ZoneSession> records = local.records();
    int commitments = 0;
    for (const ZoneSession &session : records)
        for (const ZoneSchool &school : session.schools)
            commitments += school.commitments.size();
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM zone_session")) ==
          QStringLiteral("200"));
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM zone_school")) ==
          QStringLiteral("600"));
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM zone_commitment")) ==
          QString::number(commitments));
    CHECK(byUid(published(server)) == byUid(records));

    const QDate today(2027, 4, 1);
    const ZoneFigures figures = ZoneFigures::of(records, today);
    CHECK(ZoneFigures::of(published(server), today) == figures);
    // The views a state's own reporting tool reads say the same.
    CHECK(server.query(QStringLiteral("SELECT sum(commitments) FROM zone_commitments_by_state "
                                      "WHERE state = 'pendiente'")) ==
          QString::number(figures.byState[std::size_t(Review::State::Pending)]));
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM zone_schools_without_follow_up")) ==
          QString::number(figures.withoutFollowUp.size()));

    const QString fromLocal = local.dir.filePath(QStringLiteral("local.csv"));
    const QString fromServer = local.dir.filePath(QStringLiteral("servidor.csv"));
    REQUIRE(run({QStringLiteral("--db"), local.db, QStringLiteral("--zone-report"), fromLocal})
                .exitCode == 0);
    const Run remote = run(
        {QStringLiteral("--zone-from"), server.url(), QStringLiteral("--zone-report"), fromServer});
    INFO(remote.err.toStdString());
    REQUIRE(remote.exitCode == 0);
    CHECK(test::readFile(fromServer) == test::readFile(fromLocal));
}

TEST_CASE("Four publishers at once into an empty zone store: each session once, no deadlock")
{
    test::PostgresServer server;
    const LocalZone local(60);
    std::vector<std::unique_ptr<QProcess>> publishers;
    for (int i = 0; i < 4; ++i) {
        publishers.push_back(std::make_unique<QProcess>());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        publishers.back()->setProcessEnvironment(environment);
        publishers.back()->start(
            QStringLiteral(FCTE_BINARY),
            {QStringLiteral("--db"), local.db, QStringLiteral("--publish"), server.url()});
    }
    int added = 0;
    for (auto &publisher : publishers) {
        REQUIRE(publisher->waitForFinished(120000));
        const QString out = QString::fromUtf8(publisher->readAllStandardOutput());
        INFO(out.toStdString() << publisher->readAllStandardError().toStdString());
        CHECK(publisher->exitCode() == 0);
        const QRegularExpressionMatch counts =
            QRegularExpression(QStringLiteral(": (\\d+) nuevas")).match(out);
        REQUIRE(counts.hasMatch());
        added += counts.captured(1).toInt();
    }
    CHECK(added == 60);
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM zone_session")) ==
          QStringLiteral("60"));
    CHECK(byUid(published(server)) == byUid(local.records()));
}

TEST_CASE("A zone store that is down, refuses the password, lacks TLS or is newer is told "
          "plainly, never with the password, and the local bitácora stays as it was")
{
    test::PostgresServer server;
    const LocalZone local(3);
    const QByteArray before = test::readFile(local.db);
    const auto publishTo = [&local](const QString &url) {
        return run({QStringLiteral("--db"), local.db, QStringLiteral("--publish"), url});
    };
    const Run wrong = publishTo(server.url(QStringLiteral("no-es-la-clave")));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("no aceptó el usuario o la contraseña")));
    CHECK_FALSE(QString(wrong.out + wrong.err).contains(QStringLiteral("no-es-la-clave")));
    CHECK(wrong.err.contains(QStringLiteral("zona:***@")));

    // TLS asked for and not offered: refused, never sent in the clear (sockets have no TLS).
    const Run tls = publishTo(server.tcpUrl(QStringLiteral("sslmode=require")));
    CHECK(tls.exitCode == 1);
    CHECK(tls.err.contains(QStringLiteral("cifrada")));
    CHECK(publishTo(server.tcpUrl(QStringLiteral("sslmode=disable"))).exitCode == 0);

    REQUIRE(publishTo(server.url()).exitCode == 0);
    server.query(QStringLiteral("UPDATE fcte_zone_schema SET version = 99"));
    const Run newer = publishTo(server.url());
    CHECK(newer.exitCode == 1);
    CHECK(newer.err.contains(QStringLiteral("versión más nueva")));
    server.query(QStringLiteral("UPDATE fcte_zone_schema SET version = 1"));

    server.stop();
    const Run down = publishTo(server.url());
    CHECK(down.exitCode == 1);
    CHECK(down.err.contains(QStringLiteral("no responde")));
    CHECK(test::readFile(local.db) == before);
    server.start();
}

TEST_CASE("A network cut in the middle of a publication leaves every session in the zone store "
          "whole or absent, and says so")
{
    test::PostgresServer server;
    const LocalZone local(12);
    const QVector<ZoneSession> records = local.records();
    REQUIRE(published(server).isEmpty()); // the schema is made
    // The sixth session's first commitment waits for a lock another session holds: the
    // publisher is then in the middle of its transaction, the session and its schools written,
    // when the server goes away.
    server.query(
        QStringLiteral(
            "CREATE FUNCTION wait_for_the_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.session_uid = '%1' THEN PERFORM pg_advisory_lock(424242); END IF; "
            "RETURN NEW; END $$; CREATE TRIGGER wait_for_the_test BEFORE INSERT ON zone_commitment "
            "FOR EACH ROW EXECUTE FUNCTION wait_for_the_test()")
            .arg(records.at(5).uid));
    const std::unique_ptr<QProcess> holder = server.openSession();
    holder->write("SELECT 'tomado', pg_advisory_lock(424242);\n");
    QByteArray held;
    while (!held.contains("tomado") && holder->waitForReadyRead(30000))
        held += holder->readAllStandardOutput();
    REQUIRE(held.contains("tomado"));

    QProcess publisher;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    publisher.setProcessEnvironment(environment);
    publisher.start(QStringLiteral(FCTE_BINARY),
                    {QStringLiteral("--db"), local.db, QStringLiteral("--publish"), server.url()});
    QByteArray out;
    while (out.count("Publicada") < 5 && publisher.waitForReadyRead(30000))
        out += publisher.readAllStandardOutput();
    REQUIRE(out.count("Publicada") == 5);
    server.stop();
    REQUIRE(publisher.waitForFinished(60000));
    out += publisher.readAllStandardOutput();
    const QString err = QString::fromUtf8(publisher.readAllStandardError());
    INFO(out.toStdString() << err.toStdString());
    CHECK(publisher.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("no se escribió nada de ella")));
    CHECK(out.contains("5 nuevas"));
    CHECK(out.contains("1 fallidas"));

    server.start();
    const QVector<ZoneSession> stored = published(server);
    CHECK(byUid(stored) == byUid(records.mid(0, 5))); // the five whole, nothing of the sixth
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM zone_school WHERE session_uid = '%1'")
                           .arg(records.at(5).uid)) == QStringLiteral("0"));
}

TEST_CASE("A URL's password, however it is written, is never shown nor kept")
{
    CHECK(ZoneDatabase::shown(QStringLiteral("postgresql://ana:se%40creto@servidor/zona")) ==
          QStringLiteral("postgresql://ana:***@servidor/zona"));
    CHECK(ZoneDatabase::passwordOf(QStringLiteral("postgresql://ana:se%40creto@servidor/zona")) ==
          QStringLiteral("se@creto"));
    CHECK(ZoneDatabase::shown(QStringLiteral("postgresql://servidor/zona?user=ana&password=x1y2"
                                             "&sslmode=require")) ==
          QStringLiteral("postgresql://servidor/zona?user=ana&password=***&sslmode=require"));
    CHECK(ZoneDatabase::withoutPassword(
              QStringLiteral("postgresql://servidor/zona?password=x1y2&sslmode=require")) ==
          QStringLiteral("postgresql://servidor/zona?sslmode=require"));
    CHECK(ZoneDatabase::withoutPassword(
              QStringLiteral("postgresql://ana:se%40creto@servidor/zona")) ==
          QStringLiteral("postgresql://ana@servidor/zona"));
    CHECK(ZoneDatabase::shown(QStringLiteral("host=servidor password='con espacio' dbname=zona")) ==
          QStringLiteral("host=servidor password=*** dbname=zona"));
    CHECK(ZoneDatabase::passwordOf(QStringLiteral("host=servidor password='con espacio'")) ==
          QStringLiteral("con espacio"));
    CHECK(ZoneDatabase::withoutPassword(QStringLiteral("host=servidor password=x dbname=zona")) ==
          QStringLiteral("host=servidor dbname=zona"));
}

TEST_CASE("The zone's figures do not depend on the order sessions were published in: a school in "
          "two sessions of the same day is read the same from both stores")
{
    test::PostgresServer server;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("archivos"));
    writeArchives(folder, 6);
    // The first school's archive sent again as another session of the same day, its problem
    // and attendance told differently: which one is the school's latest is decided by the
    // sessions' own order, not by the order they arrived in.
    QString again = QString::fromUtf8(test::readFile(folder + QStringLiteral("/escuela-000.json")));
    const QString uid =
        QRegularExpression(QStringLiteral("\"uid\": \"([^\"]+)\"")).match(again).captured(1);
    again.replace(uid, uid + QStringLiteral("-bis"));
    again.replace(QStringLiteral("Bajo nivel de comprensión lectora"),
                  QStringLiteral("Otra lectura del mismo problema"));
    test::writeFile(folder + QStringLiteral("/escuela-bis.json"), again.toUtf8());
    const QString db = dir.filePath(QStringLiteral("zona.sqlite"));
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("--gather"), folder}).exitCode == 0);
    QVector<ZoneSession> records;
    {
        Database database;
        database.open(db);
        records = ZoneRecords::read(database);
    }
    REQUIRE(records.size() == 7);
    {
        ZoneDatabase zone(server.url());
        REQUIRE(zone.open());
        for (auto session = records.crbegin(); session != records.crend(); ++session)
            REQUIRE(zone.publish(*session) == ZoneDatabase::Published::Added);
    }
    const QDate today(2027, 4, 1);
    QVector<ZoneSession> shuffled = records;
    std::reverse(shuffled.begin(), shuffled.end());
    CHECK(ZoneFigures::of(shuffled, today) == ZoneFigures::of(records, today));
    CHECK(ZoneFigures::of(published(server), today) == ZoneFigures::of(records, today));
}

TEST_CASE("An archive from a newer format or a damaged one is refused with its reason and never "
          "reaches the zone store, and the archive file is left as it was")
{
    test::PostgresServer server;
    const LocalZone local(2);
    REQUIRE(run({QStringLiteral("--db"), local.db, QStringLiteral("--publish"), server.url()})
                .exitCode == 0);
    const QString folder = local.dir.filePath(QStringLiteral("llegadas"));
    writeArchives(folder, 1);
    QString newer = QString::fromUtf8(test::readFile(folder + QStringLiteral("/escuela-000.json")));
    newer.replace(QStringLiteral("\"version\": 2"), QStringLiteral("\"version\": 99"));
    newer.replace(QStringLiteral("-0\""), QStringLiteral("-nueva\""));
    test::writeFile(folder + QStringLiteral("/nueva.json"), newer.toUtf8());
    const QByteArray whole = test::readFile(folder + QStringLiteral("/escuela-000.json"));
    test::writeFile(folder + QStringLiteral("/escuela-000.json"), whole.left(whole.size() / 2));
    const QByteArray damaged = test::readFile(folder + QStringLiteral("/escuela-000.json"));

    const Run gathered = run({QStringLiteral("--db"), local.db, QStringLiteral("--gather"), folder,
                              QStringLiteral("--publish"), server.url()});
    INFO(gathered.out.toStdString() << gathered.err.toStdString());
    CHECK(gathered.exitCode == 1);
    CHECK(gathered.err.contains(QStringLiteral("Rechazada: ") + folder +
                                QStringLiteral("/nueva.json: ")));
    CHECK(gathered.err.contains(QStringLiteral("versión")));
    CHECK(gathered.err.contains(QStringLiteral("Rechazada: ") + folder +
                                QStringLiteral("/escuela-000.json: ")));
    CHECK(gathered.out.contains(QStringLiteral("0 nuevas, 0 reemplazadas, 2 sin cambios")));
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM zone_session")) == QStringLiteral("2"));
    CHECK(test::readFile(folder + QStringLiteral("/escuela-000.json")) == damaged);
}
