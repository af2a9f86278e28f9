#pragma once

#include <QStringList>

namespace fcte {

class Database;

// Damage that SQLite's own check cannot see: a flipped byte inside a row leaves the file sound
// but can turn a date into nothing or a text into a number. On opening, the values the
// bitácora cannot do without (dates, texts, names) are looked at once; each damaged one is
// named in Spanish ("dato dañado en la entrada 12: fecha de creación"). Exports repair them
// (see BitacoraArchive) instead of writing what their own import would refuse.
struct DamageScan {
    // At most a hundred, in the order of the tables.
    static QStringList damagedValues(Database &db);
};

} // namespace fcte
