#pragma once

#include "core/model/Records.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace fcte {

class Bitacora;

// The personal commitments of the session, one row each, in the guide's sentence starters.
class CommitmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ParticipantColumn,
        StudentsNeedColumn,
        ActionsColumn,
        ShareHowColumn,
        EvidenceColumn,
        ColumnCount
    };
    static constexpr int CommitmentIdRole = Qt::UserRole + 1;

    CommitmentModel(Bitacora &bitacora, QUndoStack &undoStack, QObject *parent = nullptr);

    const Commitment &commitmentAt(int row) const { return m_commitments.at(row); }
    int rowOfCommitment(qint64 id) const;
    bool addCommitment(const Commitment &commitment);
    void toggleStruck(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reload();

    Bitacora &m_bitacora;
    QUndoStack &m_undoStack;
    QVector<Commitment> m_commitments;
};

} // namespace fcte
