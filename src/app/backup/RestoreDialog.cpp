#include "app/backup/RestoreDialog.h"
#include "app/PlainLabel.h"

#include "core/session/Backups.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fcte {

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restaurar una copia de seguridad"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(tr("Elija la copia que reemplazará a la bitácora. La bitácora actual "
                                "no se borra: se aparta junto a ella con la marca «antes»."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("backupsListWidget"));
    const QLocale locale;
    for (const Backups::Item &item : Backups(databasePath).list()) {
        auto *row = new QListWidgetItem(tr("%1 · %2 KiB")
                                            .arg(locale.toString(item.takenAt, QLocale::LongFormat))
                                            .arg((item.bytes + 1023) / 1024),
                                        m_list);
        row->setData(Qt::UserRole, item.path);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Restaurar"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 380);
}

QString RestoreDialog::chosenBackup() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace fcte
