#include "core/session/RosterImport.h"
#include "TestSupport.h"
#include "core/text/TextDecoding.h"
#include "core/text/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fcte;

namespace {

QVector<School> twoSchools()
{
    return {School{1, QStringLiteral("Benito Juárez"), QStringLiteral("09DPR0001A"), {}, {}, {}},
            School{2, QStringLiteral("Niños Héroes"), QStringLiteral("09DPR0002B"), {}, {}, {}}};
}

} // namespace

TEST_CASE("Rows pasted from a spreadsheet are mapped by their header, problems said per row")
{
    // What Excel or Calc put on the clipboard: tab-separated, columns in any order.
    const QString pasted = QStringLiteral("Grado\tNombre\tFunción\tEscuela\n"
                                          "1.º A\tAna Núñez\tMaestra\tbenito juarez\n"
                                          "\t\t\t\n"
                                          "\tLuis Pérez\tDirector\t09dpr0002b\n"
                                          "2.º B\tAna Núñez\tIntendente\tSor Juana\n");
    const QVector<RosterImport::PersonRow> rows =
        RosterImport::participants(pasted, twoSchools(), {});
    REQUIRE(rows.size() == 3); // the header and the blank row are not people
    CHECK(rows.at(0).person.name == QStringLiteral("Ana Núñez"));
    CHECK(rows.at(0).person.grade == QStringLiteral("1.º A"));
    CHECK(rows.at(0).person.role == QStringLiteral("docente"));
    CHECK(rows.at(0).schoolRow == 0); // the name matched without accents or capitals
    CHECK(rows.at(0).problems.isEmpty());
    CHECK(rows.at(1).person.role == QStringLiteral("director"));
    CHECK(rows.at(1).schoolRow == 1); // by CCT
    CHECK(rows.at(2).line == 5);
    CHECK(
        rows.at(2).problems.join(QLatin1Char('|')).contains(QStringLiteral("función desconocida")));
    CHECK(rows.at(2).problems.join(QLatin1Char('|')).contains(QStringLiteral("Sor Juana")));
    CHECK(rows.at(2).problems.join(QLatin1Char('|')).contains(QStringLiteral("nombre repetido")));
}

TEST_CASE("Without a header, columns are taken by position: name, school, function, grade")
{
    const QVector<RosterImport::PersonRow> rows =
        RosterImport::participants(QStringLiteral("Carla Ríos\tNiños Héroes\tDocente\t3.º\n"),
                                   twoSchools(), {QStringLiteral("carla rios")});
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).schoolRow == 1);
    CHECK(rows.at(0).person.grade == QStringLiteral("3.º"));
    CHECK(rows.at(0).problems == QStringList{QStringLiteral("nombre repetido")}); // already there
}

TEST_CASE("A CSV saved by Excel in Mexico (Windows-1252, semicolons, quotes) reads back whole")
{
    const QByteArray file("Nombre;CCT;Turno\r\n"
                          "\"Primaria \x93Sor Juana\x94; turno matutino\";09dpr5678m;Matutino\r\n"
                          "Sin clave;123;vespertino\r\n");
    const QString text = TextDecoding::decode(file).text;
    const QVector<RosterImport::SchoolRow> rows =
        RosterImport::schools(text, {QStringLiteral("09DPR0001A")});
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).school.name == QStringLiteral("Primaria “Sor Juana”; turno matutino"));
    CHECK(rows.at(0).school.cct == QStringLiteral("09DPR5678M"));
    CHECK(rows.at(0).school.level == QStringLiteral("primaria")); // proposed from the CCT
    CHECK(rows.at(0).school.shift == QStringLiteral("matutino"));
    CHECK(rows.at(0).problems.isEmpty());
    CHECK(rows.at(1).line == 3);
    CHECK(rows.at(1).problems.first().startsWith(QStringLiteral("CCT no válida")));
}

TEST_CASE("A UTF-8 CSV with commas and a title above its header row reads by the header")
{
    const QByteArray file("\xEF\xBB\xBFPersonal docente 2026-2027,,\n"
                          ",,\n"
                          "Escuela,Nombre completo,Puesto\n"
                          "Niños Héroes,\"Ríos, Carla\",Docente frente a grupo\n");
    const QVector<RosterImport::PersonRow> rows =
        RosterImport::participants(TextDecoding::decode(file).text, twoSchools(), {});
    REQUIRE(rows.size() == 1); // the title and the header are not people
    CHECK(rows.at(0).line == 4);
    CHECK(rows.at(0).person.name == QStringLiteral("Ríos, Carla"));
    CHECK(rows.at(0).schoolRow == 1);
}

TEST_CASE("An Excel workbook written by a real spreadsheet writer imports its first sheet")
{
    // Both ways XlsxWriter stores text: a shared table (with a rich-text cell and a formula) and
    // inline in each cell (constant-memory mode). Made by tests/data/make-roster-xlsx.py.
    for (const char *fixture : {"roster-shared-strings.xlsx", "roster-inline-strings.xlsx"}) {
        INFO(fixture);
        const XlsxReader::Result sheet = XlsxReader::read(
            QStringLiteral(FCTE_TEST_DATA "/") + QLatin1String(fixture), 5 * 1024 * 1024);
        REQUIRE(sheet.error.isEmpty());
        const QVector<RosterImport::PersonRow> rows =
            RosterImport::participants(sheet.rows, twoSchools(), {});
        REQUIRE(rows.size() >= 3);
        CHECK(rows.at(0).person.name == QStringLiteral("Ana Núñez"));
        CHECK(rows.at(0).person.grade == QStringLiteral("1")); // a number cell, as written
        CHECK(rows.at(0).schoolRow == 0);
        CHECK(rows.at(1).line == 4); // the blank row 3 keeps the spreadsheet's numbering
        CHECK(rows.at(1).person.role == QStringLiteral("director"));
        CHECK(rows.at(1).schoolRow == 1);
        CHECK(rows.at(2).person.name == QStringLiteral("Eréndira Ávila"));
        CHECK(rows.at(2).person.grade == QStringLiteral("2.º B"));
        CHECK(rows.at(2)
                  .problems.join(QLatin1Char('|'))
                  .contains(QStringLiteral("función desconocida: «Intendente»")));
        for (const RosterImport::PersonRow &row : rows)
            CHECK(row.person.name != QStringLiteral("No es parte de la lista")); // 2nd sheet
        if (rows.size() == 4) { // the shared-strings book has a rich-text name and a formula
            CHECK(rows.at(3).person.name == QStringLiteral("Carla Ríos"));
            CHECK(rows.at(3).person.grade == QStringLiteral("3"));
        }
    }
}

TEST_CASE("A broken or foreign .xlsx is refused with a message that names the file")
{
    test::TempBitacora temp; // only its folder
    const QString path = temp.dir.filePath(QStringLiteral("lista.xlsx"));
    const auto write = [&path](const QByteArray &bytes) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    write("Nombre;Escuela\nAna;Benito\n"); // a CSV renamed .xlsx
    XlsxReader::Result sheet = XlsxReader::read(path, 5 * 1024 * 1024);
    CHECK(sheet.rows.isEmpty());
    CHECK(sheet.error.contains(QStringLiteral("«lista.xlsx» no es un libro de Excel")));

    // A real workbook cut short, as an interrupted copy from a USB stick leaves it.
    QFile real(QStringLiteral(FCTE_TEST_DATA "/roster-shared-strings.xlsx"));
    REQUIRE(real.open(QIODevice::ReadOnly));
    write(real.readAll().left(int(real.size() / 2)));
    sheet = XlsxReader::read(path, 5 * 1024 * 1024);
    CHECK(sheet.rows.isEmpty());
    CHECK(sheet.error.contains(QStringLiteral("lista.xlsx")));

    write(QByteArray(2 * 1024 * 1024, 'x'));
    sheet = XlsxReader::read(path, 1024 * 1024);
    CHECK(sheet.error.contains(QStringLiteral("pesa más de 1 MB")));
}

TEST_CASE("Cell references name their column the way a spreadsheet does")
{
    CHECK(XlsxReader::columnOf(QStringLiteral("A1")) == 0);
    CHECK(XlsxReader::columnOf(QStringLiteral("D14")) == 3);
    CHECK(XlsxReader::columnOf(QStringLiteral("AA3")) == 26);
    CHECK(XlsxReader::columnOf(QStringLiteral("XFD1048576")) == 16383);
    CHECK(XlsxReader::columnOf(QStringLiteral("12")) == -1);
    CHECK(XlsxReader::columnOf(QStringLiteral("ABCD1")) == -1);
}
