#include "session/RosterImport.h"
#include "text/TextDecoding.h"

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
