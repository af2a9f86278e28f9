#include "participation/ParticipationServer.h"
#include "TestSupport.h"
#include "export/BitacoraArchive.h"
#include "participation/ParticipationState.h"
#include "store/Database.h"
#include "store/SessionStore.h"
#include "store/SheetStore.h"
#include "store/SubmissionStore.h"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fcte;
using nlohmann::json;

namespace {

struct ServerFixture {
    test::TempBitacora temp;
    Database db;
    qint64 sessionId = 0;
    std::unique_ptr<ParticipationServer> server;

    explicit ServerFixture(const ParticipationLimits &limits = {})
    {
        db.open(temp.path());
        sessionId = test::createSession(db);
        server = std::make_unique<ParticipationServer>(temp.path(), sessionId, limits);
        REQUIRE(server->start(QStringLiteral("127.0.0.1")));
        // Activity 14 (commitments) is the current one.
        const ParticipationState state = ParticipationState::build(
            test::shippedGuide(), 14, QStringLiteral("Sesión"), {}, {}, {});
        server->setState(state.json, state.open);
    }
    httplib::Client client() const
    {
        httplib::Client c("127.0.0.1", server->port());
        c.set_read_timeout(10, 0);
        return c;
    }
    std::string path(const char *tail) const
    {
        return "/p/" + server->token().toStdString() + "/" + tail;
    }
    json commitment(const char *clientId) const
    {
        return {{"device", "telefono-0001"},
                {"clientId", clientId},
                {"activity", 14},
                {"kind", "commitments"},
                {"name", "Ana Núñez"},
                {"school", 0},
                {"studentsNeed", "Comprender lo que leen"},
                {"actions", "Lectura diaria de 20 minutos"}};
    }
    httplib::Result post(const json &body) const
    {
        return client().Post(path("api/submit"), body.dump(), "application/json");
    }
};

// A raw connection, to send what no well-behaved client would. from: the local address.
int connectRaw(int port, const char *from = "127.0.0.1")
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, from, &local.sin_addr);
    REQUIRE(bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) == 0);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(quint16(port));
    inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    REQUIRE(connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) == 0);
    return fd;
}

// What the server answers on a raw connection, until it closes it (or timeoutMs passes).
std::string readUntilClosed(int fd, int timeoutMs)
{
    std::string received;
    char buffer[4096];
    pollfd wait{fd, POLLIN, 0};
    while (poll(&wait, 1, timeoutMs) > 0) {
        const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return received;
        received.append(buffer, std::size_t(n));
    }
    return received + "[timeout]";
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

} // namespace

TEST_CASE("The phones' server serves its page, script, style and state only with the token")
{
    ServerFixture fixture;
    httplib::Client client = fixture.client();
    const auto page = client.Get(fixture.path(""));
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page->get_header_value("Content-Security-Policy").find("script-src 'self'") !=
          std::string::npos);
    CHECK(page->get_header_value("Cache-Control") == "no-store");
    CHECK(page->body.find("app.js") != std::string::npos);
    for (const char *asset : {"app.js", "style.css", "icon.svg"}) {
        const auto response = client.Get(fixture.path(asset));
        REQUIRE(response);
        CHECK(response->status == 200);
        CHECK_FALSE(response->body.empty());
    }
    const auto state = client.Get(fixture.path("api/state"));
    REQUIRE(state);
    REQUIRE(state->status == 200);
    const json root = json::parse(state->body);
    CHECK(root.at("form").at("kind") == "commitments");
    CHECK(root.at("form").at("fields").size() == 4);
    CHECK(root.at("form").at("fields").at(0).at("label") == "Mis alumnos requieren mejorar…");

    // A wrong or revoked token, and any other route, get nothing.
    const std::string wrong = "/p/0123456789abcdef0123456789abcdef/api/state";
    CHECK(client.Get(wrong)->status == 403);
    CHECK(client.Get("/")->status == 404);
    CHECK(client.Get("/p/" + fixture.server->token().toStdString() + "/../../etc/passwd")->status ==
          404);
    const std::string old = fixture.path("api/state");
    fixture.server->renewToken();
    CHECK(client.Get(old)->status == 403);
    CHECK(client.Get(fixture.path("api/state"))->status == 200);
    CHECK(fixture.server->token().size() == 32);
}

TEST_CASE("A submission is stored before the phone hears 'received', once even when resent")
{
    ServerFixture fixture;
    const auto sent = fixture.post(fixture.commitment("envio-0001"));
    REQUIRE(sent);
    CHECK(sent->status == 200);
    SubmissionStore store(fixture.db);
    QVector<Submission> pending = store.list(fixture.sessionId, Submission::State::Pending);
    REQUIRE(pending.size() == 1);
    CHECK(pending.at(0).typedName == QStringLiteral("Ana Núñez"));
    CHECK(pending.at(0).actions == QStringLiteral("Lectura diaria de 20 minutos"));
    CHECK(pending.at(0).activity == 14);
    // The answer was lost and the phone sends it again: still one.
    CHECK(fixture.post(fixture.commitment("envio-0001"))->status == 200);
    CHECK(store.list(fixture.sessionId).size() == 1);
}

TEST_CASE("Malformed or out-of-place submissions get a clear 4xx and store nothing")
{
    ParticipationLimits limits;
    limits.maxFieldChars = 100;
    ServerFixture fixture(limits);
    httplib::Client client = fixture.client();
    const auto bad = [&](const std::string &body, int status, const char *says) {
        const auto response = client.Post(fixture.path("api/submit"), body, "application/json");
        REQUIRE(response);
        INFO(body << " → " << response->body);
        CHECK(response->status == status);
        CHECK(QString::fromStdString(json::parse(response->body).at("error").get<std::string>())
                  .contains(QString::fromUtf8(says)));
    };
    bad("{nope", 400, "no es válida");
    bad("[1,2,3]", 400, "no es válida");
    json body = fixture.commitment("envio-0002");
    body["actions"] = std::string(101, 'x');
    bad(body.dump(), 400, "demasiado largo");
    body = fixture.commitment("envio-0003");
    body["activity"] = "catorce";
    bad(body.dump(), 400, "número");
    body = fixture.commitment("envio-0004");
    body["kind"] = "balance"; // the directors' balance is not the phones'
    bad(body.dump(), 400, "no recibe envíos");
    body = fixture.commitment("envio-0005");
    body["activity"] = 15; // not reached yet
    bad(body.dump(), 409, "ya no recibe");
    body = fixture.commitment("envio-0006");
    body.erase("name");
    bad(body.dump(), 400, "falta su nombre");
    body = fixture.commitment("x");
    bad(body.dump(), 400, "identificación");
    CHECK(SubmissionStore(fixture.db).list(fixture.sessionId).isEmpty());
}

TEST_CASE("A 100 MB body is refused before it is read, without the server's memory growing")
{
    ServerFixture fixture;
    const long before = residentKiB();
    const int fd = connectRaw(fixture.server->port());
    const std::string head = "POST " + fixture.path("api/submit") +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                             "Content-Length: 104857600\r\n\r\n";
    REQUIRE(send(fd, head.data(), head.size(), MSG_NOSIGNAL) == ssize_t(head.size()));
    const std::string chunk(64 * 1024, 'x');
    send(fd, chunk.data(), chunk.size(), MSG_NOSIGNAL); // may fail once the server has closed
    const std::string answer = readUntilClosed(fd, 10000);
    close(fd);
    CHECK(answer.rfind("HTTP/1.1 413", 0) == 0);
    CHECK(residentKiB() - before < 8 * 1024); // far from 100 MB
    CHECK(SubmissionStore(fixture.db).list(fixture.sessionId).isEmpty());
}

TEST_CASE("Too many requests from one device, or one device too many, are turned away")
{
    ParticipationLimits limits;
    limits.requestsPerDeviceMinute = 5;
    limits.maxDevices = 1;
    ServerFixture fixture(limits);
    httplib::Client client = fixture.client();
    for (int i = 0; i < 5; ++i)
        CHECK(client.Get(fixture.path("api/state"))->status == 200);
    const auto sixth = client.Get(fixture.path("api/state"));
    CHECK(sixth->status == 429);
    CHECK(sixth->body.find("espere") != std::string::npos);

    // Another address on the network, when the room is full.
    const int fd = connectRaw(fixture.server->port(), "127.0.0.2");
    const std::string request =
        "GET " + fixture.path("api/state") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    REQUIRE(send(fd, request.data(), request.size(), MSG_NOSIGNAL) == ssize_t(request.size()));
    const std::string answer = readUntilClosed(fd, 10000);
    close(fd);
    CHECK(answer.rfind("HTTP/1.1 429", 0) == 0);
    CHECK(answer.find("demasiados tel") != std::string::npos);
}

TEST_CASE("A slow or half-open connection is closed after the read timeout")
{
    ParticipationLimits limits;
    limits.readTimeout = std::chrono::seconds(1);
    ServerFixture fixture(limits);
    const int fd = connectRaw(fixture.server->port());
    const std::string half = "GET /p/"; // and then nothing more
    REQUIRE(send(fd, half.data(), half.size(), MSG_NOSIGNAL) == ssize_t(half.size()));
    const std::string answer = readUntilClosed(fd, 10000);
    close(fd);
    CHECK(answer.find("[timeout]") == std::string::npos); // the server closed it first
    // And the server still answers others.
    CHECK(fixture.client().Get(fixture.path("api/state"))->status == 200);
}

TEST_CASE("The server listens only while on")
{
    ServerFixture fixture;
    const int port = fixture.server->port();
    fixture.server->stop();
    CHECK_FALSE(fixture.server->isRunning());
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(2, 0);
    CHECK_FALSE(client.Get(fixture.path("api/state")));
}

TEST_CASE("A private note is the teacher's to send: marked so on the page, stored when sent")
{
    ServerFixture fixture;
    const ParticipationState state =
        ParticipationState::build(test::shippedGuide(), 8, QStringLiteral("Sesión"), {}, {}, {});
    fixture.server->setState(state.json, state.open);
    const json form = json::parse(state.json.toStdString()).at("form");
    CHECK(form.at("kind") == "individualNotes");
    CHECK(form.at("private") == true);
    CHECK(QString::fromStdString(form.at("prompt").get<std::string>())
              .contains(QStringLiteral("se queda en este teléfono")));
    json note = fixture.commitment("nota-0001");
    note["activity"] = 8;
    note["kind"] = "individualNotes";
    note["text"] = "Me cuesta la evaluación formativa";
    CHECK(fixture.post(note)->status == 200);
    const QVector<Submission> stored = SubmissionStore(fixture.db).list(fixture.sessionId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).kind == QStringLiteral("individualNotes"));
}

TEST_CASE("The JSON archive carries what phones sent, decided or not, and exports it again as is")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 sessionId = test::createSession(db);
    RosterEdit roster;
    roster.schools << test::primarySchool(QStringLiteral("Benito Juárez"),
                                          QStringLiteral("09DPR0001A"));
    Participant ana;
    ana.name = QStringLiteral("Ana Núñez");
    ana.role = QStringLiteral("docente");
    roster.members << RosterEdit::Member{ana, 0};
    SessionStore(db).saveRoster(sessionId, roster);
    const qint64 anaId = SessionStore(db).participants(sessionId).at(0).id;
    Commitment commitment;
    commitment.participantId = anaId;
    commitment.actions = QStringLiteral("Lectura diaria");
    SheetStore(db).addCommitment(sessionId, commitment);

    SubmissionStore store(db);
    const auto sent = [&](const char *id, const char *kind, Submission::State state,
                          qint64 result) {
        Submission s;
        s.activity = 14;
        s.kind = QString::fromLatin1(kind);
        s.device = QStringLiteral("telefono-0001");
        s.clientId = QString::fromLatin1(id);
        s.participantId = anaId;
        s.schoolId = roster.schools.at(0).id;
        s.actions = QStringLiteral("Lectura diaria");
        s.text = QStringLiteral("<b>texto</b>");
        store.add(sessionId, s);
        if (state != Submission::State::Pending)
            store.decide(s.id, state, result, 1790000000000);
    };
    sent("envio-0001", "commitments", Submission::State::Approved, commitment.id);
    sent("envio-0002", "proposals", Submission::State::Rejected, 0);
    sent("envio-0003", "proposals", Submission::State::Pending, 0);

    const QByteArray archive = BitacoraArchive::exportSession(db, sessionId);
    test::ImportedCopy copy(archive);
    REQUIRE(copy.result.ok());
    const QVector<Submission> imported = SubmissionStore(copy.db).list(copy.result.sessionId);
    REQUIRE(imported.size() == 3);
    CHECK(imported.at(0).state == Submission::State::Approved);
    CHECK(imported.at(0).resultId ==
          SheetStore(copy.db).commitments(copy.result.sessionId).at(0).id);
    CHECK(imported.at(1).state == Submission::State::Rejected);
    CHECK(imported.at(1).decidedAtMs == 1790000000000);
    CHECK(imported.at(2).state == Submission::State::Pending);
    CHECK(imported.at(2).text == QStringLiteral("<b>texto</b>"));
    CHECK(BitacoraArchive::exportSession(copy.db, copy.result.sessionId) == archive);
}
