#pragma once

#include "Guide.h"

#include <QStringList>

namespace fcte {

// The guides the app ships: the SEP's fourth session and our follow-up agenda. A session names
// its guide by id; the library finds it (loaded and validated once).
struct GuideLibrary {
    // The built-in guide with that id, or nullptr.
    static const Guide *builtIn(const QString &id);
    // The guide a session ran with: its own, or the fourth session's when the id is unknown.
    static const Guide &forSession(const QString &guideId);
    // Errors of a built-in guide that does not load (none in a sound build).
    static QStringList problems();
};

} // namespace fcte
