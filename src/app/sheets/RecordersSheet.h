#pragma once

#include <QWidget>

class QListWidget;

namespace fcte {

class Bitacora;

// Activity 3: tick who records the information and the agreements in the bitácora.
class RecordersSheet : public QWidget {
    Q_OBJECT
public:
    explicit RecordersSheet(Bitacora &bitacora, QWidget *parent = nullptr);

private:
    void reload();

    Bitacora &m_bitacora;
    QListWidget *m_people = nullptr;
};

} // namespace fcte
