#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTreeView;
class QUndoGroup;
class QUndoStack;

namespace fcte {

class ActivityPage;
class AgendaModel;
class Bitacora;
class Clock;
class BackupScheduler;
class CommitSyncer;
class DiskJobs;
class GuideEditor;
class HelpMenu;
class ExportActions;
class PresentationMode;
class ProjectionController;
class Guide;
class EvidencePanel;
class ModerationQueue;
class ParticipationController;
class ReadingPanel;
class SessionLifecycle;
class SessionTimer;
class SheetPanel;
class TimerBar;
class TurnQueue;
class Notebook;
class SessionRunner;

// The operator window: assembles the agenda, the activity page and the navigation.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Guide &guide, Notebook &notebook, qint64 sessionId, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionRunner &runner() const { return *m_runner; }
    ActivityPage &activityPage() const { return *m_page; }
    ReadingPanel &readingPanel() const { return *m_readingPanel; }
    EvidencePanel &evidencePanel() const { return *m_evidencePanel; }
    ParticipationController &participation() const { return *m_participation; }
    ModerationQueue &moderationQueue() const { return *m_moderation; }
    Bitacora &bitacora() const { return *m_bitacora; }
    SessionTimer &timer() const { return *m_timer; }
    TimerBar &timerBar() const { return *m_timerBar; }
    HelpMenu &helpMenu() const { return *m_help; }
    ExportActions &exportActions() const { return *m_exportActions; }
    SessionLifecycle &lifecycle() const { return *m_lifecycle; }
    ProjectionController &projection() const { return *m_projection; }
    PresentationMode &presentation() const { return *m_presentation; }
    BackupScheduler &backups() const { return *m_backups; }
    DiskJobs &diskJobs() const { return *m_diskJobs; }
    // Set when the user chose a backup to restore (restoreRequested() then says so); the
    // application ends its event loop with RestoreExitCode and reopens from the copy.
    QString requestedRestore() const { return m_requestedRestore; }
    static constexpr int RestoreExitCode = 77;
    // Archivo → Abrir guía… made a new session: the application reopens with it.
    static constexpr int OpenSessionExitCode = 78;
    // Asks for a guide file, validates it and starts a new session with it; false when not.
    bool startSessionFromGuideFile();
    bool startSessionFromGuide(const QString &path);
    // The guide editor, on a guide and the file it came from (none: asked on saving).
    void openGuideEditor(const Guide &guide, const QString &path);
    void editGuideFile();
    void editGuideAt(const QString &path);
    // The last guide editor opened (null once closed).
    GuideEditor *guideEditor() const;
    // The undo history of the sheet in front (each activity's sheet has its own).
    QUndoStack &undoStack() const;
    // The sheets of the current activity; rebuilt on every move.
    SheetPanel *sheetPanel() const { return m_sheetPanel; }
    // Makes the window's commits durable off its thread; "Guardado" follows it.
    CommitSyncer &commitSyncer() const { return *m_commits; }

Q_SIGNALS:
    void restoreRequested();
    void openSessionRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void fitToScreen();
    void balanceActivitySplitter();
    void showCurrentActivity();
    void showSavedWhenDurable();
    void showSaved();
    void showUnsaved();
    void showSaveFailed(const QString &message);
    void refreshSessionData();
    void editSession();
    void offerRecovery();
    // Archivo → Abrir sesión…: the start screen, over this window; the chosen session opens in
    // its place.
    void openSession();
    void chooseBackupToRestore();
    // The zone window over this bitácora; gathers those archives first when given, or asks
    // where the zone's PostgreSQL is and publishes to it.
    void openZone(const QStringList &gatherFirst = {}, bool publish = false);
    void createAgendaView();
    QMenu *createFileMenu();
    void createModerationDock();
    void createProjectionMenu();
    void showRestoreDialog();
    // During the presentations the school-problem form shows the school that has the floor.
    void followSpeaker();
    void selectAgendaActivity(const QModelIndex &index);
    // Runs a step that writes to the bitácora; on failure tells the user and keeps the window.
    template <typename Step> void guarded(Step step);

    const Guide &m_guide;
    Notebook &m_notebook;
    SessionRunner *m_runner = nullptr;
    Bitacora *m_bitacora = nullptr;
    SessionTimer *m_timer = nullptr;
    TimerBar *m_timerBar = nullptr;
    HelpMenu *m_help = nullptr;
    TurnQueue *m_turnQueue = nullptr;
    ExportActions *m_exportActions = nullptr;
    SessionLifecycle *m_lifecycle = nullptr;
    ProjectionController *m_projection = nullptr;
    PresentationMode *m_presentation = nullptr;
    bool m_queueShownBeforePresenting = false;
    QLabel *m_projectionState = nullptr;
    BackupScheduler *m_backups = nullptr;
    DiskJobs *m_diskJobs = nullptr;
    bool m_restoreAsked = false; // a restore's fresh copy is being written
    CommitSyncer *m_commits = nullptr;
    QPointer<GuideEditor> m_guideEditor;
    QString m_requestedRestore;
    qint64 m_lastSpeaker = 0;
    QUndoStack &undoStackFor(int activity, const QString &kind);
    void activateUndoStack();

    QUndoGroup *m_undoGroup = nullptr;
    QHash<QString, QUndoStack *> m_undoStacks; // by "activity/sheet kind"
    SheetPanel *m_sheetPanel = nullptr;
    QWidget *m_sheetHost = nullptr;
    QLabel *m_saveState = nullptr;
    AgendaModel *m_agenda = nullptr;
    QTreeView *m_agendaView = nullptr;
    QSplitter *m_activitySplitter = nullptr;
    ActivityPage *m_page = nullptr;
    ReadingPanel *m_readingPanel = nullptr;
    EvidencePanel *m_evidencePanel = nullptr;
    ParticipationController *m_participation = nullptr;
    ModerationQueue *m_moderation = nullptr;
    QLabel *m_position = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
};

} // namespace fcte
