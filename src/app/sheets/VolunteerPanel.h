#pragma once

#include <QWidget>

class QSpinBox;
class QVBoxLayout;

namespace fcte {

class Bitacora;
class ListSheetEditor;

// Activity 20: a fair random pick of plenary volunteers per school; picking a name presets the
// next impression's school and participant.
class VolunteerPanel : public QWidget {
    Q_OBJECT
public:
    VolunteerPanel(Bitacora &bitacora, ListSheetEditor &editor, QWidget *parent = nullptr);

    // Picks the volunteers and shows them; returns them by school id.
    QHash<qint64, QVector<qint64>> pickVolunteers();

private:
    Bitacora &m_bitacora;
    ListSheetEditor &m_editor;
    QSpinBox *m_count = nullptr;
    QWidget *m_results = nullptr;
};

} // namespace fcte
