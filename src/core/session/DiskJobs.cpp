#include "core/session/DiskJobs.h"

#include "core/model/StoreError.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <exception>
#include <optional>

namespace fcte {
namespace {

QString unexpected()
{
    return QCoreApplication::translate("DiskJobs", "Falló la escritura por un error inesperado "
                                                   "(falta de memoria, quizá); no se perdió nada "
                                                   "de la bitácora.");
}

// Runs a job on db, at one moment when asked; whatever it throws comes back as a message, never
// out of the job's thread (the window would get it from the result and stop).
DiskJobResult runOn(Database &db, DiskJobs::Moment moment, const DiskJobs::Job &job)
{
    try {
        std::optional<ReadSnapshot> snapshot;
        if (moment == DiskJobs::Moment::Snapshot)
            snapshot.emplace(db);
        return job(db);
    } catch (const StoreError &error) {
        return DiskJobResult{{}, error.message(), {}};
    } catch (const std::exception &) {
        return DiskJobResult{{}, unexpected(), {}};
    }
}

} // namespace

DiskJobs::DiskJobs(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

DiskJobs::~DiskJobs()
{
    for (QFutureWatcher<DiskJobResult> *watcher :
         findChildren<QFutureWatcher<DiskJobResult> *>(QString(), Qt::FindDirectChildrenOnly))
        watcher->waitForFinished();
}

void DiskJobs::run(Job job, QObject *receiver, Done done, Moment moment)
{
    const QString path = m_db.path();
    if (path == QLatin1String(":memory:")) {
        done(runOn(m_db, moment, job));
        return;
    }
    QFuture<DiskJobResult> running = QtConcurrent::run([path, moment, job = std::move(job)] {
        Database own;
        try {
            // The window opened and checked this file; its own connection needs no second look.
            own.open(path,
                     moment == Moment::Writes ? Database::Mode::ReadWrite
                                              : Database::Mode::ReadOnly,
                     Database::Check::Skip);
        } catch (const StoreError &error) {
            return DiskJobResult{{}, error.message(), {}};
        }
        return runOn(own, moment, job);
    });
    auto *watcher = new QFutureWatcher<DiskJobResult>(this);
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, receiver = QPointer<QObject>(receiver), done = std::move(done)] {
                const DiskJobResult result = watcher->result();
                watcher->deleteLater();
                if (receiver)
                    done(result);
                if (--m_running == 0)
                    Q_EMIT busyChanged(false);
            });
    watcher->setFuture(running);
}

void DiskJobs::waitForAll()
{
    // The results are handed over by queued events: let them arrive, in order.
    while (m_running > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace fcte
