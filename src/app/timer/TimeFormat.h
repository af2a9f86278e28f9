#pragma once

#include "core/session/ProjectionContent.h"

#include <QString>

namespace fcte {

class Bitacora;
class SessionTimer;

// "mm:ss" for a countdown, "+mm:ss" in overtime; hours are shown when they are needed.
QString countdownText(qint64 remainingMs);
// "mm:ss" of elapsed time.
QString elapsedText(qint64 elapsedMs);

// How an activity's timer reads, on the laptop and on the classroom screen alike. While a school
// has the floor (activity 7's presentations, any per-school timer) the big clock is that school's
// own countdown and the activity's total is secondary.
struct TimerReadout {
    QString countdown; // the big clock
    qint64 remainingMs = 0;
    ProjectionContent::TimerLevel level = ProjectionContent::TimerLevel::Idle;
    QString speaker;       // the speaking school's full name, for per-school activities
    QString note;          // the activity's total while a school speaks, or "all presented"
    bool turnOver = false; // the school is past its minutes
};
TimerReadout readTimer(const SessionTimer &timer, const Bitacora &bitacora, int activity);

} // namespace fcte
