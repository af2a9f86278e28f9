#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace fcte {

class ParticipationController;

// Where the phones join: the network to serve on (each interface by name and address), on and
// off, the QR code and the address to type, a new code, and the code on the room's screen.
class ParticipationDialog : public QDialog {
    Q_OBJECT
public:
    ParticipationDialog(ParticipationController &controller, QWidget *parent = nullptr);

    QComboBox *networks() const { return m_networks; }
    QString addressText() const;

private:
    void toggle();
    void refresh();

    ParticipationController &m_controller;
    QComboBox *m_networks = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_project = nullptr;
};

} // namespace fcte
