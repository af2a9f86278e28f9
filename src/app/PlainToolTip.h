#pragma once

#include <QString>

namespace fcte {

// Qt shows a tooltip as rich text whenever it looks like markup (Qt::mightBeRichText): a name
// typed on a phone as "<img src=/dev/zero>" made the window read /dev/zero until it held 4 GB.
// Every tooltip that can hold user text (a name, a school, a caption, an activity of a guide
// written by hand) goes through here: escaped, and kept on its lines, it shows exactly as typed.
// scripts/test fails on a setToolTip() given anything else than this or a fixed tr() text.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

} // namespace fcte
