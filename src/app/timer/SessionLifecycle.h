#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace fcte {

class ExportActions;
class Guide;
class SessionRunner;
class Bitacora;
class SessionTimer;

// "Comenzar la sesión" and "Terminar sesión": the morning's schedule starts at the actual start
// (a rehearsal the night before is never late), and the end stops the timers, records the
// actual end, shows planned against actual minutes and offers the export. Before the start, the
// guide's materials are a checklist.
class SessionLifecycle : public QObject {
    Q_OBJECT
public:
    SessionLifecycle(const Guide &guide, Bitacora &bitacora, SessionTimer &timer,
                     SessionRunner &runner, ExportActions &exports, QWidget &window);

    QAction *prepareAction() const { return m_prepare; }
    QAction *startAction() const { return m_start; }
    QAction *endAction() const { return m_end; }

    // The materials checklist and the products, before the start.
    void prepare();
    // "materiales listos: 2 de 3"
    QString readiness() const;
    // Counted again: after the checklist, a change of schools or a reading's text pasted.
    void refreshReadiness();

    void start();
    void end();
    // The summary of an ended session, with its export and resume buttons.
    void showSummary();

Q_SIGNALS:
    // The session was ended (the phones' server stops with it).
    void ended();

private:
    void update();
    // Starts the session at current; when earlier activities never ran, asks whether they were
    // done before (from what time) or are left out. False when the director cancels.
    bool askAboutEarlierActivities(int current, bool discard);

    const Guide &m_guide;
    Bitacora &m_bitacora;
    SessionTimer &m_timer;
    SessionRunner &m_runner;
    ExportActions &m_exports;
    QWidget &m_window;
    QAction *m_prepare = nullptr;
    QAction *m_start = nullptr;
    QAction *m_end = nullptr;
    QString m_readiness;
};

} // namespace fcte
