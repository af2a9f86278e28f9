#pragma once

#include <QString>

#include <QSizeF>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace fcte {

struct LaidOutPage;
class TypeSet;

// Writes laid-out pages as a PDF as they come: each page's drawing as a compressed content
// stream with one string of glyphs per run (not a move per glyph), written at once and not
// kept; at the end each page's number (known only then) as a second, small stream, and the
// faces embedded as TrueType subsets with their characters, so the text can be searched and
// copied. Pictures are stored as JPEG.
class PdfWriter {
public:
    struct Info {
        QString title;
        QString creator;
    };
    PdfWriter(QIODevice &device, TypeSet &types, const QSizeF &pageSize);
    ~PdfWriter();

    void addPage(const LaidOutPage &page);
    // pageNumber(index, count): what the foot of each page holds. False when the device did
    // not take every byte.
    bool finish(const std::function<LaidOutPage(int, int)> &pageNumber, const Info &info);

private:
    // The structure tree (tags) of the pages written; returns its root's object.
    int writeStructure(const std::vector<int> &pages);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fcte
