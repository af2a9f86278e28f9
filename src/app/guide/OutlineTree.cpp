#include "app/guide/OutlineTree.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>

namespace fcte {
namespace {

constexpr int SectionRole = Qt::UserRole;
constexpr int ActivityRole = Qt::UserRole + 1;

} // namespace

OutlineTree::OutlineTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    header()->setStretchLastSection(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
}

void OutlineTree::setPosition(QTreeWidgetItem *item, const OutlinePosition &at)
{
    item->setData(0, SectionRole, at.section);
    item->setData(0, ActivityRole, at.activity);
}

OutlinePosition OutlineTree::positionOf(const QTreeWidgetItem *item)
{
    if (!item)
        return {};
    return {item->data(0, SectionRole).toInt(), item->data(0, ActivityRole).toInt()};
}

bool OutlineTree::isOwnDrag(const QDropEvent &event) const
{
    // Only this tree's own items: not text or files from elsewhere, nor another list's rows.
    return (!event.source() || event.source() == this) && event.mimeData() &&
           event.mimeData()->hasFormat(mimeTypes().value(0));
}

bool OutlineTree::acceptsDrop(const QDropEvent &event, OutlinePosition *item,
                              OutlinePosition *target) const
{
    if (!isOwnDrag(event))
        return false;
    const QPoint at = event.position().toPoint();
    const QList<QTreeWidgetItem *> dragged = selectedItems();
    const QTreeWidgetItem *onto = itemAt(at);
    if (dragged.size() != 1 || !onto)
        return false;
    *item = positionOf(dragged.first());
    *target = positionOf(onto);
    // The session is not an item to move, nor a place to move to.
    return !item->isSession() && !target->isSession() && !(*item == *target);
}

void OutlineTree::dragEnterEvent(QDragEnterEvent *event)
{
    if (isOwnDrag(*event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void OutlineTree::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidget::dragMoveEvent(event);
    OutlinePosition item;
    OutlinePosition target;
    if (acceptsDrop(*event, &item, &target))
        event->acceptProposedAction();
    else
        event->ignore();
}

void OutlineTree::dropEvent(QDropEvent *event)
{
    OutlinePosition item;
    OutlinePosition target;
    const bool accepted = acceptsDrop(*event, &item, &target);
    // Never QTreeWidget's own move (it would rearrange items behind the guide's back), and no
    // MoveAction back to the drag, which would then delete the dragged item.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (accepted) {
        QMetaObject::invokeMethod(
            this, [this, item, target] { Q_EMIT dropped(item, target); }, Qt::QueuedConnection);
    }
}

} // namespace fcte
