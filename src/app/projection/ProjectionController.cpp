#include "app/projection/ProjectionController.h"

#include "app/projection/ProjectionView.h"
#include "app/timer/TimeFormat.h"
#include "core/guide/Guide.h"
#include "core/session/Bitacora.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <algorithm>

namespace fcte {

ProjectionController::ProjectionController(const Guide &guide, SessionRunner &runner,
                                           SessionTimer &timer, Bitacora &bitacora,
                                           QMainWindow &operatorWindow)
    : QObject(&operatorWindow)
    , m_guide(guide)
    , m_runner(runner)
    , m_timer(timer)
    , m_bitacora(bitacora)
    , m_operator(operatorWindow)
    , m_view(std::make_unique<ProjectionView>())
{
    QSettings settings;
    m_view->setTheme(
        ProjectionTheme::fromKey(settings.value(QStringLiteral("projection/theme")).toString()));
    m_view->setScale(settings.value(QStringLiteral("projection/scale"), 1.0).toDouble());

    m_project = new QAction(tr("&Proyectar en el aula"), this);
    m_project->setObjectName(QStringLiteral("projectAction"));
    m_project->setCheckable(true);
    m_project->setShortcut(QKeySequence(Qt::Key_F5));
    m_stop = new QAction(tr("Dejar de proyectar"), this);
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setEnabled(false);
    // B and F are plain letters: a text field being typed in keeps them, so they act only when
    // the recorder is not typing. Ctrl+Shift+B and Ctrl+Shift+F work everywhere.
    m_blank = new QAction(tr("Pantalla en &negro"), this);
    m_blank->setObjectName(QStringLiteral("blankAction"));
    m_blank->setCheckable(true);
    m_blank->setShortcuts(
        {QKeySequence(Qt::Key_B), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    m_freeze = new QAction(tr("&Congelar la proyección"), this);
    m_freeze->setObjectName(QStringLiteral("freezeAction"));
    m_freeze->setCheckable(true);
    m_freeze->setShortcuts(
        {QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    m_freeze->setToolTip(tr("El aula sigue viendo lo mismo mientras usted se adelanta"));
    m_bigger = new QAction(tr("Letra más &grande"), this);
    m_bigger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smaller = new QAction(tr("Letra más c&hica"), this);
    m_smaller->setShortcut(QKeySequence::ZoomOut);
    // A presentation clicker sends PgDn and PgUp: they turn the room's pages from anywhere in
    // the operator window (multi-line text boxes keep them for their own scrolling).
    m_nextPage = new QAction(tr("Página &siguiente en el aula"), this);
    m_nextPage->setObjectName(QStringLiteral("nextPageAction"));
    m_nextPage->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_previousPage = new QAction(tr("Página &anterior en el aula"), this);
    m_previousPage->setObjectName(QStringLiteral("previousPageAction"));
    m_previousPage->setShortcut(QKeySequence(Qt::Key_PageUp));
    createContentActions();
    for (QAction *action :
         {m_project, m_stop, m_blank, m_freeze, m_nextPage, m_previousPage, m_bigger, m_smaller})
        m_operator.addAction(action);
    connect(m_nextPage, &QAction::triggered, m_view.get(), &ProjectionView::nextPage);
    connect(m_previousPage, &QAction::triggered, m_view.get(), &ProjectionView::previousPage);
    connect(m_view.get(), &ProjectionView::pageChanged, this, &ProjectionController::announce);

    connect(m_project, &QAction::toggled, this, [this](bool on) { on ? start() : stop(); });
    // Esc first takes a photo off the screen, then stops projecting.
    connect(m_stop, &QAction::triggered, this, [this] {
        if (m_view->hasPicture())
            m_view->clearPicture();
        else
            m_project->setChecked(false);
    });
    connect(m_view.get(), &ProjectionView::pictureClosed, this, &ProjectionController::announce);
    connect(m_view.get(), &ProjectionView::escapePressed, this,
            [this] { m_project->setChecked(false); });
    connect(m_blank, &QAction::toggled, this, [this](bool on) {
        m_view->setBlank(on);
        announce();
    });
    connect(m_freeze, &QAction::toggled, this, [this](bool on) {
        // Freezing keeps what the room sees, including an edit made a moment before; thawing
        // catches up with the operator at once.
        if (!on || m_pendingRefresh->isActive())
            rebuild();
        announce();
    });
    connect(m_bigger, &QAction::triggered, this, [this] { scaleBy(1.1); });
    connect(m_smaller, &QAction::triggered, this, [this] { scaleBy(1 / 1.1); });

    connect(&m_runner, &SessionRunner::currentActivityChanged, this, [this] {
        m_sheet.clear();
        m_view->clearPicture(); // a photo belongs to the activity it was shown in
        followActivity();
        refresh();
    });
    connect(&m_bitacora, &Bitacora::readingChanged, this, [this] {
        updateReadingAction();
        scheduleRefresh();
    });
    m_pendingRefresh = new QTimer(this);
    m_pendingRefresh->setSingleShot(true);
    m_pendingRefresh->setInterval(30);
    connect(m_pendingRefresh, &QTimer::timeout, this, &ProjectionController::refresh);
    for (auto signal :
         {&Bitacora::commitmentsChanged, &Bitacora::rosterChanged, &Bitacora::nextMeetingChanged})
        connect(&m_bitacora, signal, this, &ProjectionController::scheduleRefresh);
    connect(&m_bitacora, &Bitacora::entryAdded, this, &ProjectionController::scheduleRefresh);
    connect(&m_bitacora, &Bitacora::entryUpdated, this, &ProjectionController::scheduleRefresh);
    connect(&m_bitacora, &Bitacora::entryRemoved, this, &ProjectionController::scheduleRefresh);
    connect(&m_bitacora, &Bitacora::sheetReordered, this, &ProjectionController::scheduleRefresh);
    connect(&m_bitacora, &Bitacora::reviewsChanged, this, &ProjectionController::scheduleRefresh);
    connect(&m_bitacora, &Bitacora::schoolProblemChanged, this,
            &ProjectionController::scheduleRefresh);
    connect(&m_timer, &SessionTimer::changed, this, &ProjectionController::scheduleRefresh);
    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &ProjectionController::refreshTimer);
    m_tick->start();
    followActivity();
    refresh();
}

// What the room sees instead of the sheet (the reading, the agenda), and in which colours.
void ProjectionController::createContentActions()
{
    m_reading = new QAction(tr("Proyectar la &lectura"), this);
    m_reading->setObjectName(QStringLiteral("projectReadingAction"));
    m_reading->setCheckable(true);
    m_reading->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_reading->setToolTip(tr("El texto de la lectura que usted pegó, con su fuente, en lugar de "
                             "la hoja"));
    connect(m_reading, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_agenda->setChecked(false);
        refresh();
    });
    m_agenda = new QAction(tr("Proyectar la agen&da"), this);
    m_agenda->setObjectName(QStringLiteral("projectAgendaAction"));
    m_agenda->setCheckable(true);
    m_agenda->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_agenda->setToolTip(tr("Los apartados con sus minutos planeados, el receso y los productos"));
    connect(m_agenda, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_reading->setChecked(false);
        refresh();
    });
    m_themes = new QActionGroup(this);
    for (ProjectionTheme::Kind kind : {ProjectionTheme::Kind::Light, ProjectionTheme::Kind::Dark,
                                       ProjectionTheme::Kind::HighContrast}) {
        QAction *action = m_themes->addAction(ProjectionTheme::name(kind));
        action->setCheckable(true);
        action->setData(ProjectionTheme::key(kind));
        action->setChecked(kind == m_view->theme());
        connect(action, &QAction::triggered, this, [this, kind] { setTheme(kind); });
    }
}

ProjectionController::~ProjectionController() = default;

void ProjectionController::addTo(QMenu *menu)
{
    menu->addAction(m_project);
    QMenu *screens = menu->addMenu(tr("Pantalla del a&ula"));
    connect(screens, &QMenu::aboutToShow, this, [this, screens] { fillScreenMenu(screens); });
    fillScreenMenu(screens);
    menu->addSeparator();
    menu->addAction(m_blank);
    menu->addAction(m_freeze);
    menu->addAction(m_nextPage);
    menu->addAction(m_previousPage);
    menu->addAction(m_reading);
    menu->addAction(m_agenda);
    menu->addSeparator();
    menu->addAction(m_bigger);
    menu->addAction(m_smaller);
    QMenu *themes = menu->addMenu(tr("T&ema"));
    themes->addActions(m_themes->actions());
}

void ProjectionController::fillScreenMenu(QMenu *menu)
{
    menu->clear();
    const QString chosen = chosenScreen();
    QAction *automatic = menu->addAction(tr("La otra pantalla (automático)"));
    automatic->setCheckable(true);
    automatic->setChecked(chosen.isEmpty());
    connect(automatic, &QAction::triggered, this, [this] { chooseScreen(QString()); });
    for (QScreen *screen : QGuiApplication::screens()) {
        const QString name = screen->name();
        QAction *action = menu->addAction(
            tr("%1 (%2×%3)").arg(name).arg(screen->size().width()).arg(screen->size().height()));
        action->setCheckable(true);
        action->setChecked(name == chosen);
        connect(action, &QAction::triggered, this, [this, name] { chooseScreen(name); });
    }
}

QString ProjectionController::chosenScreen() const
{
    return QSettings().value(QStringLiteral("projection/screen")).toString();
}

void ProjectionController::chooseScreen(const QString &name)
{
    QSettings().setValue(QStringLiteral("projection/screen"), name);
    if (isProjecting()) {
        stop();
        start();
    }
}

QScreen *ProjectionController::targetScreen() const
{
    const QString chosen = chosenScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen->name() == chosen)
            return screen;
    }
    // Without a choice, the screen the operator is not on: the projector of an extended desktop.
    QScreen *operatorScreen = m_operator.screen();
    for (QScreen *screen : screens) {
        if (screen != operatorScreen)
            return screen;
    }
    return operatorScreen ? operatorScreen : QGuiApplication::primaryScreen();
}

void ProjectionController::start()
{
    refresh();
    QScreen *screen = targetScreen();
    m_view->setScreen(screen);
    if (screen)
        m_view->setGeometry(screen->geometry());
    m_view->showFullScreen();
    m_stop->setEnabled(true);
    announce();
}

void ProjectionController::stop()
{
    m_view->hide();
    m_view->clearPicture();
    m_stop->setEnabled(false);
    announce();
}

void ProjectionController::showPicture(const QImage &picture, const QString &caption)
{
    m_view->setPicture(picture, caption);
    if (!isProjecting())
        m_project->setChecked(true);
    m_stop->setEnabled(true);
    announce();
}

bool ProjectionController::isProjecting() const
{
    return m_view->isVisible();
}

bool ProjectionController::isFrozen() const
{
    return m_freeze->isChecked();
}

bool ProjectionController::isBlank() const
{
    return m_blank->isChecked();
}

void ProjectionController::setTheme(ProjectionTheme::Kind kind)
{
    m_view->setTheme(kind);
    QSettings().setValue(QStringLiteral("projection/theme"), ProjectionTheme::key(kind));
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toString() == ProjectionTheme::key(kind));
}

void ProjectionController::scaleBy(double factor)
{
    m_view->setScale(m_view->scale() * factor);
    QSettings().setValue(QStringLiteral("projection/scale"), m_view->scale());
}

void ProjectionController::setCurrentSheet(const QString &kind)
{
    if (kind == m_sheet)
        return;
    m_sheet = kind;
    refresh();
}

void ProjectionController::scheduleRefresh()
{
    m_pendingRefresh->start();
}

bool ProjectionController::hasPendingRefresh() const
{
    return m_pendingRefresh->isActive();
}

void ProjectionController::refresh()
{
    if (!isFrozen())
        rebuild();
}

void ProjectionController::rebuild()
{
    m_pendingRefresh->stop();
    const int number = m_runner.currentActivity();
    const Activity *activity = m_guide.activity(number);
    const Section *section = m_guide.sectionOf(number);
    if (!activity || !section)
        return;
    QString sheet = m_sheet;
    if (sheet.isEmpty() && !activity->sheets.isEmpty())
        sheet = activity->sheets.first();
    // During the presentations, the school problem shown is the one of the school speaking.
    qint64 school = 0;
    const int turn = m_timer.currentTurn(number);
    if (turn >= 0)
        school = m_timer.turns(number).at(turn).schoolId;
    const QString readingText = m_reading->isChecked() ? m_bitacora.readingText(number) : QString();
    if (!readingText.isEmpty())
        m_content = ProjectionContent::reading(*section, *activity, readingText);
    else if (m_agenda->isChecked())
        m_content = ProjectionContent::agenda(*section, *activity, m_guide, m_timer);
    else
        m_content = ProjectionContent::build(*section, *activity, sheet, m_bitacora, school);
    updateTimerFields();
    m_view->setContent(m_content);
}

void ProjectionController::updateTimerFields()
{
    const TimerReadout readout = readTimer(m_timer, m_bitacora, m_runner.currentActivity());
    m_content.timer = readout.countdown;
    m_content.timerLevel = readout.level;
    m_content.timerNote = readout.note;
    m_content.speaker = readout.speaker;
    // The speaking school is named once, large, above its sheet: the sheet's heading says what
    // it holds instead of naming the school again.
    if (!readout.speaker.isEmpty() && m_content.sheetName == readout.speaker)
        m_content.sheetName = tr("Su problemática");
}

void ProjectionController::refreshTimer()
{
    if (isFrozen())
        return;
    updateTimerFields();
    const ProjectionContent &shown = m_view->content();
    // Repaint only when the countdown's text or colour changed: four ticks make one second.
    if (shown.timer != m_content.timer || shown.timerLevel != m_content.timerLevel ||
        shown.timerNote != m_content.timerNote || shown.speaker != m_content.speaker)
        m_view->setContent(m_content);
}

void ProjectionController::followActivity()
{
    // Each activity starts with its sheet, or with the agenda when it presents it.
    const QSignalBlocker blocker(m_reading);
    const QSignalBlocker agendaBlocker(m_agenda);
    m_reading->setChecked(false);
    const Activity *entered = m_guide.activity(m_runner.currentActivity());
    m_agenda->setChecked(entered &&
                         std::any_of(entered->shows.cbegin(), entered->shows.cend(),
                                     [](const SessionList &list) { return list.isAgenda(); }));
    updateReadingAction();
}

void ProjectionController::updateReadingAction()
{
    const int number = m_runner.currentActivity();
    const Activity *activity = m_guide.activity(number);
    m_reading->setEnabled(activity && !activity->reading.isEmpty() &&
                          !m_bitacora.readingText(number).isEmpty());
    if (!m_reading->isEnabled())
        m_reading->setChecked(false);
}

void ProjectionController::announce()
{
    QStringList state;
    if (isProjecting())
        state << tr("Proyectando");
    if (isBlank())
        state << tr("pantalla en negro");
    if (isFrozen())
        state << tr("proyección congelada");
    if (isProjecting() && m_view->hasPicture())
        state << tr("foto en pantalla (Esc la quita)");
    if (isProjecting() && m_view->pageCount() > 1)
        state << tr("página %1 de %2 (AvPág/RePág)")
                     .arg(m_view->currentPage() + 1)
                     .arg(m_view->pageCount());
    Q_EMIT stateChanged(state.join(QStringLiteral(" · ")));
}

} // namespace fcte
