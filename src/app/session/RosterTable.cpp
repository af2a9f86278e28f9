#include "app/session/RosterTable.h"

namespace fcte {

RosterTable::RosterTable(QWidget *parent)
    : QTableWidget(parent)
{}

QModelIndex RosterTable::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    const bool lastCell = current.isValid() && current.row() == rowCount() - 1 &&
                          current.column() == columnCount() - 1;
    if (action == MoveNext && lastCell && m_appender) {
        const int row = m_appender();
        return model()->index(row, 0);
    }
    return QTableWidget::moveCursor(action, modifiers);
}

} // namespace fcte
