#include "PagePainter.h"
#include "text/BundledFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace fcte {
namespace {

// Qt draws, besides the lines that meet a page's clip rectangle, the one line of the same block
// just above them; a PDF keeps a clipped line's text, so a paragraph that continued on the next
// page had its last line there twice in the PDF's text (hidden under the header). A paragraph
// that crosses a page break is therefore split there into two blocks, laid out as before.
// Returns whether anything was split.
bool splitBlocksAtPageBreaks(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    layout->documentSize();  // lays the whole document out
    std::vector<int> splits; // document positions where a line starts on a new page
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() < 2)
            continue;
        const double origin = layout->blockBoundingRect(block).top() - text->boundingRect().top();
        int page = int((origin + text->lineAt(0).y()) / pageHeight);
        for (int i = 1; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const int linePage = int((origin + line.y()) / pageHeight);
            if (linePage != page)
                splits.push_back(block.position() + line.textStart());
            page = linePage;
        }
    }
    if (splits.empty())
        return false;
    QTextCursor cursor(&document);
    cursor.beginEditBlock(); // one relayout for all the splits
    for (auto split = splits.rbegin(); split != splits.rend(); ++split) {
        cursor.setPosition(*split);
        // The paragraph's margins stay where they were, around the whole of it, so nothing after
        // it moves.
        QTextBlockFormat first = cursor.blockFormat();
        QTextBlockFormat continuation = first;
        first.setBottomMargin(0);
        cursor.setBlockFormat(first);
        continuation.setTextIndent(0); // wrapped lines sit at the left margin, not the first's
        continuation.setTopMargin(0);
        continuation.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        continuation.setHeadingLevel(0);
        cursor.insertBlock(continuation, cursor.charFormat());
    }
    cursor.endEditBlock();
    return true;
}

// Pictures come at their pixel size: each is made as wide as the page's body, unless that makes
// it taller than two thirds of a page (a portrait photo then keeps room for its caption).
// deviceScale: Qt draws an image format's size as screen pixels (96 dpi) scaled to the device.
void fitPicturesTo(QTextDocument &document, const QSizeF &body, double deviceScale)
{
    struct Picture {
        int position;
        QTextImageFormat format;
    };
    std::vector<Picture> pictures; // collected first: changing formats rearranges fragments
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (format.isValid() && format.width() > 0 && format.height() > 0)
                pictures.push_back({fragment.position(), format});
        }
    }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (Picture &picture : pictures) {
        QTextImageFormat &format = picture.format;
        const double scale =
            std::min(body.width() / format.width(), body.height() * 2 / 3 / format.height()) /
            deviceScale;
        format.setWidth(format.width() * scale);
        format.setHeight(format.height() * scale);
        cursor.setPosition(picture.position);
        cursor.setPosition(picture.position + 1, QTextCursor::KeepAnchor); // one object character
        cursor.setCharFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace

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
    fitPicturesTo(document, body.size(), device.logicalDpiY() / 96.0);
    // Splitting a table cell's paragraph lays its row out anew, which can move the rows after
    // it: a second pass settles the breaks that moved (a third finds none).
    for (int pass = 0; pass < 3 && splitBlocksAtPageBreaks(document, body.height()); ++pass) {
    }
    const int pages = document.pageCount();

    QFont small(BundledFonts::family(), -1);
    small.setPointSizeF(8);
    small.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures: see BitacoraDocument
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
