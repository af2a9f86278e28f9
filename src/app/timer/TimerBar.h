#pragma once

#include "core/session/ProjectionContent.h"

#include <QWidget>
#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace fcte {

class Bitacora;
class SessionRunner;
class SessionTimer;

// The timer bar of the operator window: the current activity's countdown (into overtime), its
// controls, the speaking school's turn, and the session clock with the projected end.
class TimerBar : public QWidget {
    Q_OBJECT
public:
    using Level = ProjectionContent::TimerLevel;

    TimerBar(SessionTimer &timer, SessionRunner &runner, Bitacora &bitacora,
             QWidget *parent = nullptr);

    QAction *toggleAction() const { return m_toggle; }
    QAction *nextSchoolAction() const { return m_nextSchool; }
    QAction *soundAction() const { return m_sound; }
    // "Proponer un receso": on or off, the director's choice (the guide has none).
    QAction *breakAction() const { return m_break; }
    QAction *breakEarlierAction() const { return m_breakEarlier; }
    QAction *breakLaterAction() const { return m_breakLater; }
    // "Iniciar receso" / "Terminar receso": the break as it happens.
    QAction *breakNowAction() const { return m_breakNow; }
    // A button on the clock's row: "Comenzar la sesión", "Terminar sesión".
    void addSessionAction(QAction *action);
    // Before the start, the clock's row also tells how ready the materials are.
    void setPreparation(std::function<QString()> readiness);

    Level level() const { return m_level; }
    QString countdown() const;
    QString turnText() const;  // whole, as in the tooltip
    QString clockText() const; // whole, as in the tooltip
    bool isClockCut() const;   // whether the row cannot show it whole in two lines
    bool isFlashing() const;

    void refresh();

Q_SIGNALS:
    void recoveryRequested();

private:
    void createBreakActions();
    void applyLevel(Level level, bool flashOn);
    void fitClockText(const QString &whole);

    SessionTimer &m_timer;
    SessionRunner &m_runner;
    Bitacora &m_bitacora;
    QLabel *m_countdown = nullptr;
    QLabel *m_turn = nullptr;
    QLabel *m_clock = nullptr;
    QHBoxLayout *m_clockRow = nullptr;
    QToolButton *m_toggleButton = nullptr;
    QToolButton *m_nextSchoolButton = nullptr;
    QPushButton *m_recover = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_nextSchool = nullptr;
    QAction *m_less = nullptr;
    QAction *m_more = nullptr;
    QAction *m_sound = nullptr;
    QAction *m_break = nullptr;
    QAction *m_breakEarlier = nullptr;
    QAction *m_breakLater = nullptr;
    QAction *m_breakNow = nullptr;
    QToolButton *m_breakButton = nullptr;
    QString m_wholeClock;
    QTimer *m_tick = nullptr;
    Level m_level = Level::Idle;
    qint64 m_lastRemainingMs = 0;
    int m_lastActivity = 0;
    qint64 m_flashUntilMs = 0;
    std::function<QString()> m_readiness;
};

} // namespace fcte
