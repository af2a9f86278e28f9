#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace fcte {

// Limits of the phones' server: the room's network is not trusted (students' and visitors'
// devices share it). docs/architecture.md says why each exists.
struct ParticipationLimits {
    std::size_t maxBodyBytes = 16 * 1024;  // announced larger: refused before it is read
    std::size_t maxHeaderBytes = 8 * 1024; // the request line and headers, together
    int maxFieldChars = 2000;
    int maxNameChars = 120;
    int requestsPerDeviceMinute = 60;         // per network address
    int maxDevices = 400;                     // addresses heard from recently
    std::chrono::seconds forgetAfter{600};    // an address silent this long is forgotten
    int maxConnections = 256;                 // open at once, in total
    int connectionsPerAddress = 8;            // open at once, from one address
    std::chrono::seconds readTimeout{5};      // a connection silent this long is closed
    std::chrono::seconds requestDeadline{10}; // a whole request, first byte to last
    int pendingPerDevice = 30; // submissions waiting for the director, from one device
    int pendingInRoom = 3000;  // and from the whole room
    int threads = 8;           // each may wait a few milliseconds for its batch to be committed
};

// The small web server teachers' phones use to send their own words: it serves the page and
// its script from the app's resources, the session's roster and open form (set by the window),
// and stores each submission in the bitácora before answering "recibido". It listens only while
// on, on the address the director chose; every route carries a random 128-bit token, renewed on
// demand. Runs on its own threads (libmicrohttpd), with its own SQLite connection.
class ParticipationServer {
public:
    ParticipationServer(const QString &databasePath, qint64 sessionId,
                        const ParticipationLimits &limits = {});
    ~ParticipationServer();
    ParticipationServer(const ParticipationServer &) = delete;
    ParticipationServer &operator=(const ParticipationServer &) = delete;

    // Listens on address (an interface's IP; "127.0.0.1" in tests) and port (0: any free one).
    // False, with error() in Spanish, when it cannot.
    bool start(const QString &address, int port = 0);
    void stop();
    bool isRunning() const;
    QString error() const;
    int port() const;
    QString address() const;
    QString token() const;
    // A new token: the old address stops working (a QR shown by mistake, a phone to shut out).
    void renewToken();
    // The address phones open: http://address:port/p/token/
    QString joinUrl() const;

    // What the page shows: the roster and the open form, as JSON, set by the window whenever it
    // changes. open: the (activity, sheet kind) pairs that accept submissions now.
    void setState(const QByteArray &json, const QSet<QString> &open);
    static QString formKey(int activity, const QString &kind);

    // The director's decision: nothing more is taken from that device while the server lives.
    void blockDevice(const QString &device);

    // Called on a server thread after a submission is committed (the window queues it over).
    void setOnSubmitted(std::function<void()> callback);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fcte
