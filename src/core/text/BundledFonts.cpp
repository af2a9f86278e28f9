#include "BundledFonts.h"

#include <QFontDatabase>

namespace fcte::BundledFonts {

QString family()
{
    return QStringLiteral("DejaVu Sans");
}

QStringList files()
{
    return {QStringLiteral(":/fonts/DejaVuSans.ttf"),
            QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")};
}

QStringList registerBundled()
{
    QStringList families;
    for (const QString &file : files()) {
        const int id = QFontDatabase::addApplicationFont(file);
        if (id >= 0)
            families << QFontDatabase::applicationFontFamilies(id);
    }
    families.removeDuplicates();
    return families;
}

bool ensureAvailable()
{
    if (QFontDatabase::hasFamily(family()))
        return true;
    return registerBundled().contains(family());
}

} // namespace fcte::BundledFonts
