#include "SessionLifecycle.h"

#include "Messages.h"
#include "SessionSummaryDialog.h"
#include "export/ExportActions.h"
#include "session/SessionRunner.h"
#include "session/SessionTimer.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace fcte {

SessionLifecycle::SessionLifecycle(const Guide &guide, SessionTimer &timer, SessionRunner &runner,
                                   ExportActions &exports, QWidget &window)
    : QObject(&window)
    , m_guide(guide)
    , m_timer(timer)
    , m_runner(runner)
    , m_exports(exports)
    , m_window(window)
{
    m_start = new QAction(tr("▶ Iniciar sesión"), this);
    m_start->setObjectName(QStringLiteral("startSessionAction"));
    m_start->setToolTip(tr("Desde ahora cuenta el horario: antes nada va retrasado"));
    m_end = new QAction(tr("■ Terminar sesión…"), this);
    m_end->setObjectName(QStringLiteral("endSessionAction"));
    m_end->setToolTip(tr("Detiene los cronómetros, registra la hora de término y muestra el "
                         "resumen"));
    connect(m_start, &QAction::triggered, this, &SessionLifecycle::start);
    connect(m_end, &QAction::triggered, this, &SessionLifecycle::end);
    connect(&m_timer, &SessionTimer::changed, this, &SessionLifecycle::update);
    update();
}

void SessionLifecycle::update()
{
    m_start->setVisible(!m_timer.sessionStarted() || m_timer.sessionEnded());
    m_start->setText(m_timer.sessionEnded() ? tr("▶ Reanudar la sesión") : tr("▶ Iniciar sesión"));
    m_end->setEnabled(m_timer.sessionStarted() && !m_timer.sessionEnded());
}

void SessionLifecycle::start()
{
    if (m_timer.sessionEnded()) {
        m_timer.resumeSession();
        return;
    }
    if (m_timer.sessionStarted())
        return;
    // Timers used before the start were a rehearsal: the record should not count them.
    bool discard = false;
    if (m_timer.anyTimerHasRun()) {
        QMessageBox box(QMessageBox::Question, tr("Iniciar sesión"),
                        tr("Los cronómetros se usaron antes de iniciar (un ensayo). ¿Poner "
                           "todos los tiempos en cero para empezar?"),
                        QMessageBox::NoButton, &m_window);
        box.setTextFormat(Qt::PlainText);
        QPushButton *zero = box.addButton(tr("Sí, desde cero"), QMessageBox::YesRole);
        box.addButton(tr("No, conservarlos"), QMessageBox::NoRole);
        QPushButton *cancel = box.addButton(tr("Cancelar"), QMessageBox::RejectRole);
        box.setDefaultButton(zero);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton *>(cancel))
            return;
        discard = box.clickedButton() == static_cast<QAbstractButton *>(zero);
    }
    m_timer.startSession(m_runner.currentActivity(), discard);
}

void SessionLifecycle::end()
{
    if (!m_timer.sessionStarted() || m_timer.sessionEnded())
        return;
    if (!Messages::question(&m_window, tr("Terminar sesión"),
                            tr("¿Terminar la sesión ahora? Se detienen los cronómetros y se "
                               "registra la hora de término. Puede reanudarla después.")))
        return;
    m_timer.endSession();
    showSummary();
}

void SessionLifecycle::showSummary()
{
    SessionSummaryDialog summary(m_guide, m_timer, &m_window);
    switch (summary.exec()) {
    case SessionSummaryDialog::Export:
        m_exports.exportPdf();
        break;
    case SessionSummaryDialog::Resume:
        m_timer.resumeSession();
        break;
    default:
        break;
    }
}

} // namespace fcte
