#include "TimeFormat.h"

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

} // namespace fcte
