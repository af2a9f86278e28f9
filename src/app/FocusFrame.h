#pragma once

namespace fcte {

// Where the keys go, seen from the back of the room as from the laptop: every list or table
// has a frame that takes the highlight colour while it has the focus, empty or with a row
// selected (the style's own mark is a dotted line around the current cell: nothing on an empty
// table, and lost in a selected row's colour).
struct FocusFrame {
    // Once per application.
    static void install();
};

} // namespace fcte
