#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace fcte {

class ExportActions;
class Guide;
class SessionRunner;
class SessionTimer;

// "Iniciar sesión" and "Terminar sesión": the morning's schedule starts at the actual start
// (a rehearsal the night before is never late), and the end stops the timers, records the
// actual end, shows planned against actual minutes and offers the export.
class SessionLifecycle : public QObject {
    Q_OBJECT
public:
    SessionLifecycle(const Guide &guide, SessionTimer &timer, SessionRunner &runner,
                     ExportActions &exports, QWidget &window);

    QAction *startAction() const { return m_start; }
    QAction *endAction() const { return m_end; }

    void start();
    void end();
    // The summary of an ended session, with its export and resume buttons.
    void showSummary();

private:
    void update();

    const Guide &m_guide;
    SessionTimer &m_timer;
    SessionRunner &m_runner;
    ExportActions &m_exports;
    QWidget &m_window;
    QAction *m_start = nullptr;
    QAction *m_end = nullptr;
};

} // namespace fcte
