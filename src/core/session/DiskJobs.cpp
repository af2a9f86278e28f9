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
        DiskJobResult result;
        try {
            std::optional<ReadSnapshot> snapshot;
            if (moment == Moment::Snapshot)
                snapshot.emplace(m_db);
            result = job(m_db);
        } catch (const StoreError &error) {
            result.error = error.message();
        } catch (const std::exception &) {
            result.error = unexpected();
        }
        done(result);
        return;
    }
    QFuture<DiskJobResult> running = QtConcurrent::run([path, moment, job = std::move(job)] {
        DiskJobResult result;
        try {
            Database own;
            // The window opened and checked this file; its own connection needs no second look.
            own.open(path, Database::Mode::ReadOnly, Database::Check::Skip);
            std::optional<ReadSnapshot> snapshot;
            if (moment == Moment::Snapshot)
                snapshot.emplace(own);
            result = job(own);
        } catch (const StoreError &error) {
            result.error = error.message();
        } catch (const std::exception &) {
            // Never out of the job's thread: the window would get it from the result and stop.
            result.error = unexpected();
        }
        return result;
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
