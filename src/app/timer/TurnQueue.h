#pragma once

#include <QWidget>

class QListWidget;

namespace fcte {

class Bitacora;
class SessionTimer;

// The order in which schools present (activities 7 and 20): who spoke and for how long, who is
// speaking, who is next. Ctrl+↑/↓ reorders.
class TurnQueue : public QWidget {
    Q_OBJECT
public:
    TurnQueue(SessionTimer &timer, Bitacora &bitacora, int activity, QWidget *parent = nullptr);

    QStringList lines() const;
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SessionTimer &m_timer;
    Bitacora &m_bitacora;
    int m_activity;
    QListWidget *m_list = nullptr;
};

} // namespace fcte
