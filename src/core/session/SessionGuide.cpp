#include "core/session/SessionGuide.h"

#include "core/guide/GuideLibrary.h"
#include "core/model/StoreError.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>

namespace fcte {

GuideLoadResult SessionGuide::load(SessionStore &sessions, qint64 sessionId)
{
    const QByteArray kept = sessions.sessionGuide(sessionId);
    if (!kept.isEmpty()) {
        GuideLoadResult result = GuideLoader::fromJson(kept);
        if (!result.ok())
            result.errors.prepend(
                QCoreApplication::translate("SessionGuide",
                                            "La guía guardada con la sesión %1 no es válida:")
                    .arg(sessionId));
        return result;
    }
    const auto info = sessions.session(sessionId);
    GuideLoadResult result;
    result.guide = GuideLibrary::forSession(info ? info->guideId : QString());
    try {
        if (info)
            keep(sessions, sessionId, *result.guide); // frozen from its first opening on
    } catch (const StoreError &) {
        // A read-only bitácora (an export from a copy): the guide is used, kept another time.
    }
    return result;
}

void SessionGuide::keep(SessionStore &sessions, qint64 sessionId, const Guide &guide)
{
    if (!guide.sourceJson.isEmpty())
        sessions.saveSessionGuide(sessionId, guide.sourceJson, guide.contentHash());
}

} // namespace fcte
