#include "app/guide/GuideEditor.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"

#include "app/Messages.h"
#include "app/activity/ActivityPage.h"
#include "app/export/FileDialogs.h"
#include "app/guide/GuidePages.h"
#include "app/guide/OutlineTree.h"
#include "app/projection/ProjectionView.h"
#include "app/timer/TimeFormat.h"
#include "core/guide/GuideLibrary.h"
#include "core/guide/GuideWriter.h"
#include "core/guide/SheetKinds.h"
#include "core/io/OutputFile.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fcte {
namespace {

enum Page { SessionPage, SectionPage, ActivityPageIndex };

// One step of the history: the whole guide before and after, and what was selected. Typing on in
// the same field of the same item is one step, not one per key.
class GuideEditCommand : public QUndoCommand {
public:
    GuideEditCommand(GuideEditor &editor, Guide before, Guide after, OutlinePosition selectBefore,
                     OutlinePosition selectAfter, const QString &text, const QString &mergeKey)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_selectBefore(selectBefore)
        , m_selectAfter(selectAfter)
        , m_mergeKey(mergeKey)
    {}
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const GuideEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        m_selectAfter = next->m_selectAfter;
        return true;
    }
    void redo() override
    {
        if (m_applied) // the editor already shows it: pushing only records it
            m_editor.restore(m_after, m_selectAfter);
        m_applied = true;
    }
    void undo() override { m_editor.restore(m_before, m_selectBefore); }

private:
    GuideEditor &m_editor;
    Guide m_before;
    Guide m_after;
    OutlinePosition m_selectBefore;
    OutlinePosition m_selectAfter;
    QString m_mergeKey;
    bool m_applied = false;
};

// What Edit → Deshacer names: the field in the user's words, never the file's key.
QString fieldName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("GuideEditor", "el título")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("GuideEditor", "el identificador")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("GuideEditor", "la fuente")},
        {QStringLiteral("purposes"), QT_TRANSLATE_NOOP("GuideEditor", "los propósitos")},
        {QStringLiteral("materials"), QT_TRANSLATE_NOOP("GuideEditor", "los materiales")},
        {QStringLiteral("preparation"), QT_TRANSLATE_NOOP("GuideEditor", "lo que se prepara")},
        {QStringLiteral("preparationPerSchool"),
         QT_TRANSLATE_NOOP("GuideEditor", "lo que prepara cada escuela")},
        {QStringLiteral("products"), QT_TRANSLATE_NOOP("GuideEditor", "los productos")},
        {QStringLiteral("sectionTitle"),
         QT_TRANSLATE_NOOP("GuideEditor", "el título del apartado")},
        {QStringLiteral("minutes"), QT_TRANSLATE_NOOP("GuideEditor", "los minutos")},
        {QStringLiteral("minutesFrom"),
         QT_TRANSLATE_NOOP("GuideEditor", "el origen de los minutos")},
        {QStringLiteral("fixed"), QT_TRANSLATE_NOOP("GuideEditor", "los minutos fijos")},
        {QStringLiteral("timer"), QT_TRANSLATE_NOOP("GuideEditor", "el temporizador")},
        {QStringLiteral("minutesPerTurn"),
         QT_TRANSLATE_NOOP("GuideEditor", "los minutos por turno")},
        {QStringLiteral("steps"), QT_TRANSLATE_NOOP("GuideEditor", "los pasos")},
        {QStringLiteral("prompts"), QT_TRANSLATE_NOOP("GuideEditor", "las preguntas")},
        {QStringLiteral("starters"), QT_TRANSLATE_NOOP("GuideEditor", "las frases para iniciar")},
        {QStringLiteral("reading"), QT_TRANSLATE_NOOP("GuideEditor", "la lectura")},
        {QStringLiteral("shows"), QT_TRANSLATE_NOOP("GuideEditor", "lo que presenta")},
        {QStringLiteral("sheets"), QT_TRANSLATE_NOOP("GuideEditor", "las hojas")},
    };
    const char *name = names.value(key, QT_TRANSLATE_NOOP("GuideEditor", "un campo"));
    return QCoreApplication::translate("GuideEditor", name);
}

QString positionKey(const OutlinePosition &item)
{
    return QStringLiteral("%1/%2").arg(item.section).arg(item.activity);
}

} // namespace

GuideEditor::GuideEditor(const Guide &guide, const QString &path, QWidget *parent)
    : QMainWindow(parent)
    , m_guide(guide)
    , m_path(path)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("guideEditor"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose, false);
    GuideOutline::renumber(m_guide);

    m_tree = new OutlineTree;
    m_tree->setObjectName(QStringLiteral("guideOutlineTree"));
    m_tree->setAccessibleName(tr("Esquema de la guía"));
    m_tree->setToolTip(tr("Arrastre un apartado o una actividad para cambiarlo de lugar"));
    connect(m_tree, &OutlineTree::dropped, this,
            [this](const OutlinePosition &item, const OutlinePosition &target) {
                changeOutline(tr("Mover"), [item, target](Guide &g, const OutlinePosition &) {
                    return GuideOutline::moveTo(g, item, target);
                });
            });
    // Room for "7. Cada escuela presenta su problemática (30 min)" beside the fields at 1366×768.
    m_tree->setMinimumWidth(m_tree->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 54);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_loading)
            showSelected();
    });

    const auto edits = [this](const QString &field, const GuideFieldsPage::Change &change) {
        edit(field, change);
    };
    m_pages = new QStackedWidget;
    m_pages->addWidget(new GuideSessionPage(edits));
    m_pages->addWidget(new GuideSectionPage(edits));
    m_pages->addWidget(new GuideActivityPage(edits));
    auto *fields = new QScrollArea;
    fields->setWidgetResizable(true);
    fields->setWidget(m_pages);
    fields->setAccessibleName(tr("Campos"));

    m_preview = new ActivityPage;
    m_preview->setObjectName(QStringLiteral("guidePreview"));
    auto *directorArea = new QScrollArea;
    directorArea->setWidgetResizable(true);
    directorArea->setWidget(m_preview);
    directorArea->setAccessibleName(tr("Vista previa para el director"));
    m_projectionPreview = new ProjectionView;
    m_projectionPreview->setObjectName(QStringLiteral("guideProjectionPreview"));
    m_projectionPreview->setAccessibleName(tr("Vista previa de la proyección"));
    m_projectionPreview->setFocusPolicy(Qt::NoFocus);
    // The classroom screen's 16:9, small: what the room will read, not how large.
    m_projectionPreview->setFixedHeight(fontMetrics().height() * 15);
    m_projectionPreview->setMinimumWidth(m_projectionPreview->height() * 16 / 9);
    auto *previewArea = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewArea);
    previewLayout->addWidget(plainLabel(tr("En la pantalla del director:")));
    previewLayout->addWidget(directorArea, 1);
    previewLayout->addWidget(plainLabel(tr("En la proyección:")));
    previewLayout->addWidget(m_projectionPreview, 0, Qt::AlignHCenter);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("guideEditorTabs"));
    tabs->setAccessibleName(tr("Contenido y vista previa"));
    tabs->addTab(fields, tr("Contenido"));
    tabs->addTab(previewArea, tr("Vista previa"));

    m_summary = plainLabel();
    m_summary->setObjectName(QStringLiteral("guideProblemsLabel"));
    m_summary->setWordWrap(true);
    m_fileProblems = plainLabel();
    m_fileProblems->setObjectName(QStringLiteral("fileProblemsLabel"));
    m_fileProblems->setWordWrap(true);
    m_fileProblems->setStyleSheet(QStringLiteral("color: #8a4b00"));
    m_fileProblems->hide();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_fileProblems);
    rightLayout->addWidget(tabs, 1);
    rightLayout->addWidget(m_summary);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    createActions();
    connect(m_undo, &QUndoStack::indexChanged, this, &GuideEditor::refreshTitle);

    rebuildTree({});
    showSelected();
    refreshProblems();
    refreshTitle();
    resize(1280, 700);
}

GuideEditor::~GuideEditor()
{
    // The children (the undo stack, the tree, the lists) are deleted after this class's members,
    // and some announce changes as they go (the undo stack clearing itself: a new index). None
    // may reach this half-destroyed editor: refreshTitle() there corrupted the heap once in a few
    // dozen runs.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void GuideEditor::showFileProblems(const QStringList &problems)
{
    // The file's own words, paths included: what the editor shows below is the guide as it could
    // be read, and a value that could not be (a misspelt key, a number written as text) is only
    // named here.
    m_fileProblems->setText(tr("Al abrir el archivo se encontraron %n problema(s). Lo que no se "
                               "pudo leer no está en el editor: escríbalo de nuevo antes de "
                               "guardar.",
                               nullptr, int(problems.size())) +
                            QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    m_fileProblems->show();
}

void GuideEditor::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Guía"));
    QAction *saveAction = file->addAction(tr("&Guardar"), this, &GuideEditor::save);
    saveAction->setObjectName(QStringLiteral("saveGuideAction"));
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Guardar &como…"), this, &GuideEditor::saveAs);
    saveAsAction->setObjectName(QStringLiteral("saveGuideAsAction"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction *use = file->addAction(tr("&Usar en una sesión nueva…"), this, [this] {
        if (!m_problems.isEmpty()) {
            Messages::warning(this, tr("La guía tiene problemas"),
                              tr("Corrija lo que se señala en rojo antes de usar la guía en una "
                                 "sesión. Mientras tanto puede guardarla como borrador."));
            return;
        }
        if (save())
            Q_EMIT useRequested(m_path);
    });
    use->setObjectName(QStringLiteral("useGuideAction"));
    file->addSeparator();
    file->addAction(tr("&Cerrar"), this, &QWidget::close)->setShortcut(QKeySequence::Close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Editar"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Deshacer"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Rehacer"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QToolBar *outline = addToolBar(tr("Esquema"));
    outline->setObjectName(QStringLiteral("guideOutlineToolBar"));
    outline->setMovable(false);
    outline->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [&](const QString &text, const char *name, const QKeySequence &key,
                            auto op) {
        QAction *a = outline->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setToolTip(plainToolTip(
            QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText))));
        connect(a, &QAction::triggered, this, [this, text, op] { changeOutline(text, op); });
        editMenu->addAction(a);
        return a;
    };
    editMenu->addSeparator();
    action(tr("Nuevo apartado"), "addSectionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
           [](Guide &g, const OutlinePosition &at) { return GuideOutline::addSection(g, at); });
    action(tr("Nueva actividad"), "addActivityAction", QKeySequence(Qt::CTRL | Qt::Key_N),
           [](Guide &g, const OutlinePosition &at) { return GuideOutline::addActivity(g, at); });
    action(tr("Subir"), "moveUpAction", QKeySequence(Qt::ALT | Qt::Key_Up),
           [](Guide &g, const OutlinePosition &at) { return GuideOutline::move(g, at, -1); });
    action(tr("Bajar"), "moveDownAction", QKeySequence(Qt::ALT | Qt::Key_Down),
           [](Guide &g, const OutlinePosition &at) { return GuideOutline::move(g, at, +1); });
    QAction *remove =
        action(tr("Eliminar"), "removeItemAction", QKeySequence(Qt::CTRL | Qt::Key_Delete),
               [](Guide &g, const OutlinePosition &at) { return GuideOutline::remove(g, at); });
    remove->setToolTip(tr("Elimina el apartado o la actividad (Ctrl+Supr; Ctrl+Z lo devuelve)"));
}

void GuideEditor::edit(const QString &field, const std::function<void(Guide &)> &change)
{
    if (m_loading)
        return;
    const OutlinePosition at = selected();
    Guide before = m_guide;
    change(m_guide);
    m_undo->push(new GuideEditCommand(*this, std::move(before), m_guide, at, at,
                                      tr("Cambiar %1").arg(fieldName(field)),
                                      positionKey(at) + QLatin1Char('/') + field));
    // The tree's titles and the checks follow; the field being typed in keeps its cursor.
    if (QTreeWidgetItem *item = m_tree->currentItem()) {
        m_loading = true;
        if (at.isSession())
            item->setText(0, tr("Sesión: %1").arg(m_guide.title));
        else if (at.isSection())
            item->setText(0, QStringLiteral("%1. %2")
                                 .arg(m_guide.sections[at.section].number)
                                 .arg(m_guide.sections[at.section].title));
        else {
            const Activity &a = m_guide.sections[at.section].activities[at.activity];
            item->setText(0, tr("%1. %2 (%3 min)").arg(a.number).arg(a.title).arg(a.minutes));
        }
        m_loading = false;
    }
    refreshProblems();
    refreshPreview();
}

void GuideEditor::changeOutline(
    const QString &text, const std::function<OutlinePosition(Guide &, const OutlinePosition &)> &op)
{
    const OutlinePosition at = selected();
    Guide before = m_guide;
    const OutlinePosition next = op(m_guide, at);
    if (GuideWriter::toJson(before) == GuideWriter::toJson(m_guide))
        return; // nothing changed (the first item cannot go up…)
    m_undo->push(new GuideEditCommand(*this, std::move(before), m_guide, at, next, text, {}));
    rebuildTree(next);
    showSelected();
    refreshProblems();
}

void GuideEditor::restore(const Guide &guide, const OutlinePosition &select)
{
    m_guide = guide;
    rebuildTree(select);
    showSelected();
    refreshProblems();
}

void GuideEditor::rebuildTree(const OutlinePosition &select)
{
    m_loading = true;
    m_tree->clear();
    auto *root = new QTreeWidgetItem(m_tree, {tr("Sesión: %1").arg(m_guide.title)});
    OutlineTree::setPosition(root, {});
    QTreeWidgetItem *current = root;
    for (int s = 0; s < m_guide.sections.size(); ++s) {
        const Section &section = m_guide.sections.at(s);
        auto *sectionItem = new QTreeWidgetItem(
            root, {QStringLiteral("%1. %2").arg(section.number).arg(section.title)});
        OutlineTree::setPosition(sectionItem, {s, -1});
        if (select == OutlinePosition{s, -1})
            current = sectionItem;
        for (int a = 0; a < section.activities.size(); ++a) {
            const Activity &activity = section.activities.at(a);
            auto *item = new QTreeWidgetItem(sectionItem, {tr("%1. %2 (%3 min)")
                                                               .arg(activity.number)
                                                               .arg(activity.title)
                                                               .arg(activity.minutes)});
            OutlineTree::setPosition(item, {s, a});
            if (select == OutlinePosition{s, a})
                current = item;
        }
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(current);
    m_loading = false;
}

OutlinePosition GuideEditor::selected() const
{
    return OutlineTree::positionOf(m_tree->currentItem());
}

void GuideEditor::select(const OutlinePosition &item)
{
    rebuildTree(item);
    showSelected();
}

void GuideEditor::showSelected()
{
    const OutlinePosition at = selected();
    m_loading = true;
    m_pages->setCurrentIndex(at.isSession()   ? SessionPage
                             : at.isSection() ? SectionPage
                                              : ActivityPageIndex);
    currentPage()->load(m_guide, at);
    m_loading = false;
    refreshProblems();
    refreshPreview();
}

GuideFieldsPage *GuideEditor::currentPage() const
{
    return static_cast<GuideFieldsPage *>(m_pages->currentWidget());
}

void GuideEditor::refreshProblems()
{
    m_problems = GuideOutline::problems(m_guide);
    const OutlinePosition at = selected();
    QStringList all;
    QVector<GuideOutline::Problem> here;
    for (const GuideOutline::Problem &problem : std::as_const(m_problems)) {
        all << problem.message;
        if (problem.item == at)
            here << problem;
    }
    for (int page = 0; page < m_pages->count(); ++page)
        static_cast<GuideFieldsPage *>(m_pages->widget(page))
            ->showProblems(page == m_pages->currentIndex() ? here
                                                           : QVector<GuideOutline::Problem>());
    if (all.isEmpty()) {
        m_summary->setStyleSheet(QString());
        m_summary->setText(tr("✓ La guía es válida: puede usarse en una sesión."));
    } else {
        m_summary->setStyleSheet(QStringLiteral("color: #b00020"));
        m_summary->setText(tr("⚠ %n problema(s); se puede guardar como borrador, no usar en "
                              "una sesión:",
                              nullptr, int(all.size())) +
                           QLatin1Char('\n') + all.join(QLatin1Char('\n')));
    }
}

void GuideEditor::refreshPreview()
{
    OutlinePosition at = selected();
    if (at.isSession() || m_guide.sections.isEmpty())
        at = {0, 0};
    else if (at.isSection())
        at.activity = 0;
    const Section &section = m_guide.sections.at(at.section);
    if (section.activities.isEmpty())
        return;
    const Activity &activity = section.activities.at(at.activity);
    const int minutes = m_guide.plannedMinutes(activity, 2);
    m_preview->showActivity(section, activity, minutes);
    ProjectionContent projected = ProjectionContent::preview(section, activity);
    projected.timer = countdownText(qint64(minutes) * 60 * 1000);
    m_projectionPreview->setContent(projected);
}

void GuideEditor::refreshTitle()
{
    const bool unsaved = m_undo->index() != m_savedIndex;
    const QString name = m_path.isEmpty() ? tr("guía nueva") : QFileInfo(m_path).fileName();
    setWindowTitle(
        tr("%1%2 — Editor de guías").arg(unsaved ? QStringLiteral("*") : QString(), name));
}

bool GuideEditor::writeTo(const QString &path)
{
    const QString error = OutputFile::write(path, GuideWriter::toJson(m_guide));
    if (!error.isEmpty()) {
        Messages::warning(this, tr("No se guardó la guía"), error);
        return false;
    }
    m_path = path;
    m_savedIndex = m_undo->index();
    m_fileProblems->hide(); // what the file had is now what the editor shows
    refreshTitle();
    statusBar()->showMessage(
        m_problems.isEmpty() ? tr("Guardada en %1").arg(path)
                             : tr("Guardada como borrador en %1: aún tiene problemas").arg(path),
        15000);
    return true;
}

bool GuideEditor::save()
{
    return m_path.isEmpty() ? saveAs() : writeTo(m_path);
}

bool GuideEditor::saveAs()
{
    // In the user's guide folder by default, where the start screen looks for them.
    const QString folder = GuideLibrary::userFolder();
    QDir().mkpath(folder);
    // The identifier comes from a file anyone may have written: a name, never a path.
    QString name = QFileInfo(m_guide.id).fileName();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("guia");
    const QString suggested =
        m_path.isEmpty() ? QDir(folder).filePath(name + GuideLibrary::fileSuffix()) : m_path;
    const QString path = FileDialogs::saveFileName(this, tr("Guardar la guía"), suggested,
                                                   tr("Guía de sesión (*.guia.json *.json)"));
    return !path.isEmpty() && writeTo(path);
}

void GuideEditor::closeEvent(QCloseEvent *event)
{
    if (m_undo->index() == m_savedIndex) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Cambios sin guardar"), tr("¿Guardar los cambios de la guía antes de cerrar?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
        event->ignore();
    else
        event->accept();
}

} // namespace fcte
