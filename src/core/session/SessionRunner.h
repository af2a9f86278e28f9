#pragma once

#include "core/guide/Guide.h"
#include "core/model/Records.h"

#include <QObject>

namespace fcte {

class SessionStore;

// Walks one session through its guide; every move is stored before it is announced, so a
// reopened session lands where it was left.
class SessionRunner : public QObject {
    Q_OBJECT
public:
    SessionRunner(const Guide &guide, SessionStore &store, qint64 sessionId,
                  QObject *parent = nullptr);

    const Guide &guide() const { return m_guide; }
    qint64 sessionId() const { return m_sessionId; }
    int currentActivity() const { return m_current; }
    const Activity &current() const;

    bool canGoNext() const;
    bool canGoPrevious() const;

    void goTo(int activityNumber);
    void goNext();
    void goPrevious();

Q_SIGNALS:
    void currentActivityChanged(int activityNumber);

private:
    const Guide &m_guide;
    SessionStore &m_store;
    qint64 m_sessionId;
    int m_current;
};

} // namespace fcte
