#pragma once

namespace fcte {

class CommandLine;

// Process-wide set-up and the interactive start: open the bitácora, pick a session, show it.
struct Application {
    // Names, Spanish (Mexico) locale and Qt's own Spanish strings.
    static void configure();
    static int runInteractive(const CommandLine &commandLine);
};

} // namespace fcte
