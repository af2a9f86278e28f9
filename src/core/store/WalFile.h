#pragma once

#include <QByteArray>

struct sqlite3_vfs;

namespace fcte {

class Database;

// The write-ahead log beside a bitácora, synced from any thread. With synchronous=NORMAL a
// commit writes the log and returns: the operating system holds it, so a crash of the app loses
// nothing, but a power cut may. Syncing the log afterwards makes every commit written so far
// durable, which is what synchronous=FULL does inside each commit, without holding the
// connection or its write lock while the disk works.
class WalFile {
public:
    // Takes the connection's VFS and the log's name; the connection is not used afterwards.
    explicit WalFile(Database &db);

    // False for a database without a log (in memory, read only).
    bool isValid() const { return m_vfs != nullptr; }
    // Syncs through SQLite's VFS (fdatasync, FlushFileBuffers or F_FULLFSYNC, as SQLite itself
    // would). Returns an SQLite result code; a log not yet created has nothing to sync.
    int sync() const;

private:
    sqlite3_vfs *m_vfs = nullptr;
    QByteArray m_name;
};

} // namespace fcte
