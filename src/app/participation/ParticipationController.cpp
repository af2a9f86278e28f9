#include "app/participation/ParticipationController.h"

#include "app/participation/ParticipationDialog.h"
#include "app/participation/QrCode.h"
#include "core/guide/Guide.h"
#include "core/participation/ParticipationState.h"
#include "core/session/Bitacora.h"
#include "core/session/SessionRunner.h"

#include <QAction>
#include <QPointer>

namespace fcte {

ParticipationController::ParticipationController(const Guide &guide, SessionRunner &runner,
                                                 Bitacora &bitacora, const QString &databasePath,
                                                 const QString &sessionTitle, QWidget *window)
    : QObject(window)
    , m_guide(guide)
    , m_runner(runner)
    , m_bitacora(bitacora)
    , m_sessionTitle(sessionTitle)
    , m_window(window)
    , m_server(std::make_unique<ParticipationServer>(databasePath, bitacora.sessionId()))
{
    m_action = new QAction(tr("Participación desde &teléfonos…"), this);
    m_action->setObjectName(QStringLiteral("participationAction"));
    m_action->setToolTip(tr("Cada docente agrega sus propias palabras desde su teléfono, por la "
                            "red local"));
    connect(m_action, &QAction::triggered, this, &ParticipationController::openDialog);
    m_projectCode = new QAction(tr("Proyectar el código para &teléfonos"), this);
    m_projectCode->setObjectName(QStringLiteral("projectJoinCodeAction"));
    m_projectCode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_projectCode->setEnabled(false);
    connect(m_projectCode, &QAction::triggered, this, &ParticipationController::projectQrCode);
    connect(this, &ParticipationController::runningChanged, m_projectCode, &QAction::setEnabled);
    // The server's threads say "stored" here, on the window's thread.
    QPointer<ParticipationController> self(this);
    m_server->setOnSubmitted([self] {
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                if (self)
                    Q_EMIT self->submissionsArrived();
            },
            Qt::QueuedConnection);
    });
    // Only while phones can connect: with the server off (almost always) start-up and each
    // change of activity build nothing.
    const auto publishWhileRunning = [this] {
        if (isRunning())
            publishState();
    };
    connect(&m_runner, &SessionRunner::currentActivityChanged, this, publishWhileRunning);
    connect(&m_bitacora, &Bitacora::rosterChanged, this, publishWhileRunning);
}

ParticipationController::~ParticipationController()
{
    m_server->setOnSubmitted({});
    m_server->stop();
}

bool ParticipationController::start(const QString &address, int port)
{
    publishState();
    // A port that stays the same from session to session makes a short address to type (when
    // no port is asked for); any free one when it is taken.
    constexpr int UsualPort = 8383;
    const bool started = port != 0
                             ? m_server->start(address, port)
                             : m_server->start(address, UsualPort) || m_server->start(address, 0);
    Q_EMIT runningChanged(started);
    return started;
}

void ParticipationController::stop()
{
    m_server->stop();
    Q_EMIT runningChanged(false);
}

bool ParticipationController::isRunning() const
{
    return m_server->isRunning();
}

QString ParticipationController::error() const
{
    return m_server->error();
}

QString ParticipationController::joinUrl() const
{
    return m_server->isRunning() ? m_server->joinUrl() : QString();
}

void ParticipationController::renewToken()
{
    m_server->renewToken();
}

QImage ParticipationController::qrCode() const
{
    return isRunning() ? QrCode::image(joinUrl()) : QImage();
}

void ParticipationController::publishState()
{
    const ParticipationState state = ParticipationState::build(
        m_guide, m_runner.currentActivity(), m_sessionTitle, m_bitacora.schools(),
        m_bitacora.participants(), m_bitacora.teams());
    m_server->setState(state.json, state.open);
}

void ParticipationController::projectQrCode()
{
    if (isRunning())
        Q_EMIT projectQrRequested(qrCode(), joinUrl());
}

void ParticipationController::openDialog()
{
    ParticipationDialog dialog(*this, m_window);
    dialog.exec();
}

} // namespace fcte
