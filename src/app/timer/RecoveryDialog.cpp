#include "app/timer/RecoveryDialog.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"

#include "core/guide/Guide.h"
#include "core/session/SessionTimer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fcte {

RecoveryDialog::RecoveryDialog(const Guide &guide, SessionTimer &timer, int currentActivity,
                               QWidget *parent)
    : QDialog(parent)
    , m_guide(guide)
    , m_timer(timer)
    , m_current(currentActivity)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recuperar tiempo"));
    auto *layout = new QVBoxLayout(this);
    m_intro = plainLabel();
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    // The guide gives each school at most its minutes; shorter turns are the director's call.
    int longestTurn = 0;
    for (const Activity &activity : guide.activities())
        longestTurn = qMax(longestTurn, activity.minutesPerTurn);
    m_floor = new QSpinBox;
    m_floor->setObjectName(QStringLiteral("turnFloorSpinBox"));
    m_floor->setRange(0, qMax(0, longestTurn - 1));
    m_floor->setSpecialValueText(tr("No acortar los turnos"));
    m_floor->setSuffix(tr(" min"));
    m_floor->setValue(qMin(timer.turnFloorMinutes(), m_floor->maximum()));
    m_floor->setToolTip(tr("Las escuelas que aún no presentan pueden tener turnos más cortos, "
                           "nunca menos de este mínimo."));
    auto *form = new QFormLayout;
    form->addRow(tr("Turno mínimo por escuela:"), m_floor);
    m_floor->setVisible(longestTurn > 0);
    form->labelForField(m_floor)->setVisible(longestTurn > 0);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("trimsTable"));
    m_table->setHorizontalHeaderLabels({tr("Actividad"), tr("Planeado"), tr("Propuesto")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setText(tr("Aplicar"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Dejar como está"));
    connect(m_apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_floor, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_timer.setTurnFloorMinutes(minutes); // remembered with the session
        propose();
    });
    propose();
    resize(620, 440);
}

void RecoveryDialog::accept()
{
    m_timer.applyTrims(m_trims);
    QDialog::accept();
}

void RecoveryDialog::propose()
{
    m_trims = m_timer.recoverySuggestion(m_current);
    const int behind = m_timer.summary(m_current).minutesBehind;
    int recovered = 0;
    for (const Trim &trim : m_trims)
        recovered += trim.recoveredMinutes();
    m_intro->setText(
        m_trims.isEmpty()
            ? tr("Van %1 min de retraso y no quedan actividades que se puedan recortar.")
                  .arg(behind)
            : tr("Van %1 min de retraso. Esta propuesta recupera %2 min recortando las "
                 "actividades siguientes en proporción a su duración; lo terminado y lo que está "
                 "en curso no se toca. Los turnos de las escuelas que esperan (máximo de la guía) "
                 "solo se acortan hasta el mínimo que usted elija. El plan se conserva: los "
                 "minutos ajustados se muestran a su lado.")
                  .arg(behind)
                  .arg(recovered));
    m_table->setRowCount(int(m_trims.size()));
    for (int row = 0; row < m_trims.size(); ++row) {
        const Trim &trim = m_trims.at(row);
        const Activity *activity = m_guide.activity(trim.activity);
        QString name = tr("%1. %2").arg(trim.activity).arg(activity ? activity->title : QString());
        if (trim.perTurn)
            name = trim.turns == 1 ? tr("%1 — turno de la escuela que falta").arg(name)
                                   : tr("%1 — turno de cada una de las %2 escuelas que faltan")
                                         .arg(name)
                                         .arg(trim.turns);
        auto *item = new QTableWidgetItem(name);
        item->setToolTip(plainToolTip(name));
        m_table->setItem(row, 0, item);
        m_table->setItem(row, 1, new QTableWidgetItem(tr("%1 min").arg(trim.fromMinutes)));
        m_table->setItem(row, 2, new QTableWidgetItem(tr("%1 min").arg(trim.toMinutes)));
    }
    m_apply->setEnabled(!m_trims.isEmpty());
}

} // namespace fcte
