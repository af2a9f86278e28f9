#pragma once

#include "app/projection/ProjectionTheme.h"
#include "core/session/ProjectionContent.h"

#include <QObject>
#include <memory>

class QAction;
class QImage;
class QActionGroup;
class QMainWindow;
class QMenu;
class QScreen;
class QTimer;

namespace fcte {

class Bitacora;
class Guide;
class ProjectionView;
class SessionRunner;
class SessionTimer;

// Drives the classroom screen from the operator window: what it shows (following the operator,
// unless frozen), on which screen, blanked or not, in which theme and size. F5 projects, Esc
// stops, B blanks, F freezes, PgDn and PgUp turn the room's pages; Ctrl++ and Ctrl+- scale the
// type.
class ProjectionController : public QObject {
    Q_OBJECT
public:
    ProjectionController(const Guide &guide, SessionRunner &runner, SessionTimer &timer,
                         Bitacora &bitacora, QMainWindow &operatorWindow);
    ~ProjectionController() override;

    void addTo(QMenu *menu);
    // The sheet the operator is looking at; its public lines are what the room sees.
    void setCurrentSheet(const QString &kind);

    ProjectionView &view() const { return *m_view; }
    bool isProjecting() const;
    bool isFrozen() const;
    bool isBlank() const;
    QAction *projectAction() const { return m_project; }
    QAction *blankAction() const { return m_blank; }
    QAction *freezeAction() const { return m_freeze; }
    QAction *nextPageAction() const { return m_nextPage; }
    QAction *previousPageAction() const { return m_previousPage; }
    QAction *readingAction() const { return m_reading; }
    QAction *agendaAction() const { return m_agenda; }
    QAction *biggerAction() const { return m_bigger; }
    QAction *smallerAction() const { return m_smaller; }

    // The screen chosen by name, remembered between sessions; empty for "the other screen".
    QString chosenScreen() const;
    void chooseScreen(const QString &name);
    void setTheme(ProjectionTheme::Kind kind);
    void scaleBy(double factor);

    // A photo full screen (projecting if the room's screen was off); Esc goes back to the sheet.
    void showPicture(const QImage &picture, const QString &caption);

    // Rebuilds what the room sees from the bitácora (unless frozen).
    void refresh();
    // Rebuilds a moment later, once, however many edits arrive meanwhile: typing stays instant.
    void scheduleRefresh();
    bool hasPendingRefresh() const;

Q_SIGNALS:
    void stateChanged(const QString &description);

private:
    void createContentActions();
    void start();
    void stop();
    void refreshTimer();
    void updateTimerFields();
    void rebuild();
    void fillScreenMenu(QMenu *menu);
    QScreen *targetScreen() const;
    void announce();
    void updateReadingAction();
    void followActivity();

    const Guide &m_guide;
    SessionRunner &m_runner;
    SessionTimer &m_timer;
    Bitacora &m_bitacora;
    QMainWindow &m_operator;
    std::unique_ptr<ProjectionView> m_view;
    ProjectionContent m_content;
    QString m_sheet;
    QAction *m_project = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_blank = nullptr;
    QAction *m_freeze = nullptr;
    QAction *m_nextPage = nullptr;
    QAction *m_previousPage = nullptr;
    QAction *m_reading = nullptr;
    QAction *m_agenda = nullptr;
    QAction *m_bigger = nullptr;
    QAction *m_smaller = nullptr;
    QActionGroup *m_themes = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_pendingRefresh = nullptr;
};

} // namespace fcte
