#include "core/model/Cct.h"

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

QString Cct::proposedLevel(const QString &text)
{
    const QString cct = normalized(text);
    if (cct.size() < 5)
        return {};
    // Of its three letters, the first says who runs the school (D federal, E state…); the other two
    // the kind of school.
    const QStringView kind = QStringView(cct).mid(3, 2);
    if (kind == u"JN" || kind == u"CC")
        return QStringLiteral("preescolar");
    if (kind == u"PR" || kind == u"PB")
        return QStringLiteral("primaria");
    if (kind == u"ES" || kind == u"ST" || kind == u"TV")
        return QStringLiteral("secundaria");
    return {};
}

} // namespace fcte
