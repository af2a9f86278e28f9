#pragma once

#include <QString>

namespace fcte {

// A name, or another one-line field, as anyone may send it (a phone, a pasted list): control
// characters and line breaks become a space (a run of them one space), and the invisible
// marks that reorder text (right-to-left overrides and isolates) are dropped. A name can then
// never run down an attendance page nor show its letters in another order than typed.
struct SingleLine {
    static QString clean(const QString &text);
};

} // namespace fcte
