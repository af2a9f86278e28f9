#include "core/print/PagePainter.h"

#include "core/print/PageLayout.h"
#include "core/print/TypeSet.h"

#include <QGlyphRun>
#include <QPagedPaintDevice>
#include <QPainter>

#include <map>

namespace fcte {

bool PagePainter::paint(const LaidOutDocument &document, const TypeSet &types,
                        QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The layout is in points from the paper's corner; the device's origin is its paint
    // rectangle's corner, in its own pixels.
    const QRectF paintRect = device.pageLayout().paintRectPoints();
    const double scale = device.logicalDpiX() / 72.0;
    std::map<std::pair<int, double>, QRawFont> fonts;
    const auto fontFor = [&](int face, double size) -> const QRawFont & {
        auto [at, added] = fonts.try_emplace({face, size});
        if (added) {
            at->second = types.face(face).font();
            at->second.setPixelSize(size);
        }
        return at->second;
    };
    for (size_t index = 0; index < document.pages.size(); ++index) {
        if (index > 0)
            device.newPage();
        const LaidOutPage &page = document.pages[index];
        painter.resetTransform();
        painter.scale(scale, scale);
        painter.translate(-paintRect.topLeft());
        painter.setRenderHint(QPainter::Antialiasing);
        for (const PlacedFill &fill : page.fills)
            painter.fillRect(fill.rect, QColor(fill.color));
        for (const PlacedPicture &picture : page.pictures)
            painter.drawImage(picture.rect, picture.image);
        for (const PlacedText &text : page.texts) {
            if (text.invisible)
                continue;
            QGlyphRun run;
            run.setRawFont(fontFor(text.face, text.size));
            QVector<quint32> glyphs;
            QVector<QPointF> positions;
            glyphs.reserve(text.count);
            positions.reserve(text.count);
            for (quint32 i = text.first; i < text.first + text.count; ++i) {
                glyphs.push_back(page.glyphs[i]);
                positions.push_back(QPointF(page.places[i].x, -page.places[i].y));
            }
            run.setGlyphIndexes(glyphs);
            run.setPositions(positions);
            painter.save();
            painter.translate(text.origin);
            if (text.slanted)
                painter.setTransform(QTransform(1, 0, -0.2, 1, 0, 0), true);
            painter.setPen(QColor(text.color));
            painter.drawGlyphRun(QPointF(0, 0), run);
            painter.restore();
        }
        for (const PlacedLine &line : page.lines) {
            painter.setPen(QPen(QColor(line.color), line.width));
            painter.drawLine(line.line);
        }
    }
    return painter.end();
}

} // namespace fcte
