#include "core/store/WalFile.h"

#include "core/store/Database.h"

#include <sqlite3.h>

#include <memory>

namespace fcte {

WalFile::WalFile(Database &db)
{
    sqlite3 *handle = db.handle();
    if (!handle || sqlite3_db_readonly(handle, "main") != 0)
        return;
    const char *main = sqlite3_db_filename(handle, "main");
    if (!main || !*main)
        return; // in memory
    Statement mode(db, "PRAGMA journal_mode");
    if (!mode.step() || mode.text(0) != QLatin1String("wal"))
        return;
    sqlite3_vfs *vfs = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK || !vfs)
        return;
    m_name = QByteArray(sqlite3_filename_wal(main));
    m_vfs = vfs;
}

int WalFile::sync() const
{
    if (!m_vfs)
        return SQLITE_OK;
    // A file of the VFS's own size; sqlite3_malloc aligns as SQLite's own files are aligned.
    std::unique_ptr<sqlite3_file, void (*)(void *)> file(
        static_cast<sqlite3_file *>(sqlite3_malloc64(sqlite3_uint64(m_vfs->szOsFile))),
        sqlite3_free);
    if (!file)
        return SQLITE_NOMEM;
    file->pMethods = nullptr;
    int flags = 0;
    // No lock is taken on the log itself (SQLite locks the main file and the -shm index), so a
    // second handle opened and closed here disturbs none of the connection's locks.
    int rc = m_vfs->xOpen(m_vfs, m_name.constData(), file.get(),
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_WAL, &flags);
    if (rc == SQLITE_OK)
        rc = file->pMethods->xSync(file.get(), SQLITE_SYNC_NORMAL);
    if (file->pMethods)
        file->pMethods->xClose(file.get());
    if (rc == SQLITE_CANTOPEN) {
        int exists = 0;
        m_vfs->xAccess(m_vfs, m_name.constData(), SQLITE_ACCESS_EXISTS, &exists);
        if (!exists)
            return SQLITE_OK; // nothing was written yet
    }
    return rc;
}

} // namespace fcte
