#include "TestSupport.h"

#include <QProcess>
#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runBinary(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Headless commands must not need any display platform at all.
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FCTE_BINARY), arguments);
    REQUIRE(process.waitForFinished(30000));
    Run run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("The list-activities option prints the outline without a window")
{
    const Run run = runBinary({QStringLiteral("--list-activities")});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 22);
    for (int i = 0; i < lines.size(); ++i)
        CHECK(lines.at(i).startsWith(QString::number(i + 1) + QLatin1Char('.')));
    CHECK(lines.at(6).contains(QStringLiteral("Cada escuela presenta su problemática")));
    CHECK(lines.at(14).contains(QStringLiteral("¿Qué requerimos fortalecer o modificar?")));
}

TEST_CASE("The help and version options answer without a window")
{
    const Run help = runBinary({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--list-activities")));
    CHECK(help.out.contains(QStringLiteral("--db")));
    const Run version = runBinary({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(FCTE_VERSION)));
}

TEST_CASE("An unknown option is refused with a message")
{
    const Run run = runBinary({QStringLiteral("--list-activities"), QStringLiteral("--bogus")});
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("bogus")));
}
