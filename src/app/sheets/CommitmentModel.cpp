#include "app/sheets/CommitmentModel.h"
#include "app/MutedText.h"

#include "app/sheets/EntryModel.h"
#include "app/sheets/SheetCommands.h"
#include "core/session/Bitacora.h"

#include <QFont>
#include <QPalette>
#include <QUndoStack>

namespace fcte {

CommitmentModel::CommitmentModel(Bitacora &bitacora, QUndoStack &undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_bitacora(bitacora)
    , m_undoStack(undoStack)
{
    connect(&bitacora, &Bitacora::commitmentsChanged, this, &CommitmentModel::reload);
    connect(&bitacora, &Bitacora::rosterChanged, this, &CommitmentModel::reload);
    reload();
}

void CommitmentModel::reload()
{
    beginResetModel();
    m_commitments = m_bitacora.commitments();
    endResetModel();
}

int CommitmentModel::rowOfCommitment(qint64 id) const
{
    for (int row = 0; row < m_commitments.size(); ++row) {
        if (m_commitments.at(row).id == id)
            return row;
    }
    return -1;
}

bool CommitmentModel::addCommitment(const Commitment &commitment)
{
    Commitment added = commitment;
    added.id = 0;
    const int indexBefore = m_undoStack.index();
    m_undoStack.push(new AddCommitmentCommand(m_bitacora, added));
    return m_undoStack.index() != indexBefore;
}

void CommitmentModel::toggleStruck(int row)
{
    if (row < 0 || row >= m_commitments.size())
        return;
    const Commitment &commitment = m_commitments.at(row);
    m_undoStack.push(
        new StrikeCommitmentCommand(m_bitacora, commitment.id, !commitment.isStruck()));
}

int CommitmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commitments.size());
}

int CommitmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_commitments.size())
        return {};
    const Commitment &commitment = m_commitments.at(index.row());
    switch (role) {
    case CommitmentIdRole:
        return commitment.id;
    case EntryModel::StruckRole:
        return commitment.isStruck();
    case EntryModel::ChoicesRole: {
        if (index.column() != ParticipantColumn)
            return {};
        QVariantList choices;
        choices << QVariantMap{{QStringLiteral("id"), qint64(0)},
                               {QStringLiteral("label"), tr("(nadie)")}};
        for (const Participant &person : m_bitacora.participants())
            choices << QVariantMap{{QStringLiteral("id"), person.id},
                                   {QStringLiteral("label"), person.name}};
        return choices;
    }
    case Qt::FontRole:
        if (commitment.isStruck()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (commitment.isStruck())
            return MutedText::on(QPalette());
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ParticipantColumn:
            if (role == Qt::EditRole)
                return commitment.participantId;
            // "Name (School)": in a room of several schools, names alone are ambiguous.
            return m_bitacora.participantWithSchool(commitment.participantId);
        case StudentsNeedColumn:
            return commitment.studentsNeed;
        case ActionsColumn:
            return commitment.actions;
        case ShareHowColumn:
            return commitment.shareHow;
        case EvidenceColumn:
            return commitment.evidence;
        }
        return {};
    default:
        return {};
    }
}

bool CommitmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_commitments.size())
        return false;
    const Commitment before = m_commitments.at(index.row());
    Commitment after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case ParticipantColumn:
        after.participantId = value.toLongLong();
        break;
    case StudentsNeedColumn:
        after.studentsNeed = text;
        break;
    case ActionsColumn:
        after.actions = text;
        break;
    case ShareHowColumn:
        after.shareHow = text;
        break;
    case EvidenceColumn:
        after.evidence = text;
        break;
    }
    if (after.participantId == before.participantId && after.studentsNeed == before.studentsNeed &&
        after.actions == before.actions && after.shareHow == before.shareHow &&
        after.evidence == before.evidence)
        return true;
    m_undoStack.push(new EditCommitmentCommand(m_bitacora, before, after));
    return true;
}

QVariant CommitmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    // The guide's sentence starters whole in the tooltip (and the form above); short in the
    // header, where five columns share a laptop's width.
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StudentsNeedColumn:
            return tr("Mis alumnos requieren mejorar…");
        case ActionsColumn:
            return tr("Me comprometo a implementar…");
        case ShareHowColumn:
            return tr("Compartiré los resultados en marzo mediante…");
        case EvidenceColumn:
            return tr("Evidencias e instrumentos");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ParticipantColumn:
        return tr("Participante");
    case StudentsNeedColumn:
        return tr("Requieren mejorar…");
    case ActionsColumn:
        return tr("Me comprometo a…");
    case ShareHowColumn:
        return tr("Compartiré mediante…");
    case EvidenceColumn:
        return tr("Evidencias");
    }
    return {};
}

Qt::ItemFlags CommitmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace fcte
