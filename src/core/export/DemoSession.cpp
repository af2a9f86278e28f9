#include "core/export/DemoSession.h"

#include "core/export/BitacoraArchive.h"
#include "core/model/StoreError.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>
#include <QFile>

namespace fcte {

QString DemoSession::archivePath()
{
    return QStringLiteral(":/demo/demo-bitacora.json");
}

qint64 DemoSession::create(Database &db)
{
    QFile file(archivePath());
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            QCoreApplication::translate("DemoSession", "Falta la sesión de demostración."));
    const ArchiveImportResult imported = BitacoraArchive::importSession(
        db, file.readAll(), BitacoraArchive::Duplicate::AsNew); // each demo a session of its own
    if (!imported.ok())
        throw StoreError(imported.errors.join(QLatin1Char('\n')));
    SessionStore sessions(db);
    SessionInfo info = *sessions.session(imported.sessionId);
    info.heldOn = QDate::currentDate();
    sessions.updateSession(info);
    return imported.sessionId;
}

} // namespace fcte
