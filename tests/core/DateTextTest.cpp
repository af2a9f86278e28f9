#include "core/text/DateText.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace fcte;

TEST_CASE("A date reads the same in lists, dialogs and the PDF: the language's short date, the "
          "year whole")
{
    struct Restore {
        QLocale before;
        ~Restore() { QLocale::setDefault(before); }
    } restore;
    const QDate day(2026, 12, 5);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    CHECK(DateText::shortDate(day) == QStringLiteral("05/12/2026"));
    CHECK(DateText::parse(QStringLiteral("05/12/2026")) == day);
    CHECK(DateText::parse(QStringLiteral("5/12/2026")) == day);
    CHECK_FALSE(DateText::parse(QStringLiteral("32/12/2026")).isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(DateText::shortDate(day) == QStringLiteral("12/5/2026"));
    CHECK(DateText::parse(QStringLiteral("12/5/2026")) == day);
    CHECK(DateText::format().contains(QStringLiteral("yyyy")));
}
