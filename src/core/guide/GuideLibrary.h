#pragma once

#include "core/guide/Guide.h"

#include <QStringList>
#include <QVector>

namespace fcte {

// The guides the app ships: the SEP's fourth session and our follow-up agenda. A session names
// its guide by id; the library finds it (loaded and validated once).
struct GuideLibrary {
    // The built-in guide with that id, or nullptr.
    static const Guide *builtIn(const QString &id);
    // The guide a session ran with: its own, or the fourth session's when the id is unknown.
    static const Guide &forSession(const QString &guideId);
    // Errors of a built-in guide that does not load (none in a sound build).
    static QStringList problems();

    // The user's own guides (written in the guide editor, or received as files) live in a
    // folder of the user's data folder; the start screen offers them.
    static QString userFolder();
    // The extension of guide files: the desktop opens them with the app by it.
    static QString fileSuffix() { return QStringLiteral(".guia.json"); }
    struct UserGuide {
        QString path;
        QString title;      // the guide's own title, or the file's name when it does not load
        QStringList errors; // why it cannot be used (empty: it can)
    };
    // The guides in userFolder(), by title; each checked by the loader.
    static QVector<UserGuide> userGuides();
    // Whether userFolder() holds any guide file; only lists the folder (the start screen asks).
    static bool hasUserGuides();
};

} // namespace fcte
