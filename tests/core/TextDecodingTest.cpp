#include "text/TextDecoding.h"

#include <catch2/catch.hpp>

using namespace fcte;

TEST_CASE("Text files decode as UTF-8, or as Windows-1252 when they are not UTF-8")
{
    const TextDecoding::Result utf8 =
        TextDecoding::decode(QByteArray("\xEF\xBB\xBF"
                                        "Educaci\xC3\xB3n \xE2\x80\x9C"
                                        "entre "
                                        "pares\xE2\x80\x9D"));
    CHECK(utf8.encoding == TextDecoding::Encoding::Utf8);
    CHECK(utf8.text == QStringLiteral("Educación “entre pares”")); // the byte-order mark dropped

    // What Notepad or Excel save on a Spanish Windows: curly quotes live at 0x93 and 0x94.
    const TextDecoding::Result windows =
        TextDecoding::decode(QByteArray("Educaci\xF3n \x93"
                                        "entre pares\x94 \x96 a\xF1o \x80"));
    CHECK(windows.encoding == TextDecoding::Encoding::Windows1252);
    CHECK(windows.text == QStringLiteral("Educación “entre pares” – año €"));
}
