#include "app/FocusFrame.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>

namespace fcte {
namespace {

// The application's own style, with the frame of a list or table that has the focus drawn over
// in the highlight colour. A style sheet did the same, at a cost at every start (each widget
// polished through it).
class FocusFrameStyle : public QProxyStyle {
public:
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        QProxyStyle::drawControl(element, option, painter, widget);
        if (element != CE_ShapedFrame || !widget || !widget->hasFocus() ||
            !qobject_cast<const QAbstractItemView *>(widget))
            return;
        painter->save();
        QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
    }
};

} // namespace

void FocusFrame::install()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()) ||
        dynamic_cast<FocusFrameStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new FocusFrameStyle);
}

} // namespace fcte
