#include "core/text/TextDecoding.h"
#include "core/text/PastedParagraphs.h"

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

TEST_CASE("A reading pasted from a PDF is joined into its paragraphs, hyphenated words whole")
{
    // With blank lines between paragraphs: they alone separate them.
    CHECK(PastedParagraphs::join(
              QStringLiteral("El aprendizaje entre pares es uti-\nlizado como herramienta\r\n"
                             "de desarrollo profesional.\n\n  Segundo párrafo\ncon dos líneas."
                             "\n\n\n")) ==
          QStringLiteral("El aprendizaje entre pares es utilizado como herramienta de desarrollo "
                         "profesional.\nSegundo párrafo con dos líneas."));
    // Without them: a line ending a sentence ends its paragraph.
    CHECK(PastedParagraphs::join(QStringLiteral("Primera línea\nsigue aquí.\nOtro párrafo\n"
                                                "termina: «así»\nFin")) ==
          QStringLiteral("Primera línea sigue aquí.\nOtro párrafo termina: «así»\nFin"));
    // A compound split at its own hyphen keeps it; a capital after a hyphen is not a split word.
    CHECK(PastedParagraphs::join(QStringLiteral("La zona Ciudad de México-\nToluca.")) ==
          QStringLiteral("La zona Ciudad de México-Toluca."));
    CHECK(PastedParagraphs::join(QString()).isEmpty());
}
