#pragma once

class QPagedPaintDevice;

namespace fcte {

struct LaidOutDocument;
class TypeSet;

// Paints laid-out pages on a printer (or any paged device) with QPainter: the same pages, glyph
// for glyph, as the PDF writer writes.
struct PagePainter {
    // Returns false when the device could not be painted on.
    static bool paint(const LaidOutDocument &document, const TypeSet &types,
                      QPagedPaintDevice &device);
};

} // namespace fcte
