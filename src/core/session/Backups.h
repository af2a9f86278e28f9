#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace fcte {

class Database;

// Consistent snapshots of a bitácora (VACUUM INTO), kept in a private folder beside it, newest
// first, a rotating set of MaxKept. A damaged bitácora is moved aside, never overwritten.
class Backups {
public:
    static constexpr int MaxKept = 12;

    struct Item {
        QString path;
        QDateTime takenAt;
        qint64 bytes = 0;
    };

    explicit Backups(const QString &databasePath);

    QString folder() const;
    // Takes a snapshot now; returns its path. Throws StoreError on failure.
    QString snapshot(Database &db) const;
    // The newest snapshot when nothing was written since it was taken (a session looked at, a
    // pause: no copy of a copy), or a new one. Throws StoreError on failure.
    static QString currentSnapshot(Database &db);
    QVector<Item> list() const;
    // Whether the newest backup was begun after the bitácora (its file and its write-ahead log)
    // last changed: another snapshot would copy the same content and push an older, different
    // one out of the set.
    bool newestIsCurrent() const;
    // The newest backup that opens and passes its integrity check, or an empty string.
    QString latestSound() const;

    // Moves the bitácora file (and its -wal/-shm) aside with a "danada" or "antes" mark; returns
    // the new name, or an empty string when there was nothing to move or it failed.
    static QString moveAside(const QString &databasePath, const QString &mark);
    // Puts a backup in place of the bitácora, whose own file is moved aside first. The database
    // must be closed. Returns an error message, or an empty string on success.
    QString restore(const QString &backupPath) const;

private:
    QString m_databasePath;
};

} // namespace fcte
