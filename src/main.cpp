#include "app/Application.h"
#include "app/cli/CommandLine.h"
#include "app/cli/ParentConsole.h"

#include <QApplication>
#include <QGuiApplication>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

// The phones' server keeps its own cap of connections well under the hard limit; the soft one
// (often 1,024) is raised to it so a burst of connections from the room's network can never
// leave the window without a descriptor for a file.
void raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    // Kept for the whole run: QApplication holds on to argv.
    std::vector<QByteArray> shielded = fcte::CommandLine::shieldedFromQt(argc, argv);
    std::vector<char *> pointers;
    for (QByteArray &argument : shielded)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    argc = int(shielded.size());
    argv = pointers.data();
    // Headless commands must work with no display: they draw PDFs offscreen and never create a
    // window, whatever QT_QPA_PLATFORM says.
    if (fcte::CommandLine::isHeadless(argc, argv)) {
        fcte::attachToParentConsole();
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        fcte::Application::configure();
        return fcte::CommandLine(app.arguments()).runHeadless();
    }
    QApplication app(argc, argv);
    fcte::Application::configure();
    return fcte::Application::runInteractive(fcte::CommandLine(app.arguments()));
}
