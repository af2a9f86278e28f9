#pragma once

#include <QString>

namespace fcte {

class CommandLine;
class Notebook;
class MainWindow;

// Process-wide set-up and the interactive start: lock the bitácora, open it (recovering from a
// damaged file), pick a session, show it; reopen from a backup when the user restores one.
struct Application {
    // Names, Spanish (Mexico) locale and Qt's own Spanish strings.
    static void configure();
    static int runInteractive(const CommandLine &commandLine);
    // Opens the bitácora; a damaged file is moved aside (never overwritten) and the latest sound
    // backup offered. Returns false, having told the user why, when nothing could be opened.
    static bool openBitacora(Notebook &notebook, const QString &path);
    // Names the values damaged inside a sound file (DamageScan) in a message, if there are any.
    static void reportDamagedValues(Notebook &notebook);
    // --phones: the phones' server on from the start, its join address on standard output.
    static void startPhones(MainWindow &window, const CommandLine &commandLine);
};

} // namespace fcte
