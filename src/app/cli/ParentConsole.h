#pragma once

namespace fcte {

// On Windows the program is built for the GUI subsystem (no console window flashes open when a
// director double-clicks it), so a command typed in cmd or PowerShell would print nothing. This
// connects standard output and error to the console it was started from, if any. Elsewhere the
// terminal is already there, and it does nothing.
void attachToParentConsole();

} // namespace fcte
