#include "core/text/BundledFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>

#include <catch2/catch.hpp>

using namespace fcte;

TEST_CASE("The program carries its type family, regular and bold, and Qt can draw with it")
{
    for (const QString &file : BundledFonts::files()) {
        INFO(file.toStdString());
        QFile font(file);
        REQUIRE(font.open(QIODevice::ReadOnly));
        CHECK(font.read(4) == QByteArray::fromHex("00010000")); // a TrueType file
    }
    // Registered from inside the program, as on a laptop without DejaVu.
    const QStringList families = BundledFonts::registerBundled();
    CHECK(families == QStringList{BundledFonts::family()});
    CHECK(BundledFonts::ensureAvailable());
    const QStringList styles = QFontDatabase::styles(BundledFonts::family());
    CHECK(styles.contains(QStringLiteral("Book")));
    CHECK(styles.contains(QStringLiteral("Bold")));
    QFont bold(BundledFonts::family());
    bold.setBold(true);
    CHECK(QFontInfo(bold).family() == BundledFonts::family());
    CHECK(QFontInfo(bold).bold());
}
