#include "Cct.h"

#include <QRegularExpression>

namespace fcte {

QString Cct::normalized(const QString &text)
{
    return text.trimmed().toUpper();
}

bool Cct::isValid(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{2}[A-Z]{3}[0-9]{4}[A-Z0-9]$"));
    const QString cct = normalized(text);
    if (!shape.match(cct).hasMatch())
        return false;
    const int state = cct.left(2).toInt();
    return state >= 1 && state <= 32;
}

} // namespace fcte
