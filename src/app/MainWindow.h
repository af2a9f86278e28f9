#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QTreeView;

namespace fcte {

class ActivityPage;
class AgendaModel;
class Guide;
class SessionRunner;
class SessionStore;

// The operator window: assembles the agenda, the activity page and the navigation.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Guide &guide, SessionStore &store, qint64 sessionId,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionRunner &runner() const { return *m_runner; }
    ActivityPage &activityPage() const { return *m_page; }

private:
    void createActions();
    void showCurrentActivity();
    void refreshSessionData();
    void editSession();
    void selectAgendaActivity(const QModelIndex &index);
    // Runs a step that writes to the bitácora; on failure tells the user and keeps the window.
    template <typename Step> void guarded(Step step);

    const Guide &m_guide;
    SessionStore &m_store;
    SessionRunner *m_runner = nullptr;
    AgendaModel *m_agenda = nullptr;
    QTreeView *m_agendaView = nullptr;
    ActivityPage *m_page = nullptr;
    QLabel *m_position = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    int m_schoolCount = 0;
};

} // namespace fcte
