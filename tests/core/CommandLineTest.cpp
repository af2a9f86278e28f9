#include "TestSupport.h"

#include <QProcess>
#include <catch2/catch.hpp>

namespace {
using Run = fcte::test::ProgramRun;
Run run(const QStringList &arguments)
{
    return fcte::test::runProgram(arguments);
}
} // namespace

TEST_CASE("The list-activities option prints the outline without a window")
{
    const Run listed = run({QStringLiteral("--list-activities")});
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 22);
    for (int i = 0; i < lines.size(); ++i)
        CHECK(lines.at(i).startsWith(QString::number(i + 1) + QLatin1Char('.')));
    CHECK(lines.at(6).contains(QStringLiteral("Cada escuela presenta su problemática")));
    // Whose minutes: the guide fixes 10 per school for activity 7; the others are our proposal.
    CHECK(lines.at(6).contains(QStringLiteral("10 min por escuela, de la guía")));
    CHECK(lines.at(0).contains(QStringLiteral("min, propuesta")));
    CHECK(lines.at(14).contains(QStringLiteral("¿Qué requerimos fortalecer o modificar?")));
}

TEST_CASE("The help and version options answer without a window")
{
    const Run help = run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--list-activities")));
    CHECK(help.out.contains(QStringLiteral("--db")));
    const Run version = run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(FCTE_VERSION)));
}

TEST_CASE("An unknown option is refused with a message")
{
    const Run refused = run({QStringLiteral("--list-activities"), QStringLiteral("--bogus")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("bogus")));
}

TEST_CASE("A guide file given alone is used as with --guide, as when it is opened from the desktop")
{
    const QString guide = QStringLiteral(FCTE_SOURCE_DIR) +
                          QStringLiteral("/resources/guides/seguimiento-de-compromisos.json");
    const Run listed = run({QStringLiteral("--list-activities"), guide});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.startsWith(QStringLiteral("1. Bienvenida y propósito del seguimiento")));
    // Anything else alone is still refused, naming it.
    const Run refused = run({QStringLiteral("--list-activities"), QStringLiteral("notas.txt")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("notas.txt")));
}
