#include "PowerLossVfs.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace fcte::test {
namespace {

struct PendingWrite {
    bool truncate = false;
    std::int64_t offset = 0; // the new size, for a truncation
    std::string data;
};

// What a disk holds of one file: its content at the last sync, and the writes since.
struct DiskFile {
    std::string durable;
    std::vector<PendingWrite> pending;
};

void apply(std::string &content, const PendingWrite &write)
{
    const auto offset = std::size_t(write.offset);
    if (write.truncate) {
        content.resize(offset);
        return;
    }
    if (content.size() < offset + write.data.size())
        content.resize(offset + write.data.size());
    std::memcpy(&content[offset], write.data.data(), write.data.size());
}

struct State {
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods{};
    std::map<std::string, DiskFile> files;
    std::int64_t operations = 0;
    std::int64_t cutAt = 0;
    bool off = false;
    bool keepSomeUnsynced = false;
    std::mt19937 random;
};

State &state()
{
    static State instance;
    return instance;
}

struct alignas(8) ShimFile {
    sqlite3_file base;
    sqlite3_file *real;
    DiskFile *disk; // null for files a power cut does not concern (temporary files, -shm)
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

// Counts an operation on a tracked file; false once the power is off (this one included).
bool powered()
{
    State &s = state();
    if (s.off)
        return false;
    ++s.operations;
    if (s.cutAt > 0 && s.operations >= s.cutAt)
        s.off = true;
    return !s.off;
}

int shimClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    if (shim->disk) {
        if (!powered())
            return SQLITE_IOERR_WRITE;
        shim->disk->pending.push_back(
            {false, offset, std::string(static_cast<const char *>(buffer), std::size_t(amount))});
    } else if (state().off) {
        return SQLITE_IOERR_WRITE;
    }
    return shim->real->pMethods->xWrite(shim->real, buffer, amount, offset);
}

int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    if (shim->disk) {
        if (!powered())
            return SQLITE_IOERR_TRUNCATE;
        shim->disk->pending.push_back({true, size, {}});
    } else if (state().off) {
        return SQLITE_IOERR_TRUNCATE;
    }
    return shim->real->pMethods->xTruncate(shim->real, size);
}

int shimSync(sqlite3_file *file, int)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    if (!shim->disk)
        return state().off ? SQLITE_IOERR_FSYNC : SQLITE_OK;
    if (!powered())
        return SQLITE_IOERR_FSYNC;
    for (const PendingWrite &write : shim->disk->pending)
        apply(shim->disk->durable, write);
    shim->disk->pending.clear();
    return SQLITE_OK; // durable here; the real disk is not asked to wait
}

int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int shimLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, level);
}

int shimUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}

int shimCheckReservedLock(sqlite3_file *file, int *result)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, result);
}

int shimFileControl(sqlite3_file *file, int op, void *argument)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, argument);
}

int shimSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int shimDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int shimShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **memory)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmMap(real, page, size, extend, memory);
}

int shimShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void shimShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

std::string contentOf(sqlite3_file *real)
{
    sqlite3_int64 size = 0;
    if (real->pMethods->xFileSize(real, &size) != SQLITE_OK || size <= 0)
        return {};
    std::string content(std::size_t(size), '\0');
    if (real->pMethods->xRead(real, &content[0], int(size), 0) != SQLITE_OK)
        return {};
    return content;
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    State &s = state();
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->disk = nullptr;
    const int rc = s.real->xOpen(s.real, name, shim->real, flags, outFlags);
    file->pMethods = shim->real->pMethods ? &s.methods : nullptr;
    if (rc != SQLITE_OK)
        return rc;
    const bool concerned =
        name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL));
    if (concerned) {
        auto found = s.files.find(name);
        if (found == s.files.end())
            found = s.files.emplace(name, DiskFile{contentOf(shim->real), {}}).first;
        shim->disk = &found->second;
    }
    return SQLITE_OK;
}

int shimDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    State &s = state();
    if (s.off)
        return SQLITE_IOERR_DELETE;
    s.files.erase(name);
    return s.real->xDelete(s.real, name, syncDirectory);
}

} // namespace

void PowerLossVfs::install()
{
    State &s = state();
    if (s.real)
        return;
    s.real = sqlite3_vfs_find(nullptr);
    s.vfs = *s.real; // the same functions and data; only opening and deleting are wrapped
    s.vfs.zName = "fcte-power-loss";
    s.vfs.pNext = nullptr;
    s.vfs.szOsFile = int(sizeof(ShimFile)) + s.real->szOsFile;
    s.vfs.xOpen = shimOpen;
    s.vfs.xDelete = shimDelete;
    s.methods.iVersion = 2; // with shared memory (WAL), without memory-mapped I/O
    s.methods.xClose = shimClose;
    s.methods.xRead = shimRead;
    s.methods.xWrite = shimWrite;
    s.methods.xTruncate = shimTruncate;
    s.methods.xSync = shimSync;
    s.methods.xFileSize = shimFileSize;
    s.methods.xLock = shimLock;
    s.methods.xUnlock = shimUnlock;
    s.methods.xCheckReservedLock = shimCheckReservedLock;
    s.methods.xFileControl = shimFileControl;
    s.methods.xSectorSize = shimSectorSize;
    s.methods.xDeviceCharacteristics = shimDeviceCharacteristics;
    s.methods.xShmMap = shimShmMap;
    s.methods.xShmLock = shimShmLock;
    s.methods.xShmBarrier = shimShmBarrier;
    s.methods.xShmUnmap = shimShmUnmap;
    sqlite3_vfs_register(&s.vfs, 1);
}

void PowerLossVfs::reset(std::int64_t cutAt, bool keepSomeUnsynced, std::uint32_t seed)
{
    State &s = state();
    s.files.clear();
    s.operations = 0;
    s.cutAt = cutAt;
    s.off = false;
    s.keepSomeUnsynced = keepSomeUnsynced;
    s.random.seed(seed);
}

bool PowerLossVfs::powerIsOff()
{
    return state().off;
}

std::int64_t PowerLossVfs::operations()
{
    return state().operations;
}

void PowerLossVfs::restoreAfterCut()
{
    State &s = state();
    for (auto &[name, disk] : s.files) {
        std::string content = disk.durable;
        if (s.keepSomeUnsynced) {
            for (const PendingWrite &write : disk.pending) {
                if (s.random() % 2 == 0)
                    apply(content, write);
            }
        }
        if (std::FILE *out = std::fopen(name.c_str(), "wb")) {
            std::fwrite(content.data(), 1, content.size(), out);
            std::fclose(out);
        }
        // The shared-memory index lived in memory: gone with the power.
        std::remove((name + "-shm").c_str());
    }
    s.files.clear();
    s.off = false;
    s.cutAt = 0;
}

} // namespace fcte::test
