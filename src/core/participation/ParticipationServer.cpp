#include "core/participation/ParticipationServer.h"

#include "core/model/StoreError.h"
#include "core/participation/SubmissionReader.h"
#include "core/store/Database.h"
#include "core/store/SubmissionStore.h"
#include "core/store/WalFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <microhttpd.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fcte {
namespace {

// The phones' requests are served below the window's priority: on a 2-core laptop, 300 phones
// sending at once must not take the CPU from the recorder typing (the phones wait a few ms more
// for "Recibido"; the recorder's Enter does not).
void lowerThisThreadOnce()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10); // this thread only, on Linux
}

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ParticipationServer)
};

std::string resource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

QString newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString token;
    for (quint32 word : words)
        token += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    return token;
}

// What a request asks for, read from its address: /p/<token>/<what>.
enum class Route { Unknown, Page, Script, Style, Icon, State, Submit };

Route routeOf(const std::string &tail)
{
    static const std::map<std::string, Route> routes{
        {"", Route::Page},         {"app.js", Route::Script},   {"style.css", Route::Style},
        {"icon.svg", Route::Icon}, {"api/state", Route::State}, {"api/submit", Route::Submit}};
    const auto found = routes.find(tail);
    return found == routes.end() ? Route::Unknown : found->second;
}

// An answer, made before or after the body is read.
struct Reply {
    unsigned status = 0; // 0: none yet
    std::string body;
    const char *type = "application/json; charset=utf-8";
};

Reply refusal(unsigned status, const QString &message)
{
    return {status, json{{"error", message.toStdString()}}.dump()};
}

// One request: nothing of its body is kept until the request has been judged by its head, and
// never more than the limit (a Content-Length that is checked first, and enforced by the
// library, bounds it).
struct RequestState {
    Route route = Route::Unknown;
    std::string body;
};

// One connection, from accept to close: the deadline for its one request counts from here.
struct Peer {
    int fd = -1;
    Clock::time_point since;
    bool cut = false;
};

const char *header(MHD_Connection *connection, const char *name)
{
    return MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name);
}

std::string remoteAddress(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    if (info->client_addr->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(info->client_addr)->sin_addr,
                  text, sizeof text);
    else if (info->client_addr->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(info->client_addr)->sin6_addr,
                  text, sizeof text);
    return text;
}

} // namespace

struct ParticipationServer::Impl {
    QString databasePath;
    qint64 sessionId = 0;
    ParticipationLimits limits;
    std::string page = resource(":/web/index.html");
    std::string script = resource(":/web/app.js");
    std::string style = resource(":/web/style.css");
    std::string icon = resource(":/web/icon.svg");

    MHD_Daemon *daemon = nullptr;
    QString address;
    int port = 0;
    QString error;

    mutable std::mutex mutex; // guards what follows
    QString token = newToken();
    std::string state = "{}";
    QSet<QString> open;
    std::map<std::string, std::deque<Clock::time_point>> hits; // per network address
    std::function<void()> onSubmitted;
    QSet<QString> blocked; // devices the director blocked

    // Connections open now, for the deadline of their request (see sweep()).
    std::mutex peersMutex;
    std::set<Peer *> peers;
    std::condition_variable sweepWake;
    bool sweeping = false;
    std::thread sweeper;

    // Group commit: the request threads hand their submissions to one writer, which stores
    // those that arrived together in one transaction (one wait for the disk, not 300) and leaves
    // the file free between batches for the recorder typing in the window.
    enum class Outcome { Stored, NotStored, DeviceFull, RoomFull, OtherPerson };
    struct Pending {
        Submission *submission;
        std::promise<Outcome> outcome;
    };
    std::mutex queueMutex;
    std::condition_variable queueReady;
    std::deque<Pending *> queue;
    bool stopping = false;
    std::thread writer;
    Database db; // the writer's own connection
    std::unique_ptr<WalFile> wal;

    // The queue the director reviews stays reviewable: a device may have only so many items
    // waiting, and the room so many in all. A resend of what is already stored is not new.
    class PendingCaps {
    public:
        PendingCaps(SubmissionStore &store, qint64 sessionId, const ParticipationLimits &limits)
            : m_store(store)
            , m_sessionId(sessionId)
            , m_limits(limits)
            , m_room(store.count(sessionId, Submission::State::Pending))
        {}
        Outcome admit(const Submission &submission)
        {
            if (m_store.isKnown(m_sessionId, submission.device, submission.clientId))
                return Outcome::Stored;
            // A device speaks for one person: the one its first submission named. Anyone with
            // the code could otherwise post as any teacher of the roster.
            auto identity = m_identities.find(submission.device);
            if (identity == m_identities.end()) {
                const auto first = m_store.identityOf(m_sessionId, submission.device);
                identity = m_identities
                               .emplace(submission.device,
                                        first.value_or(std::make_pair(submission.participantId,
                                                                      submission.typedName)))
                               .first;
            }
            const bool samePerson =
                identity->second.first == submission.participantId &&
                (submission.participantId != 0 ||
                 identity->second.second.compare(submission.typedName, Qt::CaseInsensitive) == 0);
            if (!samePerson)
                return Outcome::OtherPerson;
            auto device = m_devices.find(submission.device);
            if (device == m_devices.end())
                device = m_devices
                             .emplace(submission.device,
                                      m_store.pendingFrom(m_sessionId, submission.device))
                             .first;
            if (device->second >= m_limits.pendingPerDevice)
                return Outcome::DeviceFull;
            if (m_room >= m_limits.pendingInRoom)
                return Outcome::RoomFull;
            ++device->second;
            ++m_room;
            return Outcome::Stored;
        }

    private:
        SubmissionStore &m_store;
        qint64 m_sessionId;
        const ParticipationLimits &m_limits;
        int m_room;
        std::map<QString, int> m_devices;
        std::map<QString, std::pair<qint64, QString>> m_identities;
    };

    void writeLoop()
    {
        constexpr auto GatherFor = std::chrono::milliseconds(15);
        std::unique_lock<std::mutex> lock(queueMutex);
        for (;;) {
            queueReady.wait(lock, [this] { return stopping || !queue.empty(); });
            if (queue.empty())
                return; // stopping, nothing left
            lock.unlock();
            std::this_thread::sleep_for(GatherFor); // who else is sending right now
            lock.lock();
            std::vector<Pending *> batch(queue.begin(), queue.end());
            queue.clear();
            lock.unlock();
            // A few dozen per transaction: the write lock is held for well under a millisecond
            // at a time, so the recorder's Enter never queues behind the whole room.
            constexpr std::size_t PerTransaction = 32;
            std::vector<Outcome> outcomes(batch.size(), Outcome::NotStored);
            SubmissionStore store(db);
            try {
                PendingCaps caps(store, sessionId, limits);
                for (std::size_t i = 0; i < batch.size(); ++i)
                    outcomes[i] = caps.admit(*batch[i]->submission);
            } catch (const StoreError &) {
                std::fill(outcomes.begin(), outcomes.end(), Outcome::NotStored);
            }
            for (std::size_t first = 0; first < batch.size(); first += PerTransaction) {
                const std::size_t end = std::min(batch.size(), first + PerTransaction);
                try {
                    Transaction transaction(db);
                    for (std::size_t i = first; i < end; ++i) {
                        if (outcomes[i] == Outcome::Stored)
                            store.add(sessionId, *batch[i]->submission);
                    }
                    transaction.commit();
                } catch (const StoreError &) {
                    // These answer "not stored"; the phones send them again.
                    for (std::size_t i = first; i < end; ++i) {
                        if (outcomes[i] == Outcome::Stored)
                            outcomes[i] = Outcome::NotStored;
                    }
                }
            }
            // "Recibido" only once durable: one sync of the log covers the whole batch.
            const bool synced = wal->sync() == SQLITE_OK;
            for (std::size_t i = 0; i < batch.size(); ++i) {
                const bool lost = !synced && outcomes[i] == Outcome::Stored;
                batch[i]->outcome.set_value(lost ? Outcome::NotStored : outcomes[i]);
            }
            lock.lock();
        }
    }

    Outcome store(Submission &submission)
    {
        Pending pending{&submission, {}};
        std::future<Outcome> outcome = pending.outcome.get_future();
        {
            const std::lock_guard<std::mutex> lock(queueMutex);
            if (stopping)
                return Outcome::NotStored;
            queue.push_back(&pending);
        }
        queueReady.notify_one();
        return outcome.get();
    }

    // Too many requests from one address, or one address too many: the room's network may
    // hold a broken or hostile device.
    bool allow(const std::string &remote, QString &why)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        const auto now = Clock::now();
        auto it = hits.find(remote);
        if (it == hits.end()) {
            forgetIdle(now);
            if (int(hits.size()) >= limits.maxDevices) {
                why = Text::tr("Hay demasiados teléfonos conectados.");
                return false;
            }
            it = hits.emplace(remote, std::deque<Clock::time_point>()).first;
        }
        std::deque<Clock::time_point> &times = it->second;
        while (!times.empty() && now - times.front() > std::chrono::minutes(1))
            times.pop_front();
        if (int(times.size()) >= limits.requestsPerDeviceMinute) {
            why = Text::tr("Demasiados envíos seguidos: espere un momento.");
            return false;
        }
        times.push_back(now);
        return true;
    }

    // An address not heard from for a while is forgotten: over a morning, a room sees far more
    // phones than are there at once. (Called with the mutex held.)
    void forgetIdle(Clock::time_point now)
    {
        for (auto it = hits.begin(); it != hits.end();) {
            const bool idle = it->second.empty() || now - it->second.back() > limits.forgetAfter;
            it = idle ? hits.erase(it) : std::next(it);
        }
    }

    // The head of a request, judged before any byte of its body is read: a refusal, or nothing.
    Reply screen(MHD_Connection *connection, const char *url, const char *method,
                 RequestState &request)
    {
        const std::string path = url ? url : "";
        static const std::string prefix = "/p/";
        const bool shaped = path.rfind(prefix, 0) == 0 && path.size() >= prefix.size() + 33 &&
                            path[prefix.size() + 32] == '/';
        request.route = shaped ? routeOf(path.substr(prefix.size() + 33)) : Route::Unknown;
        if (request.route == Route::Unknown)
            return refusal(MHD_HTTP_NOT_FOUND, Text::tr("Esta dirección no existe."));
        {
            const std::lock_guard<std::mutex> lock(mutex);
            if (QString::fromStdString(path.substr(prefix.size(), 32)) != token)
                return refusal(MHD_HTTP_FORBIDDEN,
                               Text::tr("Este código ya no es válido: escanee de nuevo el código "
                                        "QR."));
        }
        const bool posting = std::strcmp(method, MHD_HTTP_METHOD_POST) == 0;
        const bool reading = std::strcmp(method, MHD_HTTP_METHOD_GET) == 0 ||
                             std::strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
        if (posting != (request.route == Route::Submit) || (!posting && !reading))
            return refusal(MHD_HTTP_METHOD_NOT_ALLOWED,
                           Text::tr("Esta dirección no acepta esa clase de solicitud."));
        QString why;
        if (!allow(remoteAddress(connection), why))
            return refusal(429, why);
        // A body is only for a submission, sent whole with its length announced: a body of
        // unknown length (chunked, or none announced) could be endless.
        const char *length = header(connection, MHD_HTTP_HEADER_CONTENT_LENGTH);
        const char *transfer = header(connection, MHD_HTTP_HEADER_TRANSFER_ENCODING);
        if (!posting)
            return (transfer || (length && std::strcmp(length, "0") != 0))
                       ? refusal(MHD_HTTP_BAD_REQUEST, Text::tr("Una consulta no lleva texto."))
                       : Reply{};
        if (transfer || !length)
            return refusal(411, Text::tr("El envío debe decir su tamaño (Content-Length) y llegar "
                                         "de una sola vez."));
        char *end = nullptr;
        const unsigned long long announced = std::strtoull(length, &end, 10);
        if (end == length || *end != '\0')
            return refusal(MHD_HTTP_BAD_REQUEST, Text::tr("El tamaño del envío no es válido."));
        if (announced > limits.maxBodyBytes)
            return refusal(413, Text::tr("El envío es demasiado grande (el límite es %1 KiB).")
                                    .arg(limits.maxBodyBytes / 1024));
        // Nothing is ever decompressed: a few bytes could otherwise become gigabytes.
        const char *encoding = header(connection, MHD_HTTP_HEADER_CONTENT_ENCODING);
        if (encoding && std::strcmp(encoding, "identity") != 0)
            return refusal(415, Text::tr("No se aceptan envíos comprimidos."));
        // Only the page's own script sends JSON: a form or a cross-site "simple" request (plain
        // text) is not a submission.
        const char *type = header(connection, MHD_HTTP_HEADER_CONTENT_TYPE);
        if (!type || std::strncmp(type, "application/json", 16) != 0 ||
            (type[16] != '\0' && type[16] != ';'))
            return refusal(415, Text::tr("El envío debe ser JSON (application/json)."));
        request.body.reserve(std::size_t(announced));
        return {};
    }

    Reply serve(const RequestState &request)
    {
        switch (request.route) {
        case Route::Page:
            return {MHD_HTTP_OK, page, "text/html; charset=utf-8"};
        case Route::Script:
            return {MHD_HTTP_OK, script, "text/javascript; charset=utf-8"};
        case Route::Style:
            return {MHD_HTTP_OK, style, "text/css; charset=utf-8"};
        case Route::Icon:
            return {MHD_HTTP_OK, icon, "image/svg+xml"};
        case Route::State: {
            const std::lock_guard<std::mutex> lock(mutex);
            return {MHD_HTTP_OK, state};
        }
        case Route::Submit:
            return submit(request.body);
        case Route::Unknown:
            break;
        }
        return refusal(MHD_HTTP_NOT_FOUND, Text::tr("Esta dirección no existe."));
    }

    Reply submit(const std::string &body)
    {
        SubmissionRead read = readSubmission(body, limits);
        if (!read.problem.isEmpty())
            return refusal(MHD_HTTP_BAD_REQUEST, read.problem);
        Submission &s = read.submission;
        {
            const std::lock_guard<std::mutex> lock(mutex);
            if (blocked.contains(s.device))
                return refusal(MHD_HTTP_FORBIDDEN,
                               Text::tr("El director bloqueó los envíos de este teléfono."));
            if (!open.contains(formKey(s.activity, s.kind)))
                return refusal(MHD_HTTP_CONFLICT, Text::tr("Esta actividad ya no recibe "
                                                           "respuestas: siga la proyección."));
        }
        switch (store(s)) {
        case Outcome::Stored:
            break;
        case Outcome::DeviceFull:
            return refusal(429, Text::tr("Ya tiene %1 envíos esperando a que el director los "
                                         "revise: espere un momento antes de enviar más.")
                                    .arg(limits.pendingPerDevice));
        case Outcome::RoomFull:
            return refusal(MHD_HTTP_SERVICE_UNAVAILABLE,
                           Text::tr("Hay demasiados envíos esperando revisión: espere un "
                                    "momento; su texto se enviará de nuevo."));
        case Outcome::OtherPerson:
            return refusal(MHD_HTTP_FORBIDDEN,
                           Text::tr("Este teléfono ya envió a nombre de otra persona: cada "
                                    "teléfono envía por una sola persona."));
        case Outcome::NotStored:
            return refusal(MHD_HTTP_SERVICE_UNAVAILABLE,
                           Text::tr("No se pudo guardar; su texto se enviará de nuevo."));
        }
        std::function<void()> callback;
        {
            const std::lock_guard<std::mutex> lock(mutex);
            callback = onSubmitted;
        }
        if (callback)
            callback();
        return {MHD_HTTP_OK, json{{"ok", true}, {"id", s.id}}.dump()};
    }

    static MHD_Result send(MHD_Connection *connection, const Reply &reply)
    {
        MHD_Response *response = MHD_create_response_from_buffer(
            reply.body.size(), const_cast<char *>(reply.body.data()), MHD_RESPMEM_MUST_COPY);
        if (!response)
            return MHD_NO;
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, reply.type);
        // Strict by default: the page's own script and style only, nothing cached, no referrer
        // (the address carries the token); one request per connection, so a phone never holds
        // a connection between its requests.
        MHD_add_response_header(
            response, "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
        MHD_add_response_header(response, "Referrer-Policy", "no-referrer");
        MHD_add_response_header(response, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONNECTION, "close");
        const MHD_Result queued = MHD_queue_response(connection, reply.status, response);
        MHD_destroy_response(response);
        return queued;
    }

    static MHD_Result handle(void *self, MHD_Connection *connection, const char *url,
                             const char *method, const char *, const char *upload,
                             size_t *uploadSize, void **context)
    {
        lowerThisThreadOnce();
        Impl &impl = *static_cast<Impl *>(self);
        if (!*context) {
            // The head is in, nothing of the body has been read: judged now.
            auto *request = new RequestState;
            *context = request;
            const Reply refused = impl.screen(connection, url, method, *request);
            return refused.status != 0 ? send(connection, refused) : MHD_YES;
        }
        auto *request = static_cast<RequestState *>(*context);
        if (*uploadSize != 0) {
            // Bounded by the Content-Length judged above, which the library enforces.
            if (request->body.size() + *uploadSize > impl.limits.maxBodyBytes)
                return MHD_NO;
            request->body.append(upload, *uploadSize);
            *uploadSize = 0;
            return MHD_YES;
        }
        return send(connection, impl.serve(*request));
    }

    static void completed(void *, MHD_Connection *, void **context, MHD_RequestTerminationCode)
    {
        delete static_cast<RequestState *>(*context);
        *context = nullptr;
    }

    static void connectionChanged(void *self, MHD_Connection *connection, void **context,
                                  MHD_ConnectionNotificationCode change)
    {
        Impl &impl = *static_cast<Impl *>(self);
        const std::lock_guard<std::mutex> lock(impl.peersMutex);
        if (change == MHD_CONNECTION_NOTIFY_STARTED) {
            const MHD_ConnectionInfo *info =
                MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
            auto *peer = new Peer{info ? int(info->connect_fd) : -1, Clock::now(), false};
            impl.peers.insert(peer);
            *context = peer;
        } else if (*context) {
            // Called before the library closes the socket: the sweeper never touches it after.
            auto *peer = static_cast<Peer *>(*context);
            impl.peers.erase(peer);
            delete peer;
            *context = nullptr;
        }
    }

    // A deadline for the whole request, first byte to last, not per read: a client sending a
    // byte every few seconds is cut off like a silent one. Shutting the socket down makes the
    // library see it end and close the connection on its own thread.
    void sweep()
    {
        std::unique_lock<std::mutex> lock(peersMutex);
        while (sweeping) {
            sweepWake.wait_for(lock, std::chrono::milliseconds(200));
            const auto now = Clock::now();
            for (Peer *peer : peers) {
                if (!peer->cut && peer->fd >= 0 && now - peer->since > limits.requestDeadline) {
                    ::shutdown(peer->fd, SHUT_RDWR);
                    peer->cut = true;
                }
            }
        }
    }
};

ParticipationServer::ParticipationServer(const QString &databasePath, qint64 sessionId,
                                         const ParticipationLimits &limits)
    : d(std::make_unique<Impl>())
{
    d->databasePath = databasePath;
    d->sessionId = sessionId;
    d->limits = limits;
}

ParticipationServer::~ParticipationServer()
{
    stop();
}

bool ParticipationServer::start(const QString &address, int port)
{
    stop();
    try {
        if (!d->db.isOpen()) {
            // The window opened and checked this file: no second whole read on its thread.
            d->db.open(d->databasePath, Database::Mode::ReadWrite, Database::Check::Skip);
            // The writer syncs the log itself after each batch (see writeLoop), so the batch
            // holds the file's write lock only while it writes, never while the disk syncs.
            d->db.exec("PRAGMA synchronous = NORMAL");
            d->wal = std::make_unique<WalFile>(d->db);
        }
    } catch (const StoreError &error) {
        d->error = error.message();
        return false;
    }
    sockaddr_in bindTo{};
    bindTo.sin_family = AF_INET;
    bindTo.sin_port = htons(quint16(port));
    if (inet_pton(AF_INET, address.toLatin1().constData(), &bindTo.sin_addr) != 1) {
        d->error = Text::tr("No se pudo escuchar en %1: no es una dirección IPv4.").arg(address);
        return false;
    }
    {
        const std::lock_guard<std::mutex> lock(d->queueMutex);
        d->stopping = false;
    }
    // libmicrohttpd, made for exposed servers: connections capped per address and in total, a
    // fixed memory pool per connection (which caps the request's head), an idle timeout, no
    // decompression, and a stop that closes every connection at once.
    const unsigned timeout = unsigned(std::max<qint64>(1, d->limits.readTimeout.count()));
    d->daemon = MHD_start_daemon(
        MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC, 0, nullptr, nullptr, &Impl::handle, d.get(),
        MHD_OPTION_SOCK_ADDR, reinterpret_cast<const sockaddr *>(&bindTo),
        MHD_OPTION_THREAD_POOL_SIZE, unsigned(std::max(1, d->limits.threads)),
        MHD_OPTION_CONNECTION_LIMIT, unsigned(d->limits.maxConnections),
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, unsigned(d->limits.connectionsPerAddress),
        MHD_OPTION_CONNECTION_TIMEOUT, timeout, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        std::size_t(d->limits.maxHeaderBytes), MHD_OPTION_LISTEN_BACKLOG_SIZE, unsigned(SOMAXCONN),
        MHD_OPTION_NOTIFY_COMPLETED, &Impl::completed, d.get(), MHD_OPTION_NOTIFY_CONNECTION,
        &Impl::connectionChanged, d.get(), MHD_OPTION_END);
    if (!d->daemon) {
        d->error =
            Text::tr("No se pudo escuchar en %1: la dirección no está disponible.").arg(address);
        return false;
    }
    const MHD_DaemonInfo *listening = MHD_get_daemon_info(d->daemon, MHD_DAEMON_INFO_LISTEN_FD);
    sockaddr_in bound{};
    socklen_t size = sizeof bound;
    if (listening &&
        getsockname(listening->listen_fd, reinterpret_cast<sockaddr *>(&bound), &size) == 0)
        d->port = ntohs(bound.sin_port);
    d->address = address;
    d->writer = std::thread([impl = d.get()] { impl->writeLoop(); });
    {
        const std::lock_guard<std::mutex> lock(d->peersMutex);
        d->sweeping = true;
    }
    d->sweeper = std::thread([impl = d.get()] { impl->sweep(); });
    d->error.clear();
    return true;
}

void ParticipationServer::stop()
{
    if (!d->daemon)
        return;
    // The writer stores what it was handed (handlers waiting for it get their answer, later
    // ones are told to send again), then every connection is closed at once, the listening
    // socket with the connections still in its queue: no thread here ever waits for a client.
    // (Not MHD_quiesce_daemon: with a pool of epoll threads it can race a worker that removes
    // the same socket, and libmicrohttpd 0.9.75 aborts the process when it loses.)
    {
        const std::lock_guard<std::mutex> lock(d->queueMutex);
        d->stopping = true;
    }
    d->queueReady.notify_all();
    if (d->writer.joinable())
        d->writer.join();
    MHD_stop_daemon(d->daemon);
    d->daemon = nullptr;
    {
        const std::lock_guard<std::mutex> lock(d->peersMutex);
        d->sweeping = false;
    }
    d->sweepWake.notify_all();
    if (d->sweeper.joinable())
        d->sweeper.join();
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        d->hits.clear(); // a new start, a new room
    }
    d->port = 0;
}

bool ParticipationServer::isRunning() const
{
    return d->daemon != nullptr;
}

QString ParticipationServer::error() const
{
    return d->error;
}

int ParticipationServer::port() const
{
    return d->port;
}

QString ParticipationServer::address() const
{
    return d->address;
}

QString ParticipationServer::token() const
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    return d->token;
}

void ParticipationServer::renewToken()
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    d->token = newToken();
    d->hits.clear(); // whoever was shut out starts afresh with the new code
}

QString ParticipationServer::joinUrl() const
{
    return QStringLiteral("http://%1:%2/p/%3/").arg(d->address).arg(d->port).arg(token());
}

void ParticipationServer::setState(const QByteArray &json, const QSet<QString> &open)
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    d->state = json.toStdString();
    d->open = open;
}

QString ParticipationServer::formKey(int activity, const QString &kind)
{
    return QString::number(activity) + QLatin1Char('/') + kind;
}

void ParticipationServer::blockDevice(const QString &device)
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    d->blocked.insert(device);
}

void ParticipationServer::setOnSubmitted(std::function<void()> callback)
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    d->onSubmitted = std::move(callback);
}

} // namespace fcte
