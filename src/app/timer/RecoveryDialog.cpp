#include "RecoveryDialog.h"

#include "guide/Guide.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fcte {

RecoveryDialog::RecoveryDialog(const Guide &guide, int minutesBehind, const QVector<Trim> &trims,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recuperar tiempo"));
    auto *layout = new QVBoxLayout(this);
    int recovered = 0;
    for (const Trim &trim : trims)
        recovered += trim.fromMinutes - trim.toMinutes;
    auto *intro = new QLabel(
        trims.isEmpty()
            ? tr("Van %1 min de retraso y no quedan actividades que se puedan recortar.")
                  .arg(minutesBehind)
            : tr("Van %1 min de retraso. Esta propuesta recupera %2 min recortando las "
                 "actividades siguientes en proporción a su duración. Las que la guía fija "
                 "(10 minutos por escuela) no se tocan.")
                  .arg(minutesBehind)
                  .arg(recovered));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *table = new QTableWidget(int(trims.size()), 3);
    table->setObjectName(QStringLiteral("trimsTable"));
    table->setHorizontalHeaderLabels({tr("Actividad"), tr("Planeado"), tr("Propuesto")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < trims.size(); ++row) {
        const Trim &trim = trims.at(row);
        const Activity *activity = guide.activity(trim.activity);
        table->setItem(
            row, 0,
            new QTableWidgetItem(
                tr("%1. %2").arg(trim.activity).arg(activity ? activity->title : QString())));
        table->setItem(row, 1, new QTableWidgetItem(tr("%1 min").arg(trim.fromMinutes)));
        table->setItem(row, 2, new QTableWidgetItem(tr("%1 min").arg(trim.toMinutes)));
    }
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Apply)->setText(tr("Aplicar"));
    buttons->button(QDialogButtonBox::Apply)->setEnabled(!trims.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Dejar como está"));
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace fcte
