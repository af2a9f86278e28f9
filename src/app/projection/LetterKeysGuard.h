#pragma once

#include <QObject>

namespace fcte {

// B blanks the room's screen and F freezes it, as plain letters: a text field keeps them for
// itself, but a combo box, a list or a table searching as one types did not, and typing "Sof"
// in a chooser froze the projection. While the focus is in any of those, a plain letter is the
// widget's: the shortcuts then act only with Ctrl+Shift, or from the Proyección menu.
class LetterKeysGuard : public QObject {
public:
    explicit LetterKeysGuard(QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace fcte
