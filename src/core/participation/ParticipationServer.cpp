#include "ParticipationServer.h"

#include "SubmissionReader.h"
#include "guide/SheetKinds.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/SubmissionStore.h"
#include "store/WalFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>

#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

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
#if defined(Q_OS_LINUX)
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10); // this thread only, on Linux
#elif defined(Q_OS_WIN)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#endif
}

class BackgroundThreadPool : public httplib::ThreadPool {
public:
    using httplib::ThreadPool::ThreadPool;
    void enqueue(std::function<void()> task) override
    {
        httplib::ThreadPool::enqueue([task = std::move(task)] {
            lowerThisThreadOnce();
            task();
        });
    }
};

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ParticipationServer)
};

// A route's handler (an alias: lupdate misreads the qualified name in a function's return type).
using RouteHandler = httplib::Server::Handler;

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

void answer(httplib::Response &response, int status, const json &body)
{
    response.status = status;
    response.set_content(body.dump(), "application/json; charset=utf-8");
}

void refuse(httplib::Response &response, int status, const QString &message)
{
    answer(response, status, {{"error", message.toStdString()}});
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

    std::unique_ptr<httplib::Server> server;
    std::thread thread;
    QString address;
    int port = 0;
    QString error;

    mutable std::mutex mutex; // guards what follows
    QString token = newToken();
    std::string state = "{}";
    QSet<QString> open;
    std::map<std::string, std::deque<Clock::time_point>> hits; // per network address
    std::function<void()> onSubmitted;

    // Group commit: the request threads hand their submissions to one writer, which stores
    // those that arrived together in one transaction (one wait for the disk, not 300) and leaves
    // the file free between batches for the recorder typing in the window.
    struct Pending {
        Submission *submission;
        std::promise<bool> stored;
    };
    std::mutex queueMutex;
    std::condition_variable queueReady;
    std::deque<Pending *> queue;
    bool stopping = false;
    std::thread writer;
    Database db; // the writer's own connection
    std::unique_ptr<WalFile> wal;

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
            std::vector<char> stored(batch.size(), 0);
            SubmissionStore store(db);
            for (std::size_t first = 0; first < batch.size(); first += PerTransaction) {
                const std::size_t end = std::min(batch.size(), first + PerTransaction);
                try {
                    Transaction transaction(db);
                    for (std::size_t i = first; i < end; ++i)
                        store.add(sessionId, *batch[i]->submission);
                    transaction.commit();
                    std::fill(stored.begin() + long(first), stored.begin() + long(end), 1);
                } catch (const StoreError &) {
                    // These answer "not stored"; the phones send them again.
                }
            }
            // "Recibido" only once durable: one sync of the log covers the whole batch.
            const bool synced = wal->sync() == SQLITE_OK;
            for (std::size_t i = 0; i < batch.size(); ++i)
                batch[i]->stored.set_value(synced && stored[i]);
            lock.lock();
        }
    }

    bool store(Submission &submission)
    {
        Pending pending{&submission, {}};
        std::future<bool> stored = pending.stored.get_future();
        {
            const std::lock_guard<std::mutex> lock(queueMutex);
            if (stopping)
                return false;
            queue.push_back(&pending);
        }
        queueReady.notify_one();
        return stored.get();
    }

    bool tokenMatches(const httplib::Request &request)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        return request.matches.size() > 1 && QString::fromStdString(request.matches[1]) == token;
    }

    // Too many requests from one address, or one address too many: the room's network may
    // hold a broken or hostile device.
    bool allow(const std::string &remote, QString &why)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        const auto now = Clock::now();
        auto it = hits.find(remote);
        if (it == hits.end()) {
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

    // Wraps a route: the token, then the rate, then the handler.
    RouteHandler guarded(std::function<void(const httplib::Request &, httplib::Response &)> handler)
    {
        return [this, handler](const httplib::Request &request, httplib::Response &response) {
            if (!tokenMatches(request)) {
                refuse(response, 403,
                       Text::tr("Este código ya no es válido: escanee de nuevo el código QR."));
                return;
            }
            QString why;
            if (!allow(request.remote_addr, why)) {
                refuse(response, 429, why);
                return;
            }
            handler(request, response);
        };
    }

    void submit(const httplib::Request &request, httplib::Response &response)
    {
        SubmissionRead read = readSubmission(request.body, limits);
        if (!read.problem.isEmpty()) {
            refuse(response, 400, read.problem);
            return;
        }
        Submission &s = read.submission;
        {
            const std::lock_guard<std::mutex> lock(mutex);
            if (!open.contains(formKey(s.activity, s.kind))) {
                refuse(response, 409,
                       Text::tr("Esta actividad ya no recibe respuestas: siga la proyección."));
                return;
            }
        }
        if (!store(s)) {
            refuse(response, 503, Text::tr("No se pudo guardar; su texto se enviará de nuevo."));
            return;
        }
        std::function<void()> callback;
        {
            const std::lock_guard<std::mutex> lock(mutex);
            callback = onSubmitted;
        }
        if (callback)
            callback();
        answer(response, 200, {{"ok", true}, {"id", s.id}});
    }

    void routes()
    {
        httplib::Server &svr = *server;
        const std::string prefix = R"(/p/([0-9a-f]{32})/)";
        const auto serve = [this](const std::string &content, const char *type) {
            return guarded([&content, type](const httplib::Request &, httplib::Response &res) {
                res.set_content(content, type);
            });
        };
        svr.Get(prefix, serve(page, "text/html; charset=utf-8"));
        svr.Get(prefix + R"(app\.js)", serve(script, "text/javascript; charset=utf-8"));
        svr.Get(prefix + R"(style\.css)", serve(style, "text/css; charset=utf-8"));
        svr.Get(prefix + R"(icon\.svg)", serve(icon, "image/svg+xml"));
        svr.Get(prefix + "api/state",
                guarded([this](const httplib::Request &, httplib::Response &res) {
                    std::string copy;
                    {
                        const std::lock_guard<std::mutex> lock(mutex);
                        copy = state;
                    }
                    res.set_content(copy, "application/json; charset=utf-8");
                }));
        svr.Post(prefix + "api/submit",
                 guarded([this](const httplib::Request &req, httplib::Response &res) {
                     submit(req, res);
                 }));
        svr.set_error_handler([](const httplib::Request &, httplib::Response &res) {
            if (res.body.empty())
                refuse(res, res.status, Text::tr("No existe."));
        });
        svr.set_exception_handler(
            [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
                refuse(res, 500, Text::tr("Error interno."));
            });
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
            d->db.open(d->databasePath);
            // The writer syncs the log itself after each batch (see writeLoop), so the batch
            // holds the file's write lock only while it writes, never while the disk syncs.
            d->db.exec("PRAGMA synchronous = NORMAL");
            d->wal = std::make_unique<WalFile>(d->db);
        }
    } catch (const StoreError &error) {
        d->error = error.message();
        return false;
    }
    d->server = std::make_unique<httplib::Server>();
    httplib::Server &svr = *d->server;
    svr.set_payload_max_length(d->limits.maxBodyBytes);
    svr.set_read_timeout(d->limits.readTimeout.count(), 0);
    svr.set_write_timeout(d->limits.readTimeout.count(), 0);
    // One request per connection: a phone never holds a thread between its requests.
    svr.set_keep_alive_max_count(1);
    const int threads = d->limits.threads;
    svr.new_task_queue = [threads] {
        return new BackgroundThreadPool(std::size_t(threads));
    };
    // The library's own socket options add SO_REUSEPORT, which would let another program bind the
    // same port and take the phones' requests: plain SO_REUSEADDR only.
    socket_t listening = INVALID_SOCKET;
    svr.set_socket_options([&listening](socket_t socket) {
        const int yes = 1;
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const char *>(&yes),
                   sizeof yes);
        listening = socket;
    });
    // Strict by default: the page's own script and style only, nothing cached, no referrer
    // (the address carries the token).
    svr.set_default_headers(
        {{"Content-Security-Policy",
          "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
          "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
         {"X-Content-Type-Options", "nosniff"},
         {"Referrer-Policy", "no-referrer"},
         {"Cache-Control", "no-store"}});
    d->routes();
    const std::string host = address.toStdString();
    const int bound =
        port == 0 ? svr.bind_to_any_port(host) : (svr.bind_to_port(host, port) ? port : -1);
    if (bound <= 0) {
        d->error =
            Text::tr("No se pudo escuchar en %1: la dirección no está disponible.").arg(address);
        d->server.reset();
        return false;
    }
    // cpp-httplib as Debian builds it listens with a backlog of 5: 300 phones sending at once
    // would wait seconds for their connections to be retried. Listening again raises the queue.
    ::listen(listening, SOMAXCONN);
    d->address = address;
    d->port = bound;
    {
        const std::lock_guard<std::mutex> lock(d->queueMutex);
        d->stopping = false;
    }
    d->writer = std::thread([impl = d.get()] { impl->writeLoop(); });
    d->thread = std::thread([server = d->server.get()] { server->listen_after_bind(); });
    // stop() does nothing until the loop runs: wait for it, so a quick stop cannot be missed.
    for (int waited = 0; waited < 5000 && !svr.is_running(); ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    d->error.clear();
    return true;
}

void ParticipationServer::stop()
{
    if (!d->server)
        return;
    d->server->stop();
    if (d->thread.joinable())
        d->thread.join();
    {
        const std::lock_guard<std::mutex> lock(d->queueMutex);
        d->stopping = true;
    }
    d->queueReady.notify_all();
    if (d->writer.joinable())
        d->writer.join(); // after storing what was already handed to it
    d->server.reset();
    d->port = 0;
}

bool ParticipationServer::isRunning() const
{
    return d->server != nullptr;
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

void ParticipationServer::setOnSubmitted(std::function<void()> callback)
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    d->onSubmitted = std::move(callback);
}

} // namespace fcte
