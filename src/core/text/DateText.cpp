#include "core/text/DateText.h"

#include <QLocale>

namespace fcte {

QString DateText::format()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateText::shortDate(const QDate &date)
{
    return QLocale().toString(date, format());
}

QDate DateText::parse(const QString &text)
{
    const QLocale locale;
    const QDate exact = locale.toDate(text.trimmed(), format());
    if (exact.isValid())
        return exact;
    // "5/3/2027" as well as "05/03/2027".
    QString relaxed = format();
    relaxed.replace(QLatin1String("dd"), QLatin1String("d"));
    relaxed.replace(QLatin1String("MM"), QLatin1String("M"));
    return locale.toDate(text.trimmed(), relaxed);
}

} // namespace fcte
