#pragma once

#include <QString>

namespace fcte {

// The bitácora holds people's names and words: its files are readable by the user only
// (0600, in 0700 folders the app creates), whatever the umask.
struct FilePrivacy {
    // Creates the folder and any missing parents, each 0700 from the start. Returns false when
    // it cannot be created. An existing folder keeps its mode.
    static bool ensurePrivateFolder(const QString &folder);
    // Creates an empty file when missing, 0600 from the start; an existing one is made 0600.
    static bool makePrivateFile(const QString &path);
};

} // namespace fcte
