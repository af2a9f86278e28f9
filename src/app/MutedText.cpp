#include "app/MutedText.h"

#include <QWidget>

#include <algorithm>
#include <cmath>

namespace fcte {
namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

} // namespace

double MutedText::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor MutedText::on(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor ground = palette.color(QPalette::Active, background);
    // Halfway to the background, then back toward the text until it reads.
    for (double share = 0.5; share > 0; share -= 0.05) {
        const QColor candidate = mix(text, ground, share);
        if (contrast(candidate, ground) >= MinimumContrast)
            return candidate;
    }
    return text;
}

void MutedText::apply(QWidget *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, on(palette, QPalette::Window));
    label->setPalette(palette);
}

} // namespace fcte
