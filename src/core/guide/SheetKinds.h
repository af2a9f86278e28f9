#pragma once

#include <QString>
#include <QStringList>

namespace fcte {

// The kinds of sheet a guide's activity can use, and what the user calls them.
struct SheetKinds {
    static const QStringList &ids();
    static bool isKnown(const QString &id);
    // The Spanish name shown to the user; the id itself for an unknown kind.
    static QString displayName(const QString &id);
    // Private sheets are never projected (individual notes).
    static bool isPrivate(const QString &id);
};

} // namespace fcte
