#include "app/timer/TimerBar.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"

#include "app/timer/TimeFormat.h"
#include "core/model/Clock.h"
#include "core/session/Bitacora.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace fcte {
namespace {

constexpr qint64 FlashMs = 4000;

QToolButton *buttonFor(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QString shortTime(const QDateTime &time)
{
    return time.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

TimerBar::TimerBar(SessionTimer &timer, SessionRunner &runner, Bitacora &bitacora, QWidget *parent)
    : QWidget(parent)
    , m_timer(timer)
    , m_runner(runner)
    , m_bitacora(bitacora)
{
    setObjectName(QStringLiteral("timerBar"));
    // Two rows beside the countdown: this activity's controls, then the whole morning's clock.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    auto *layout = new QHBoxLayout;
    auto *clockRow = new QHBoxLayout;

    m_countdown = plainLabel();
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    big.setStyleHint(QFont::Monospace);
    m_countdown->setFont(big);
    m_countdown->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("+00:00:00")));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setAutoFillBackground(true);
    grid->addWidget(m_countdown, 0, 0, 2, 1);
    grid->addLayout(layout, 0, 1);
    grid->addLayout(clockRow, 1, 1);
    grid->setColumnStretch(1, 1);

    m_toggle = new QAction(this);
    m_toggle->setObjectName(QStringLiteral("toggleTimerAction"));
    m_toggle->setShortcut(QKeySequence(Qt::Key_F9));
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_less = new QAction(tr("−1 min"), this);
    m_less->setObjectName(QStringLiteral("lessTimeAction"));
    m_less->setToolTip(tr("Quitar un minuto a esta actividad"));
    m_more = new QAction(tr("+1 min"), this);
    m_more->setObjectName(QStringLiteral("moreTimeAction"));
    m_more->setToolTip(tr("Dar un minuto más a esta actividad"));
    m_nextSchool = new QAction(tr("Siguiente escuela ▶"), this);
    m_nextSchool->setObjectName(QStringLiteral("nextSchoolAction"));
    m_nextSchool->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextSchool->setToolTip(
        tr("Termina el turno de esta escuela y da la palabra a la siguiente (F8)"));
    m_sound = new QAction(tr("Sonido al llegar a cero"), this);
    m_sound->setObjectName(QStringLiteral("timerSoundAction"));
    m_sound->setCheckable(true);
    m_sound->setChecked(QSettings().value(QStringLiteral("timer/sound"), false).toBool());

    createBreakActions();

    m_toggleButton = buttonFor(m_toggle);
    layout->addWidget(m_toggleButton);
    layout->addWidget(buttonFor(m_less));
    layout->addWidget(buttonFor(m_more));

    m_turn = plainLabel();
    m_turn->setObjectName(QStringLiteral("turnLabel"));
    QFont turnFont = m_turn->font();
    turnFont.setPointSizeF(turnFont.pointSizeF() * 1.2);
    m_turn->setFont(turnFont);
    // Long school names must not widen the window past the laptop's screen.
    m_turn->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addSpacing(12);
    m_nextSchoolButton = buttonFor(m_nextSchool);
    layout->addWidget(m_nextSchoolButton);
    layout->addWidget(m_turn, 10);
    layout->addStretch(1); // keeps the buttons together when no school is speaking

    m_clock = plainLabel();
    m_clock->setObjectName(QStringLiteral("sessionClockLabel"));
    m_clock->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    clockRow->addWidget(m_clock, 1);
    m_breakNow = new QAction(tr("☕ Iniciar receso"), this);
    m_breakNow->setObjectName(QStringLiteral("breakNowAction"));
    m_breakNow->setToolTip(
        tr("El receso empieza ahora: se pausa la actividad y su tiempo cuenta contra el plan del "
           "receso"));
    connect(m_breakNow, &QAction::triggered, this, [this] {
        const int current = m_runner.currentActivity();
        if (m_timer.isOnBreak())
            m_timer.endBreak(current);
        else
            m_timer.startBreak(m_timer.reachedActivity(current));
    });
    m_breakButton = buttonFor(m_breakNow);
    m_breakButton->setObjectName(QStringLiteral("breakNowButton"));
    clockRow->addWidget(m_breakButton);
    m_recover = new QPushButton(tr("Recuperar tiempo…"));
    m_recover->setObjectName(QStringLiteral("recoverTimeButton"));
    m_recover->setToolTip(tr("Propone recortar las actividades siguientes que no son fijas"));
    clockRow->addWidget(m_recover);
    m_clockRow = clockRow;

    connect(m_toggle, &QAction::triggered, this,
            [this] { m_timer.toggle(m_runner.currentActivity()); });
    connect(m_less, &QAction::triggered, this,
            [this] { m_timer.adjustMinutes(m_runner.currentActivity(), -1); });
    connect(m_more, &QAction::triggered, this,
            [this] { m_timer.adjustMinutes(m_runner.currentActivity(), 1); });
    connect(m_nextSchool, &QAction::triggered, this,
            [this] { m_timer.nextSchool(m_runner.currentActivity()); });
    connect(m_sound, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("timer/sound"), on); });
    connect(m_recover, &QPushButton::clicked, this, &TimerBar::recoveryRequested);
    connect(&m_timer, &SessionTimer::changed, this, &TimerBar::refresh);
    connect(&m_runner, &SessionRunner::currentActivityChanged, this, &TimerBar::refresh);

    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &TimerBar::refresh);
    m_tick->start();
    refresh();
}

// The proposed break: whether there is one (the guide has none), and where it goes.
void TimerBar::createBreakActions()
{
    m_break = new QAction(tr("Proponer un receso"), this);
    m_break->setObjectName(QStringLiteral("breakAction"));
    m_break->setCheckable(true);
    m_break->setChecked(m_timer.isBreakProposed());
    m_break->setToolTip(tr("La guía no incluye receso: es una propuesta que usted decide. Su "
                           "duración se cambia en la agenda."));
    connect(m_break, &QAction::toggled, this,
            [this](bool proposed) { m_timer.setBreakProposed(proposed); });
    m_breakEarlier = new QAction(tr("Receso una actividad antes"), this);
    m_breakEarlier->setObjectName(QStringLiteral("breakEarlierAction"));
    m_breakLater = new QAction(tr("Receso una actividad después"), this);
    m_breakLater->setObjectName(QStringLiteral("breakLaterAction"));
    connect(m_breakEarlier, &QAction::triggered, this, [this] { m_timer.moveBreak(-1); });
    connect(m_breakLater, &QAction::triggered, this, [this] { m_timer.moveBreak(1); });
    const auto followBreak = [this] {
        const QSignalBlocker blocker(m_break); // 0 minutes typed in the agenda means "no break"
        m_break->setChecked(m_timer.isBreakProposed());
        const bool taken = !m_timer.breaks().isEmpty() && m_timer.breaks().first().hasStarted();
        m_breakEarlier->setEnabled(m_timer.isBreakProposed() && !taken);
        m_breakLater->setEnabled(m_timer.isBreakProposed() && !taken);
    };
    connect(&m_timer, &SessionTimer::changed, m_break, followBreak);
    followBreak();
}

void TimerBar::setPreparation(std::function<QString()> readiness)
{
    m_readiness = std::move(readiness);
    refresh();
}

void TimerBar::addSessionAction(QAction *action)
{
    QToolButton *button = buttonFor(action);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    m_clockRow->addWidget(button);
    const auto follow = [button, action] {
        button->setVisible(action->isVisible());
    };
    connect(action, &QAction::changed, button, follow);
    follow();
}

QString TimerBar::countdown() const
{
    return m_countdown->text();
}

QString TimerBar::turnText() const
{
    return m_turn->isVisible() ? m_turn->toolTip() : QString();
}

QString TimerBar::clockText() const
{
    return m_wholeClock;
}

bool TimerBar::isClockCut() const
{
    const QStringList lines = m_clock->text().split(QLatin1Char('\n'));
    if (lines.size() > 2 || m_clock->height() < m_clock->sizeHint().height())
        return true;
    for (const QString &line : lines) {
        if (m_clock->fontMetrics().horizontalAdvance(line) > m_clock->width())
            return true;
    }
    return false;
}

bool TimerBar::isFlashing() const
{
    return m_timer.clock().nowMs() < m_flashUntilMs;
}

void TimerBar::refresh()
{
    const int activity = m_runner.currentActivity();
    const qint64 now = m_timer.clock().nowMs();
    const bool running = m_timer.isRunning(activity);
    const TimerReadout readout = readTimer(m_timer, m_bitacora, activity);
    const qint64 remaining = readout.remainingMs;

    // Crossing zero while running (the activity's, or the speaking school's): flash, and beep if
    // asked to.
    if (activity == m_lastActivity && running && m_lastRemainingMs > 0 && remaining <= 0) {
        m_flashUntilMs = now + FlashMs;
        if (m_sound->isChecked())
            QApplication::beep();
    }
    m_lastActivity = activity;
    m_lastRemainingMs = remaining;

    // The break can begin once the session has, and ends where it began.
    const bool live = m_timer.sessionStarted() && !m_timer.sessionEnded();
    // One break, kept as it happened: once taken it neither starts again nor moves.
    const bool taken = !m_timer.breaks().isEmpty() && m_timer.breaks().first().hasStarted();
    m_breakNow->setEnabled(live && (m_timer.isOnBreak() || !taken));
    // On the bar only while the session runs: before it the row tells the plan.
    m_breakButton->setVisible(m_breakNow->isEnabled());
    m_breakNow->setText(m_timer.isOnBreak() ? tr("☕ Terminar receso") : tr("☕ Iniciar receso"));

    m_countdown->setText(readout.countdown);
    m_level = readout.level;
    applyLevel(m_level, isFlashing() && (now / 400) % 2 == 0);

    // "actividad" on each: the session's own button beside it says "Comenzar la sesión".
    m_toggle->setText(running                    ? tr("‖ Pausar actividad")
                      : m_timer.hasRun(activity) ? tr("▶ Reanudar actividad")
                                                 : tr("▶ Iniciar actividad"));
    m_toggle->setToolTip(tr("Inicia o pausa el tiempo de esta actividad (F9)"));

    const bool perSchool = m_timer.minutesPerTurn(activity) > 0;
    m_turn->setVisible(perSchool);
    m_nextSchoolButton->setVisible(perSchool);
    m_nextSchool->setEnabled(perSchool && m_timer.currentTurn(activity) >= 0);
    // One line, cut in the middle when the laptop is narrow (the whole name is in the tooltip
    // and on the classroom screen): a wrapped label would make the bar twice as tall.
    // The name on one line, giving up its middle when the laptop is narrow (whole in the tooltip
    // and on the classroom screen); the activity's total goes to the clock's row.
    const QString turn = readout.speaker.isEmpty()
                             ? readout.note
                             : tr("Habla: %1 · %2").arg(readout.speaker, readout.note);
    const QString shown =
        readout.speaker.isEmpty() ? readout.note : tr("Habla: %1").arg(readout.speaker);
    m_turn->setText(m_turn->fontMetrics().elidedText(shown, Qt::ElideMiddle, m_turn->width()));
    m_turn->setToolTip(plainToolTip(turn));
    m_turn->setStyleSheet(readout.turnOver ? QStringLiteral("color: #b00020; font-weight: bold")
                                           : QString());
    // During school turns the row starts with the whole activity's time (the turns' length is on
    // the page and in the queue).
    const QString activityTotal =
        readout.speaker.isEmpty()
            ? QString()
            : tr("Actividad %1 · ").arg(countdownText(m_timer.remainingMs(activity)));

    const ScheduleSummary summary = m_timer.summary(activity);
    if (!m_timer.sessionStarted() || m_timer.sessionEnded()) {
        const QString readiness = m_readiness ? m_readiness() : QString();
        // Before the start nothing is late (a rehearsal the night before); after the end the
        // clock tells when it ended.
        fitClockText(
            m_timer.sessionEnded()
                ? tr("%1Sesión terminada a las %2 (iniciada %3)")
                      .arg(activityTotal, shortTime(m_timer.endedAt()),
                           shortTime(m_timer.startedAt()))
                : tr("%1Sin iniciar · plan %2–%3%4%5")
                      .arg(activityTotal,
                           shortTime(QDateTime(QDate::currentDate(), m_timer.plannedStart())),
                           shortTime(summary.plannedEnd),
                           // Said only when the activities' minutes end elsewhere.
                           summary.projectedEnd == summary.plannedEnd
                               ? QString()
                               : tr(", fin según el plan %1").arg(shortTime(summary.projectedEnd)),
                           readiness.isEmpty() ? QString() : QStringLiteral(" · ") + readiness));
        m_clock->setStyleSheet(QString());
        m_recover->setVisible(false);
        return;
    }
    QString status = tr("a tiempo");
    if (summary.minutesBehind == 1)
        status = tr("1 min de retraso");
    else if (summary.minutesBehind > 1)
        status = tr("%1 min de retraso").arg(summary.minutesBehind);
    else if (summary.minutesBehind == -1)
        status = tr("1 min adelantado");
    else if (summary.minutesBehind < -1)
        status = tr("%1 min adelantados").arg(-summary.minutesBehind);
    if (m_timer.isOnBreak())
        status = tr("en receso · %1").arg(status);
    // What matters first: how late, then when it ends against the plan (the start is in the
    // tooltip); so short that a laptop's row holds it whole.
    fitClockText(tr("%1%2 · fin %3 (plan %4)")
                     .arg(activityTotal, status, shortTime(summary.projectedEnd),
                          shortTime(summary.plannedEnd)));
    m_clock->setStyleSheet(summary.minutesBehind > 0
                               ? QStringLiteral("color: #b00020; font-weight: bold")
                           : summary.minutesBehind < 0 ? QStringLiteral("color: #1b5e20")
                                                       : QString());
    m_recover->setVisible(summary.minutesBehind > 0);
}

void TimerBar::fitClockText(const QString &whole)
{
    m_wholeClock = whole;
    const QString started = m_timer.sessionStarted() && !m_timer.sessionEnded()
                                ? tr(" · inicio %1").arg(shortTime(m_timer.startedAt()))
                                : QString();
    m_clock->setToolTip(plainToolTip(m_wholeClock + started));
    // Whole, on two lines when a narrow laptop needs them (broken at a " · "): the lateness is
    // never cut, and the row is one line whenever it fits.
    const QFontMetrics metrics = m_clock->fontMetrics();
    const int room = m_clock->width();
    QString shown = m_wholeClock;
    const QString separator = QStringLiteral(" · ");
    if (metrics.horizontalAdvance(shown) > room) {
        qsizetype cut = shown.lastIndexOf(separator);
        while (cut > 0 && metrics.horizontalAdvance(shown.left(cut)) > room)
            cut = shown.lastIndexOf(separator, cut - 1);
        if (cut > 0)
            shown = shown.left(cut) + QLatin1Char('\n') + shown.mid(cut + separator.size());
    }
    if (shown != m_clock->text())
        m_clock->setText(shown);
}

void TimerBar::applyLevel(Level level, bool flashOn)
{
    QString colors;
    switch (level) {
    case Level::Idle:
        colors = QStringLiteral("color: #555555; background: #eeeeee;");
        break;
    case Level::Running:
        colors = QStringLiteral("color: #ffffff; background: #1b5e20;");
        break;
    case Level::Low:
        colors = QStringLiteral("color: #000000; background: #ffb300;");
        break;
    case Level::Overtime:
        colors = QStringLiteral("color: #ffffff; background: #b00020;");
        break;
    }
    if (flashOn)
        colors = QStringLiteral("color: #b00020; background: #ffffff;");
    m_countdown->setStyleSheet(colors + QStringLiteral(" border-radius: 6px; padding: 2px 10px;"));
}

} // namespace fcte
