#include "app/guide/GuideEditor.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"

#include "app/Messages.h"
#include "app/activity/ActivityPage.h"
#include "app/export/FileDialogs.h"
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

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

void setLines(QPlainTextEdit *edit, const QStringList &values)
{
    const QString text = values.join(QLatin1Char('\n'));
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void setText(QLineEdit *edit, const QString &value)
{
    if (edit->text() != value)
        edit->setText(value);
}

QPlainTextEdit *linesEdit(const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit;
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(QCoreApplication::translate("GuideEditor", "Uno por línea"));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

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

    m_pages = new QStackedWidget;
    m_pages->addWidget(buildSessionPage());
    m_pages->addWidget(buildSectionPage());
    m_pages->addWidget(buildActivityPage());
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

QLabel *GuideEditor::problemLabel(const QString &field, int page)
{
    auto *label = plainLabel();
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    label->setObjectName(QStringLiteral("problem_") + field);
    m_problemLabels.insert(QString::number(page) + QLatin1Char('/') + field, label);
    return label;
}

QWidget *GuideEditor::withProblem(QWidget *field, const QString &key, int page)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(problemLabel(key, page));
    return box;
}

QWidget *GuideEditor::buildSessionPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const auto row = [&](const QString &label, QWidget *field, const QString &key) {
        form->addRow(label, withProblem(field, key, SessionPage));
    };
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("guideTitleEdit"));
    m_title->setAccessibleName(tr("Título de la guía"));
    row(tr("&Título:"), m_title, QStringLiteral("title"));
    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("guideIdEdit"));
    m_id->setAccessibleName(tr("Identificador de la guía"));
    m_id->setToolTip(tr("Un nombre corto sin espacios que distingue a esta guía de las demás"));
    row(tr("&Identificador:"), m_id, QStringLiteral("id"));
    m_source = linesEdit(tr("Fuente de la guía"));
    m_source->setPlaceholderText(tr("De dónde viene: la guía de la SEP, su fecha"));
    row(tr("&Fuente:"), m_source, QStringLiteral("source"));
    m_purposes = linesEdit(tr("Propósitos"));
    row(tr("&Propósitos:"), m_purposes, QStringLiteral("purposes"));
    m_materials = linesEdit(tr("Materiales"));
    row(tr("&Materiales:"), m_materials, QStringLiteral("materials"));
    m_preparation = linesEdit(tr("Qué más se prepara"));
    m_preparation->setPlaceholderText(tr("Pliegos de papel, acuerdos previos: uno por línea"));
    row(tr("Prep&aración:"), m_preparation, QStringLiteral("preparation"));
    m_preparationPerSchool = linesEdit(tr("Qué prepara cada escuela"));
    row(tr("Por es&cuela:"), m_preparationPerSchool, QStringLiteral("preparationPerSchool"));
    m_products = linesEdit(tr("Productos"));
    row(tr("P&roductos:"), m_products, QStringLiteral("products"));
    form->addRow(problemLabel(QString(), SessionPage));

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("title"), [text](Guide &g) { g.title = text.trimmed(); });
    });
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("id"), [text](Guide &g) { g.id = text.trimmed(); });
    });
    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = lines(m_source).join(QLatin1Char(' '));
        edit(QStringLiteral("source"), [text](Guide &g) { g.source = text; });
    });
    const auto list = [this](QPlainTextEdit *field, const char *key, QStringList Guide::*member) {
        connect(field, &QPlainTextEdit::textChanged, this, [this, field, key, member] {
            const QStringList values = lines(field);
            edit(QString::fromLatin1(key), [values, member](Guide &g) { g.*member = values; });
        });
    };
    list(m_purposes, "purposes", &Guide::purposes);
    list(m_materials, "materials", &Guide::materials);
    list(m_preparation, "preparation", &Guide::preparation);
    list(m_preparationPerSchool, "preparationPerSchool", &Guide::preparationPerSchool);
    list(m_products, "products", &Guide::products);
    return page;
}

QWidget *GuideEditor::buildSectionPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_sectionTitle = new QLineEdit;
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitleEdit"));
    m_sectionTitle->setAccessibleName(tr("Título del apartado"));
    form->addRow(tr("&Título del apartado:"), m_sectionTitle);
    form->addRow(problemLabel(QStringLiteral("title"), SectionPage));
    form->addRow(problemLabel(QString(), SectionPage));
    connect(m_sectionTitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        const OutlinePosition at = selected();
        edit(QStringLiteral("sectionTitle"),
             [text, at](Guide &g) { g.sections[at.section].title = text.trimmed(); });
    });
    return page;
}

QWidget *GuideEditor::buildActivityPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const auto row = [&](const QString &label, QWidget *field, const QString &key) {
        form->addRow(label, withProblem(field, key, ActivityPageIndex));
    };
    m_activityTitle = new QLineEdit;
    m_activityTitle->setObjectName(QStringLiteral("activityTitleEdit"));
    m_activityTitle->setAccessibleName(tr("Título de la actividad"));
    row(tr("&Título:"), m_activityTitle, QStringLiteral("title"));

    auto *minutesRow = new QWidget;
    auto *minutesLayout = new QHBoxLayout(minutesRow);
    minutesLayout->setContentsMargins(0, 0, 0, 0);
    m_minutes = new QSpinBox;
    m_minutes->setObjectName(QStringLiteral("activityMinutesSpin"));
    m_minutes->setAccessibleName(tr("Minutos planeados"));
    m_minutes->setRange(1, 240);
    m_minutes->setSuffix(tr(" min"));
    m_minutesFromGuide = new QCheckBox(tr("los indica la guía (si no, son una propuesta)"));
    m_minutesFromGuide->setObjectName(QStringLiteral("minutesFromGuideCheck"));
    m_fixed = new QCheckBox(tr("fijos al recuperar tiempo"));
    m_fixed->setObjectName(QStringLiteral("fixedMinutesCheck"));
    minutesLayout->addWidget(m_minutes);
    minutesLayout->addWidget(m_minutesFromGuide);
    minutesLayout->addWidget(m_fixed);
    minutesLayout->addStretch(1);
    row(tr("&Minutos:"), minutesRow, QStringLiteral("minutes"));

    auto *timerRow = new QWidget;
    auto *timerLayout = new QHBoxLayout(timerRow);
    timerLayout->setContentsMargins(0, 0, 0, 0);
    m_timer = new QComboBox;
    m_timer->setObjectName(QStringLiteral("timerKindCombo"));
    m_timer->setAccessibleName(tr("Temporizador"));
    m_timer->addItem(tr("Uno para toda la actividad"));
    m_timer->addItem(tr("Un turno por escuela"));
    m_minutesPerTurn = new QSpinBox;
    m_minutesPerTurn->setObjectName(QStringLiteral("minutesPerTurnSpin"));
    m_minutesPerTurn->setAccessibleName(tr("Minutos por turno, como máximo"));
    m_minutesPerTurn->setRange(1, 60);
    m_minutesPerTurn->setPrefix(tr("máximo "));
    m_minutesPerTurn->setSuffix(tr(" min por turno"));
    timerLayout->addWidget(m_timer);
    timerLayout->addWidget(m_minutesPerTurn);
    timerLayout->addStretch(1);
    row(tr("T&emporizador:"), timerRow, QStringLiteral("timer"));

    m_steps = linesEdit(tr("Pasos"));
    m_steps->setObjectName(QStringLiteral("stepsEdit"));
    m_steps->setPlaceholderText(tr("Escriba aquí qué se hace: un paso por línea"));
    row(tr("&Pasos:"), m_steps, QStringLiteral("steps"));
    m_prompts = linesEdit(tr("Preguntas guía"));
    m_prompts->setObjectName(QStringLiteral("promptsEdit"));
    row(tr("Pre&guntas:"), m_prompts, QStringLiteral("prompts"));
    m_starters = linesEdit(tr("Frases para iniciar"));
    m_starters->setObjectName(QStringLiteral("startersEdit"));
    row(tr("&Frases para iniciar:"), m_starters, QStringLiteral("starters"));

    auto *readingRow = new QWidget;
    auto *readingLayout = new QHBoxLayout(readingRow);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    m_readingTitle = new QLineEdit;
    m_readingTitle->setAccessibleName(tr("Título de la lectura"));
    m_readingTitle->setPlaceholderText(tr("Título"));
    m_readingSource = new QLineEdit;
    m_readingSource->setAccessibleName(tr("Fuente de la lectura"));
    m_readingSource->setPlaceholderText(tr("Autor, año, dónde se encuentra"));
    readingLayout->addWidget(m_readingTitle, 1);
    readingLayout->addWidget(m_readingSource, 2);
    row(tr("&Lectura:"), readingRow, QStringLiteral("reading"));

    m_shows = new QListWidget;
    m_shows->setObjectName(QStringLiteral("showsList"));
    m_shows->setAccessibleName(tr("Listas de la sesión que presenta"));
    const QList<QPair<QString, QString>> shows = {{QStringLiteral("purposes"), tr("Propósitos")},
                                                  {QStringLiteral("products"), tr("Productos")},
                                                  {QStringLiteral("materials"), tr("Materiales")},
                                                  {QStringLiteral("agenda"), tr("Agenda")}};
    for (const auto &[key, name] : shows) {
        auto *item = new QListWidgetItem(name, m_shows);
        item->setData(Qt::UserRole, key);
        item->setCheckState(Qt::Unchecked);
    }
    m_shows->setFixedHeight(m_shows->sizeHintForRow(0) * 4 + 6);
    row(tr("&Presenta:"), m_shows, QStringLiteral("shows"));

    m_sheets = new QListWidget;
    m_sheets->setObjectName(QStringLiteral("sheetKindsList"));
    m_sheets->setAccessibleName(tr("Hojas que se registran"));
    for (const QString &kind : SheetKinds::ids()) {
        auto *item = new QListWidgetItem(SheetKinds::displayName(kind), m_sheets);
        item->setData(Qt::UserRole, kind);
        item->setCheckState(Qt::Unchecked);
    }
    m_sheets->setFixedHeight(m_sheets->sizeHintForRow(0) * 6 + 6);
    row(tr("&Hojas:"), m_sheets, QStringLiteral("sheets"));
    form->addRow(problemLabel(QString(), ActivityPageIndex));

    connectActivityPage();
    return page;
}

// Each field of the activity page edits the selected activity, one undo step per change.
void GuideEditor::connectActivityPage()
{
    const auto activityEdit = [this](const char *key, std::function<void(Activity &)> change) {
        const OutlinePosition at = selected();
        if (!at.isActivity())
            return;
        edit(QString::fromLatin1(key),
             [at, change](Guide &g) { change(g.sections[at.section].activities[at.activity]); });
    };
    connect(m_activityTitle, &QLineEdit::textEdited, this, [activityEdit](const QString &text) {
        activityEdit("title", [text](Activity &a) { a.title = text.trimmed(); });
    });
    connect(m_minutes, &QSpinBox::valueChanged, this, [activityEdit](int value) {
        activityEdit("minutes", [value](Activity &a) { a.minutes = value; });
    });
    connect(m_minutesFromGuide, &QCheckBox::toggled, this, [activityEdit](bool on) {
        activityEdit("minutesFrom", [on](Activity &a) { a.minutesFromGuide = on; });
    });
    connect(m_fixed, &QCheckBox::toggled, this, [activityEdit](bool on) {
        activityEdit("fixed", [on](Activity &a) { a.fixed = on; });
    });
    connect(m_timer, &QComboBox::currentIndexChanged, this, [this, activityEdit](int index) {
        const int perTurn = m_minutesPerTurn->value();
        m_minutesPerTurn->setEnabled(index == 1);
        activityEdit("timer", [index, perTurn](Activity &a) {
            a.timer = index == 1 ? TimerKind::PerSchool : TimerKind::PerActivity;
            a.minutesPerTurn = index == 1 ? perTurn : 0;
        });
    });
    connect(m_minutesPerTurn, &QSpinBox::valueChanged, this, [activityEdit](int value) {
        activityEdit("minutesPerTurn", [value](Activity &a) {
            if (a.timer == TimerKind::PerSchool)
                a.minutesPerTurn = value;
        });
    });
    const auto list = [this, activityEdit](QPlainTextEdit *field, const char *key,
                                           QStringList Activity::*member) {
        connect(field, &QPlainTextEdit::textChanged, this, [field, key, member, activityEdit] {
            const QStringList values = lines(field);
            activityEdit(key, [values, member](Activity &a) { a.*member = values; });
        });
    };
    list(m_steps, "steps", &Activity::steps);
    list(m_prompts, "prompts", &Activity::prompts);
    list(m_starters, "starters", &Activity::starters);
    const auto reading = [this, activityEdit] {
        const Reading value{m_readingTitle->text().trimmed(), m_readingSource->text().trimmed()};
        activityEdit("reading", [value](Activity &a) { a.reading = value; });
    };
    connect(m_readingTitle, &QLineEdit::textEdited, this, reading);
    connect(m_readingSource, &QLineEdit::textEdited, this, reading);
    connect(m_shows, &QListWidget::itemChanged, this, [this, activityEdit] {
        if (m_loading)
            return;
        QVector<SessionList> shows;
        for (int i = 0; i < m_shows->count(); ++i) {
            if (m_shows->item(i)->checkState() != Qt::Checked)
                continue;
            SessionList list;
            SessionList::kindOf(m_shows->item(i)->data(Qt::UserRole).toString(), list.kind);
            shows << list;
        }
        activityEdit("shows", [shows](Activity &a) { a.shows = shows; });
    });
    connect(m_sheets, &QListWidget::itemChanged, this, [this, activityEdit](QListWidgetItem *item) {
        if (m_loading)
            return;
        const QString kind = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        // The order the activity had is kept; a new sheet comes last (its tab, the last one).
        activityEdit("sheets", [kind, on](Activity &a) {
            a.sheets.removeAll(kind);
            if (on)
                a.sheets << kind;
        });
    });
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
    if (at.isSession()) {
        m_pages->setCurrentIndex(SessionPage);
        setText(m_title, m_guide.title);
        setText(m_id, m_guide.id);
        setLines(m_source, m_guide.source.isEmpty() ? QStringList() : QStringList{m_guide.source});
        setLines(m_purposes, m_guide.purposes);
        setLines(m_materials, m_guide.materials);
        setLines(m_preparation, m_guide.preparation);
        setLines(m_preparationPerSchool, m_guide.preparationPerSchool);
        setLines(m_products, m_guide.products);
    } else if (at.isSection()) {
        m_pages->setCurrentIndex(SectionPage);
        setText(m_sectionTitle, m_guide.sections.at(at.section).title);
    } else {
        m_pages->setCurrentIndex(ActivityPageIndex);
        const Activity &a = m_guide.sections.at(at.section).activities.at(at.activity);
        setText(m_activityTitle, a.title);
        m_minutes->setValue(a.minutes);
        m_minutesFromGuide->setChecked(a.minutesFromGuide);
        m_fixed->setChecked(a.fixed);
        m_timer->setCurrentIndex(a.timer == TimerKind::PerSchool ? 1 : 0);
        m_minutesPerTurn->setEnabled(a.timer == TimerKind::PerSchool);
        m_minutesPerTurn->setValue(a.minutesPerTurn > 0 ? a.minutesPerTurn : 10);
        setLines(m_steps, a.steps);
        setLines(m_prompts, a.prompts);
        setLines(m_starters, a.starters);
        setText(m_readingTitle, a.reading.title);
        setText(m_readingSource, a.reading.source);
        for (int i = 0; i < m_shows->count(); ++i) {
            const QString key = m_shows->item(i)->data(Qt::UserRole).toString();
            bool on = false;
            for (const SessionList &list : a.shows)
                on = on || list.key() == key;
            m_shows->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        for (int i = 0; i < m_sheets->count(); ++i) {
            const QString kind = m_sheets->item(i)->data(Qt::UserRole).toString();
            m_sheets->item(i)->setCheckState(a.sheets.contains(kind) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_loading = false;
    refreshProblems();
    refreshPreview();
}

void GuideEditor::refreshProblems()
{
    m_problems = GuideOutline::problems(m_guide);
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
    const OutlinePosition at = selected();
    const int page = at.isSession()   ? SessionPage
                     : at.isSection() ? SectionPage
                                      : ActivityPageIndex;
    QStringList all;
    for (const GuideOutline::Problem &problem : std::as_const(m_problems)) {
        all << problem.message;
        if (!(problem.item == at))
            continue;
        QLabel *label =
            m_problemLabels.value(QString::number(page) + QLatin1Char('/') + problem.field);
        if (!label) // a field this page has no place for: under the whole item
            label = m_problemLabels.value(QString::number(page) + QLatin1Char('/'));
        if (label) {
            label->setText(label->text().isEmpty()
                               ? problem.message
                               : label->text() + QLatin1Char('\n') + problem.message);
            label->show();
        }
    }
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
