#pragma once

#include <QDialog>

class QListWidget;

namespace fcte {

// Lists the bitácora's backups, newest first; the chosen one replaces the bitácora after the
// current file is moved aside.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);
    QString chosenBackup() const;

private:
    QListWidget *m_list = nullptr;
};

} // namespace fcte
