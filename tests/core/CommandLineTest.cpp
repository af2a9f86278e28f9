#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
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

// Qt takes "--session <x>" for X11 session management and swallowed it: every id exported the
// last session opened, and "abc" or "0" exited 0.
TEST_CASE(
    "The option --session picks the session asked for, in both forms, and refuses what is not one")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("--demo"),
                 QStringLiteral("--export-json"), dir.filePath(QStringLiteral("demo.json"))})
                .exitCode == 0);
    const Run followUp =
        run({QStringLiteral("--db"), db, QStringLiteral("--follow-up-of"), QStringLiteral("1")});
    REQUIRE(followUp.out.contains(QStringLiteral("Sesión de seguimiento creada: 2.")));
    const QString json = dir.filePath(QStringLiteral("s.json"));
    const auto exported = [&](const QStringList &session) {
        QFile::remove(json);
        const Run exporting =
            run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--export-json"), json} +
                session);
        INFO(exporting.err.toStdString());
        REQUIRE(exporting.exitCode == 0);
        return QString::fromUtf8(fcte::test::readFile(json));
    };
    const QString first = exported({QStringLiteral("--session"), QStringLiteral("1")});
    const QString second = exported({QStringLiteral("--session"), QStringLiteral("2")});
    const QString followUpTitle =
        QStringLiteral("\"title\": \"Seguimiento: Aprendizaje entre escuelas");
    CHECK_FALSE(first.contains(followUpTitle));
    CHECK(
        first.contains(QStringLiteral("\"title\": \"Aprendizaje entre escuelas (demostración)\"")));
    CHECK(second.contains(followUpTitle));
    CHECK(exported({QStringLiteral("--session=1")}) == first);
    CHECK(exported({QStringLiteral("-session"), QStringLiteral("2")}) == second);

    for (const QString &notOne : {QStringLiteral("abc"), QStringLiteral("0")}) {
        const Run refused = run({QStringLiteral("--db"), db, QStringLiteral("--export-json"), json,
                                 QStringLiteral("--session"), notOne});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--session espera un número de sesión")));
    }
    const Run unknown = run({QStringLiteral("--db"), db, QStringLiteral("--export-json"), json,
                             QStringLiteral("--session"), QStringLiteral("9")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no tiene esa sesión")));
}

// With no display, an option the program does not know used to reach Qt's platform plugin,
// which aborted.
TEST_CASE("An unknown option alone is refused with exit 2 and a message, with no display")
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--bogus")},
          QStringList{QStringLiteral("--demo"), QStringLiteral("--bogus=1")},
          QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("-q")}}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run refused = run(arguments);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("Use --help para ver las opciones.")));
    }
}

TEST_CASE("The option --check-guide says a guide has no problems, or lists them and exits 1")
{
    const QString shipped = QStringLiteral(
        FCTE_SOURCE_DIR "/resources/guides/cuarta-sesion-aprendizaje-entre-escuelas.json");
    const Run fine = run({QStringLiteral("--check-guide"), shipped});
    CHECK(fine.exitCode == 0);
    CHECK(fine.out.contains(QStringLiteral("sin problemas (4 apartados, 22 actividades)")));

    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("rota.json"));
    {
        QByteArray text = fcte::test::readFile(shipped);
        const qsizetype at = text.indexOf("\"minutes\": 5");
        REQUIRE(at > 0);
        text.replace(at, 12, "\"minutes\": \"cinco\"");
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const Run problems = run({QStringLiteral("--check-guide"), broken});
    CHECK(problems.exitCode == 1);
    CHECK(problems.out.contains(QStringLiteral("1 problema")));
    CHECK(problems.out.contains(QStringLiteral("minutes")));
}
