#include "FlowOdf.h"

#include "print/FlowDocument.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

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
    QTextDocumentWriter writer(path, "odf");
    return writer.write(&document);
}

} // namespace fcte
