#pragma once

#include <QDialog>
#include <QVector>

class QListWidget;
class QUndoStack;

namespace fcte {

class Guide;
class Bitacora;

// Before the session: what the guide asks to have ready — its materials, the paper sheets and
// agreements, the readings' text, and what each school arranges — as a checklist (each tick
// saved at once), and the products the bitácora will hold by the end.
class PreparationDialog : public QDialog {
    Q_OBJECT
public:
    PreparationDialog(const Guide &guide, Bitacora &bitacora, QWidget *parent = nullptr);

    QListWidget *materials() const { return m_materials; }
    QUndoStack *undoStack() const { return m_undo; }

    // "preparación 2/13", for the clock's row before the start; empty when there is nothing
    // to prepare.
    static QString readiness(const Guide &guide, const Bitacora &bitacora);

private:
    // A line of the checklist: what it says, the text its tick is kept by (the same, or with
    // the school's CCT for a school's own line), whether it is ready, and whether the program
    // tells that by itself (a reading's text, pasted or not) rather than by a tick.
    struct Item {
        QString text;
        QString key;
        bool ready = false;
        bool derived = false;
    };
    struct Group {
        QString heading;
        QVector<Item> items;
    };
    static QVector<Group> checklist(const Guide &guide, const Bitacora &bitacora);

    QListWidget *m_materials = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace fcte
