#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <catch2/catch.hpp>

namespace {
using Run = fcte::test::ProgramRun;
Run run(const QStringList &arguments)
{
    return fcte::test::runProgram(arguments);
}
} // namespace

TEST_CASE("Exports and imports run from the command line with no display")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
    const QString json = dir.filePath(QStringLiteral("b.json"));
    const QString csv = dir.filePath(QStringLiteral("b.csv"));
    const Run exported =
        run({QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--export-pdf"),
             pdf, QStringLiteral("--export-json"), json, QStringLiteral("--export-csv"), csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(fcte::test::readFile(pdf).startsWith("%PDF"));
    CHECK(fcte::test::readFile(json).contains("\"format\": \"facilitador-cte-bitacora\""));
    CHECK(fcte::test::readFile(csv).contains("Participante"));

    const QString other = dir.filePath(QStringLiteral("otra.sqlite"));
    const QString again = dir.filePath(QStringLiteral("otra.json"));
    const Run imported = run({QStringLiteral("--db"), other, QStringLiteral("--import-json"), json,
                              QStringLiteral("--export-json"), again});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Importada como sesión")));
    CHECK(fcte::test::readFile(again) == fcte::test::readFile(json));
}

TEST_CASE("Command-line failures exit non-zero with a Spanish message")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    const QString broken = dir.filePath(QStringLiteral("rota.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"facilitador-cte-bitacora\", \"version\": 1, \"session\": ");
    }
    const Run badImport =
        run({QStringLiteral("--db"), db, QStringLiteral("--import-json"), broken});
    CHECK(badImport.exitCode != 0);
    CHECK(badImport.err.contains(QStringLiteral("JSON mal formado")));

    const Run nothing = run({QStringLiteral("--db"), db, QStringLiteral("--export-pdf"),
                             dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(nothing.exitCode != 0);
    CHECK(nothing.err.contains(QStringLiteral("no hay nada que exportar")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));

    const Run badPage = run({QStringLiteral("--db"), db, QStringLiteral("--demo"),
                             QStringLiteral("--export-pdf"), dir.filePath(QStringLiteral("y.pdf")),
                             QStringLiteral("--page-size"), QStringLiteral("oficio")});
    CHECK(badPage.exitCode == 2);
    CHECK(badPage.err.contains(QStringLiteral("Tamaño de página desconocido")));

    const Run unwritable =
        run({QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--export-json"),
             QStringLiteral("/nonexistent-folder/b.json")});
    CHECK(unwritable.exitCode != 0);
    CHECK(unwritable.err.contains(QStringLiteral("No se pudo guardar")));
}
