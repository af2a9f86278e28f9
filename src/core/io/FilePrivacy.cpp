#include "core/io/FilePrivacy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace fcte {
namespace {

constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool FilePrivacy::ensurePrivateFolder(const QString &folder)
{
    // Each missing folder is created with its final mode, never readable by others in between.
    QStringList missing;
    QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    while (!QFileInfo(path).exists()) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            return false;
        path = parent;
    }
    if (!QFileInfo(path).isDir())
        return false;
    for (const QString &create : missing) {
        if (!QDir().mkdir(create, OwnerOnlyFolder) && !QFileInfo(create).isDir())
            return false;
    }
    return true;
}

bool FilePrivacy::makePrivateFile(const QString &path)
{
    QFile file(path);
    if (file.exists())
        return file.setPermissions(OwnerOnlyFile);
    // Created with its final mode: no moment in which another user could open it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile))
        return file.exists() && file.setPermissions(OwnerOnlyFile);
    file.close();
    return file.setPermissions(OwnerOnlyFile); // the umask may have taken bits away
}

} // namespace fcte
