#pragma once

#include <QDialog>

class QTableWidget;

namespace fcte {

class Guide;
class SessionTimer;

// The end of the session: actual start and end, and each activity's planned and actual minutes.
class SessionSummaryDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Close = 0, Export = 2, Resume = 3 };

    SessionSummaryDialog(const Guide &guide, const SessionTimer &timer, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace fcte
