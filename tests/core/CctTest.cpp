#include "core/model/Cct.h"

#include <catch2/catch.hpp>

using fcte::Cct;

TEST_CASE("CCT keys have the official shape")
{
    CHECK(Cct::isValid(QStringLiteral("09DPR1234X")));
    CHECK(Cct::isValid(QStringLiteral(" 15epr0123k ")));
    CHECK(Cct::normalized(QStringLiteral(" 15epr0123k ")) == QStringLiteral("15EPR0123K"));
    CHECK_FALSE(Cct::isValid(QString()));
    CHECK_FALSE(Cct::isValid(QStringLiteral("09DPR1234")));   // 9 characters
    CHECK_FALSE(Cct::isValid(QStringLiteral("09DPR1234XY"))); // 11 characters
    CHECK_FALSE(Cct::isValid(QStringLiteral("9XDPR1234X")));  // state is not two digits
    CHECK_FALSE(Cct::isValid(QStringLiteral("33DPR1234X")));  // there are 32 states
    CHECK_FALSE(Cct::isValid(QStringLiteral("00DPR1234X")));
    CHECK_FALSE(Cct::isValid(QStringLiteral("09D1R1234X"))); // three letters
    CHECK_FALSE(Cct::isValid(QStringLiteral("09DPR12A4X"))); // four digits
    CHECK_FALSE(Cct::isValid(QStringLiteral("09DPR1234-")));
}

TEST_CASE("The level is proposed from the CCT's type")
{
    CHECK(Cct::proposedLevel(QStringLiteral("09DJN0001A")) == QStringLiteral("preescolar"));
    CHECK(Cct::proposedLevel(QStringLiteral("09dpr1234x")) == QStringLiteral("primaria"));
    CHECK(Cct::proposedLevel(QStringLiteral("15EPR0123K")) == QStringLiteral("primaria"));
    CHECK(Cct::proposedLevel(QStringLiteral("09DES0001A")) == QStringLiteral("secundaria"));
    CHECK(Cct::proposedLevel(QStringLiteral("09DST0001A")) == QStringLiteral("secundaria"));
    CHECK(Cct::proposedLevel(QStringLiteral("09DTV0001A")) == QStringLiteral("secundaria"));
    CHECK(Cct::proposedLevel(QStringLiteral("09FZP0001A")).isEmpty()); // a zone office: no level
    CHECK(Cct::proposedLevel(QStringLiteral("09")).isEmpty());
}
