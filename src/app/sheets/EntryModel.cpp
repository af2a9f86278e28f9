#include "app/sheets/EntryModel.h"
#include "app/MutedText.h"
#include "app/PlainToolTip.h"

#include "app/sheets/SheetCommands.h"
#include "core/session/Bitacora.h"

#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QUndoStack>

namespace fcte {
namespace {

QVariantMap choice(qint64 id, const QString &label)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
}

} // namespace

EntryModel::EntryModel(Bitacora &bitacora, QUndoStack &undoStack, const SheetSpec &spec,
                       const QStringList &categories, int activity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_bitacora(bitacora)
    , m_undoStack(undoStack)
    , m_spec(spec)
    , m_categories(categories)
    , m_activity(activity)
{
    m_columns << Column::Text;
    if (!m_categories.isEmpty())
        m_columns << Column::Category;
    if (m_spec.schoolTag != SheetSpec::SchoolTag::None)
        m_columns << Column::Schools;
    if (m_spec.teamTag)
        m_columns << Column::Team;
    if (m_spec.participantTag)
        m_columns << Column::Participant;
    if (!m_spec.markLabel.isEmpty())
        m_columns << Column::Mark;

    connect(&bitacora, &Bitacora::entryAdded, this, &EntryModel::onAdded);
    connect(&bitacora, &Bitacora::entryUpdated, this, &EntryModel::onUpdated);
    connect(&bitacora, &Bitacora::entryRemoved, this, &EntryModel::onRemoved);
    connect(&bitacora, &Bitacora::sheetReordered, this, [this](const QString &sheet) {
        if (sheet == m_spec.id)
            reload();
    });
    connect(&bitacora, &Bitacora::rosterChanged, this, [this] {
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    reload();
}

void EntryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    for (const Entry &entry : m_bitacora.entries(m_spec.id)) {
        // What a follow-up carried from the earlier session is reviewed, not listed as new.
        if ((m_showStruck || !entry.isStruck()) && !entry.isCarriedAgreement())
            m_entries << entry;
    }
    endResetModel();
}

void EntryModel::setShowStruck(bool show)
{
    if (show == m_showStruck)
        return;
    m_showStruck = show;
    reload();
}

int EntryModel::rowOfEntry(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void EntryModel::onAdded(const Entry &entry)
{
    if (entry.sheet != m_spec.id || entry.isCarriedAgreement())
        return;
    // Appended entries (the typing path) are inserted in place; a redo at an earlier position
    // reloads, since positions of the rows after it changed.
    if (m_entries.isEmpty() || entry.position > m_entries.last().position) {
        beginInsertRows({}, m_entries.size(), m_entries.size());
        m_entries << entry;
        endInsertRows();
    } else {
        reload();
    }
}

void EntryModel::onUpdated(const Entry &entry)
{
    if (entry.sheet != m_spec.id || entry.isCarriedAgreement())
        return;
    const int row = rowOfEntry(entry.id);
    if (row < 0) {
        if (m_showStruck || !entry.isStruck())
            reload();
        return;
    }
    if (!m_showStruck && entry.isStruck()) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        return;
    }
    m_entries[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void EntryModel::onRemoved(qint64 id, const QString &sheet)
{
    if (sheet != m_spec.id)
        return;
    const int row = rowOfEntry(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

qint64 EntryModel::addEntry(Entry entry)
{
    entry.text = entry.text.trimmed();
    if (entry.text.isEmpty())
        return 0;
    entry.id = 0;
    entry.sheet = m_spec.id;
    entry.activity = m_activity;
    entry.position = -1;
    const int indexBefore = m_undoStack.index();
    m_undoStack.push(new AddEntryCommand(m_bitacora, entry));
    // A failed write makes the command obsolete and the stack drops it without advancing.
    if (m_undoStack.index() == indexBefore)
        return 0;
    return static_cast<const AddEntryCommand *>(m_undoStack.command(m_undoStack.index() - 1))
        ->entryId();
}

void EntryModel::toggleStruck(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry &entry = m_entries.at(row);
    m_undoStack.push(new StrikeEntryCommand(m_bitacora, entry.id, !entry.isStruck()));
}

bool EntryModel::moveRow(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_entries.size() || target < 0 || target >= m_entries.size())
        return false;
    const Entry &entry = m_entries.at(row);
    m_undoStack.push(
        new MoveEntryCommand(m_bitacora, entry.id, entry.position, m_entries.at(target).position));
    return true;
}

void EntryModel::toggleSchool(int row, qint64 schoolId)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry before = m_entries.at(row);
    Entry after = before;
    if (m_spec.schoolTag == SheetSpec::SchoolTag::One)
        after.schoolIds =
            before.schoolIds.contains(schoolId) ? QVector<qint64>{} : QVector<qint64>{schoolId};
    else if (!after.schoolIds.removeOne(schoolId))
        after.schoolIds << schoolId;
    commitEdit(before, after);
}

void EntryModel::commitEdit(const Entry &before, const Entry &after)
{
    m_undoStack.push(new EditEntryCommand(m_bitacora, before, after));
}

int EntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString EntryModel::schoolsText(const Entry &entry) const
{
    QStringList names;
    for (qint64 id : entry.schoolIds)
        names << m_bitacora.schoolName(id);
    return names.join(QStringLiteral(", "));
}

QVariant EntryModel::choices(Column column) const
{
    QVariantList list;
    switch (column) {
    case Column::Category:
        for (int i = 0; i < m_categories.size(); ++i)
            list << choice(i, m_categories.at(i));
        break;
    case Column::Schools:
        list << choice(0, tr("(ninguna)"));
        for (const School &school : m_bitacora.schools())
            list << choice(school.id, school.name);
        break;
    case Column::Team:
        list << choice(0, tr("(ninguno)"));
        for (const Team &team : m_bitacora.teams())
            list << choice(team.id, team.name);
        break;
    case Column::Participant:
        list << choice(0, tr("(nadie)"));
        for (const Participant &person : m_bitacora.participants())
            list << choice(person.id, person.name);
        break;
    default:
        return {};
    }
    return list;
}

QVariant EntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case StruckRole:
        return entry.isStruck();
    case ChoicesRole:
        return choices(column);
    case Qt::FontRole:
        if (entry.isStruck()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (entry.isStruck())
            return MutedText::on(QPalette());
        return {};
    case Qt::ToolTipRole:
        if (entry.isStruck())
            return tr("Tachada el %1. Supr la restaura.")
                .arg(QLocale().toString(entry.struckAt.toLocalTime(), QLocale::ShortFormat));
        if (column != Column::Text && column != Column::Mark)
            return plainToolTip(data(index, Qt::DisplayRole).toString()); // a name, whole
        return {};
    case Qt::CheckStateRole:
        if (column == Column::Mark)
            return entry.marked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case Column::Text:
        return entry.text;
    case Column::Category:
        if (edit)
            return qint64(entry.category);
        return m_categories.value(entry.category);
    case Column::Schools:
        if (edit)
            return entry.schoolIds.isEmpty() ? 0 : entry.schoolIds.first();
        return schoolsText(entry);
    case Column::Team:
        return edit ? QVariant(entry.teamId) : QVariant(m_bitacora.teamName(entry.teamId));
    case Column::Participant:
        return edit ? QVariant(entry.participantId)
                    : QVariant(m_bitacora.participantName(entry.participantId));
    case Column::Mark:
        return {};
    }
    return {};
}

bool EntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return false;
    const Entry &before = m_entries.at(index.row());
    Entry after = before;
    const Column column = m_columns.at(index.column());
    if (role == Qt::CheckStateRole && column == Column::Mark) {
        after.marked = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == Column::Text) {
        after.text = value.toString().trimmed();
        if (after.text.isEmpty())
            return false; // emptying an entry is not how it is removed: Supr strikes it
    } else if (column == Column::Category) {
        after.category = qMax(0, qMin(value.toInt(), int(m_categories.size()) - 1));
    } else if (column == Column::Schools) {
        const qint64 school = value.toLongLong();
        after.schoolIds = school == 0 ? QVector<qint64>{} : QVector<qint64>{school};
    } else if (column == Column::Team) {
        after.teamId = value.toLongLong();
    } else if (column == Column::Participant) {
        after.participantId = value.toLongLong();
    }
    if (after.text == before.text && after.category == before.category &&
        after.schoolIds == before.schoolIds && after.teamId == before.teamId &&
        after.participantId == before.participantId && after.marked == before.marked)
        return true;
    commitEdit(before, after);
    return true;
}

QVariant EntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_columns.at(section)) {
    case Column::Text:
        return m_spec.name;
    case Column::Category:
        return tr("Tipo");
    case Column::Schools:
        return m_spec.schoolTag == SheetSpec::SchoolTag::Many ? tr("Escuelas") : tr("Escuela");
    case Column::Team:
        return tr("Equipo");
    case Column::Participant:
        return tr("Participante");
    case Column::Mark:
        return m_spec.markLabel;
    }
    return {};
}

Qt::ItemFlags EntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Column column = m_columns.at(index.column());
    if (column == Column::Mark)
        return flags | Qt::ItemIsUserCheckable;
    // Several schools are toggled with Alt+1…9 rather than picked from one list.
    if (column == Column::Schools && m_spec.schoolTag == SheetSpec::SchoolTag::Many)
        return flags;
    return flags | Qt::ItemIsEditable;
}

} // namespace fcte
