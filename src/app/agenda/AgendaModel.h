#pragma once

#include <QAbstractItemModel>

namespace fcte {

class Guide;
class SessionTimer;

// The session outline: sections at the top level, their activities (and the break) below, with
// planned and actual minutes and where the session stands. Planned minutes are edited in place.
class AgendaModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, PlannedColumn, ActualColumn, ColumnCount };
    enum Status { Pending, Current, Done };
    static constexpr int ActivityNumberRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

    AgendaModel(const Guide &guide, SessionTimer &timer, QObject *parent = nullptr);

    void setCurrentActivity(int number);
    QModelIndex indexOfActivity(int number) const;
    // Re-reads planned and actual minutes (the timer bar ticks; so does this).
    void refreshTimes();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Item {
        int activity = 0;   // 0 for a break
        qint64 breakId = 0; // for a break
    };
    void rebuild();
    Status statusOf(int activityNumber) const;
    const Item *itemAt(const QModelIndex &index) const;
    int breakMinutes(qint64 breakId) const;

    const Guide &m_guide;
    SessionTimer &m_timer;
    QVector<QVector<Item>> m_rows;
    QVector<int> m_breakPositions; // after which activity each break is, as last built
    int m_current = 0;
};

} // namespace fcte
