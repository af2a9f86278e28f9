#pragma once

#include <QString>

namespace fcte {

// Text copied from a PDF keeps the page's line breaks, and words split at a line's end
// ("uti-\nlizado"). Joined here into the paragraphs they were: lines of a paragraph become one
// line, a word hyphenated across lines is whole again, and paragraphs stay apart. Where the
// text has blank lines they alone separate paragraphs; where it has none, a line ending a
// sentence (. ? ! : or a closing quote) ends its paragraph.
struct PastedParagraphs {
    static QString join(const QString &text);
};

} // namespace fcte
