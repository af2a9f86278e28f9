#include "app/session/AttendanceDialog.h"
#include "app/PlainLabel.h"

#include "app/Messages.h"
#include "core/session/Bitacora.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fcte {
namespace {

enum Column { NameColumn, SchoolColumn, StateColumn, ArrivalColumn };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int TakenRole = Qt::UserRole + 2;   // attendance was taken for this row
constexpr int PresentRole = Qt::UserRole + 3; // and the person is present
constexpr int ArrivalRole = Qt::UserRole + 4; // the time of arrival the bitácora holds

// The time of a late arrival, as HH:MM (9:05 is kept as 09:05); anything else cannot be typed,
// and an unfinished time ("9:") is not written over the cell.
class ArrivalTimeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *editor = new QLineEdit(parent);
        static const QRegularExpression time(QStringLiteral("^$|^([01]?\\d|2[0-3]):[0-5]\\d$"));
        editor->setValidator(new QRegularExpressionValidator(time, editor));
        editor->setPlaceholderText(QCoreApplication::translate("AttendanceDialog", "HH:MM"));
        return editor;
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (!line || !line->hasAcceptableInput())
            return;
        QString text = line->text();
        if (text.indexOf(QLatin1Char(':')) == 1)
            text.prepend(QLatin1Char('0'));
        model->setData(index, text);
    }
};

} // namespace

AttendanceDialog::AttendanceDialog(Bitacora &bitacora, QWidget *parent)
    : QDialog(parent)
    , m_bitacora(bitacora)
{
    setObjectName(QStringLiteral("attendanceDialog"));
    setWindowTitle(tr("Pase de lista"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("attendanceFilterLineEdit"));
    m_filter->setAccessibleName(tr("Buscar por nombre o escuela"));
    m_filter->setPlaceholderText(tr("Escriba parte de un nombre o escuela; ↓ va a la lista"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Nombre"), tr("Escuela"), tr("Asistencia"), tr("Llegó (si llegó tarde)")});
    QHash<qint64, QString> schools;
    for (const School &school : bitacora.schools())
        schools.insert(school.id, school.name);
    const QHash<qint64, Attendance> taken = bitacora.attendance();
    for (const Participant &person : bitacora.participants()) {
        auto *name = new QStandardItem(person.name);
        name->setData(person.id, IdRole);
        name->setEditable(false);
        auto *school = new QStandardItem(schools.value(person.schoolId));
        school->setEditable(false);
        auto *state = new QStandardItem;
        state->setEditable(false);
        const auto found = taken.constFind(person.id);
        state->setData(found != taken.cend(), TakenRole);
        state->setData(found != taken.cend() && found->present, PresentRole);
        state->setData(found != taken.cend() ? found->arrivedAt : QString(), ArrivalRole);
        auto *arrival = new QStandardItem(found != taken.cend() ? found->arrivedAt : QString());
        m_model->appendRow({name, school, state, arrival});
        m_model->setData(m_model->index(m_model->rowCount() - 1, StateColumn),
                         found == taken.cend() ? tr("—")
                         : found->present      ? tr("Presente")
                                               : tr("Ausente"));
    }
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->column() == ArrivalColumn && !m_showing)
            arrivalTyped(item->row());
    });

    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterKeyColumn(-1); // name or school
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("attendanceTableView"));
    m_view->setAccessibleName(tr("Pase de lista"));
    m_view->setModel(m_filtered);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The mouse as well as the keys: a click on the mark changes it, a double click anywhere on
    // the row (or F2 on any column) edits the time of arrival.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(ArrivalColumn, new ArrivalTimeDelegate(m_view));
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == StateColumn)
            toggle(m_filtered->mapToSource(index).row());
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { editArrival(index); });
    m_view->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SchoolColumn, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    auto *keys = plainLabel(tr("Espacio: presente / ausente · F2: hora de llegada · Ctrl+Z: "
                               "deshacer · se guarda al momento"));
    keys->setObjectName(QStringLiteral("attendanceCountsLabel"));
    layout->addWidget(keys);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Cerrar"));
    // Enter belongs to the list (and to a time being typed): it never closes the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    m_undo = new QUndoStack(this);
    QAction *undo = m_undo->createUndoAction(this, tr("Deshacer"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Rehacer"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    showCounts();
    resize(760, 560);
}

void AttendanceDialog::editArrival(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index.siblingAtColumn(ArrivalColumn));
    m_view->edit(index.siblingAtColumn(ArrivalColumn));
}

void AttendanceDialog::toggle(int sourceRow)
{
    const State before = savedState(sourceRow);
    const State after =
        Attendance{!(before && before->present), m_model->item(sourceRow, ArrivalColumn)->text()};
    const qint64 id = m_model->item(sourceRow, NameColumn)->data(IdRole).toLongLong();
    m_undo->push(new AttendanceCommand(
        [this](qint64 person, const State &state) { return apply(person, state); }, id, before,
        after));
}

void AttendanceDialog::arrivalTyped(int sourceRow)
{
    const State before = savedState(sourceRow);
    const QString typed = m_model->item(sourceRow, ArrivalColumn)->text();
    if (!before || before->arrivedAt == typed)
        return; // a time typed before the mark is kept with the mark
    const qint64 id = m_model->item(sourceRow, NameColumn)->data(IdRole).toLongLong();
    m_undo->push(new AttendanceCommand(
        [this](qint64 person, const State &state) { return apply(person, state); }, id, before,
        Attendance{before->present, typed}));
}

AttendanceCommand::State AttendanceDialog::savedState(int sourceRow) const
{
    const QStandardItem *state = m_model->item(sourceRow, StateColumn);
    if (!state->data(TakenRole).toBool())
        return std::nullopt;
    return Attendance{state->data(PresentRole).toBool(), state->data(ArrivalRole).toString()};
}

bool AttendanceDialog::apply(qint64 participantId, const State &state)
{
    int row = 0;
    while (row < m_model->rowCount() &&
           m_model->item(row, NameColumn)->data(IdRole).toLongLong() != participantId)
        ++row;
    if (row == m_model->rowCount())
        return false;
    // Told here as well as in the window's status bar: the list is in front of the director.
    QString failure;
    const QMetaObject::Connection told = connect(&m_bitacora, &Bitacora::saveFailed, this,
                                                 [&failure](const QString &why) { failure = why; });
    const bool saved = state ? m_bitacora.setAttendance(participantId, *state)
                             : m_bitacora.clearAttendance(participantId);
    disconnect(told);
    // The row says what the bitácora has, not what failed.
    showState(row, saved ? state : savedState(row), saved);
    if (!saved)
        Messages::warning(this, tr("No se guardó"), failure);
    return saved;
}

void AttendanceDialog::showState(int sourceRow, const State &state, bool showArrival)
{
    const QScopedValueRollback<bool> showing(m_showing, true);
    QStandardItem *mark = m_model->item(sourceRow, StateColumn);
    QStandardItem *arrival = m_model->item(sourceRow, ArrivalColumn);
    // A time typed while the row was not taken is the recorder's, not the bitácora's: a mark
    // without a time of its own (a redo) keeps it.
    const bool typedUnsaved = arrival->text() != mark->data(ArrivalRole).toString();
    if (state && state->arrivedAt.isEmpty() && typedUnsaved)
        showArrival = false;
    mark->setData(bool(state), TakenRole);
    mark->setData(state && state->present, PresentRole);
    mark->setData(state ? state->arrivedAt : QString(), ArrivalRole);
    mark->setText(!state ? tr("—") : state->present ? tr("Presente") : tr("Ausente"));
    if (state && showArrival)
        arrival->setText(state->arrivedAt);
    showCounts();
}

void AttendanceDialog::showCounts()
{
    int present = 0;
    int absent = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *state = m_model->item(row, StateColumn);
        if (!state->data(TakenRole).toBool())
            continue;
        (state->data(PresentRole).toBool() ? present : absent) += 1;
    }
    setWindowTitle(tr("Pase de lista · %1 presentes, %2 ausentes, %3 sin registrar")
                       .arg(present)
                       .arg(absent)
                       .arg(m_model->rowCount() - present - absent));
}

bool AttendanceDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_filter && key->key() == Qt::Key_Down && m_filtered->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_filtered->index(0, NameColumn));
            return true;
        }
        // (While a time is typed the editor has the keys: Space stays a space there.)
        if (watched == m_view && key->key() == Qt::Key_Space && m_view->currentIndex().isValid()) {
            toggle(m_filtered->mapToSource(m_view->currentIndex()).row());
            return true;
        }
        if (watched == m_view && key->key() == Qt::Key_F2) {
            editArrival(m_view->currentIndex());
            return true;
        }
        // Enter on the list goes to the next person, as in a spreadsheet.
        if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && current.row() + 1 < m_filtered->rowCount())
                m_view->setCurrentIndex(current.sibling(current.row() + 1, current.column()));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace fcte
