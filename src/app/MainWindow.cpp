#include "app/MainWindow.h"
#include "app/PlainLabel.h"

#include "app/help/HelpMenu.h"

#include "app/Messages.h"

#include "app/activity/ActivityPage.h"
#include "app/activity/ReadingPanel.h"
#include "app/agenda/AgendaModel.h"
#include "app/backup/BackupScheduler.h"
#include "app/backup/RestoreDialog.h"
#include "app/evidence/EvidencePanel.h"
#include "app/export/ExportActions.h"
#include "app/export/FileDialogs.h"
#include "app/guide/GuideEditor.h"
#include "app/participation/ModerationQueue.h"
#include "app/participation/ParticipationController.h"
#include "app/projection/LetterKeysGuard.h"
#include "app/projection/PresentationMode.h"
#include "app/projection/ProjectionController.h"
#include "app/session/AttendanceDialog.h"
#include "app/session/SessionDialog.h"
#include "app/sheets/DebouncedSaver.h"
#include "app/sheets/ReviewSheet.h"
#include "app/sheets/SchoolProblemsSheet.h"
#include "app/sheets/SheetPanel.h"
#include "app/start/StartDialog.h"
#include "app/timer/RecoveryDialog.h"
#include "app/timer/SessionLifecycle.h"
#include "app/timer/TimerBar.h"
#include "app/timer/TurnQueue.h"
#include "app/zone/ZoneWindow.h"
#include "core/guide/Guide.h"
#include "core/guide/GuideLoader.h"
#include "core/guide/GuideOutline.h"
#include "core/model/StoreError.h"
#include "core/session/Bitacora.h"
#include "core/session/CommitSyncer.h"
#include "core/session/DiskJobs.h"
#include "core/session/Notebook.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fcte {

MainWindow::MainWindow(const Guide &guide, Notebook &notebook, qint64 sessionId, const Clock &clock,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_guide(guide)
    , m_notebook(notebook)
    , m_runner(notebook.makeRunner(guide, sessionId, this))
    , m_bitacora(notebook.makeBitacora(sessionId, this))
    , m_timer(notebook.makeTimer(guide, clock, sessionId, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_agenda(new AgendaModel(guide, *m_timer, this))
{
    // First made, last gone: the jobs it runs report to the objects made after it.
    m_diskJobs = new DiskJobs(notebook.database(), this);
    m_exportActions = new ExportActions(notebook, *m_diskJobs, guide, sessionId, this);
    const auto info = notebook.session(sessionId);
    m_participation = new ParticipationController(guide, *m_runner, *m_bitacora, notebook.path(),
                                                  info ? info->title : QString(), this);
    m_projection = new ProjectionController(guide, *m_runner, *m_timer, *m_bitacora, *this);
    m_backups = new BackupScheduler(notebook, *m_diskJobs, this);
    m_commits = notebook.makeCommitSyncer(this);
    setObjectName(QStringLiteral("operatorWindow"));
    createAgendaView();

    m_page = new ActivityPage;
    m_page->setObjectName(QStringLiteral("activityPage"));
    m_readingPanel = new ReadingPanel(*m_bitacora);
    m_page->setReadingPanel(m_readingPanel);
    m_evidencePanel = new EvidencePanel(*m_bitacora);
    m_evidencePanel->setUndoStack([this]() -> QUndoStack & { return undoStack(); });
    m_page->setEvidencePanel(m_evidencePanel);
    m_evidencePanel->acceptDropsOn(m_page);
    connect(m_evidencePanel, &EvidencePanel::projectRequested, m_projection,
            &ProjectionController::showPicture);
    // The first photo opens a row of thumbnails: the page takes its height from the sheet.
    connect(m_evidencePanel, &EvidencePanel::shownChanged, this,
            &MainWindow::balanceActivitySplitter);
    // What was just added comes into view, once the page has laid the thumbnails out.
    connect(m_evidencePanel, &EvidencePanel::filesAdded, this, [this](int stored) {
        if (stored > 0)
            QTimer::singleShot(0, this, [this] {
                if (auto *area = qobject_cast<QScrollArea *>(m_activitySplitter->widget(0)))
                    area->ensureWidgetVisible(m_evidencePanel, 0, 0);
            });
    });
    auto *pageScroll = new QScrollArea;
    pageScroll->setAccessibleName(tr("Actividad actual"));
    pageScroll->setWidgetResizable(true);
    pageScroll->setWidget(m_page);

    m_sheetHost = new QWidget;
    m_sheetHost->setObjectName(QStringLiteral("sheetHost"));
    new QVBoxLayout(m_sheetHost);
    m_sheetHost->layout()->setContentsMargins(0, 0, 0, 0);

    auto *activitySplitter = new QSplitter(Qt::Vertical);
    activitySplitter->setObjectName(QStringLiteral("activitySplitter"));
    m_activitySplitter = activitySplitter;
    activitySplitter->addWidget(pageScroll);
    activitySplitter->addWidget(m_sheetHost);
    activitySplitter->setStretchFactor(0, 0);
    activitySplitter->setStretchFactor(1, 1);
    activitySplitter->installEventFilter(this);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_agendaView);
    splitter->addWidget(activitySplitter);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    setCentralWidget(splitter);

    createModerationDock();

    m_position = plainLabel();
    m_position->setObjectName(QStringLiteral("positionLabel"));
    createActions();
    m_saveState = plainLabel();
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    statusBar()->addWidget(m_saveState, 1);
    m_projectionState = plainLabel();
    m_projectionState->setObjectName(QStringLiteral("projectionStateLabel"));
    statusBar()->addPermanentWidget(m_projectionState);
    connect(m_projection, &ProjectionController::stateChanged, m_projectionState, &QLabel::setText);
    // A folder may be named anything, "<b>" included: the path is shown as plain text.
    auto *databasePath =
        plainLabel(notebook.isReadOnly() ? tr("Bitácora de solo lectura: %1").arg(notebook.path())
                                         : tr("Bitácora: %1").arg(notebook.path()));
    databasePath->setObjectName(QStringLiteral("databasePathLabel"));
    statusBar()->addPermanentWidget(databasePath);
    connect(m_exportActions, &ExportActions::statusChanged, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    // "Guardado" means on disk: once the commit's sync is done, not when the commit returns.
    connect(m_bitacora, &Bitacora::saved, this, &MainWindow::showSavedWhenDurable);
    connect(m_commits, &CommitSyncer::durableChanged, this, &MainWindow::showSavedWhenDurable);
    connect(m_commits, &CommitSyncer::syncFailed, this, &MainWindow::showSaveFailed);
    connect(m_bitacora, &Bitacora::saveFailed, this, &MainWindow::showSaveFailed);
    connect(m_timer, &SessionTimer::saveFailed, this, &MainWindow::showSaveFailed);
    connect(m_backups, &BackupScheduler::saveFailed, this, &MainWindow::showSaveFailed);

    connect(m_runner, &SessionRunner::currentActivityChanged, m_timer,
            &SessionTimer::enterActivity);
    connect(m_runner, &SessionRunner::currentActivityChanged, this,
            &MainWindow::showCurrentActivity);
    connect(m_timerBar, &TimerBar::recoveryRequested, this, &MainWindow::offerRecovery);
    connect(m_timer, &SessionTimer::changed, this, &MainWindow::followSpeaker);
    auto *agendaTick = new QTimer(this);
    agendaTick->setInterval(5000);
    connect(agendaTick, &QTimer::timeout, m_agenda, &AgendaModel::refreshTimes);
    agendaTick->start();
    connect(m_agendaView, &QTreeView::activated, this, &MainWindow::selectAgendaActivity);
    connect(m_agendaView, &QTreeView::clicked, this, &MainWindow::selectAgendaActivity);

    refreshSessionData();
    showCurrentActivity();
    fitToScreen();
}

// The session's structure at the left: sections, activities, planned and real minutes.
void MainWindow::createAgendaView()
{
    m_agendaView = new QTreeView;
    m_agendaView->setObjectName(QStringLiteral("agendaTreeView"));
    m_agendaView->setAccessibleName(tr("Agenda de la sesión"));
    m_agendaView->setModel(m_agenda);
    m_agendaView->setUniformRowHeights(true);
    m_agendaView->setAllColumnsShowFocus(true);
    m_agendaView->header()->setStretchLastSection(false);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::PlannedColumn,
                                                 QHeaderView::ResizeToContents);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::ActualColumn,
                                                 QHeaderView::ResizeToContents);
    m_agendaView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed);
    m_agendaView->expandAll();
    // Moving the break rebuilds the agenda: it stays open at the current activity.
    connect(m_agenda, &QAbstractItemModel::modelReset, this, [this] {
        m_agendaView->expandAll();
        m_agendaView->setCurrentIndex(m_agenda->indexOfActivity(m_runner->currentActivity()));
    });
}

void MainWindow::createModerationDock()
{
    // What the phones send waits at the right for the recorder; hidden until there is any.
    m_moderation =
        new ModerationQueue(*m_bitacora, [this](int activity, const QString &kind) -> QUndoStack & {
            return undoStackFor(activity, kind);
        });
    auto *moderationDock = new QDockWidget(tr("Envíos desde teléfonos"), this);
    moderationDock->setObjectName(QStringLiteral("moderationDock"));
    moderationDock->setWidget(m_moderation);
    moderationDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, moderationDock);
    moderationDock->setVisible(m_moderation->pendingCount() > 0);
    connect(m_participation, &ParticipationController::submissionsArrived, m_moderation,
            &ModerationQueue::scheduleRefresh);
    connect(m_moderation, &ModerationQueue::deviceBlocked, this,
            [this](const QString &device) { m_participation->server().blockDevice(device); });
    connect(m_moderation, &ModerationQueue::pendingChanged, moderationDock,
            [this, moderationDock](int n) {
                // Never while presenting (F11): the room would see what phones sent.
                if (n > 0 && !(m_presentation && m_presentation->isActive()))
                    moderationDock->show();
            });
    connect(m_participation, &ParticipationController::runningChanged, moderationDock,
            [moderationDock](bool running) {
                if (running)
                    moderationDock->show();
            });
    connect(m_participation, &ParticipationController::projectQrRequested, m_projection,
            &ProjectionController::showPicture);
}

void MainWindow::fitToScreen()
{
    // 1280×800 where there is room; never taller or wider than the screen's free area (a
    // 1366×768 laptop has about 1366×740 once its panel is counted).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    // Title bar and borders: known once the window has been shown, else a generous allowance.
    QSize frame = frameGeometry().size() - geometry().size();
    if (frame.isEmpty())
        frame = QSize(16, 40);
    resize(QSize(1280, 800).boundedTo(available.size() - frame));
    move(available.topLeft() + QPoint((available.width() - frameGeometry().width()) / 2,
                                      (available.height() - frameGeometry().height()) / 2));
}

MainWindow::~MainWindow()
{
    // The sheets save what is pending (forms, drafts) through the bitácora as they go: before it.
    delete m_sheetPanel;
    m_sheetPanel = nullptr;
}

// Archivo: sessions, the files of the bitácora, guides and backups (Salir is added last).
QMenu *MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&Archivo"));
    // Another session without quitting: the demonstration left, last year's opened.
    QAction *newSession = file->addAction(tr("&Nueva sesión…"), this, [this] {
        startSessionFromGuide(GuideLoader::defaultGuidePath());
    });
    newSession->setObjectName(QStringLiteral("newSessionAction"));
    QAction *openSession = file->addAction(tr("A&brir sesión…"), this, &MainWindow::openSession);
    openSession->setObjectName(QStringLiteral("openSessionAction"));
    openSession->setToolTip(tr("La pantalla de inicio: otra sesión, la demostración o un "
                               "seguimiento"));
    file->addSeparator();
    m_exportActions->addTo(file);
    QAction *openGuide =
        file->addAction(tr("Abrir &guía…"), this, &MainWindow::startSessionFromGuideFile);
    openGuide->setObjectName(QStringLiteral("openGuideAction"));
    openGuide->setToolTip(tr("Una nueva sesión con otra guía (archivo JSON validado)"));
    QMenu *guides = file->addMenu(tr("G&uías de sesión"));
    guides->setObjectName(QStringLiteral("guidesMenu"));
    QAction *newGuide = guides->addAction(tr("&Nueva guía…"), this,
                                          [this] { openGuideEditor(GuideOutline::empty(), {}); });
    newGuide->setObjectName(QStringLiteral("newGuideAction"));
    QAction *editGuide =
        guides->addAction(tr("&Editar una guía…"), this, &MainWindow::editGuideFile);
    editGuide->setObjectName(QStringLiteral("editGuideAction"));
    QAction *duplicateGuide =
        guides->addAction(tr("&Duplicar y editar la guía de esta sesión"), this,
                          [this] { openGuideEditor(GuideOutline::duplicate(m_guide), {}); });
    duplicateGuide->setObjectName(QStringLiteral("duplicateGuideAction"));
    QAction *restore = file->addAction(tr("&Restaurar una copia de seguridad…"), this,
                                       &MainWindow::chooseBackupToRestore);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    QAction *gatherZone = file->addAction(tr("Reunir bi&tácoras de la zona…"), this, [this] {
        const QStringList archives = FileDialogs::openFileNames(
            this, tr("Reunir bitácoras de la zona"), tr("Bitácoras JSON (*.json)"));
        if (!archives.isEmpty())
            openZone(archives);
    });
    gatherZone->setObjectName(QStringLiteral("gatherZoneAction"));
    QAction *zone = file->addAction(tr("&Zona escolar…"), this, [this] { openZone(); });
    zone->setObjectName(QStringLiteral("zoneWindowAction"));
    // The saved address, the password asked (once per run): the zone window then shows how it went.
    QAction *publishZone = file->addAction(tr("Pub&licar en la base de la zona…"), this,
                                           [this] { openZone({}, true); });
    publishZone->setObjectName(QStringLiteral("publishZoneAction"));
    return file;
}

void MainWindow::openZone(const QStringList &gatherFirst, bool publish)
{
    auto *zone = new ZoneWindow(*m_diskJobs, QFileInfo(m_notebook.path()).fileName(), this);
    zone->show();
    if (!gatherFirst.isEmpty())
        zone->gather(gatherFirst);
    if (publish)
        zone->askToPublish();
}

void MainWindow::createActions()
{
    m_previous = new QAction(tr("◀ Anterior"), this);
    m_previous->setObjectName(QStringLiteral("previousAction"));
    m_previous->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_previous->setToolTip(tr("Actividad anterior (Alt+←)"));
    connect(m_previous, &QAction::triggered, this,
            [this] { guarded([this] { m_runner->goPrevious(); }); });

    m_next = new QAction(tr("Siguiente ▶"), this);
    m_next->setObjectName(QStringLiteral("nextAction"));
    m_next->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_next->setToolTip(tr("Actividad siguiente (Alt+→)"));
    connect(m_next, &QAction::triggered, this, [this] { guarded([this] { m_runner->goNext(); }); });

    auto *edit = new QAction(tr("&Datos de la sesión…"), this);
    edit->setObjectName(QStringLiteral("editSessionAction"));
    connect(edit, &QAction::triggered, this, &MainWindow::editSession);

    auto *quit = new QAction(tr("&Salir"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Deshacer"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Rehacer"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    QMenu *file = createFileMenu();
    file->addSeparator();
    file->addAction(quit);
    QMenu *editMenu = menuBar()->addMenu(tr("&Editar"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    m_lifecycle =
        new SessionLifecycle(m_guide, *m_bitacora, *m_timer, *m_runner, *m_exportActions, *this);
    connect(m_lifecycle, &SessionLifecycle::ended, m_participation, &ParticipationController::stop);
    QMenu *session = menuBar()->addMenu(tr("&Sesión"));
    session->addAction(edit);
    QAction *attendance = session->addAction(tr("&Pase de lista…"), this, [this] {
        AttendanceDialog dialog(*m_bitacora, this);
        dialog.exec();
    });
    attendance->setObjectName(QStringLiteral("attendanceAction"));
    session->addAction(m_participation->action());
    session->addSeparator();
    session->addAction(m_lifecycle->prepareAction());
    session->addAction(m_lifecycle->startAction());
    session->addAction(m_lifecycle->endAction());
    session->addSeparator();
    session->addAction(m_previous);
    session->addAction(m_next);

    QToolBar *navigation = addToolBar(tr("Navegación"));
    navigation->setObjectName(QStringLiteral("navigationToolBar"));
    navigation->setMovable(false);
    navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    navigation->addAction(m_previous);
    navigation->addAction(m_next);
    navigation->addSeparator();
    navigation->addWidget(m_position);

    // Navigation and time share one row: on a 1366×768 laptop every line of height goes to the
    // sheet being typed into.
    m_timerBar = new TimerBar(*m_timer, *m_runner, *m_bitacora);
    QToolBar *timing = addToolBar(tr("Tiempo"));
    timing->setObjectName(QStringLiteral("timerToolBar"));
    timing->setMovable(false);
    timing->addWidget(m_timerBar);
    m_timerBar->addSessionAction(m_lifecycle->prepareAction());
    m_timerBar->addSessionAction(m_lifecycle->startAction());
    m_timerBar->addSessionAction(m_lifecycle->endAction());
    m_timerBar->setPreparation([this] { return m_lifecycle->readiness(); });
    // The checklist counts the schools and the readings' pasted text.
    connect(m_bitacora, &Bitacora::rosterChanged, m_lifecycle, &SessionLifecycle::refreshReadiness);
    connect(m_bitacora, &Bitacora::readingChanged, m_lifecycle,
            &SessionLifecycle::refreshReadiness);
    createProjectionMenu();

    QMenu *timeMenu = menuBar()->addMenu(tr("&Tiempo"));
    timeMenu->addAction(m_timerBar->toggleAction());
    timeMenu->addAction(m_timerBar->nextSchoolAction());
    timeMenu->addSeparator();
    timeMenu->addAction(m_timerBar->breakNowAction());
    timeMenu->addAction(m_timerBar->breakAction());
    timeMenu->addAction(m_timerBar->breakEarlierAction());
    timeMenu->addAction(m_timerBar->breakLaterAction());
    timeMenu->addAction(m_timerBar->soundAction());

    m_help = new HelpMenu(menuBar(), this);
}

// The room's screen: projection, the join code, presentation mode (F11).
void MainWindow::createProjectionMenu()
{
    m_presentation = new PresentationMode(*this, m_agendaView);
    new LetterKeysGuard(this); // B and F stay letters in choosers and lists
    QMenu *projectionMenu = menuBar()->addMenu(tr("&Proyección"));
    m_projection->addTo(projectionMenu);
    projectionMenu->addAction(m_participation->projectCodeAction());
    addAction(m_participation->projectCodeAction());
    projectionMenu->addSeparator();
    m_presentation->addTo(projectionMenu);
    // The window itself is what the room sees: what F5 never projects is hidden too (private
    // sheets, struck entries, the phones' queue with its private notes).
    connect(m_presentation->toggleAction(), &QAction::toggled, this, [this](bool presenting) {
        if (m_sheetPanel)
            m_sheetPanel->setPresenting(presenting);
        if (auto *queueDock = findChild<QDockWidget *>(QStringLiteral("moderationDock"))) {
            if (presenting) {
                m_queueShownBeforePresenting = queueDock->isVisible();
                queueDock->hide();
            } else if (m_queueShownBeforePresenting) {
                queueDock->show();
            }
        }
    });
    connect(m_projection->blankAction(), &QAction::toggled, m_presentation,
            &PresentationMode::setBlank);
    connect(m_projection->biggerAction(), &QAction::triggered, m_presentation, [this] {
        if (m_presentation->isActive())
            m_presentation->scaleBy(1.1);
    });
    connect(m_projection->smallerAction(), &QAction::triggered, m_presentation, [this] {
        if (m_presentation->isActive())
            m_presentation->scaleBy(1 / 1.1);
    });
}

template <typename Step> void MainWindow::guarded(Step step)
{
    try {
        step();
    } catch (const StoreError &error) {
        Messages::warning(this, tr("No se pudo guardar"), error.message());
    }
}

void MainWindow::showCurrentActivity()
{
    const int number = m_runner->currentActivity();
    const Activity &activity = m_runner->current();
    m_page->showActivity(*m_guide.sectionOf(number), activity, m_timer->plannedMinutes(number));
    m_readingPanel->setActivity(activity);
    m_evidencePanel->setActivity(number);
    m_agenda->setCurrentActivity(number);
    m_agendaView->setCurrentIndex(m_agenda->indexOfActivity(number));
    m_position->setText(tr("  Actividad %1 de %2").arg(number).arg(m_guide.activityCount()));
    m_previous->setEnabled(m_runner->canGoPrevious());
    m_next->setEnabled(m_runner->canGoNext());

    // A fresh panel per activity; the old one saves anything pending as it goes.
    delete m_sheetPanel;
    delete m_turnQueue;
    m_turnQueue = nullptr;
    if (activity.timer == TimerKind::PerSchool) {
        m_turnQueue = new TurnQueue(*m_timer, *m_bitacora, number);
        m_sheetHost->layout()->addWidget(m_turnQueue);
    }
    m_sheetPanel = new SheetPanel(
        *m_bitacora,
        [this, number](const QString &kind) -> QUndoStack & { return undoStackFor(number, kind); },
        activity);
    static_cast<QVBoxLayout *>(m_sheetHost->layout())->addWidget(m_sheetPanel, 1);
    connect(m_sheetPanel, &SheetPanel::currentKindChanged, m_projection,
            &ProjectionController::setCurrentSheet);
    connect(m_sheetPanel, &SheetPanel::currentKindChanged, this, &MainWindow::activateUndoStack);
    activateUndoStack();
    for (DebouncedSaver *saver : m_sheetPanel->findChildren<DebouncedSaver *>()) {
        connect(saver, &DebouncedSaver::pendingChanged, this, [this](bool pending) {
            if (pending)
                showUnsaved();
        });
    }
    if (m_presentation && m_presentation->isActive())
        m_sheetPanel->setPresenting(true);
    m_projection->setCurrentSheet(m_sheetPanel->currentKind());
    m_lastSpeaker = 0;
    followSpeaker();
    m_sheetHost->setVisible(m_sheetPanel->count() > 0 || m_turnQueue);
    balanceActivitySplitter();
    // The old panel saved what it held: the main file now holds everything up to this move.
    m_commits->checkpointSoon();
    if (m_sheetPanel->count() > 0)
        m_sheetPanel->currentWidget()->setFocus();
}

void MainWindow::balanceActivitySplitter()
{
    // The activity's text takes what it needs, up to what leaves the sheet room for 8 entries
    // (and at least 40 % of the height; it scrolls past that); the sheet gets the rest.
    if (!m_sheetHost->isVisibleTo(this))
        return;
    // The page's labels took new text a moment ago, but each box's layout tells the page only
    // when it runs: run them now, innermost first, or the page measures the previous activity.
    const QList<QWidget *> inside = m_page->findChildren<QWidget *>();
    for (auto widget = inside.crbegin(); widget != inside.crend(); ++widget)
        if ((*widget)->layout())
            (*widget)->layout()->activate();
    const int total = m_activitySplitter->height() - m_activitySplitter->handleWidth();
    auto *pageArea = qobject_cast<QScrollArea *>(m_activitySplitter->widget(0));
    const int width = pageArea ? pageArea->viewport()->width() : m_page->width();
    const int needed = (m_page->hasHeightForWidth() ? m_page->heightForWidth(width)
                                                    : m_page->sizeHint().height()) +
                       2 * (pageArea ? pageArea->frameWidth() : 0);
    // What a list sheet needs to show 8 entries with its entry row, tags, header and footer; a
    // form (a school's problem) needs what its fields take, and no more.
    const int rowHeight = fontMetrics().lineSpacing() + 8;
    const QWidget *sheet = m_sheetPanel ? m_sheetPanel->currentWidget() : nullptr;
    // A list in the sheet's own window; a combo box's drop-down list is a popup of its own,
    // made the first time it opens.
    const auto views =
        sheet ? sheet->findChildren<QAbstractItemView *>() : QList<QAbstractItemView *>();
    const bool form =
        sheet && std::none_of(views.cbegin(), views.cend(), [sheet](const QAbstractItemView *view) {
            return view->window() == sheet->window();
        });
    const int sheetMinimum = form ? m_sheetHost->sizeHint().height() : 15 * rowHeight;
    const int page = qMin(needed, qMax(total * 2 / 5, total - sheetMinimum));
    m_activitySplitter->setSizes({page, total - page});
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The splitter's own height, not the window's: a new activity changes the bar above it (a
    // speaker's name, a second line) and the splitter is resized after the page was measured.
    if (watched == m_activitySplitter && event->type() == QEvent::Resize)
        balanceActivitySplitter();
    return QMainWindow::eventFilter(watched, event);
}

QUndoStack &MainWindow::undoStackFor(int activity, const QString &kind)
{
    const QString key = QString::number(activity) + QLatin1Char('/') + kind;
    QUndoStack *&stack = m_undoStacks[key];
    if (!stack) {
        stack = new QUndoStack(this);
        m_undoGroup->addStack(stack);
    }
    return *stack;
}

QUndoStack &MainWindow::undoStack() const
{
    if (QUndoStack *active = m_undoGroup->activeStack())
        return *active;
    // An activity with no sheets: an empty history that nothing can reach.
    return const_cast<MainWindow *>(this)->undoStackFor(0, QString());
}

void MainWindow::activateUndoStack()
{
    const QString kind = m_sheetPanel ? m_sheetPanel->currentKind() : QString();
    // An activity with no sheets has a history too: its evidence taken out.
    m_undoGroup->setActiveStack(&undoStackFor(m_runner->currentActivity(), kind));
}

void MainWindow::showUnsaved()
{
    m_saveState->setStyleSheet(QString());
    m_saveState->setText(tr("✎ Escribiendo… se guarda en un segundo"));
}

void MainWindow::showSavedWhenDurable()
{
    if (m_commits->allDurable())
        showSaved();
}

void MainWindow::showSaved()
{
    m_saveState->setStyleSheet(QString());
    m_saveState->setText(
        tr("✓ Guardado %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::showSaveFailed(const QString &message)
{
    m_saveState->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_saveState->setText(tr("⚠ Sin guardar: %1").arg(message));
}

void MainWindow::refreshSessionData()
{
    const auto info = m_notebook.session(m_runner->sessionId());
    if (m_notebook.isReadOnly()) {
        // A read-only file: what it holds can be read, projected and exported, nothing saved.
        setWindowTitle(
            tr("%1 (solo lectura) — Facilitador CTE").arg(info ? info->title : QString()));
        m_saveState->setText(tr("Solo lectura: se puede consultar y exportar; lo que se escriba "
                                "no se guardará."));
    } else {
        setWindowTitle(info ? tr("%1 — Facilitador CTE").arg(info->title) : tr("Facilitador CTE"));
    }
    m_timer->reloadSession();
}

void MainWindow::editSession()
{
    SessionDialog dialog(m_notebook, m_guide, m_runner->sessionId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_bitacora->reloadRoster();
        refreshSessionData();
        showCurrentActivity();
    }
}

void MainWindow::offerRecovery()
{
    RecoveryDialog dialog(m_guide, *m_timer, m_runner->currentActivity(), this);
    dialog.exec();
}

bool MainWindow::startSessionFromGuideFile()
{
    const QString path =
        FileDialogs::openFileName(this, tr("Abrir una guía"), tr("Guía de sesión (*.json)"));
    return !path.isEmpty() && startSessionFromGuide(path);
}

void MainWindow::openGuideEditor(const Guide &guide, const QString &path)
{
    auto *editor = new GuideEditor(guide, path, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &GuideEditor::useRequested, this, [this, editor](const QString &saved) {
        if (startSessionFromGuide(saved))
            editor->close();
    });
    m_guideEditor = editor;
    editor->show();
}

GuideEditor *MainWindow::guideEditor() const
{
    return m_guideEditor;
}

void MainWindow::editGuideFile()
{
    const QString path =
        FileDialogs::openFileName(this, tr("Editar una guía"), tr("Guía de sesión (*.json)"));
    if (!path.isEmpty())
        editGuideAt(path);
}

void MainWindow::editGuideAt(const QString &path)
{
    // A draft, or a hand-written guide with mistakes, opens too: the editor is how a guide is
    // repaired. Only a file that is no JSON object at all is for a text editor.
    const GuideLoadResult loaded = GuideLoader::forEditingFile(path);
    if (!loaded.ok()) {
        Messages::warning(this, tr("La guía no se puede abrir"),
                          tr("%1 no se puede abrir en el editor:\n%2")
                              .arg(path, loaded.errors.join(QLatin1Char('\n'))));
        return;
    }
    openGuideEditor(*loaded.guide, path);
    if (!loaded.errors.isEmpty())
        m_guideEditor->showFileProblems(loaded.errors);
}

bool MainWindow::startSessionFromGuide(const QString &path)
{
    const GuideLoadResult loaded = GuideLoader::fromFile(path);
    if (!loaded.ok()) {
        // The loader's own words, each naming the field: what to fix in the file.
        Messages::warning(
            this, tr("La guía no es válida"),
            tr("%1 no se puede usar:\n%2").arg(path, loaded.errors.join(QLatin1Char('\n'))));
        return false;
    }
    SessionDialog dialog(m_notebook, *loaded.guide, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_notebook.markOpened(dialog.sessionId());
    Q_EMIT openSessionRequested(); // the application reopens with the new session
    return true;
}

void MainWindow::openSession()
{
    StartDialog start(m_notebook, m_guide, this);
    if (start.exec() != QDialog::Accepted || start.sessionId() == m_runner->sessionId())
        return;
    m_notebook.markOpened(start.sessionId());
    Q_EMIT openSessionRequested(); // the application reopens with the chosen session
}

void MainWindow::chooseBackupToRestore()
{
    // Take a fresh snapshot first, so what is on screen now is among the copies too; the
    // dialog opens once it is written. Asked again meanwhile: one dialog, not two.
    if (m_restoreAsked)
        return;
    m_restoreAsked = true;
    m_backups->snapshotInBackground([this] {
        m_restoreAsked = false; // the dialog is modal: nothing asks again while it is up
        showRestoreDialog();
    });
}

void MainWindow::showRestoreDialog()
{
    RestoreDialog dialog(m_notebook.path(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    m_requestedRestore = dialog.chosenBackup();
    // The bitácora is reopened from the copy by Application, outside this window.
    Q_EMIT restoreRequested();
}

void MainWindow::followSpeaker()
{
    const int number = m_runner->currentActivity();
    const int turn = m_timer->currentTurn(number);
    if (turn < 0 || !m_sheetPanel)
        return;
    const qint64 speaker = m_timer->turns(number).at(turn).schoolId;
    if (speaker == m_lastSpeaker)
        return;
    m_lastSpeaker = speaker;
    if (auto *problems = qobject_cast<SchoolProblemsSheet *>(
            m_sheetPanel->sheet(QStringLiteral("schoolProblems"))))
        problems->showSchool(speaker);
    if (auto *review = qobject_cast<ReviewSheet *>(m_sheetPanel->sheet(QStringLiteral("review"))))
        review->showSchool(speaker);
}

void MainWindow::selectAgendaActivity(const QModelIndex &index)
{
    const QVariant number = index.siblingAtColumn(0).data(AgendaModel::ActivityNumberRole);
    if (number.isValid())
        guarded([this, number] { m_runner->goTo(number.toInt()); });
}

} // namespace fcte
