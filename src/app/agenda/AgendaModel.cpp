#include "AgendaModel.h"

#include "guide/Guide.h"

#include <QFont>
#include <QPalette>

namespace fcte {
namespace {
// internalId 0 marks a section row; an activity row stores its section's row plus one.
constexpr quintptr SectionRow = 0;
} // namespace

AgendaModel::AgendaModel(const Guide &guide, QObject *parent)
    : QAbstractItemModel(parent)
    , m_guide(guide)
{}

void AgendaModel::setCurrentActivity(int number)
{
    if (number == m_current)
        return;
    m_current = number;
    announceAllActivitiesChanged();
}

void AgendaModel::setSchoolCount(int count)
{
    if (count == m_schoolCount)
        return;
    m_schoolCount = count;
    announceAllActivitiesChanged();
}

void AgendaModel::announceAllActivitiesChanged()
{
    for (int s = 0; s < m_guide.sections.size(); ++s) {
        const QModelIndex section = index(s, 0);
        const int last = rowCount(section) - 1;
        if (last >= 0)
            Q_EMIT dataChanged(index(0, 0, section), index(last, ColumnCount - 1, section));
    }
}

QModelIndex AgendaModel::indexOfActivity(int number) const
{
    for (int s = 0; s < m_guide.sections.size(); ++s) {
        const auto &activities = m_guide.sections.at(s).activities;
        for (int a = 0; a < activities.size(); ++a) {
            if (activities.at(a).number == number)
                return createIndex(a, 0, quintptr(s + 1));
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
        return m_guide.sections.size();
    if (parent.internalId() == SectionRow && parent.column() == 0)
        return m_guide.sections.at(parent.row()).activities.size();
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

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == SectionRow) {
        const Section &section = m_guide.sections.at(index.row());
        if (role == Qt::DisplayRole && index.column() == TitleColumn)
            return tr("%1. %2").arg(section.number).arg(section.title);
        if (role == Qt::DisplayRole && index.column() == MinutesColumn) {
            int minutes = 0;
            for (const Activity &activity : section.activities)
                minutes += m_guide.plannedMinutes(activity, m_schoolCount);
            return minutes;
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }

    const Activity &activity =
        m_guide.sections.at(int(index.internalId() - 1)).activities.at(index.row());
    const Status status = statusOf(activity.number);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn) {
            const QString mark = status == Current ? QStringLiteral("▶ ")
                                 : status == Done  ? QStringLiteral("✓ ")
                                                   : QString();
            return QString(mark + tr("%1. %2").arg(activity.number).arg(activity.title));
        }
        return m_guide.plannedMinutes(activity, m_schoolCount);
    case Qt::ToolTipRole:
        if (index.column() == MinutesColumn)
            return tr("Minutos planeados");
        return status == Done ? tr("Realizada") : status == Current ? tr("En curso") : QVariant();
    case Qt::FontRole:
        if (status == Current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (status == Done)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MinutesColumn)
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

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Actividad") : tr("Min");
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace fcte
