#include "TimeFormat.h"

#include "session/Bitacora.h"
#include "session/SessionTimer.h"

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
    TimerReadout readout;
    const qint64 planned = qint64(timer.plannedMinutes(activity)) * 60000;
    const qint64 remaining = timer.remainingMs(activity);
    const bool running = timer.isRunning(activity);
    readout.countdown = countdownText(remaining);
    if (remaining <= 0 && (running || timer.hasRun(activity)))
        readout.level = Level::Overtime;
    else if (running)
        readout.level =
            remaining <= qMin<qint64>(120000, planned / 4) ? Level::Low : Level::Running;
    if (timer.minutesPerTurn(activity) > 0) {
        const int turn = timer.currentTurn(activity);
        if (turn < 0) {
            readout.turn =
                QCoreApplication::translate("TimerBar", "Todas las escuelas presentaron");
        } else {
            const qint64 elapsed = timer.turnElapsedMs(activity, turn);
            readout.turnOver = elapsed > qint64(timer.minutesPerTurn(activity)) * 60000;
            readout.turn = QCoreApplication::translate("TimerBar", "Habla: %1 · %2 de %3 min")
                               .arg(bitacora.schoolName(timer.turns(activity).at(turn).schoolId),
                                    elapsedText(elapsed))
                               .arg(timer.minutesPerTurn(activity));
        }
    }
    return readout;
}

} // namespace fcte
