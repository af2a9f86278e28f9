#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace fcte {

// The first worksheet of an Excel workbook (.xlsx, as Excel, LibreOffice Calc and Google Sheets
// save it) as rows of cell text, for the roster import. Row i of the result is the sheet's row
// i + 1 (empty rows are kept) so problems can name the row the director sees in the spreadsheet.
// Numbers come as written in the file ("3", "2.5"); formulas as their last computed value.
struct XlsxReader {
    struct Result {
        QVector<QStringList> rows;
        QString error; // in Spanish, for the user; empty when the sheet was read
    };
    static Result read(const QString &path, qint64 maxFileBytes);

    // "C12" → column 2 (0-based), or -1 when it is not a cell reference.
    static int columnOf(const QString &cellReference);
};

} // namespace fcte
