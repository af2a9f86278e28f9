#include "app/backup/BackupScheduler.h"

#include "core/model/StoreError.h"
#include "core/store/Backups.h"
#include "core/store/Database.h"

#include <QSignalBlocker>
#include <QTimer>

namespace fcte {

BackupScheduler::BackupScheduler(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(IntervalMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::snapshotNow);
    m_timer->start();
}

BackupScheduler::~BackupScheduler()
{
    // The closing copy: nobody is left to be told if it fails (the window is going away, and a
    // signal now would reach it half destroyed).
    const QSignalBlocker quiet(this);
    if (m_db.isOpen())
        snapshotNow();
}

QString BackupScheduler::snapshotNow()
{
    if (m_db.isReadOnly())
        return {}; // nothing in it can change: no copy to keep
    try {
        const Backups backups(m_db.path());
        // Nothing written since the last one (a session looked at, a pause): no copy of a copy.
        if (backups.newestIsCurrent())
            return backups.list().first().path;
        return backups.snapshot(m_db);
    } catch (const StoreError &error) {
        Q_EMIT saveFailed(tr("No se pudo hacer la copia de seguridad: %1").arg(error.message()));
        return {};
    }
}

} // namespace fcte
