#pragma once

#include <QtGlobal>

namespace fcte {

class Guide;
class SessionStore;

// A filled session of three schools of one zone, to try the app or to rehearse a session.
struct DemoSession {
    static qint64 create(SessionStore &store, const Guide &guide);
};

} // namespace fcte
