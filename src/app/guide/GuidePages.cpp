#include "app/guide/GuidePages.h"

#include "core/guide/SheetKinds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace fcte {

GuideSessionPage::GuideSessionPage(Edit edits, QWidget *parent)
    : GuideFieldsPage(std::move(edits), parent)
{
    auto *form = new QFormLayout(this);
    const auto row = [&](const QString &label, QWidget *field, const QString &key) {
        form->addRow(label, withProblem(field, key));
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
    form->addRow(problemLabel(QString()));

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
}

void GuideSessionPage::fill(const Guide &guide, const OutlinePosition &)
{
    setText(m_title, guide.title);
    setText(m_id, guide.id);
    setLines(m_source, guide.source.isEmpty() ? QStringList() : QStringList{guide.source});
    setLines(m_purposes, guide.purposes);
    setLines(m_materials, guide.materials);
    setLines(m_preparation, guide.preparation);
    setLines(m_preparationPerSchool, guide.preparationPerSchool);
    setLines(m_products, guide.products);
}

GuideSectionPage::GuideSectionPage(Edit edits, QWidget *parent)
    : GuideFieldsPage(std::move(edits), parent)
{
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("sectionTitleEdit"));
    m_title->setAccessibleName(tr("Título del apartado"));
    form->addRow(tr("&Título del apartado:"), m_title);
    form->addRow(problemLabel(QStringLiteral("title")));
    form->addRow(problemLabel(QString()));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        const OutlinePosition at = item();
        edit(QStringLiteral("sectionTitle"),
             [text, at](Guide &g) { g.sections[at.section].title = text.trimmed(); });
    });
}

void GuideSectionPage::fill(const Guide &guide, const OutlinePosition &item)
{
    setText(m_title, guide.sections.at(item.section).title);
}

GuideActivityPage::GuideActivityPage(Edit edits, QWidget *parent)
    : GuideFieldsPage(std::move(edits), parent)
{
    build();
    connectFields();
}

void GuideActivityPage::build()
{
    auto *form = new QFormLayout(this);
    const auto row = [&](const QString &label, QWidget *field, const QString &key) {
        form->addRow(label, withProblem(field, key));
    };
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("activityTitleEdit"));
    m_title->setAccessibleName(tr("Título de la actividad"));
    row(tr("&Título:"), m_title, QStringLiteral("title"));
    row(tr("&Minutos:"), buildMinutesRow(), QStringLiteral("minutes"));
    row(tr("T&emporizador:"), buildTimerRow(), QStringLiteral("timer"));
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
    row(tr("&Lectura:"), buildReadingRow(), QStringLiteral("reading"));
    buildLists();
    row(tr("&Presenta:"), m_shows, QStringLiteral("shows"));
    row(tr("&Hojas:"), m_sheets, QStringLiteral("sheets"));
    form->addRow(problemLabel(QString()));
}

QWidget *GuideActivityPage::buildMinutesRow()
{
    auto *minutesRow = new QWidget;
    auto *layout = new QHBoxLayout(minutesRow);
    layout->setContentsMargins(0, 0, 0, 0);
    m_minutes = new QSpinBox;
    m_minutes->setObjectName(QStringLiteral("activityMinutesSpin"));
    m_minutes->setAccessibleName(tr("Minutos planeados"));
    m_minutes->setRange(1, 240);
    m_minutes->setSuffix(tr(" min"));
    m_minutesFromGuide = new QCheckBox(tr("los indica la guía (si no, son una propuesta)"));
    m_minutesFromGuide->setObjectName(QStringLiteral("minutesFromGuideCheck"));
    m_fixed = new QCheckBox(tr("fijos al recuperar tiempo"));
    m_fixed->setObjectName(QStringLiteral("fixedMinutesCheck"));
    layout->addWidget(m_minutes);
    layout->addWidget(m_minutesFromGuide);
    layout->addWidget(m_fixed);
    layout->addStretch(1);
    return minutesRow;
}

QWidget *GuideActivityPage::buildTimerRow()
{
    auto *timerRow = new QWidget;
    auto *layout = new QHBoxLayout(timerRow);
    layout->setContentsMargins(0, 0, 0, 0);
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
    layout->addWidget(m_timer);
    layout->addWidget(m_minutesPerTurn);
    layout->addStretch(1);
    return timerRow;
}

QWidget *GuideActivityPage::buildReadingRow()
{
    auto *readingRow = new QWidget;
    auto *layout = new QHBoxLayout(readingRow);
    layout->setContentsMargins(0, 0, 0, 0);
    m_readingTitle = new QLineEdit;
    m_readingTitle->setAccessibleName(tr("Título de la lectura"));
    m_readingTitle->setPlaceholderText(tr("Título"));
    m_readingSource = new QLineEdit;
    m_readingSource->setAccessibleName(tr("Fuente de la lectura"));
    m_readingSource->setPlaceholderText(tr("Autor, año, dónde se encuentra"));
    layout->addWidget(m_readingTitle, 1);
    layout->addWidget(m_readingSource, 2);
    return readingRow;
}

void GuideActivityPage::buildLists()
{
    m_shows = new QListWidget;
    m_shows->setObjectName(QStringLiteral("showsList"));
    m_shows->setAccessibleName(tr("Listas de la sesión que presenta"));
    const QList<QPair<QString, QString>> shows = {{QStringLiteral("purposes"), tr("Propósitos")},
                                                  {QStringLiteral("products"), tr("Productos")},
                                                  {QStringLiteral("materials"), tr("Materiales")},
                                                  {QStringLiteral("agenda"), tr("Agenda")}};
    for (const auto &[key, name] : shows) {
        auto *entry = new QListWidgetItem(name, m_shows);
        entry->setData(Qt::UserRole, key);
        entry->setCheckState(Qt::Unchecked);
    }
    m_shows->setFixedHeight(m_shows->sizeHintForRow(0) * 4 + 6);
    m_sheets = new QListWidget;
    m_sheets->setObjectName(QStringLiteral("sheetKindsList"));
    m_sheets->setAccessibleName(tr("Hojas que se registran"));
    for (const QString &kind : SheetKinds::ids()) {
        auto *entry = new QListWidgetItem(SheetKinds::displayName(kind), m_sheets);
        entry->setData(Qt::UserRole, kind);
        entry->setCheckState(Qt::Unchecked);
    }
    m_sheets->setFixedHeight(m_sheets->sizeHintForRow(0) * 6 + 6);
}

void GuideActivityPage::editActivity(const char *field,
                                     const std::function<void(Activity &)> &change)
{
    const OutlinePosition at = item();
    if (!at.isActivity())
        return;
    edit(QString::fromLatin1(field),
         [at, change](Guide &g) { change(g.sections[at.section].activities[at.activity]); });
}

// Each field edits the shown activity, one undo step per change.
void GuideActivityPage::connectFields()
{
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        editActivity("title", [text](Activity &a) { a.title = text.trimmed(); });
    });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this](int value) {
        editActivity("minutes", [value](Activity &a) { a.minutes = value; });
    });
    connect(m_minutesFromGuide, &QCheckBox::toggled, this, [this](bool on) {
        editActivity("minutesFrom", [on](Activity &a) { a.minutesFromGuide = on; });
    });
    connect(m_fixed, &QCheckBox::toggled, this,
            [this](bool on) { editActivity("fixed", [on](Activity &a) { a.fixed = on; }); });
    connect(m_timer, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int perTurn = m_minutesPerTurn->value();
        m_minutesPerTurn->setEnabled(index == 1);
        editActivity("timer", [index, perTurn](Activity &a) {
            a.timer = index == 1 ? TimerKind::PerSchool : TimerKind::PerActivity;
            a.minutesPerTurn = index == 1 ? perTurn : 0;
        });
    });
    connect(m_minutesPerTurn, &QSpinBox::valueChanged, this, [this](int value) {
        editActivity("minutesPerTurn", [value](Activity &a) {
            if (a.timer == TimerKind::PerSchool)
                a.minutesPerTurn = value;
        });
    });
    const auto list = [this](QPlainTextEdit *field, const char *key,
                             QStringList Activity::*member) {
        connect(field, &QPlainTextEdit::textChanged, this, [this, field, key, member] {
            const QStringList values = lines(field);
            editActivity(key, [values, member](Activity &a) { a.*member = values; });
        });
    };
    list(m_steps, "steps", &Activity::steps);
    list(m_prompts, "prompts", &Activity::prompts);
    list(m_starters, "starters", &Activity::starters);
    const auto reading = [this] {
        const Reading value{m_readingTitle->text().trimmed(), m_readingSource->text().trimmed()};
        editActivity("reading", [value](Activity &a) { a.reading = value; });
    };
    connect(m_readingTitle, &QLineEdit::textEdited, this, reading);
    connect(m_readingSource, &QLineEdit::textEdited, this, reading);
    connect(m_shows, &QListWidget::itemChanged, this, [this] {
        if (isLoading())
            return;
        QVector<SessionList> shows;
        for (int i = 0; i < m_shows->count(); ++i) {
            if (m_shows->item(i)->checkState() != Qt::Checked)
                continue;
            SessionList list;
            SessionList::kindOf(m_shows->item(i)->data(Qt::UserRole).toString(), list.kind);
            shows << list;
        }
        editActivity("shows", [shows](Activity &a) { a.shows = shows; });
    });
    connect(m_sheets, &QListWidget::itemChanged, this, [this](QListWidgetItem *entry) {
        if (isLoading())
            return;
        const QString kind = entry->data(Qt::UserRole).toString();
        const bool on = entry->checkState() == Qt::Checked;
        // The order the activity had is kept; a new sheet comes last (its tab, the last one).
        editActivity("sheets", [kind, on](Activity &a) {
            a.sheets.removeAll(kind);
            if (on)
                a.sheets << kind;
        });
    });
}

void GuideActivityPage::fill(const Guide &guide, const OutlinePosition &item)
{
    const Activity &a = guide.sections.at(item.section).activities.at(item.activity);
    setText(m_title, a.title);
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

} // namespace fcte
