#pragma once

#include <QString>

namespace fcte {

// "mm:ss" for a countdown, "+mm:ss" in overtime; hours are shown when they are needed.
QString countdownText(qint64 remainingMs);
// "mm:ss" of elapsed time.
QString elapsedText(qint64 elapsedMs);

} // namespace fcte
