#pragma once

#include <QDialog>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace fcte {

class Bitacora;

// Taking attendance on the day, fast for 300 names: typing filters the list, Space marks the
// selected person present (again: absent), F2 writes the time of a late arrival. Each mark is
// saved at once.
class AttendanceDialog : public QDialog {
    Q_OBJECT
public:
    explicit AttendanceDialog(Bitacora &bitacora, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggle(int sourceRow);
    // Writes the row's mark and time; false (and told) when the bitácora did not take it.
    bool save(int sourceRow);
    void editArrival(const QModelIndex &index);
    void showCounts();

    Bitacora &m_bitacora;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace fcte
