#include "core/io/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <QStorageInfo>
#include <atomic>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Below this much free space a failed write is taken for a full disk even without its errno.
constexpr qint64 NearlyFull = 64 * 1024;

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{}

OutputFile::~OutputFile()
{
    if (m_replacement && m_replacement->isOpen())
        m_replacement->cancelWriting();
}

QString OutputFile::reasonFor(int errnoValue)
{
    switch (errnoValue) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Text::tr("el disco está lleno");
    case EACCES:
    case EPERM:
        return Text::tr("no hay permiso para escribir ahí");
    case EROFS:
        return Text::tr("el disco es de solo lectura");
    case EFBIG:
        return Text::tr("el archivo es más grande de lo que el disco admite");
    case EIO:
        return Text::tr("el disco no respondió al escribir (¿se desconectó la memoria USB?)");
    case ENOENT:
    case ENOTDIR:
        return Text::tr("la carpeta no existe");
    default:
        return {};
    }
}

bool OutputFile::fail(int errnoValue, const QString &detail)
{
    QString reason = reasonFor(errnoValue);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (reason.isEmpty()) {
        // Qt does not always leave errno as the failing call set it: look at the place itself.
        const QFileInfo folderInfo(folder);
        const QStorageInfo storage(folder);
        if (!folderInfo.exists())
            reason = reasonFor(ENOENT);
        else if (!folderInfo.isWritable())
            reason = reasonFor(EACCES);
        else if (storage.isValid() && storage.isReadOnly())
            reason = reasonFor(EROFS);
        else if (storage.isValid() && storage.bytesAvailable() < NearlyFull)
            reason = reasonFor(ENOSPC);
        else
            reason = detail;
    }
    if (reason == reasonFor(EACCES))
        m_error = Text::tr("No hay permiso para escribir en %1.").arg(m_path);
    else
        m_error = Text::tr("No se pudo guardar %1: %2.").arg(m_path, reason);
    return false;
}

bool OutputFile::open()
{
    const QFileInfo target(m_path);
    if (target.isDir())
        return fail(0, Text::tr("es una carpeta, no un archivo"));
    if (target.exists() && !target.isFile()) {
        // A device or a pipe: replacing it would put a regular file where the device node was.
        m_inPlace = std::make_unique<QFile>(m_path);
        errno = 0;
        if (!m_inPlace->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(errno, m_inPlace->errorString());
        return true;
    }
    // A file marked read-only is not replaced, whoever runs the program (root may write it).
    if (target.exists() && !target.permissions().testFlag(QFileDevice::WriteOwner))
        return fail(EACCES, {});
    const bool created = !target.exists();
    m_replacement = std::make_unique<QSaveFile>(m_path);
    errno = 0;
    if (!m_replacement->open(QIODevice::WriteOnly))
        return fail(errno, m_replacement->errorString());
    // The file being written is the one renamed into place: private before it holds anything.
    // (Some file systems have no modes at all: a USB stick's, a phone's. Written all the same.)
    if (created)
        m_replacement->setPermissions(OwnerOnly);
    return true;
}

QIODevice &OutputFile::device()
{
    if (m_inPlace)
        return *m_inPlace;
    return *m_replacement;
}

bool OutputFile::commit()
{
    if (m_inPlace) {
        errno = 0;
        const bool flushed = m_inPlace->error() == QFileDevice::NoError && m_inPlace->flush();
        const int error = errno;
        const QString detail = m_inPlace->errorString();
        m_inPlace->close();
        return flushed || fail(error, detail);
    }
    if (!m_replacement || !m_replacement->isOpen())
        return fail(0, Text::tr("el archivo no se abrió"));
    // A write that failed earlier, or the flush of what is still buffered: either way the old
    // file must stay. QSaveFile::commit() flushes too, but does not report a failed flush.
    errno = 0;
    if (m_replacement->error() != QFileDevice::NoError || !m_replacement->flush()) {
        const int error = errno;
        const QString detail = m_replacement->errorString();
        m_replacement->cancelWriting();
        return fail(error, detail);
    }
#ifdef Q_OS_UNIX
    // QSaveFile::commit() syncs but ignores the result: on a network share, over a quota or on
    // a failing USB stick the error shows only here, and the old file must then stay.
    errno = 0;
    if (::fdatasync(m_replacement->handle()) != 0 && errno != EINVAL && errno != EROFS) {
        const int error = errno;
        m_replacement->cancelWriting();
        return fail(error, {});
    }
#endif
    errno = 0;
    if (!m_replacement->commit())
        return fail(errno, m_replacement->errorString());
    return true;
}

void OutputFile::giveUp()
{
    const int error = errno;
    const QString detail = device().errorString();
    if (m_replacement)
        m_replacement->cancelWriting();
    else
        m_inPlace->close();
    fail(error, detail);
}

QString OutputFile::write(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (!file.open())
        return file.error();
    errno = 0;
    if (file.device().write(bytes) != bytes.size()) {
        file.giveUp();
        return file.error();
    }
    return file.commit() ? QString() : file.error();
}

QString OutputFile::partialName(const QString &path)
{
    static std::atomic<int> written{0};
    const QFileInfo target(path);
    const QString ours = QStringLiteral(".parcial-%1-").arg(QCoreApplication::applicationPid());
    // Another process's leftovers only: this process's own may be being written right now.
    const QDir folder = target.absoluteDir();
    for (const QString &left :
         folder.entryList({target.fileName() + QStringLiteral(".parcial-*")}, QDir::Files))
        if (!left.contains(ours))
            QFile::remove(folder.filePath(left));
    const QString partial = path + ours + QString::number(written.fetch_add(1));
    QFile::remove(partial); // a leftover of a process that had this number before
    return partial;
}

} // namespace fcte
