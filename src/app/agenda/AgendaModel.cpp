#include "app/agenda/AgendaModel.h"
#include "app/MutedText.h"

#include "core/guide/Guide.h"
#include "core/session/SessionTimer.h"

#include <QFont>
#include <QPalette>
#include <cmath>

namespace fcte {
namespace {
// internalId 0 marks a section row; a child row stores its section's row plus one.
constexpr quintptr SectionRow = 0;
} // namespace

AgendaModel::AgendaModel(const Guide &guide, SessionTimer &timer, QObject *parent)
    : QAbstractItemModel(parent)
    , m_guide(guide)
    , m_timer(timer)
{
    rebuild();
    connect(&timer, &SessionTimer::changed, this, &AgendaModel::refreshTimes);
}

void AgendaModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const QVector<BreakItem> breaks = m_timer.breaks();
    m_breakPositions.clear();
    for (const BreakItem &item : breaks)
        m_breakPositions << item.afterActivity;
    for (const Section &section : m_guide.sections) {
        QVector<Item> items;
        for (const Activity &activity : section.activities) {
            items << Item{activity.number, 0};
            for (const BreakItem &item : breaks) {
                if (item.afterActivity == activity.number)
                    items << Item{0, item.id};
            }
        }
        m_rows << items;
    }
    endResetModel();
}

void AgendaModel::setCurrentActivity(int number)
{
    if (number == m_current)
        return;
    m_current = number;
    refreshTimes();
}

void AgendaModel::refreshTimes()
{
    // The break may have moved: its row goes where it now is.
    QVector<int> breakPositions;
    for (const BreakItem &item : m_timer.breaks())
        breakPositions << item.afterActivity;
    if (breakPositions != m_breakPositions) {
        m_breakPositions = breakPositions;
        rebuild();
        return;
    }
    for (int s = 0; s < m_rows.size(); ++s) {
        const QModelIndex section = index(s, 0);
        Q_EMIT dataChanged(section, index(s, ColumnCount - 1));
        if (!m_rows.at(s).isEmpty())
            Q_EMIT dataChanged(index(0, 0, section),
                               index(int(m_rows.at(s).size()) - 1, ColumnCount - 1, section));
    }
}

QModelIndex AgendaModel::indexOfActivity(int number) const
{
    for (int s = 0; s < m_rows.size(); ++s) {
        for (int r = 0; r < m_rows.at(s).size(); ++r) {
            if (m_rows.at(s).at(r).activity == number)
                return createIndex(r, 0, quintptr(s + 1));
        }
    }
    return {};
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionRow);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() == SectionRow && parent.column() == 0)
        return int(m_rows.at(parent.row()).size());
    return 0;
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

AgendaModel::Status AgendaModel::statusOf(int activityNumber) const
{
    if (activityNumber == m_current)
        return Current;
    return activityNumber < m_current ? Done : Pending;
}

const AgendaModel::Item *AgendaModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == SectionRow)
        return nullptr;
    return &m_rows.at(int(index.internalId() - 1)).at(index.row());
}

int AgendaModel::breakMinutes(qint64 breakId) const
{
    for (const BreakItem &item : m_timer.breaks()) {
        if (item.id == breakId)
            return item.minutes;
    }
    return 0;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == SectionRow) {
        const Section &section = m_guide.sections.at(index.row());
        if (role == Qt::DisplayRole && index.column() == TitleColumn)
            return tr("%1. %2").arg(section.number).arg(section.title);
        if (role == Qt::DisplayRole && index.column() == PlannedColumn) {
            // The section's activities only: the break is shown on its own row, with its minutes.
            int minutes = 0;
            for (const Item &item : m_rows.at(index.row())) {
                if (item.activity)
                    minutes += m_timer.plannedMinutes(item.activity);
            }
            return minutes;
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }

    const Item &item = *itemAt(index);
    if (item.activity == 0) { // the break
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn) { // the guide has none: ours, the director decides
                if (m_timer.isOnBreak())
                    return tr("☕ Receso (propuesta) · en curso");
                return breakMinutes(item.breakId) > 0 ? tr("☕ Receso (propuesta)")
                                                      : tr("☕ Sin receso");
            }
            if (index.column() == PlannedColumn)
                return breakMinutes(item.breakId);
            if (index.column() == ActualColumn && m_timer.breakElapsedMs() > 0)
                return int(std::lround(double(m_timer.breakElapsedMs()) / 60000.0));
            return {};
        case Qt::EditRole:
            return index.column() == PlannedColumn ? QVariant(breakMinutes(item.breakId))
                                                   : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case Qt::TextAlignmentRole:
            return index.column() == TitleColumn ? QVariant()
                                                 : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }

    const Activity &activity = *m_guide.activity(item.activity);
    const Status status = statusOf(activity.number);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn) {
            const QString mark = status == Current ? QStringLiteral("▶ ")
                                 : status == Done  ? QStringLiteral("✓ ")
                                                   : QString();
            return QString(mark + tr("%1. %2").arg(activity.number).arg(activity.title));
        }
        if (index.column() == PlannedColumn)
            return m_timer.plannedMinutes(activity.number);
        if (m_timer.hasRun(activity.number))
            return int(std::lround(double(m_timer.elapsedMs(activity.number)) / 60000.0));
        return {};
    case Qt::EditRole:
        if (index.column() == PlannedColumn)
            return m_timer.plannedMinutes(activity.number);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PlannedColumn) {
            return activity.minutesFromGuide
                       ? tr("Minutos planeados: la guía fija %1 minutos por escuela como máximo "
                            "(doble clic o F2 para cambiarlos)")
                             .arg(activity.minutesPerTurn)
                       : tr("Minutos planeados: propuesta de Facilitador CTE, no de la guía "
                            "(doble clic o F2 para cambiarlos)");
        }
        if (index.column() == ActualColumn)
            return tr("Minutos reales");
        return status == Done ? tr("Realizada") : status == Current ? tr("En curso") : QVariant();
    case Qt::FontRole:
        if (status == Current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ActualColumn && m_timer.hasRun(activity.number) &&
            m_timer.remainingMs(activity.number) < 0)
            return QColor(0xb0, 0x00, 0x20);
        if (status == Done)
            return MutedText::on(QPalette());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != TitleColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ActivityNumberRole:
        return activity.number;
    case StatusRole:
        return int(status);
    default:
        return {};
    }
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Item *item = itemAt(index);
    if (!item || role != Qt::EditRole || index.column() != PlannedColumn)
        return false;
    bool ok = false;
    const int minutes = value.toInt(&ok);
    if (!ok)
        return false;
    if (item->activity)
        m_timer.setPlannedMinutes(item->activity, minutes);
    else
        m_timer.setBreakMinutes(item->breakId, minutes);
    return true;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == PlannedColumn)
        return tr("Minutos planeados: nuestra propuesta, salvo los que fija la guía");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Actividad");
    case PlannedColumn:
        return tr("Plan");
    case ActualColumn:
        return tr("Real");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (itemAt(index) && index.column() == PlannedColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace fcte
