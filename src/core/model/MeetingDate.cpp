#include "core/model/MeetingDate.h"

#include <QRegularExpression>
#include <QStringList>

namespace fcte {
namespace {

// "marzo", "mar", "mar." → 3; 0 when it names no month.
int monthNumber(QString word)
{
    static const QStringList months = {
        QStringLiteral("enero"),   QStringLiteral("febrero"),   QStringLiteral("marzo"),
        QStringLiteral("abril"),   QStringLiteral("mayo"),      QStringLiteral("junio"),
        QStringLiteral("julio"),   QStringLiteral("agosto"),    QStringLiteral("septiembre"),
        QStringLiteral("octubre"), QStringLiteral("noviembre"), QStringLiteral("diciembre")};
    word = word.toLower();
    if (word == QLatin1String("setiembre"))
        return 9;
    for (int i = 0; i < months.size(); ++i) {
        if (word == months.at(i) || (word.size() >= 3 && months.at(i).startsWith(word)))
            return i + 1;
    }
    return 0;
}

QDate withYear(int year, int month, int day, const QDate &heldOn)
{
    if (year > 0 && year < 100)
        year += 2000;
    if (year > 0)
        return QDate(year, month, day);
    if (!heldOn.isValid())
        return {};
    QDate date(heldOn.year(), month, day);
    if (date.isValid() && date < heldOn)
        date = QDate(heldOn.year() + 1, month, day);
    return date;
}

} // namespace

QDate MeetingDate::parse(const QString &text, const QDate &heldOn)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    static const QRegularExpression numeric(
        QStringLiteral("\\b(\\d{1,2})[/-](\\d{1,2})(?:[/-](\\d{2}|\\d{4}))?\\b"));
    static const QRegularExpression words(
        QStringLiteral("\\b(\\d{1,2})\\s*(?:de\\s+)?(\\p{L}+)\\.?(?:\\s*(?:de|del)?\\s*(\\d{4}))?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The unambiguous first: a year-first date, then a month by its name ("26 de marzo, 9.05":
    // the 9.05 is a time), then day and month in figures.
    QRegularExpressionMatch match = iso.match(text);
    if (match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    QRegularExpressionMatchIterator all = words.globalMatch(text);
    while (all.hasNext()) {
        match = all.next();
        if (const int month = monthNumber(match.captured(2)))
            return withYear(match.captured(3).toInt(), month, match.captured(1).toInt(), heldOn);
    }
    all = numeric.globalMatch(text);
    while (all.hasNext()) {
        match = all.next();
        const QDate date = withYear(match.captured(3).toInt(), match.captured(2).toInt(),
                                    match.captured(1).toInt(), heldOn);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace fcte
