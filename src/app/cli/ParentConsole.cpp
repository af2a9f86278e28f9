#include "app/cli/ParentConsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace fcte {

void attachToParentConsole()
{
#ifdef Q_OS_WIN
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer: no console to write to
    FILE *reopened = nullptr;
    freopen_s(&reopened, "CONOUT$", "w", stdout);
    freopen_s(&reopened, "CONOUT$", "w", stderr);
    freopen_s(&reopened, "CONIN$", "r", stdin);
#endif
}

} // namespace fcte
