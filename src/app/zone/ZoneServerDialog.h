#pragma once

#include <QDialog>

class QLineEdit;

namespace fcte {

// Where the zone's PostgreSQL is: its address, kept for next time, and its password, asked and
// kept only while the program runs (never written anywhere). A password typed inside the
// address is taken out of it before the address is kept.
class ZoneServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ZoneServerDialog(const QString &purpose, QWidget *parent = nullptr);

    QString url() const;
    QString password() const;

    // The address kept from the last time (settings), without a password.
    static QString savedUrl();

    void accept() override;

private:
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace fcte
