#include "FilePrivacy.h"

#include <QDir>
#include <QFile>

namespace fcte {

bool FilePrivacy::ensurePrivateFolder(const QString &folder)
{
    if (QDir(folder).exists())
        return true;
    if (!QDir().mkpath(folder))
        return false;
    return QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
}

bool FilePrivacy::makePrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly))
        return false;
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace fcte
