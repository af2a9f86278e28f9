#pragma once

#include <QStyledItemDelegate>

namespace fcte {

// Edits a cell whose model offers a list of choices (EntryModel::ChoicesRole) with a combo box.
// Cells without choices get the default plain-text editor, so user text is never read as markup.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace fcte
