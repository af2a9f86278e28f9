#pragma once

#include <QTableWidget>

#include <functional>

namespace fcte {

// A roster table typed through with the keyboard: Tab past the last cell adds a row and moves
// into it (instead of wrapping to the first row, where typing would overwrite it).
class RosterTable : public QTableWidget {
    Q_OBJECT
public:
    explicit RosterTable(QWidget *parent = nullptr);

    // Appends a row and returns its index; called when Tab leaves the last cell.
    void setRowAppender(std::function<int()> appender) { m_appender = std::move(appender); }

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    std::function<int()> m_appender;
};

} // namespace fcte
