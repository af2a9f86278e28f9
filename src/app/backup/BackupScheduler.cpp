#include "app/backup/BackupScheduler.h"

#include "core/model/StoreError.h"
#include "core/session/Backups.h"
#include "core/session/DiskJobs.h"
#include "core/session/Notebook.h"

#include <QSignalBlocker>
#include <QTimer>

namespace fcte {

BackupScheduler::BackupScheduler(Notebook &notebook, DiskJobs &jobs, QObject *parent)
    : QObject(parent)
    , m_notebook(notebook)
    , m_jobs(jobs)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(IntervalMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { snapshotInBackground(); });
    m_timer->start();
}

BackupScheduler::~BackupScheduler()
{
    // The closing copy: nobody is left to be told if it fails (the window is going away, and a
    // signal now would reach it half destroyed).
    const QSignalBlocker quiet(this);
    if (m_notebook.isOpen())
        snapshotNow();
}

QString BackupScheduler::snapshotNow()
{
    if (m_notebook.isReadOnly())
        return {}; // nothing in it can change: no copy to keep
    try {
        const QString path = Backups::currentSnapshot(m_notebook.database());
        Q_EMIT snapshotTaken(path);
        return path;
    } catch (const StoreError &error) {
        Q_EMIT saveFailed(tr("No se pudo hacer la copia de seguridad: %1").arg(error.message()));
        return {};
    }
}

void BackupScheduler::snapshotInBackground(std::function<void()> then)
{
    if (m_notebook.isReadOnly()) {
        if (then)
            then();
        return;
    }
    // VACUUM INTO is one moment of the file by itself, and refuses to run inside a transaction.
    m_jobs.run(
        [](Database &own) {
            return DiskJobResult{{Backups::currentSnapshot(own)}, {}, {}};
        },
        this,
        [this, then = std::move(then)](const DiskJobResult &result) {
            if (result.error.isEmpty())
                Q_EMIT snapshotTaken(result.files.value(0));
            else
                Q_EMIT saveFailed(
                    tr("No se pudo hacer la copia de seguridad: %1").arg(result.error));
            if (then)
                then();
        },
        DiskJobs::Moment::Whole);
}

} // namespace fcte
