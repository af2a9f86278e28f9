#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    // PDF export needs fonts, so the core tests run a QGuiApplication (offscreen, set by ctest).
    // Test discovery at build time only lists names: it must not need a display.
    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || std::strncmp(argv[i], "--list", 6) == 0;
    std::unique_ptr<QGuiApplication> app;
    if (!listing)
        app = std::make_unique<QGuiApplication>(argc, argv);
    return Catch::Session().run(argc, argv);
}
