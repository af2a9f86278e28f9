#pragma once

#include "app/session/ChecklistCommands.h"

#include <QDialog>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace fcte {

class Bitacora;

// Taking attendance on the day, fast for 300 names: typing filters the list, Space marks the
// selected person present (again: absent), F2 writes the time of a late arrival. Each mark is
// saved at once, and each mark is a step Ctrl+Z takes back.
class AttendanceDialog : public QDialog {
    Q_OBJECT
public:
    explicit AttendanceDialog(Bitacora &bitacora, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using State = AttendanceCommand::State;
    void toggle(int sourceRow);
    // A time typed in the row: a step to undo once attendance is taken.
    void arrivalTyped(int sourceRow);
    // What the bitácora holds for the row.
    State savedState(int sourceRow) const;
    // Writes the person's attendance and shows it; false (told, the row as it was) when the
    // bitácora did not take it.
    bool apply(qint64 participantId, const State &state);
    // The row's mark, and its time of arrival unless what was typed stays (a refused write).
    void showState(int sourceRow, const State &state, bool showArrival = true);
    void editArrival(const QModelIndex &index);
    void showCounts();

    Bitacora &m_bitacora;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_showing = false; // a row being shown, not typed
};

} // namespace fcte
