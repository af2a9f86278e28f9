#pragma once

#include <QObject>

namespace fcte {

// QLineEdit silently cuts what is typed or pasted at 32,767 characters (its default maximum).
// Every line edit of the app, table cell editors included, takes any length instead: the
// bitácora's own limits (TextLimits) refuse a text too long with a message and leave it whole
// in its field, never cut.
class LongLineEdits : public QObject {
public:
    // Once per application (later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace fcte
