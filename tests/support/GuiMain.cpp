#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Application.h"

#include <QApplication>
#include <QStandardPaths>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    // Test discovery at build time only lists names: it must not need a display.
    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || std::strncmp(argv[i], "--list", 6) == 0;
    std::unique_ptr<QApplication> app;
    if (!listing) {
        app = std::make_unique<QApplication>(argc, argv);
        fcte::Application::configure();
    }
    return Catch::Session().run(argc, argv);
}
