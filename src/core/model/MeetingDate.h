#pragma once

#include <QDate>
#include <QString>

namespace fcte {

// The next meeting's date as people write it ("viernes 26 de marzo", "26/03/2027",
// "2027-03-26"), read as a date when it can be: a date without a year is the first such day on
// or after the session's. Anything else gives an invalid date (never a guess).
struct MeetingDate {
    static QDate parse(const QString &text, const QDate &heldOn);
};

} // namespace fcte
