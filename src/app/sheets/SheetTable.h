#pragma once

class QAbstractItemModel;
class QString;
class QTableView;

namespace fcte {

// The table every sheet shows its rows in: whole-row selection, F2 or double click to edit,
// choices edited with combo boxes, wrapped text. Rows are sized as they arrive, and all at once
// only after a reset or a column resize: re-measuring every row on each insertion would cost
// milliseconds per keystroke on a long sheet.
struct SheetTable {
    static QTableView *create(QAbstractItemModel *model, const QString &objectName);
    // Sizes the columns that are not stretched: never narrower than their longest word.
    static void fitColumns(QTableView *view);
};

} // namespace fcte
