#pragma once

#include "core/guide/SheetKinds.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;
class QUndoStack;

namespace fcte {

class Bitacora;
class EntryModel;

// The generic sheet: a quick entry line for typing what the room says (Enter adds, focus stays),
// the tags that new entries take, and the list of entries, all usable without the mouse.
class ListSheetEditor : public QWidget {
    Q_OBJECT
public:
    ListSheetEditor(Bitacora &bitacora, QUndoStack &undoStack, const SheetSpec &spec,
                    const QStringList &categories, int activity, QWidget *parent = nullptr);

    EntryModel *model() const { return m_model; }
    // While presenting (F11): struck entries hidden whatever the box says; back as it says after.
    void setPresenting(bool presenting);
    QLineEdit *quickEntry() const { return m_quickEntry; }
    QTableView *view() const { return m_view; }

    // Presets the tags of the next entry (used when a volunteer is picked).
    void setPendingTags(qint64 schoolId, qint64 participantId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addFromQuickEntry();
    void refreshTagChoices();
    void toggleSchoolByNumber(int number);
    void showPendingSchools();
    void selectEntry(qint64 id);
    int currentRow() const;

    Bitacora &m_bitacora;
    SheetSpec m_spec;
    EntryModel *m_model = nullptr;
    QLineEdit *m_quickEntry = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_school = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_participant = nullptr;
    QWidget *m_schoolToggles = nullptr;
    QLabel *m_pendingSchools = nullptr; // which schools the next entry takes, in words
    QList<QToolButton *> m_schoolButtons;
    QTableView *m_view = nullptr;
    QCheckBox *m_showStruck = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace fcte
