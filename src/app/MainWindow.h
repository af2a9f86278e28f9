#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QTreeView;
class QUndoStack;

namespace fcte {

class ActivityPage;
class AgendaModel;
class Bitacora;
class Guide;
class SheetPanel;
class SheetStore;
class SessionRunner;
class SessionStore;

// The operator window: assembles the agenda, the activity page and the navigation.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Guide &guide, SessionStore &store, SheetStore &sheets, qint64 sessionId,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionRunner &runner() const { return *m_runner; }
    ActivityPage &activityPage() const { return *m_page; }
    Bitacora &bitacora() const { return *m_bitacora; }
    QUndoStack &undoStack() const { return *m_undoStack; }
    // The sheets of the current activity; rebuilt on every move.
    SheetPanel *sheetPanel() const { return m_sheetPanel; }

private:
    void createActions();
    void showCurrentActivity();
    void showSaved();
    void showSaveFailed(const QString &message);
    void refreshSessionData();
    void editSession();
    void selectAgendaActivity(const QModelIndex &index);
    // Runs a step that writes to the bitácora; on failure tells the user and keeps the window.
    template <typename Step> void guarded(Step step);

    const Guide &m_guide;
    SessionStore &m_store;
    SessionRunner *m_runner = nullptr;
    Bitacora *m_bitacora = nullptr;
    QUndoStack *m_undoStack = nullptr;
    SheetPanel *m_sheetPanel = nullptr;
    QWidget *m_sheetHost = nullptr;
    QLabel *m_saveState = nullptr;
    AgendaModel *m_agenda = nullptr;
    QTreeView *m_agendaView = nullptr;
    ActivityPage *m_page = nullptr;
    QLabel *m_position = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    int m_schoolCount = 0;
};

} // namespace fcte
