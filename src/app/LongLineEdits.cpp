#include "app/LongLineEdits.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>

#include <limits>

namespace fcte {
namespace {

constexpr int QtDefaultMaximum = 32767;

} // namespace

void LongLineEdits::install()
{
    // Only where there are widgets (the command line runs a QGuiApplication, or none).
    auto *widgets = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!widgets || widgets->property("longLineEdits").toBool())
        return;
    widgets->setProperty("longLineEdits", true);
    widgets->installEventFilter(new LongLineEdits(widgets));
}

bool LongLineEdits::eventFilter(QObject *watched, QEvent *event)
{
    // Every widget is polished once before it is first shown: the moment to lift the cap.
    if (event->type() == QEvent::Polish) {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (edit && edit->maxLength() == QtDefaultMaximum)
            edit->setMaxLength(std::numeric_limits<int>::max());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fcte
