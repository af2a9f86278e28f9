#pragma once

#include "core/session/ReviewBoard.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QTableView;

namespace fcte {

class Bitacora;

// The items of one school under review, each with its latest state and what was seen. Every
// change is a new review (the history is kept); nothing is overwritten.
class ReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WhoColumn,
        TextColumn,
        StateColumn,
        IndicatorColumn,
        EvidenceColumn,
        DateColumn,
        ColumnCount
    };

    ReviewModel(Bitacora &bitacora, QObject *parent = nullptr);

    void setSchool(qint64 schoolId);
    qint64 school() const { return m_school; }
    const QVector<ReviewItem> &items() const { return m_items; }
    // Records a new state for a row, keeping its indicator and evidence.
    bool setState(int row, Review::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    void reload();
    bool record(int row, Review review);

    Bitacora &m_bitacora;
    qint64 m_school = 0;
    QVector<ReviewItem> m_items;
};

// Follow-up, live: the recorder picks the school (it follows the one speaking), moves through
// its commitments and sets each state with 1–4; F2 edits the indicator, the evidence or the date.
class ReviewSheet : public QWidget {
    Q_OBJECT
public:
    // collectiveFirst: opens on the collective's agreements (an activity of the whole room),
    // not on the first school.
    explicit ReviewSheet(Bitacora &bitacora, bool collectiveFirst = false,
                         QWidget *parent = nullptr);

    void showSchool(qint64 schoolId);
    ReviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refillSchools();

    Bitacora &m_bitacora;
    ReviewModel *m_model = nullptr;
    QComboBox *m_school = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace fcte
