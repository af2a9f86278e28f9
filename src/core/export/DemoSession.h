#pragma once

#include <QtGlobal>

namespace fcte {

class Database;

// A filled session of three schools of one zone, to try the app or to rehearse a session. Its
// content is a bitácora archive shipped as a resource; every sheet has something in it.
struct DemoSession {
    static QString archivePath();
    // Imports the demo, dated today; throws StoreError when it cannot be written.
    static qint64 create(Database &db);
};

} // namespace fcte
