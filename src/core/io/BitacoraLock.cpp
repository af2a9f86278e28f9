#include "core/io/BitacoraLock.h"

#include "core/io/FilePrivacy.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace fcte {

BitacoraLock::BitacoraLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lock(databasePath + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(0);
}

bool BitacoraLock::tryLock()
{
    FilePrivacy::ensurePrivateFolder(QFileInfo(m_databasePath).absolutePath());
#ifdef Q_OS_UNIX
    // QLockFile creates its file with 0666 less the umask: a umask of 077 for that moment makes
    // it 0600 from the start. Taken once, at start-up, before any other thread writes files.
    const mode_t previous = ::umask(S_IRWXG | S_IRWXO);
    const bool locked = m_lock.tryLock(200);
    ::umask(previous);
#else
    const bool locked = m_lock.tryLock(200);
#endif
    if (locked)
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    m_lock.getLockInfo(&pid, &host, &application);
    m_holder = pid;
    m_message = m_lock.error() == QLockFile::LockFailedError
                    ? QCoreApplication::translate("BitacoraLock",
                                                  "La bitácora %1 ya está abierta en otra ventana "
                                                  "de Facilitador CTE (proceso %2). Use esa "
                                                  "ventana; esta no escribirá nada.")
                          .arg(m_databasePath)
                          .arg(pid)
                    : QCoreApplication::translate("BitacoraLock",
                                                  "No se pudo apartar la bitácora %1 para esta "
                                                  "ventana: la carpeta no se puede escribir.")
                          .arg(m_databasePath);
    return false;
}

} // namespace fcte
