#include "app/timer/SessionLifecycle.h"

#include "app/Messages.h"
#include "app/export/ExportActions.h"
#include "app/session/PreparationDialog.h"
#include "app/timer/SessionSummaryDialog.h"
#include "core/guide/Guide.h"
#include "core/model/Clock.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace fcte {

SessionLifecycle::SessionLifecycle(const Guide &guide, Bitacora &bitacora, SessionTimer &timer,
                                   SessionRunner &runner, ExportActions &exports, QWidget &window)
    : QObject(&window)
    , m_guide(guide)
    , m_bitacora(bitacora)
    , m_timer(timer)
    , m_runner(runner)
    , m_exports(exports)
    , m_window(window)
{
    m_prepare = new QAction(tr("Preparar la sesión…"), this);
    m_prepare->setObjectName(QStringLiteral("prepareSessionAction"));
    m_prepare->setToolTip(
        tr("Lo que pide la guía antes de la sesión y lo que contendrá la bitácora"));
    connect(m_prepare, &QAction::triggered, this, &SessionLifecycle::prepare);
    m_start = new QAction(tr("Comenzar la sesión"), this);
    m_start->setObjectName(QStringLiteral("startSessionAction"));
    m_start->setToolTip(tr("Desde ahora cuenta el horario: antes nada va retrasado"));
    m_end = new QAction(tr("■ Terminar sesión…"), this);
    m_end->setObjectName(QStringLiteral("endSessionAction"));
    m_end->setToolTip(tr("Detiene los cronómetros, registra la hora de término y muestra el "
                         "resumen"));
    connect(m_start, &QAction::triggered, this, &SessionLifecycle::start);
    connect(m_end, &QAction::triggered, this, &SessionLifecycle::end);
    connect(&m_timer, &SessionTimer::changed, this, &SessionLifecycle::update);
    // Read once and after each visit to the checklist: the clock asks four times a second.
    m_readiness = PreparationDialog::readiness(m_guide, m_bitacora);
    update();
}

void SessionLifecycle::prepare()
{
    PreparationDialog dialog(m_guide, m_bitacora, &m_window);
    dialog.exec();
    refreshReadiness();
}

void SessionLifecycle::refreshReadiness()
{
    // The timer bar reads it on its next tick (four times a second): no signal of another
    // object's to emit.
    m_readiness = PreparationDialog::readiness(m_guide, m_bitacora);
    update();
}

QString SessionLifecycle::readiness() const
{
    return m_readiness;
}

void SessionLifecycle::update()
{
    m_prepare->setVisible(!m_timer.sessionStarted() && !m_readiness.isEmpty());
    m_start->setVisible(!m_timer.sessionStarted() || m_timer.sessionEnded());
    m_start->setText(m_timer.sessionEnded() ? tr("Reanudar la sesión") : tr("Comenzar la sesión"));
    // On the bar while the session runs, as "Comenzar la sesión" is before it.
    m_end->setVisible(m_timer.sessionStarted() && !m_timer.sessionEnded());
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
        QMessageBox box(QMessageBox::Question, tr("Comenzar la sesión"),
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
    askAboutEarlierActivities(m_runner.currentActivity(), discard);
}

bool SessionLifecycle::askAboutEarlierActivities(int current, bool discard)
{
    bool earlierRan = false;
    for (const Activity &activity : m_guide.activities()) {
        if (activity.number < current)
            earlierRan = earlierRan || (!discard && m_timer.hasRun(activity.number));
    }
    if (m_guide.activities().isEmpty() || current <= m_guide.activities().first().number ||
        earlierRan) {
        m_timer.startSession(current, discard);
        return true;
    }
    // Starting midway: the earlier activities were done before (the day began earlier), or are
    // left out of this session. Either way the schedule must not count them as time won.
    QMessageBox box(QMessageBox::Question, tr("Comenzar la sesión"),
                    tr("La sesión empieza en una actividad posterior a la primera. ¿Las "
                       "actividades anteriores ya se hicieron, o no se harán en esta sesión?"),
                    QMessageBox::NoButton, &m_window);
    box.setTextFormat(Qt::PlainText);
    QPushButton *done = box.addButton(tr("Ya se hicieron…"), QMessageBox::YesRole);
    QPushButton *skipped = box.addButton(tr("No se harán"), QMessageBox::NoRole);
    box.addButton(tr("Cancelar"), QMessageBox::RejectRole);
    box.setDefaultButton(skipped);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(skipped)) {
        m_timer.startSessionMidway(current, discard, {});
        return true;
    }
    if (box.clickedButton() != static_cast<QAbstractButton *>(done))
        return false;
    int earlierMinutes = 0;
    for (const Activity &activity : m_guide.activities()) {
        if (activity.number < current)
            earlierMinutes += m_timer.plannedMinutes(activity.number);
    }
    const QDateTime now = m_timer.clock().now();
    bool ok = false;
    const QString typed =
        QInputDialog::getText(&m_window, tr("Comenzar la sesión"),
                              tr("¿A qué hora empezó la sesión? (HH:MM)"), QLineEdit::Normal,
                              QLocale().toString(now.addSecs(-qint64(earlierMinutes) * 60).time(),
                                                 QStringLiteral("HH:mm")),
                              &ok);
    if (!ok)
        return false;
    const QTime began = QTime::fromString(typed.trimmed(), QStringLiteral("H:mm"));
    if (!began.isValid() || QDateTime(now.date(), began) > now) {
        Messages::warning(&m_window, tr("Comenzar la sesión"),
                          tr("Escriba una hora de hoy, ya pasada, como 8:30."));
        return false;
    }
    m_timer.startSessionMidway(current, discard, QDateTime(now.date(), began));
    return true;
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
    Q_EMIT ended();
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
