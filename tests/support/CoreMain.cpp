#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // A home of its own per test process (CTest runs each test case as one, in parallel): the
    // user's settings, data folder and guides of one test never leak into another or a later
    // run. Test mode puts them under it, in ~/.qttest.
    const QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    // The interface follows the system's language: tests (and the programs they start) read
    // the Spanish original whatever the developer's machine speaks.
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
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
