#pragma once

#include <QHash>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include "app/sheets/DraftKeeper.h"

class QAbstractItemView;
class QLineEdit;

namespace fcte {

// Keeps the text of a cell being edited (F2, a double click) and not yet confirmed as a draft
// of its activity, like the sheet's entry line: a crash or a kill in the middle of an edit loses
// nothing. When the view is built again with such a draft left by an earlier run, the cell's
// editor opens by itself with the recovered text, marked as recovered. Confirming the edit or
// Esc (the user's own choice to drop it) ends the draft.
// Cells are named by idRole's value in column 0 and the column, so a draft finds its row again
// wherever the row has moved.
class CellDrafts : public QObject {
public:
    CellDrafts(QAbstractItemView *view, DraftKeeper &keeper, int idRole, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString cellName(const QModelIndex &index) const;
    QModelIndex cellNamed(const QString &name) const;
    void editorOpened(QLineEdit *editor);
    void restoreRecovered();

    QAbstractItemView *m_view;
    QPointer<DraftKeeper> m_keeper; // the sheet's: it may go first when the sheet closes
    int m_idRole;
    QString m_name;
    QPointer<QLineEdit> m_editor;
    QPersistentModelIndex m_editing;
    QHash<QObject *, QPersistentModelIndex> m_opened; // each editor open, and its cell
    QString m_recovered; // text waiting for the editor being opened to restore it
};

} // namespace fcte
