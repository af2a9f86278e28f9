#include "core/text/BundledFonts.h"

#include <QFontDatabase>

namespace fcte::BundledFonts {

QString family()
{
    return QStringLiteral("DejaVu Sans");
}

QStringList families()
{
    return {family(), QStringLiteral("Noto Color Emoji")};
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
    // The list of families, not hasFamily(): that also asks fontconfig to resolve the name as an
    // alias, a few milliseconds of every start for nothing when the family is installed.
    if (QFontDatabase::families().contains(family(), Qt::CaseInsensitive))
        return true;
    return registerBundled().contains(family());
}

} // namespace fcte::BundledFonts
