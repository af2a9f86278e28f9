#include "app/projection/PresentationMode.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

namespace fcte {

PresentationMode::PresentationMode(QMainWindow &window, QWidget *hiddenWhilePresenting)
    : QObject(&window)
    , m_window(window)
    , m_hidden(hiddenWhilePresenting)
    , m_basePointSize(window.font().pointSizeF())
    , m_scale(QSettings().value(QStringLiteral("presentation/scale"), 1.6).toDouble())
{
    m_toggle = new QAction(tr("&Modo presentación (una pantalla)"), this);
    m_toggle->setObjectName(QStringLiteral("presentationAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F11));
    m_window.addAction(m_toggle);
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);
    m_curtain = new QWidget(&m_window);
    m_curtain->setObjectName(QStringLiteral("presentationCurtain"));
    m_curtain->setAutoFillBackground(true);
    QPalette black = m_curtain->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_curtain->setPalette(black);
    m_curtain->hide();
    m_window.installEventFilter(this);
}

void PresentationMode::setBlank(bool blank)
{
    m_blank = blank;
    updateCurtain();
}

bool PresentationMode::isCurtainShown() const
{
    return m_curtain->isVisible();
}

void PresentationMode::updateCurtain()
{
    const bool shown = m_blank && isActive();
    if (shown) {
        m_curtain->setGeometry(m_window.rect());
        m_curtain->raise();
    }
    m_curtain->setVisible(shown);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Resize && m_curtain->isVisible())
        m_curtain->setGeometry(m_window.rect());
    return QObject::eventFilter(watched, event);
}

void PresentationMode::addTo(QMenu *menu)
{
    menu->addAction(m_toggle);
}

bool PresentationMode::isActive() const
{
    return m_toggle->isChecked();
}

void PresentationMode::setActive(bool active)
{
    if (m_toggle->isChecked() != active) {
        m_toggle->setChecked(active); // comes back here through toggled()
        return;
    }
    if (m_hidden)
        m_hidden->setVisible(!active);
    if (active) {
        m_wasMaximized = m_window.isMaximized();
        m_window.showFullScreen();
    } else if (m_wasMaximized) {
        m_window.showMaximized();
    } else {
        m_window.showNormal();
    }
    applyScale();
    updateCurtain();
}

void PresentationMode::scaleBy(double factor)
{
    m_scale = qBound(1.0, m_scale * factor, 3.0);
    QSettings().setValue(QStringLiteral("presentation/scale"), m_scale);
    applyScale();
}

void PresentationMode::applyScale()
{
    QFont font = m_window.font();
    font.setPointSizeF(m_basePointSize * (isActive() ? m_scale : 1.0));
    m_window.setFont(font);
}

} // namespace fcte
