#pragma once

#include "session/Schedule.h"

#include <QDialog>

namespace fcte {

class Guide;

// Shows how to win back the minutes behind; nothing changes unless the director accepts.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(const Guide &guide, int minutesBehind, const QVector<Trim> &trims,
                   QWidget *parent = nullptr);
};

} // namespace fcte
