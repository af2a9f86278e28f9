#pragma once

#include <QString>

namespace fcte {

// Clave de Centro de Trabajo: 2 digits of the state (01–32), 3 letters, 4 digits and one check
// letter, e.g. 09DPR1234X.
struct Cct {
    static QString normalized(const QString &text);
    static bool isValid(const QString &text);
    // The level the CCT's type names (DJN preescolar, DPR primaria, DES/DST/DTV secundaria, and
    // the state-run E… equivalents), or an empty string when the type does not say.
    static QString proposedLevel(const QString &text);
};

} // namespace fcte
