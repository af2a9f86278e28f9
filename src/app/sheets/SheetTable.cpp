#include "SheetTable.h"

#include "ChoiceDelegate.h"

#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace fcte {

QTableView *SheetTable::create(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new ChoiceDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->resizeRowsToContents();

    auto *rowSizer = new QTimer(view);
    rowSizer->setSingleShot(true);
    rowSizer->setInterval(100);
    QObject::connect(rowSizer, &QTimer::timeout, view, &QTableView::resizeRowsToContents);
    QObject::connect(model, &QAbstractItemModel::modelReset, rowSizer, qOverload<>(&QTimer::start));
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, rowSizer,
                     qOverload<>(&QTimer::start));
    QObject::connect(model, &QAbstractItemModel::dataChanged, view,
                     [view](const QModelIndex &from, const QModelIndex &to) {
                         for (int row = from.row(); row <= to.row(); ++row)
                             view->resizeRowToContents(row);
                     });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view,
                     [view](const QModelIndex &, int first, int last) {
                         for (int row = first; row <= last; ++row)
                             view->resizeRowToContents(row);
                         view->scrollTo(view->model()->index(last, 0));
                     });
    return view;
}

} // namespace fcte
