#include "core/text/TextLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace fcte {

QString TextLimits::tooLong(qsizetype chars, int limit)
{
    const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    return QCoreApplication::translate("TextLimits",
                                       "El texto tiene %1 caracteres y el límite es %2: no se "
                                       "guardó. Sigue en su campo; acórtelo o divídalo en dos.")
        .arg(mexico.toString(qint64(chars)), mexico.toString(limit));
}

} // namespace fcte
