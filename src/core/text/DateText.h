#pragma once

#include <QDate>
#include <QString>

namespace fcte {

// One way to write a date in a list, a dialog and the PDF alike: the chosen language's own short
// date, its year whole (05/12/2026 in Spanish, 12/5/2026 in English), never "12/5/26" beside
// "05/12/2026".
struct DateText {
    static QString format();
    static QString shortDate(const QDate &date);
    // A date typed as format() says; invalid when it is not one.
    static QDate parse(const QString &text);
};

} // namespace fcte
