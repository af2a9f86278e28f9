#pragma once

#include <QAbstractItemModel>

namespace fcte {

class Guide;

// The session outline: sections at the top level, their activities below, with planned minutes
// and where the session stands.
class AgendaModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, MinutesColumn, ColumnCount };
    enum Status { Pending, Current, Done };
    static constexpr int ActivityNumberRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

    AgendaModel(const Guide &guide, QObject *parent = nullptr);

    void setCurrentActivity(int number);
    void setSchoolCount(int count);
    QModelIndex indexOfActivity(int number) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    Status statusOf(int activityNumber) const;
    void announceAllActivitiesChanged();

    const Guide &m_guide;
    int m_current = 0;
    int m_schoolCount = 0;
};

} // namespace fcte
