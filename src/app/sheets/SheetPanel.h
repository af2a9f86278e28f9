#pragma once

#include <QTabWidget>

#include <functional>

class QUndoStack;

namespace fcte {

class Bitacora;
struct Activity;

// The sheets of one activity, one tab each, built from the guide's sheet kinds.
class SheetPanel : public QTabWidget {
    Q_OBJECT
public:
    // Each sheet gets the undo history of its own kind: Ctrl+Z then only changes the sheet in
    // front, never one the recorder cannot see.
    using UndoStackFor = std::function<QUndoStack &(const QString &kind)>;
    SheetPanel(Bitacora &bitacora, const UndoStackFor &undoStackFor, const Activity &activity,
               QWidget *parent = nullptr);

    // The sheet widget of that kind, or nullptr when this activity does not use it.
    QWidget *sheet(const QString &kind) const;
    // The kind of the sheet in front, or an empty string when there is none.
    QString currentKind() const;
    // While the operator window itself is what the room sees (F11): private sheets out of sight
    // and struck entries hidden, as the projection never shows them.
    void setPresenting(bool presenting);

Q_SIGNALS:
    void currentKindChanged(const QString &kind);

private:
    QHash<QString, QWidget *> m_sheets;
    QStringList m_kinds; // in tab order
};

} // namespace fcte
