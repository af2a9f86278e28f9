#pragma once

#include <QLabel>

namespace fcte {

// A QLabel left at Qt::AutoText turns into rich text as soon as its text looks like markup: a
// school or a name typed as "<img src=/dev/zero>" would be rendered, not shown. Every label of
// the program is made here, plain from birth, so any text given to it later — a name, a school,
// a file's path — shows exactly as typed. scripts/test fails on a QLabel made anywhere else.
inline QLabel *plainLabel(const QString &text = {}, QWidget *parent = nullptr)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

} // namespace fcte
