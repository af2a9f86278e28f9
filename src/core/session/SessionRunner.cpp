#include "core/session/SessionRunner.h"

#include "core/store/SessionStore.h"

namespace fcte {

SessionRunner::SessionRunner(const Guide &guide, SessionStore &store, qint64 sessionId,
                             QObject *parent)
    : QObject(parent)
    , m_guide(guide)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_current(guide.firstActivityNumber())
{
    const auto info = store.session(sessionId);
    if (info && guide.activity(info->currentActivity))
        m_current = info->currentActivity;
}

const Activity &SessionRunner::current() const
{
    return *m_guide.activity(m_current);
}

bool SessionRunner::canGoNext() const
{
    return m_current < m_guide.lastActivityNumber();
}

bool SessionRunner::canGoPrevious() const
{
    return m_current > m_guide.firstActivityNumber();
}

void SessionRunner::goTo(int activityNumber)
{
    if (activityNumber == m_current || !m_guide.activity(activityNumber))
        return;
    m_store.setCurrentActivity(m_sessionId, activityNumber);
    m_current = activityNumber;
    Q_EMIT currentActivityChanged(m_current);
}

void SessionRunner::goNext()
{
    if (canGoNext())
        goTo(m_current + 1);
}

void SessionRunner::goPrevious()
{
    if (canGoPrevious())
        goTo(m_current - 1);
}

} // namespace fcte
