#pragma once

#include <QLockFile>
#include <QString>

namespace fcte {

// One window per bitácora: a second one would write over the first one's work. A lock left by
// an app that was killed is taken over as soon as its process is gone.
class BitacoraLock {
public:
    explicit BitacoraLock(const QString &databasePath);

    // False when another running Facilitador CTE holds it; message() then says so in Spanish.
    bool tryLock();
    QString message() const { return m_message; }
    // After a failed tryLock(): the process of the window that holds the bitácora (0 when
    // unknown).
    qint64 holder() const { return m_holder; }

private:
    QString m_databasePath;
    QLockFile m_lock;
    QString m_message;
    qint64 m_holder = 0;
};

} // namespace fcte
