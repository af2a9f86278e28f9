#include "app/FocusFrame.h"

#include <QApplication>

namespace fcte {

void FocusFrame::install()
{
    // The same width with and without the focus: nothing inside moves when it comes or goes.
    static const QString rule =
        QStringLiteral("QAbstractItemView { border: 2px solid palette(mid); }"
                       "QAbstractItemView:focus { border: 2px solid palette(highlight); }");
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (app && !app->styleSheet().contains(rule))
        app->setStyleSheet(app->styleSheet() + rule);
}

} // namespace fcte
