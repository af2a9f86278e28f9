#pragma once

#include "core/guide/GuideLoader.h"

namespace fcte {

class SessionStore;

// The guide a session runs: the one kept with it (see Guide::sourceJson), or, for a session
// that kept none yet, the built-in guide its id names, which is kept from then on.
struct SessionGuide {
    static GuideLoadResult load(SessionStore &sessions, qint64 sessionId);
    // Keeps the guide with the session (a session started from a guide file).
    static void keep(SessionStore &sessions, qint64 sessionId, const Guide &guide);
};

} // namespace fcte
