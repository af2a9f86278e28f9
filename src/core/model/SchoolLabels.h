#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace fcte {

// The school levels and shifts a school can have: the keys stored in the bitácora and the words
// people read, in the session dialog and in the PDF alike.
namespace SchoolLabels {

using Choice = QPair<QString, QString>; // key, label
QList<Choice> levels();
QList<Choice> shifts();
// The label of a key; a key this version does not know (typed in a spreadsheet) as it is.
QString levelName(const QString &key);
QString shiftName(const QString &key);
// A person's function: docente, director, subdirector, agente (the keys the roster stores).
QList<Choice> roles();
QString roleName(const QString &key);

} // namespace SchoolLabels

} // namespace fcte
