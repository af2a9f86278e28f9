#pragma once

#include <cstdint>

namespace fcte::test {

// A power cut, simulated under SQLite: a VFS that wraps the system's default one (as SQLite's own
// crash tests do), remembers each database, WAL and journal file as it stood at its last sync,
// and at a chosen operation cuts the power: that operation and every later one fail. Restoring
// then puts back on the real files only what had been synced, plus, if asked, a random part of
// what had not (a disk may have written some of it, in any order). Killing a process cannot
// show this: the operating system's cache outlives the process, not a power cut.
//
// Syncs are not passed to the disk: durability is what this layer says it is, so the test runs
// at memory speed.
class PowerLossVfs {
public:
    // Makes it SQLite's default VFS (once per process).
    static void install();
    // Forgets earlier files; power on, to be cut at operation number cutAt (0: never). With
    // keepSomeUnsynced, the restore keeps each unsynced write with even odds (seeded).
    static void reset(std::int64_t cutAt, bool keepSomeUnsynced = false, std::uint32_t seed = 1);
    static bool powerIsOff();
    // Writes, truncations and syncs of tracked files so far.
    static std::int64_t operations();
    // After the connection is closed: each file back to what a disk would hold after the cut.
    static void restoreAfterCut();
};

} // namespace fcte::test
