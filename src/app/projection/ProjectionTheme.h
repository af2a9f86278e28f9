#pragma once

#include "core/session/ProjectionContent.h"

#include <QColor>
#include <QString>

namespace fcte {

// Colours for the classroom screen, chosen for a projector in a lit room.
struct ProjectionTheme {
    enum class Kind { Light, Dark, HighContrast };

    QColor background;
    QColor text;
    QColor muted;
    QColor rule;
    QColor timerText;
    QColor timerIdle;
    QColor timerRunning;
    QColor timerLow;
    QColor timerOvertime;

    static ProjectionTheme of(Kind kind);
    static QString name(Kind kind);
    static QString key(Kind kind);
    static Kind fromKey(const QString &key);
    QColor timerBackground(ProjectionContent::TimerLevel level) const;
};

} // namespace fcte
