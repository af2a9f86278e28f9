#pragma once

#include "core/guide/GuideOutline.h"

#include <QTreeWidget>

namespace fcte {

// The guide's outline as a tree: the session, its sections, their activities. Items can be
// dragged onto others; the tree itself never rearranges its items: it says what was dropped
// where, and the editor changes the guide (with undo) and rebuilds the tree from it.
class OutlineTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit OutlineTree(QWidget *parent = nullptr);

    static void setPosition(QTreeWidgetItem *item, const OutlinePosition &at);
    static OutlinePosition positionOf(const QTreeWidgetItem *item);

Q_SIGNALS:
    // Delivered after the drag has ended, so the tree may be rebuilt.
    void dropped(const fcte::OutlinePosition &item, const fcte::OutlinePosition &target);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool isOwnDrag(const QDropEvent &event) const;
    bool acceptsDrop(const QDropEvent &event, OutlinePosition *item, OutlinePosition *target) const;
};

} // namespace fcte
