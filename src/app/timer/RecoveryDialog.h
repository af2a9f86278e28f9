#pragma once

#include "core/session/Schedule.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fcte {

class Guide;
class SessionTimer;

// Shows how to win back the minutes behind, with the shortest turn the director allows the
// schools still to present; nothing changes unless the director applies it.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(const Guide &guide, SessionTimer &timer, int currentActivity,
                   QWidget *parent = nullptr);

    const QVector<Trim> &trims() const { return m_trims; }
    // Applies the proposal shown.
    void accept() override;

private:
    void propose();

    const Guide &m_guide;
    SessionTimer &m_timer;
    int m_current = 0;
    QVector<Trim> m_trims;
    QLabel *m_intro = nullptr;
    QSpinBox *m_floor = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace fcte
