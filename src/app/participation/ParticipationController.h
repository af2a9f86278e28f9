#pragma once

#include "core/participation/ParticipationServer.h"

#include <QImage>
#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace fcte {

class Bitacora;
class Guide;
class SessionRunner;

// Sesión → Participación desde teléfonos: turns the phones' server on and off on the network
// the director picks, keeps what the phones see in step with the current activity and the
// roster, and says when submissions arrive. Off by default; off again when the window closes.
class ParticipationController : public QObject {
    Q_OBJECT
public:
    ParticipationController(const Guide &guide, SessionRunner &runner, Bitacora &bitacora,
                            const QString &databasePath, const QString &sessionTitle,
                            QWidget *window);
    ~ParticipationController() override;

    QAction *action() const { return m_action; }
    // Ctrl+Shift+T: the join code full screen on the room's screen (while the server is on).
    QAction *projectCodeAction() const { return m_projectCode; }
    // Starts serving on address (an interface's IPv4 address); false, with error(), if not.
    bool start(const QString &address, int port = 0);
    void stop();
    bool isRunning() const;
    QString error() const;
    QString joinUrl() const;
    void renewToken();
    QImage qrCode() const;
    ParticipationServer &server() const { return *m_server; }

    void openDialog();
    // The code and its address on the room's screen.
    void projectQrCode();

Q_SIGNALS:
    // A phone's submission was stored (queued over from the server's thread).
    void submissionsArrived();
    void runningChanged(bool running);
    void projectQrRequested(const QImage &code, const QString &caption);

private:
    void publishState();

    const Guide &m_guide;
    SessionRunner &m_runner;
    Bitacora &m_bitacora;
    QString m_sessionTitle;
    QWidget *m_window;
    std::unique_ptr<ParticipationServer> m_server;
    QAction *m_action = nullptr;
    QAction *m_projectCode = nullptr;
};

} // namespace fcte
