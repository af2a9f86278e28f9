#include "app/sheets/ListSheetEditor.h"
#include "app/MutedText.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"

#include "app/sheets/CellDrafts.h"
#include "app/sheets/DraftKeeper.h"

#include "app/sheets/EntryModel.h"
#include "app/sheets/SheetTable.h"
#include "core/session/Bitacora.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fcte {
namespace {

QComboBox *tagCombo(const QString &objectName, const QString &toolTip)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setToolTip(plainToolTip(toolTip));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaximumWidth(260);
    // A name cut short in the box is whole in its tooltip.
    QObject::connect(combo, &QComboBox::currentTextChanged, combo, [combo, toolTip] {
        combo->setToolTip(
            plainToolTip(combo->currentText().isEmpty()
                             ? toolTip
                             : QStringLiteral("%1: %2").arg(toolTip, combo->currentText())));
    });
    return combo;
}

void refill(QComboBox *combo, const QString &none, const QVector<QPair<qint64, QString>> &items)
{
    if (!combo)
        return;
    const QVariant selected = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, qint64(0));
    for (const auto &[id, label] : items)
        combo->addItem(label, id);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

qint64 selectedId(const QComboBox *combo)
{
    return combo ? combo->currentData().toLongLong() : 0;
}

} // namespace

ListSheetEditor::ListSheetEditor(Bitacora &bitacora, QUndoStack &undoStack, const SheetSpec &spec,
                                 const QStringList &categories, int activity, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
    , m_spec(spec)
    , m_model(new EntryModel(bitacora, undoStack, spec, categories, activity, this))
{
    setObjectName(spec.id + QStringLiteral("Sheet"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *entryRow = new QHBoxLayout;
    m_quickEntry = new QLineEdit;
    m_quickEntry->setObjectName(QStringLiteral("quickEntryLineEdit"));
    m_quickEntry->setAccessibleName(tr("Nueva entrada en «%1»").arg(spec.name));
    m_quickEntry->setPlaceholderText(spec.hint);
    m_quickEntry->setClearButtonEnabled(true);
    m_quickEntry->installEventFilter(this);
    entryRow->addWidget(m_quickEntry, 1);
    auto *drafts = new DraftKeeper(bitacora, activity, spec.id, this);
    drafts->keep(m_quickEntry, QStringLiteral("line"));
    if (!categories.isEmpty()) {
        m_category = tagCombo(QStringLiteral("categoryComboBox"), tr("Tipo de la próxima entrada"));
        for (int i = 0; i < categories.size(); ++i)
            m_category->addItem(categories.at(i), qint64(i));
        entryRow->addWidget(m_category);
    }
    if (spec.schoolTag == SheetSpec::SchoolTag::One) {
        m_school = tagCombo(QStringLiteral("schoolComboBox"), tr("Escuela de la próxima entrada"));
        entryRow->addWidget(m_school);
    }
    if (spec.teamTag) {
        m_team = tagCombo(QStringLiteral("teamComboBox"), tr("Equipo de la próxima entrada"));
        entryRow->addWidget(m_team);
    }
    if (spec.participantTag) {
        m_participant = tagCombo(QStringLiteral("participantComboBox"),
                                 tr("Participante de la próxima entrada"));
        entryRow->addWidget(m_participant);
    }
    auto *add = new QPushButton(tr("Agregar"));
    m_addButton = add;
    add->setObjectName(QStringLiteral("addEntryButton"));
    add->setToolTip(tr("Agrega la entrada (Intro)"));
    entryRow->addWidget(add);
    layout->addLayout(entryRow);

    if (spec.schoolTag == SheetSpec::SchoolTag::Many) {
        // One row that scrolls sideways with twelve schools; which ones the next entry takes
        // is said in words beside it, so a ticked school out of sight is never a surprise.
        auto *row = new QHBoxLayout;
        row->addWidget(plainLabel(tr("Escuelas:")));
        m_schoolToggles = new QWidget;
        m_schoolToggles->setObjectName(QStringLiteral("schoolTogglesWidget"));
        auto *toggles = new QHBoxLayout(m_schoolToggles);
        toggles->setContentsMargins(0, 0, 0, 0);
        toggles->addStretch(1);
        auto *scroller = new QScrollArea;
        scroller->setAccessibleName(tr("Escuelas que se marcan"));
        scroller->setWidget(m_schoolToggles);
        scroller->setWidgetResizable(true);
        scroller->setFrameShape(QFrame::NoFrame);
        scroller->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroller->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        row->addWidget(scroller, 1);
        layout->addLayout(row);
        m_pendingSchools = plainLabel();
        m_pendingSchools->setObjectName(QStringLiteral("pendingSchoolsLabel"));
        QFont bold = m_pendingSchools->font();
        bold.setBold(true);
        m_pendingSchools->setFont(bold);
        m_pendingSchools->setStyleSheet(QStringLiteral("color: #0d47a1"));
        layout->addWidget(m_pendingSchools);
    }

    m_view = SheetTable::create(m_model, QStringLiteral("entriesTableView"));
    m_view->setAccessibleName(spec.name);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    SheetTable::fitColumns(m_view);
    m_view->installEventFilter(this);
    new CellDrafts(m_view, *drafts, EntryModel::EntryIdRole, QStringLiteral("cell"));
    layout->addWidget(m_view, 1);

    auto *footer = new QHBoxLayout;
    auto *keys = plainLabel(tr("Intro agrega · ↓ va a la lista · F2 edita · Supr tacha o restaura "
                               "· Ctrl+↑/↓ mueve · Ctrl+Z deshace"));
    keys->setObjectName(QStringLiteral("sheetKeysLabel"));
    MutedText::apply(keys);
    footer->addWidget(keys, 1);
    m_showStruck = new QCheckBox(tr("Mostrar tachadas"));
    m_showStruck->setObjectName(QStringLiteral("showStruckCheckBox"));
    m_showStruck->setChecked(true);
    footer->addWidget(m_showStruck);
    layout->addLayout(footer);

    connect(m_quickEntry, &QLineEdit::returnPressed, this, &ListSheetEditor::addFromQuickEntry);
    connect(add, &QPushButton::clicked, this, &ListSheetEditor::addFromQuickEntry);
    connect(m_showStruck, &QCheckBox::toggled, m_model, &EntryModel::setShowStruck);
    connect(&bitacora, &Bitacora::rosterChanged, this, &ListSheetEditor::refreshTagChoices);
    for (int number = 1; number <= 9; ++number) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, number] { toggleSchoolByNumber(number); });
    }
    refreshTagChoices();
    setFocusProxy(m_quickEntry);
}

void ListSheetEditor::setPresenting(bool presenting)
{
    m_model->setShowStruck(!presenting && m_showStruck->isChecked());
    m_showStruck->setEnabled(!presenting);
}

void ListSheetEditor::refreshTagChoices()
{
    QVector<QPair<qint64, QString>> schools;
    for (const School &school : m_bitacora.schools())
        schools << qMakePair(school.id, school.name);
    QVector<QPair<qint64, QString>> teams;
    for (const Team &team : m_bitacora.teams())
        teams << qMakePair(team.id, team.name);
    QVector<QPair<qint64, QString>> people;
    for (const Participant &person : m_bitacora.participants())
        people << qMakePair(person.id, person.name);
    refill(m_school, tr("(escuela)"), schools);
    refill(m_team, tr("(equipo)"), teams);
    refill(m_participant, tr("(participante)"), people);

    if (!m_schoolToggles)
        return;
    QSet<qint64> checked;
    for (QToolButton *button : std::as_const(m_schoolButtons)) {
        if (button->isChecked())
            checked.insert(button->property("schoolId").toLongLong());
        delete button;
    }
    m_schoolButtons.clear();
    auto *layout = static_cast<QHBoxLayout *>(m_schoolToggles->layout());
    for (int i = 0; i < schools.size(); ++i) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        const QString name = schools.at(i).second;
        const QString label = i < 9 ? QStringLiteral("%1 · %2").arg(i + 1).arg(name) : name;
        button->setText(button->fontMetrics().elidedText(label, Qt::ElideMiddle, 220));
        button->setToolTip(plainToolTip(
            i < 9 ? tr("%1 — Alt+%2 la marca o desmarca").arg(name).arg(i + 1) : name));
        button->setProperty("schoolId", schools.at(i).first);
        button->setProperty("schoolName", name);
        // Ticked is unmistakable: filled, with a check mark.
        button->setStyleSheet(
            QStringLiteral("QToolButton:checked { background: #1565c0; color: white; "
                           "border-radius: 3px; padding: 2px 6px; }"));
        button->setChecked(checked.contains(schools.at(i).first));
        connect(button, &QToolButton::toggled, this, &ListSheetEditor::showPendingSchools);
        layout->insertWidget(layout->count() - 1, button);
        m_schoolButtons << button;
    }
    showPendingSchools();
}

void ListSheetEditor::showPendingSchools()
{
    if (!m_pendingSchools)
        return;
    QStringList names;
    for (QToolButton *button : std::as_const(m_schoolButtons)) {
        const QString name = button->property("schoolName").toString();
        button->setText((button->isChecked() ? QStringLiteral("✓ ") : QString()) +
                        button->text().remove(QStringLiteral("✓ ")));
        if (button->isChecked())
            names << name;
    }
    m_pendingSchools->setText(
        names.isEmpty() ? tr("Sin escuelas marcadas (Alt+1…9 las marca)")
                        : tr("La próxima entrada lleva: %1").arg(names.join(QStringLiteral(", "))));
    m_pendingSchools->setToolTip(plainToolTip(m_pendingSchools->text()));
}

void ListSheetEditor::setPendingTags(qint64 schoolId, qint64 participantId)
{
    if (m_school)
        m_school->setCurrentIndex(qMax(0, m_school->findData(schoolId)));
    if (m_participant)
        m_participant->setCurrentIndex(qMax(0, m_participant->findData(participantId)));
    m_quickEntry->setFocus();
}

void ListSheetEditor::addFromQuickEntry()
{
    Entry entry;
    entry.text = m_quickEntry->text();
    if (entry.text.trimmed().isEmpty())
        return;
    entry.category = int(selectedId(m_category));
    if (const qint64 school = selectedId(m_school))
        entry.schoolIds << school;
    for (const QToolButton *button : std::as_const(m_schoolButtons)) {
        if (button->isChecked())
            entry.schoolIds << button->property("schoolId").toLongLong();
    }
    entry.teamId = selectedId(m_team);
    entry.participantId = selectedId(m_participant);
    if (m_model->addEntry(entry) != 0)
        m_quickEntry->clear(); // kept on failure, so nothing typed is lost
    m_quickEntry->setFocus();
}

int ListSheetEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ListSheetEditor::selectEntry(qint64 id)
{
    const int row = m_model->rowOfEntry(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ListSheetEditor::toggleSchoolByNumber(int number)
{
    const QVector<School> &schools = m_bitacora.schools();
    if (number > schools.size() || m_spec.schoolTag == SheetSpec::SchoolTag::None)
        return;
    const qint64 schoolId = schools.at(number - 1).id;
    if (m_view->hasFocus() && currentRow() >= 0) {
        const qint64 entryId = m_model->entryAt(currentRow()).id;
        m_model->toggleSchool(currentRow(), schoolId);
        selectEntry(entryId);
        return;
    }
    if (m_school) {
        const bool already = selectedId(m_school) == schoolId;
        m_school->setCurrentIndex(already ? 0 : qMax(0, m_school->findData(schoolId)));
    }
    if (number <= m_schoolButtons.size())
        m_schoolButtons.at(number - 1)->toggle();
}

void ListSheetEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The entry box keeps at least half the width: the tags share what is left, a long name
    // shown elided (whole in the tooltip and the list).
    QList<QComboBox *> tags;
    for (QComboBox *combo : {m_category, m_school, m_team, m_participant}) {
        if (combo)
            tags << combo;
    }
    if (tags.isEmpty())
        return;
    const int spacing = layout()->spacing() > 0 ? layout()->spacing() : 6;
    const int budget =
        width() / 2 - m_addButton->sizeHint().width() - spacing * int(tags.size() + 1);
    for (QComboBox *combo : tags)
        combo->setMaximumWidth(qBound(60, budget / int(tags.size()), 260));
}

bool ListSheetEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_quickEntry && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        // The newest entry is the one a recorder most often corrects.
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
        return true;
    }
    // While a cell is edited its keys go to the editor, not to the view.
    if (watched != m_view)
        return QWidget::eventFilter(watched, event);
    const int row = currentRow();
    if (key->key() == Qt::Key_Delete && row >= 0) {
        const qint64 id = m_model->entryAt(row).id;
        m_model->toggleStruck(row);
        selectEntry(id);
        return true;
    }
    if ((key->modifiers() & Qt::ControlModifier) &&
        (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && row >= 0) {
        const qint64 id = m_model->entryAt(row).id;
        m_model->moveRow(row, key->key() == Qt::Key_Up ? -1 : 1);
        selectEntry(id);
        return true;
    }
    if (key->key() == Qt::Key_Escape || (key->key() == Qt::Key_Up && row <= 0)) {
        m_quickEntry->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fcte
