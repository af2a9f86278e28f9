#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/Application.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <cstring>
#include <memory>

namespace {

// QTest's Ctrl+key clicks that trigger a shortcut leave the application believing Ctrl is still
// held (the shortcut takes the press; no key event clears the modifier afterwards), and the next
// test case's plain Enter then arrives as Ctrl+Enter. A real keyboard always sends the release:
// each test case starts with one.
struct ReleaseHeldModifiers : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override
    {
        if (!qApp || QGuiApplication::keyboardModifiers() == Qt::NoModifier)
            return;
        QWidget anywhere;
        for (Qt::Key key : {Qt::Key_Control, Qt::Key_Shift, Qt::Key_Alt, Qt::Key_Meta})
            QTest::keyRelease(&anywhere, key);
    }
};
CATCH_REGISTER_LISTENER(ReleaseHeldModifiers)

} // namespace

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
