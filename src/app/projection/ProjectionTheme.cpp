#include "app/projection/ProjectionTheme.h"

#include <QCoreApplication>

namespace fcte {

ProjectionTheme ProjectionTheme::of(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return {QColor(0x12, 0x16, 0x1c),
                QColor(0xf2, 0xf2, 0xf2),
                QColor(0xa8, 0xb0, 0xbb),
                QColor(0x3a, 0x42, 0x4d),
                Qt::white,
                QColor(0x3a, 0x42, 0x4d),
                QColor(0x2e, 0x7d, 0x32),
                QColor(0xb4, 0x53, 0x09), // amber dark enough for white figures (5:1)
                QColor(0xc6, 0x28, 0x28)};
    case Kind::HighContrast:
        return {Qt::black,
                Qt::white,
                QColor(0xff, 0xff, 0x00),
                Qt::white,
                Qt::black,
                Qt::white,
                QColor(0x00, 0xff, 0x00),
                QColor(0xff, 0xff, 0x00),
                QColor(0xff, 0x40, 0x40)};
    case Kind::Light:
        break;
    }
    return {Qt::white,
            QColor(0x11, 0x11, 0x11),
            QColor(0x55, 0x5f, 0x6b),
            QColor(0xd0, 0xd4, 0xd9),
            Qt::white,
            QColor(0x6b, 0x72, 0x7c),
            QColor(0x1b, 0x5e, 0x20),
            QColor(0xb4, 0x53, 0x09), // amber dark enough for white figures (5:1)
            QColor(0xb0, 0x00, 0x20)};
}

QString ProjectionTheme::name(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return QCoreApplication::translate("ProjectionTheme", "Oscuro");
    case Kind::HighContrast:
        return QCoreApplication::translate("ProjectionTheme", "Alto contraste");
    case Kind::Light:
        break;
    }
    return QCoreApplication::translate("ProjectionTheme", "Claro");
}

QString ProjectionTheme::key(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::HighContrast:
        return QStringLiteral("high-contrast");
    case Kind::Light:
        break;
    }
    return QStringLiteral("light");
}

ProjectionTheme::Kind ProjectionTheme::fromKey(const QString &key)
{
    if (key == QLatin1String("dark"))
        return Kind::Dark;
    if (key == QLatin1String("high-contrast"))
        return Kind::HighContrast;
    return Kind::Light;
}

QColor ProjectionTheme::timerBackground(ProjectionContent::TimerLevel level) const
{
    switch (level) {
    case ProjectionContent::TimerLevel::Running:
        return timerRunning;
    case ProjectionContent::TimerLevel::Low:
        return timerLow;
    case ProjectionContent::TimerLevel::Overtime:
        return timerOvertime;
    case ProjectionContent::TimerLevel::Idle:
        break;
    }
    return timerIdle;
}

} // namespace fcte
