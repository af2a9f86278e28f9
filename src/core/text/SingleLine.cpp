#include "core/text/SingleLine.h"

namespace fcte {
namespace {

bool reordersText(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

} // namespace

QString SingleLine::clean(const QString &text)
{
    QString line;
    line.reserve(text.size());
    bool afterBreak = false; // a space of ours stands for what came before
    for (const QChar c : text) {
        if (reordersText(c.unicode()))
            continue;
        const QChar::Category category = c.category();
        const bool breaks = category == QChar::Other_Control || category == QChar::Separator_Line ||
                            category == QChar::Separator_Paragraph;
        if (breaks || (afterBreak && c.isSpace())) {
            // A run of breaks, with the spaces around it, is one space; spaces typed between
            // words stay as typed.
            if (!line.isEmpty() && !line.endsWith(QLatin1Char(' ')))
                line.append(QLatin1Char(' '));
            afterBreak = true;
            continue;
        }
        afterBreak = false;
        line.append(c);
    }
    return line.trimmed();
}

} // namespace fcte
