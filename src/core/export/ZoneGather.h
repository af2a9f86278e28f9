#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace fcte {

class Database;

// A supervisor's gathering of many schools' JSON archives (from e-mail, a USB stick) into one
// bitácora: each archive imported in a transaction of its own, each session once (by its
// identifier; a later export of it replaces the earlier), and a line for every file saying what
// became of it. Private individual notes never reach the zone: they are left out.
class ZoneGather {
public:
    struct Outcome {
        enum class Kind { Added, Replaced, AlreadyHere, Refused };
        QString file;
        Kind kind = Kind::Refused;
        QString reason;       // why it was refused, in Spanish
        qint64 sessionId = 0; // the session added, or the one already here
        qint64 replaced = 0;  // Replaced: the older copy's session, now gone
    };
    struct Summary {
        std::vector<Outcome> outcomes;
        int count(Outcome::Kind kind) const;
    };

    // The archives a list of folders and files names: a folder gives its *.json files (not its
    // subfolders), by name; a file is taken as it is. Each file once.
    static QStringList archivesIn(const QStringList &foldersAndFiles);
    // Imports each archive; a refused one changes nothing and the others go on.
    static Summary gather(Database &db, const QStringList &archives);
};

} // namespace fcte
