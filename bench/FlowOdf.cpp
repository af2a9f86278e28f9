#include "FlowOdf.h"

#include "core/print/FlowDocument.h"

#include <QBuffer>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace fcte {
namespace {

QTextCharFormat charFormat(const TextStyle &style)
{
    QTextCharFormat format;
    format.setFontFamilies({QStringLiteral("DejaVu Sans")});
    format.setFontPointSize(style.size);
    format.setFontWeight(style.bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(style.italic);
    format.setFontStrikeOut(style.struck);
    format.setForeground(QColor(style.color));
    return format;
}

// Qt's ODF writer gives no page layout, so LibreOffice would use its own default paper (A4 here):
// the same Letter paper and margins as our PDF, as ODF's styles part.
const char *LetterStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
 <office:automatic-styles>
  <style:page-layout style:name="Carta">
   <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="16mm" fo:margin-bottom="16mm" fo:margin-left="18mm" fo:margin-right="18mm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Carta"/>
 </office:master-styles>
</office:document-styles>
)";

const char *Manifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:media-type="application/vnd.oasis.opendocument.text" manifest:full-path="/"/>
 <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="content.xml"/>
 <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="styles.xml"/>
</manifest:manifest>
)";

QByteArray contentOf(QByteArray odf)
{
    QBuffer buffer(&odf);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("content.xml")))
        return {};
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool addPart(QuaZip &zip, const QString &name, const QByteArray &data, bool stored = false)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED))
        return false;
    return file.write(data) == data.size();
}

} // namespace

bool writeFlowAsOdf(const FlowDocument &flow, const QString &path)
{
    QTextDocument document;
    document.setUndoRedoEnabled(false);
    QTextCursor cursor(&document);
    bool first = true;
    const auto newBlock = [&](const QTextBlockFormat &block, const QTextCharFormat &format) {
        if (first) {
            cursor.setBlockFormat(block);
            cursor.setBlockCharFormat(format);
            first = false;
        } else {
            cursor.insertBlock(block, format);
        }
    };
    for (const FlowBlock &item : flow.blocks) {
        if (const auto *paragraph = std::get_if<FlowParagraph>(&item)) {
            QTextBlockFormat block;
            block.setTopMargin(paragraph->topMargin);
            block.setBottomMargin(paragraph->bottomMargin);
            block.setLeftMargin(paragraph->leftMargin);
            block.setTextIndent(paragraph->firstLineIndent);
            block.setAlignment(paragraph->centered ? Qt::AlignHCenter : Qt::AlignLeft);
            if (paragraph->breakBefore)
                block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            newBlock(block, charFormat(paragraph->spans.empty() ? TextStyle{}
                                                                : paragraph->spans.front().style));
            for (const TextSpan &span : paragraph->spans)
                cursor.insertText(span.text, charFormat(span.style));
        } else if (const auto *table = std::get_if<FlowTable>(&item)) {
            newBlock({}, charFormat(table->style));
            QTextTableFormat format;
            format.setBorder(0.5);
            format.setCellPadding(3);
            format.setCellSpacing(0);
            format.setHeaderRowCount(1);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            QVector<QTextLength> widths;
            for (double width : table->widths)
                widths << QTextLength(QTextLength::PercentageLength, width);
            format.setColumnWidthConstraints(widths);
            const int columns = int(table->header.size());
            QTextTable *grid = cursor.insertTable(int(table->rows.size()) + 1, columns, format);
            TextStyle bold = table->style;
            bold.bold = true;
            for (int column = 0; column < columns; ++column)
                grid->cellAt(0, column).firstCursorPosition().insertText(table->header.at(column),
                                                                         charFormat(bold));
            for (size_t row = 0; row < table->rows.size(); ++row) {
                TextStyle style = table->style;
                style.struck = row < table->struckRows.size() && table->struckRows[row];
                for (int column = 0; column < columns; ++column)
                    grid->cellAt(int(row) + 1, column)
                        .firstCursorPosition()
                        .insertText(table->rows[row].value(column), charFormat(style));
            }
            cursor.movePosition(QTextCursor::End);
        } else if (const auto *picture = std::get_if<FlowPicture>(&item)) {
            newBlock({}, {});
            cursor.insertImage(picture->image);
        }
    }
    QByteArray odf;
    {
        QBuffer buffer(&odf);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            return false;
    }
    const QByteArray content = contentOf(odf);
    QuaZip zip(path);
    if (content.isEmpty() || !zip.open(QuaZip::mdCreate))
        return false;
    // The mimetype first and stored, as ODF asks.
    return addPart(zip, QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
                   true) &&
           addPart(zip, QStringLiteral("META-INF/manifest.xml"), Manifest) &&
           addPart(zip, QStringLiteral("content.xml"), content) &&
           addPart(zip, QStringLiteral("styles.xml"), LetterStyles);
}

} // namespace fcte
