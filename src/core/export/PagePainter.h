#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace fcte {

// Lays a document out on the pages of a PDF writer or a printer, with a running header and
// "Página N de M" at the foot of each page.
struct PagePainter {
    // Returns false when the device could not be painted on.
    static bool paint(QTextDocument &document, QPagedPaintDevice &device, const QString &header);
};

} // namespace fcte
