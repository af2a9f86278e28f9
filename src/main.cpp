#include "Application.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Headless commands must work with no display, so they never create a QApplication.
    if (fcte::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        fcte::Application::configure();
        return fcte::CommandLine(app.arguments()).runHeadless();
    }
    QApplication app(argc, argv);
    fcte::Application::configure();
    return fcte::Application::runInteractive(fcte::CommandLine(app.arguments()));
}
