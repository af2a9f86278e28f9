#pragma once

#include <QString>

namespace fcte {

// The bitácora holds people's names and words: its files are readable by the user only
// (0600, in 0700 folders the app creates), whatever the umask.
struct FilePrivacy {
    // Creates the folder when missing (0700). Returns false when it cannot be created.
    static bool ensurePrivateFolder(const QString &folder);
    // Creates an empty file when missing, then restricts it to the user (0600).
    static bool makePrivateFile(const QString &path);
};

} // namespace fcte
