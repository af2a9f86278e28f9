#include "app/participation/ParticipationDialog.h"
#include "app/PlainLabel.h"

#include "app/Messages.h"
#include "app/participation/ParticipationController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkInterface>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace fcte {

ParticipationDialog::ParticipationDialog(ParticipationController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("participationDialog"));
    setWindowTitle(tr("Participación desde teléfonos"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(tr("Los docentes abren la dirección (o escanean el código) desde su "
                                "teléfono, conectados a la misma red que esta computadora: la "
                                "red de la escuela o el punto de acceso de la laptop. No se "
                                "necesita internet. Lo que envían espera su aprobación."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_networks = new QComboBox;
    m_networks->setObjectName(QStringLiteral("networkCombo"));
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!(interface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const QString name =
                ip.isLoopback() ? tr("Solo esta computadora") : interface.humanReadableName();
            m_networks->addItem(tr("%1 (%2)").arg(name, ip.toString()), ip.toString());
        }
    }
    // The school's network first: loopback only reaches this computer.
    for (int i = 0; i < m_networks->count(); ++i) {
        if (m_networks->itemData(i).toString() != QLatin1String("127.0.0.1")) {
            m_networks->setCurrentIndex(i);
            break;
        }
    }
    form->addRow(tr("&Red:"), m_networks);
    layout->addLayout(form);

    m_state = plainLabel();
    m_state->setObjectName(QStringLiteral("participationStateLabel"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_qr = plainLabel();
    m_qr->setObjectName(QStringLiteral("qrLabel"));
    m_qr->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_qr, 1);
    m_address = plainLabel();
    m_address->setObjectName(QStringLiteral("joinAddressLabel"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setAlignment(Qt::AlignCenter);
    m_address->setWordWrap(true);
    QFont big = m_address->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_address->setFont(big);
    layout->addWidget(m_address);

    auto *row = new QHBoxLayout;
    m_toggle = new QPushButton;
    m_toggle->setObjectName(QStringLiteral("participationToggleButton"));
    m_renew = new QPushButton(tr("Nuevo código"));
    m_renew->setObjectName(QStringLiteral("renewCodeButton"));
    m_renew->setToolTip(tr("La dirección anterior deja de funcionar"));
    m_project = new QPushButton(tr("Proyectar el código"));
    m_project->setObjectName(QStringLiteral("projectCodeButton"));
    row->addWidget(m_toggle);
    row->addWidget(m_renew);
    row->addWidget(m_project);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Cerrar"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_toggle, &QPushButton::clicked, this, &ParticipationDialog::toggle);
    connect(m_renew, &QPushButton::clicked, this, [this] {
        m_controller.renewToken();
        refresh();
    });
    connect(m_project, &QPushButton::clicked, &m_controller,
            &ParticipationController::projectQrCode);
    refresh();
    resize(560, 640);
}

QString ParticipationDialog::addressText() const
{
    return m_address->text();
}

void ParticipationDialog::toggle()
{
    if (m_controller.isRunning()) {
        m_controller.stop();
    } else if (!m_controller.start(m_networks->currentData().toString())) {
        Messages::warning(this, tr("No se pudo activar"), m_controller.error());
    }
    refresh();
}

void ParticipationDialog::refresh()
{
    const bool running = m_controller.isRunning();
    m_toggle->setText(running ? tr("Desactivar") : tr("Activar"));
    m_networks->setEnabled(!running);
    m_renew->setEnabled(running);
    m_project->setEnabled(running);
    m_state->setText(running ? tr("Activa: los teléfonos pueden unirse.")
                             : tr("Desactivada: nadie puede conectarse."));
    m_address->setText(m_controller.joinUrl());
    const QImage code = m_controller.qrCode();
    m_qr->setPixmap(code.isNull() ? QPixmap() : QPixmap::fromImage(code));
}

} // namespace fcte
