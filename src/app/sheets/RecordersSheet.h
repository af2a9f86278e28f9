#pragma once

#include <QWidget>

class QListWidget;
class QUndoStack;

namespace fcte {

class Bitacora;

// Activity 3: tick who records the information and the agreements in the bitácora.
class RecordersSheet : public QWidget {
    Q_OBJECT
public:
    RecordersSheet(Bitacora &bitacora, QUndoStack &undoStack, QWidget *parent = nullptr);

private:
    void reload();

    Bitacora &m_bitacora;
    QUndoStack &m_undoStack;
    QListWidget *m_people = nullptr;
};

} // namespace fcte
