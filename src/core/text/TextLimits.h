#pragma once

#include <QString>

namespace fcte {

// How long what people write may be: the same whether it is typed, pasted, imported from an
// archive or sent from a phone (phones have tighter limits of their own). The manual's page on
// safety states them. Past a limit the text is refused with a message and stays where it was
// typed: never cut.
struct TextLimits {
    // A person's, a school's or a team's name, a CCT, a date, a time, a place.
    static constexpr int Line = 300;
    // An entry, a field of a sheet or of a commitment, a caption, a review's note.
    static constexpr int Text = 50000;
    // A reading pasted into the session (a few pages of the guide's annex).
    static constexpr int Reading = 200000;

    // True when text fits in limit characters.
    static bool fits(const QString &text, int limit) { return text.size() <= limit; }
    // "El texto tiene 40 013 caracteres; el límite es 20 000. …", in Spanish.
    static QString tooLong(qsizetype chars, int limit);
};

} // namespace fcte
