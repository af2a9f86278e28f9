#include "PagePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace fcte {

bool PagePainter::paint(QTextDocument &document, QPagedPaintDevice &device, const QString &header)
{
    // Lay the text out at the device's own resolution, so what is measured is what is drawn.
    document.documentLayout()->setPaintDevice(&device);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const double pointsToPixels = device.logicalDpiY() / 72.0;
    const QRectF page(0, 0, device.width(), device.height());
    const double band = 26 * pointsToPixels; // header and footer bands
    const QRectF body = page.adjusted(0, band, 0, -band);

    document.setPageSize(body.size());
    const int pages = document.pageCount();

    QFont small(QStringLiteral("DejaVu Sans"), -1);
    small.setPointSizeF(8);
    const QFont pageFont(small, &device);
    const double gap = 6 * pointsToPixels;
    const QRectF headerRect(page.left(), page.top(), page.width(), band - gap);
    const QRectF footerRect(page.left(), page.bottom() - band + gap, page.width(), band - gap);
    // The same header on every page: measured once.
    const QString shownHeader =
        QFontMetrics(pageFont).elidedText(header, Qt::ElideRight, int(headerRect.width()));
    const QPen pagePen(QColor(0x55, 0x55, 0x55));
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.setFont(pageFont);
        painter.setPen(pagePen);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         shownHeader);
        painter.drawLine(QPointF(page.left(), band - gap), QPointF(page.right(), band - gap));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         QCoreApplication::translate("PagePainter", "Página %1 de %2")
                             .arg(index + 1)
                             .arg(pages));

        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        document.drawContents(&painter, clip);
        painter.restore();
    }
    return painter.end();
}

} // namespace fcte
