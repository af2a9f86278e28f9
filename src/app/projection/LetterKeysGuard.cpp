#include "app/projection/LetterKeysGuard.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>

namespace fcte {

LetterKeysGuard::LetterKeysGuard(QObject *parent)
    : QObject(parent)
{
    // On the application: the override is asked of whichever widget has the focus, dialogs
    // and cell editors included. Removed with this object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool LetterKeysGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plainLetter = (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier &&
                             !key->text().isEmpty() && key->text().front().isLetterOrNumber();
    const bool typesAhead = qobject_cast<QAbstractItemView *>(watched) ||
                            qobject_cast<QComboBox *>(watched) ||
                            qobject_cast<QAbstractSpinBox *>(watched);
    if (plainLetter && typesAhead) {
        event->accept(); // the widget's key: no shortcut takes it
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fcte
