#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace fcte {

// Text that steps back (a done activity, a struck entry, the keys' reminder under a sheet) and
// still reads from a chair: the palette's text mixed toward the background only as far as WCAG
// AA allows (4.5:1), in a light palette or a dark one. Qt's disabled text (#bebebe on white,
// 1.9:1) is for what cannot be used, not for what is done.
struct MutedText {
    static constexpr double MinimumContrast = 4.5;
    static QColor on(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);
    // A label's text, muted on the window's background.
    static void apply(QWidget *label);
    // WCAG 2's contrast ratio.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace fcte
