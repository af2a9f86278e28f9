#include "SingleLine.h"

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
    for (const QChar c : text) {
        if (reordersText(c.unicode()))
            continue;
        const QChar::Category category = c.category();
        const bool breaks = category == QChar::Other_Control || category == QChar::Separator_Line ||
                            category == QChar::Separator_Paragraph;
        line.append(breaks ? QChar(u' ') : c);
    }
    return line.simplified();
}

} // namespace fcte
