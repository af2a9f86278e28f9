#include "core/participation/ParticipationServer.h"
#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/participation/ParticipationState.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/SubmissionStore.h"

#include <QElapsedTimer>
#include <QTest>
#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

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

namespace {

long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true; // its shadow memory and quarantine are not the server's
#else
    return false;
#endif
}

// Sends a request's head, then up to bodyBytes of body in 64 KiB pieces while the server
// still takes them; returns what the server answered before closing.
std::string attack(int port, const std::string &head, std::size_t bodyBytes,
                   const char *from = "127.0.0.2")
{
    const int fd = connectRaw(port, from);
    send(fd, head.data(), head.size(), MSG_NOSIGNAL);
    const std::string piece(64 * 1024, '0');
    for (std::size_t sent = 0; sent < bodyBytes; sent += piece.size()) {
        pollfd ready{fd, POLLOUT | POLLIN, 0};
        if (poll(&ready, 1, 5000) <= 0 || (ready.revents & (POLLIN | POLLHUP | POLLERR)))
            break; // the server answered or closed: it reads no more
        if (send(fd, piece.data(), piece.size(), MSG_NOSIGNAL) <= 0)
            break;
    }
    const std::string answer = readUntilClosed(fd, 10000);
    close(fd);
    return answer;
}

bool phoneGetsThrough(const ServerFixture &fixture)
{
    const auto sent = fixture.post(fixture.commitment("envio-legitimo"));
    return sent && sent->status == 200;
}

} // namespace

TEST_CASE("Bodies of unknown length, chunked or compressed bodies and other types are refused "
          "before any byte of them is read")
{
    ServerFixture fixture;
    const int port = fixture.server->port();
    const std::string post = "POST " + fixture.path("api/submit") + " HTTP/1.1\r\nHost: x\r\n";
    // Chunked: a 500 MB stream had been read whole.
    CHECK(attack(port,
                 post + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                 500 * 1024 * 1024)
              .rfind("HTTP/1.1 411", 0) == 0);
    // No length announced: read until the connection closed.
    CHECK(attack(port, post + "Content-Type: application/json\r\n\r\n", 200 * 1024 * 1024)
              .rfind("HTTP/1.1 411", 0) == 0);
    // Compressed: 16 KB of gzip had become 16 MB; nothing is ever inflated.
    const std::string gzip =
        attack(port,
               post + "Content-Type: application/json\r\n"
                      "Content-Encoding: gzip\r\nContent-Length: 16000\r\n\r\n",
               16000);
    CHECK(gzip.rfind("HTTP/1.1 415", 0) == 0);
    CHECK(gzip.find("comprimidos") != std::string::npos);
    // A cross-site "simple" request is plain text: not a submission.
    const std::string plain =
        attack(port, post + "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}", 0);
    CHECK(plain.rfind("HTTP/1.1 415", 0) == 0);
    // Too large, said so (it had said "No existe.").
    const std::string large = attack(
        port, post + "Content-Type: application/json\r\nContent-Length: 20000\r\n\r\n", 20000);
    CHECK(large.rfind("HTTP/1.1 413", 0) == 0);
    CHECK(large.find("demasiado grande") != std::string::npos);
    CHECK(SubmissionStore(fixture.db).list(fixture.sessionId).isEmpty());
    CHECK(phoneGetsThrough(fixture));
    if (!underAddressSanitizer())
        CHECK(peakKiB() < 120 * 1024);
}

TEST_CASE("A request's head is capped: an endless header line is cut off, not kept")
{
    ServerFixture fixture;
    const std::string answer =
        attack(fixture.server->port(),
               "GET " + fixture.path("api/state") + " HTTP/1.1\r\nHost: x\r\nX-Relleno: ",
               100 * 1024 * 1024);
    // Refused (431 or 400) long before 100 MB were sent, and the connection closed.
    CHECK(answer.rfind("HTTP/1.1 4", 0) == 0);
    CHECK(answer.find("[timeout]") == std::string::npos);
    // A head just under the cap is served.
    const int fd = connectRaw(fixture.server->port());
    const std::string head = "GET " + fixture.path("api/state") + " HTTP/1.1\r\nHost: x\r\n" +
                             "X-Relleno: " + std::string(5000, 'a') + "\r\n\r\n";
    send(fd, head.data(), head.size(), MSG_NOSIGNAL);
    const std::string served = readUntilClosed(fd, 10000);
    close(fd);
    CHECK(served.rfind("HTTP/1.1 200", 0) == 0);
    CHECK(phoneGetsThrough(fixture));
    if (!underAddressSanitizer())
        CHECK(peakKiB() < 120 * 1024);
}

TEST_CASE("A client trickling a byte at a time is cut off at the request's deadline, and never "
          "holds the server")
{
    ParticipationLimits limits;
    limits.readTimeout = std::chrono::seconds(5);
    limits.requestDeadline = std::chrono::seconds(2);
    ServerFixture fixture(limits);
    const int fd = connectRaw(fixture.server->port(), "127.0.0.2");
    const std::string head = "GET " + fixture.path("api/state") + " HTTP/1.1\r\nX: ";
    QElapsedTimer elapsed;
    elapsed.start();
    bool closed = false;
    // A byte every 300 ms: never silent long enough for the idle timeout.
    for (std::size_t i = 0; i < 40 && !closed; ++i) {
        if (send(fd, &head[i % head.size()], 1, MSG_NOSIGNAL) != 1)
            closed = true;
        pollfd wait{fd, POLLIN, 0};
        if (poll(&wait, 1, 300) > 0) {
            char byte = 0;
            closed = recv(fd, &byte, 1, 0) <= 0 || closed;
        }
    }
    close(fd);
    CHECK(closed);
    CHECK(elapsed.elapsed() < 5000); // the deadline (2 s), not the idle timeout (5 s)
    CHECK(phoneGetsThrough(fixture));
}

TEST_CASE("A burst of idle connections from one address cannot keep a phone out")
{
    ParticipationLimits limits;
    limits.connectionsPerAddress = 4;
    ServerFixture fixture(limits);
    const std::vector<int> idle =
        test::openIdleConnections(fixture.server->port(), 1000, "127.0.0.2");
    QElapsedTimer elapsed;
    elapsed.start();
    CHECK(phoneGetsThrough(fixture));
    CHECK(elapsed.elapsed() < 3000);
    for (int fd : idle)
        close(fd);
}

TEST_CASE("Turning the server off closes every connection at once, a trickling one included")
{
    ServerFixture fixture;
    std::vector<int> slow;
    for (int i = 0; i < 20; ++i) {
        const int fd = connectRaw(fixture.server->port(), i % 2 ? "127.0.0.2" : "127.0.0.3");
        const std::string part = "POST " + fixture.path("api/submit") + " HTTP/1.1\r\nHo";
        send(fd, part.data(), part.size(), MSG_NOSIGNAL);
        slow.push_back(fd);
    }
    QElapsedTimer elapsed;
    elapsed.start();
    fixture.server->stop();
    CHECK(elapsed.elapsed() < 100);
    for (int fd : slow) {
        CHECK(readUntilClosed(fd, 2000).find("[timeout]") == std::string::npos);
        close(fd);
    }
    // And on again, for the next activity.
    REQUIRE(fixture.server->start(QStringLiteral("127.0.0.1")));
    CHECK(phoneGetsThrough(fixture));
}

TEST_CASE("Addresses are forgotten once idle, and when the server stops or the code is renewed")
{
    ParticipationLimits limits;
    limits.maxDevices = 1;
    limits.forgetAfter = std::chrono::seconds(1);
    ServerFixture fixture(limits);
    const auto stateFrom = [&](const char *from) {
        const int fd = connectRaw(fixture.server->port(), from);
        const std::string request =
            "GET " + fixture.path("api/state") + " HTTP/1.1\r\nHost: x\r\n\r\n";
        send(fd, request.data(), request.size(), MSG_NOSIGNAL);
        const std::string answer = readUntilClosed(fd, 10000);
        close(fd);
        return answer.substr(0, 12);
    };
    CHECK(stateFrom("127.0.0.2") == "HTTP/1.1 200");
    CHECK(stateFrom("127.0.0.3") == "HTTP/1.1 429"); // the room is full
    // Once the first has been silent for a while, a new phone gets in.
    CHECK(QTest::qWaitFor([&] { return stateFrom("127.0.0.3") == "HTTP/1.1 200"; }, 5000));
    fixture.server->renewToken();
    CHECK(stateFrom("127.0.0.4") == "HTTP/1.1 200"); // a new code, a new room
}

TEST_CASE("A name sent from a phone loses line breaks, control characters and reordering marks")
{
    ServerFixture fixture;
    json body = fixture.commitment("envio-nombre-raro");
    body["name"] = "Ana\n\n\n\n\n\n\n\n\n\nNúñez\t\x01\xE2\x80\xAE"
                   "arap\xE2\x80\xAC"
                   " \xE2\x80\xA8Ruiz";
    const auto sent = fixture.post(body);
    REQUIRE(sent);
    CHECK(sent->status == 200);
    const QVector<Submission> stored = SubmissionStore(fixture.db).list(fixture.sessionId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).typedName == QStringLiteral("Ana Núñez arap Ruiz"));
}

TEST_CASE("What waits for the director is capped per device and for the room, and a phone is "
          "told so")
{
    ParticipationLimits limits;
    limits.pendingPerDevice = 3;
    limits.pendingInRoom = 5;
    ServerFixture fixture(limits);
    const auto send = [&](const char *device, int n) {
        json body = fixture.commitment(("envio-" + std::to_string(n) + "-xxxx").c_str());
        body["device"] = device;
        return fixture.post(body);
    };
    for (int n = 0; n < 3; ++n)
        CHECK(send("telefono-aaaa", n)->status == 200);
    const auto fourth = send("telefono-aaaa", 3);
    CHECK(fourth->status == 429);
    CHECK(fourth->body.find("esperando") != std::string::npos);
    CHECK(send("telefono-aaaa", 0)->status == 200); // a resend is not new
    CHECK(send("telefono-bbbb", 0)->status == 200);
    CHECK(send("telefono-bbbb", 1)->status == 200); // the room holds five now
    const auto full = send("telefono-cccc", 0);
    CHECK(full->status == 503);
    CHECK(full->body.find("demasiados envíos esperando") != std::string::npos);
    CHECK(SubmissionStore(fixture.db).count(fixture.sessionId, Submission::State::Pending) == 5);
    // Once the director has decided some, the device may send again.
    const QVector<Submission> waiting =
        SubmissionStore(fixture.db).list(fixture.sessionId, Submission::State::Pending);
    SubmissionStore(fixture.db).decide(waiting.first().id, Submission::State::Rejected);
    CHECK(send("telefono-aaaa", 4)->status == 200);
}

TEST_CASE("A device speaks for one person: later submissions cannot claim another")
{
    ServerFixture fixture;
    json first = fixture.commitment("envio-ana-0001");
    CHECK(fixture.post(first)->status == 200);
    json same = fixture.commitment("envio-ana-0002");
    same["name"] = "ana núñez"; // the same person, typed again
    CHECK(fixture.post(same)->status == 200);
    json other = fixture.commitment("envio-ana-0003");
    other["name"] = "Beto Ávila";
    const auto refused = fixture.post(other);
    CHECK(refused->status == 403);
    CHECK(refused->body.find("otra persona") != std::string::npos);
    json chosen = fixture.commitment("envio-ana-0004");
    chosen.erase("name");
    chosen["participant"] = 7; // someone from the roster
    CHECK(fixture.post(chosen)->status == 403);
    // Another device may send as Beto.
    other["device"] = "telefono-0002";
    CHECK(fixture.post(other)->status == 200);
    CHECK(SubmissionStore(fixture.db).list(fixture.sessionId).size() == 3);
}

TEST_CASE("A request asking for many byte ranges gets the file once")
{
    ServerFixture fixture;
    httplib::Client client = fixture.client();
    const auto whole = client.Get(fixture.path("app.js"));
    REQUIRE(whole);
    REQUIRE(whole->status == 200);
    // 1,500 ranges of the same bytes (within the 8 KiB head): each would be the file again.
    std::string ranges = "bytes=0-";
    for (int i = 1; i < 1500; ++i)
        ranges += ",0-";
    const auto asked = client.Get(fixture.path("app.js"), {{"Range", ranges}});
    REQUIRE(asked);
    CHECK((asked->status == 200 || asked->status == 206 || asked->status == 416));
    CHECK(asked->body.size() <= whole->body.size());
}
