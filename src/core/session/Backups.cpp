#include "core/session/Backups.h"

#include "core/io/FilePrivacy.h"
#include "core/io/OutputFile.h"
#include "core/model/StoreError.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

} // namespace

Backups::Backups(const QString &databasePath)
    : m_databasePath(databasePath)
{}

QString Backups::folder() const
{
    const QFileInfo info(m_databasePath);
    return info.absoluteDir().filePath(QStringLiteral("copias-") + info.completeBaseName());
}

QString Backups::snapshot(Database &db) const
{
    if (!FilePrivacy::ensurePrivateFolder(folder()))
        throw StoreError(Text::tr("No se pudo crear la carpeta de copias %1.").arg(folder()));
    const QString name =
        QStringLiteral("copia-%1.sqlite").arg(QDateTime::currentDateTime().toString(StampFormat));
    const QString path = QDir(folder()).filePath(name);
    const QString partial = OutputFile::partialName(path); // VACUUM INTO wants a new file
    db.snapshotTo(partial);
    // Only a finished snapshot gets the name that restore looks for.
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw StoreError(Text::tr("No se pudo guardar la copia %1.").arg(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QVector<Item> all = list();
    for (int i = MaxKept; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return path;
}

QString Backups::currentSnapshot(Database &db)
{
    const Backups backups(db.path());
    if (backups.newestIsCurrent())
        return backups.list().first().path;
    return backups.snapshot(db);
}

QVector<Backups::Item> Backups::list() const
{
    QVector<Item> items;
    const QDir dir(folder());
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("copia-*.sqlite")}, QDir::Files,
                                                   QDir::Name | QDir::Reversed)) {
        const QString stamp = file.completeBaseName().mid(6);
        items << Item{file.absoluteFilePath(), QDateTime::fromString(stamp, StampFormat),
                      file.size()};
    }
    return items;
}

bool Backups::newestIsCurrent() const
{
    const QVector<Item> all = list();
    if (all.isEmpty() || !all.first().takenAt.isValid())
        return false;
    for (const QString &file : {m_databasePath, QString(m_databasePath + QStringLiteral("-wal"))}) {
        // An empty log is the one SQLite makes when the bitácora is opened: nothing written.
        const QFileInfo info(file);
        if (info.exists() && info.size() > 0 && info.lastModified() >= all.first().takenAt)
            return false;
    }
    return true;
}

QString Backups::latestSound() const
{
    for (const Item &item : list()) {
        try {
            // Opened on a copy: checking must not add a -wal file or migrate the backup itself.
            const QString probe = item.path + QStringLiteral(".prueba");
            QFile::remove(probe);
            if (!QFile::copy(item.path, probe))
                continue;
            bool sound = false;
            {
                Database db;
                db.open(probe);
                sound = db.isSound();
            }
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(probe + QString::fromLatin1(suffix));
            if (sound)
                return item.path;
        } catch (const StoreError &) {
            for (const char *suffix : {".prueba", ".prueba-wal", ".prueba-shm"})
                QFile::remove(item.path + QString::fromLatin1(suffix));
        }
    }
    return {};
}

QString Backups::moveAside(const QString &databasePath, const QString &mark)
{
    if (!QFile::exists(databasePath))
        return {};
    const QString aside =
        databasePath +
        QStringLiteral(".%1-%2").arg(mark, QDateTime::currentDateTime().toString(StampFormat));
    if (!QFile::rename(databasePath, aside))
        return {};
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = databasePath + QString::fromLatin1(suffix);
        if (QFile::exists(companion))
            QFile::rename(companion, aside + QString::fromLatin1(suffix));
    }
    return aside;
}

QString Backups::restore(const QString &backupPath) const
{
    if (!QFile::exists(backupPath))
        return Text::tr("La copia %1 ya no existe.").arg(backupPath);
    if (QFile::exists(m_databasePath) &&
        moveAside(m_databasePath, QStringLiteral("antes")).isEmpty())
        return Text::tr("No se pudo apartar la bitácora actual; no se restauró nada.");
    if (!QFile::copy(backupPath, m_databasePath))
        return Text::tr("No se pudo copiar la copia de seguridad a %1.").arg(m_databasePath);
    QFile::setPermissions(m_databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace fcte
