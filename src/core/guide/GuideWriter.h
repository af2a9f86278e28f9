#pragma once

#include <QByteArray>

namespace fcte {

class Guide;

// Writes a guide as a file the loader reads back to the same guide: pretty-printed JSON with
// two-space indentation, keys always in the same order, lists of names (sheets, what an
// activity shows) on one line and lists of sentences one per line, optional fields left out when
// empty. The same guide always gives the same bytes, so two versions of a guide compare line by
// line, and a shipped guide loaded and written again is byte for byte the file it came from.
class GuideWriter {
public:
    static QByteArray toJson(const Guide &guide);
};

} // namespace fcte
