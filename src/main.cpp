#include "Application.h"
#include "cli/CommandLine.h"
#include "cli/ParentConsole.h"

#include <QApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
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
