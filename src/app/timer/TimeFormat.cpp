#include "app/timer/TimeFormat.h"

#include "core/session/Bitacora.h"
#include "core/session/SessionTimer.h"

#include <QCoreApplication>

namespace fcte {
namespace {

QString clockText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace

QString countdownText(qint64 remainingMs)
{
    if (remainingMs >= 0)
        return clockText(remainingMs + 999); // 00:01 until the very last moment
    return QLatin1Char('+') + clockText(-remainingMs);
}

QString elapsedText(qint64 elapsedMs)
{
    return clockText(qMax<qint64>(0, elapsedMs));
}

TimerReadout readTimer(const SessionTimer &timer, const Bitacora &bitacora, int activity)
{
    using Level = ProjectionContent::TimerLevel;
    const auto levelOf = [](qint64 remaining, qint64 planned, bool running, bool hasRun) {
        if (remaining <= 0 && (running || hasRun))
            return Level::Overtime;
        if (running)
            return remaining <= qMin<qint64>(120000, planned / 4) ? Level::Low : Level::Running;
        return Level::Idle;
    };
    TimerReadout readout;
    if (timer.isOnBreak()) {
        // The room is on its break, whatever the window shows: the break's own countdown.
        const qint64 left = qint64(timer.breakMinutes()) * 60000 - timer.breakElapsedMs();
        readout.countdown = countdownText(left);
        readout.remainingMs = left;
        readout.level = left <= 0 ? Level::Overtime : Level::Running;
        readout.note = QCoreApplication::translate("TimerBar", "En receso");
        return readout;
    }
    if (timer.isFinished(activity)) {
        // Looked at again after the room moved on: how long it took, never a countdown in red.
        readout.countdown = QCoreApplication::translate("TimerBar", "✓ %1")
                                .arg(elapsedText(timer.elapsedMs(activity)));
        readout.remainingMs = 1;
        readout.level = Level::Idle;
        readout.note = QCoreApplication::translate("TimerBar", "Terminada: %1 de %2 min")
                           .arg(elapsedText(timer.elapsedMs(activity)))
                           .arg(timer.plannedMinutes(activity));
        return readout;
    }
    const qint64 planned = qint64(timer.plannedMinutes(activity)) * 60000;
    const qint64 remaining = timer.remainingMs(activity);
    const bool running = timer.isRunning(activity);
    readout.countdown = countdownText(remaining);
    readout.remainingMs = remaining;
    readout.level = levelOf(remaining, planned, running, timer.hasRun(activity));
    if (timer.minutesPerTurn(activity) <= 0)
        return readout;

    const int turn = timer.currentTurn(activity);
    if (turn < 0) {
        readout.note = QCoreApplication::translate("TimerBar", "Todas las escuelas presentaron");
        return readout;
    }
    const qint64 turnPlanned = qint64(timer.minutesPerTurn(activity)) * 60000;
    const qint64 elapsed = timer.turnElapsedMs(activity, turn);
    readout.turnOver = elapsed > turnPlanned;
    readout.countdown = countdownText(turnPlanned - elapsed);
    readout.remainingMs = turnPlanned - elapsed;
    readout.level = levelOf(turnPlanned - elapsed, turnPlanned, running, elapsed > 0);
    readout.speaker = bitacora.schoolName(timer.turns(activity).at(turn).schoolId);
    readout.note = QCoreApplication::translate("TimerBar", "Actividad: %1 (turnos de %2 min)")
                       .arg(countdownText(remaining))
                       .arg(timer.minutesPerTurn(activity));
    return readout;
}

} // namespace fcte
