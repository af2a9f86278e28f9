#include "CheckpointScheduler.h"

#include "Database.h"

namespace fcte {

CheckpointScheduler::CheckpointScheduler(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &CheckpointScheduler::checkpointNow);
}

void CheckpointScheduler::noteWrite()
{
    m_quiet.start();
}

void CheckpointScheduler::checkpointNow()
{
    m_quiet.stop();
    if (m_db.isOpen())
        m_db.checkpoint();
}

} // namespace fcte
