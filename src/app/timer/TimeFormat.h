#pragma once

#include "session/ProjectionContent.h"

#include <QString>

namespace fcte {

class Bitacora;
class SessionTimer;

// "mm:ss" for a countdown, "+mm:ss" in overtime; hours are shown when they are needed.
QString countdownText(qint64 remainingMs);
// "mm:ss" of elapsed time.
QString elapsedText(qint64 elapsedMs);

// How an activity's timer reads, on the laptop and on the classroom screen alike.
struct TimerReadout {
    QString countdown;
    ProjectionContent::TimerLevel level = ProjectionContent::TimerLevel::Idle;
    QString turn;          // the speaking school, for per-school activities
    bool turnOver = false; // the school is past its minutes
};
TimerReadout readTimer(const SessionTimer &timer, const Bitacora &bitacora, int activity);

} // namespace fcte
