#include "app/timer/SessionSummaryDialog.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"

#include "core/guide/Guide.h"
#include "core/session/SessionTimer.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace fcte {
namespace {

int wholeMinutes(qint64 ms)
{
    return int(std::lround(double(ms) / 60000.0));
}

QTableWidgetItem *minutesItem(int minutes)
{
    auto *item = new QTableWidgetItem(QString::number(minutes));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SessionSummaryDialog::SessionSummaryDialog(const Guide &guide, const SessionTimer &timer,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sessionSummaryDialog"));
    setWindowTitle(tr("Sesión terminada"));
    auto *layout = new QVBoxLayout(this);

    const QDateTime started = timer.startedAt();
    const QDateTime ended = timer.endedAt();
    const qint64 lastedMinutes =
        started.isValid() && ended.isValid() ? wholeMinutes(started.msecsTo(ended)) : 0;
    auto *heading = plainLabel(tr("Inicio %1 · Fin %2 · Duración %3 h %4 min")
                                   .arg(started.time().toString(QStringLiteral("HH:mm")),
                                        ended.time().toString(QStringLiteral("HH:mm")))
                                   .arg(lastedMinutes / 60)
                                   .arg(lastedMinutes % 60, 2, 10, QLatin1Char('0')));
    heading->setObjectName(QStringLiteral("summaryHeadingLabel"));
    QFont bigger = heading->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    heading->setFont(bigger);
    layout->addWidget(heading);

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Actividad"), tr("Planeado (min)"), tr("Real (min)"), tr("Diferencia")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    int plannedTotal = 0;
    int actualTotal = 0;
    const auto addRow = [this](const QString &name, int planned, int actual) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *title = new QTableWidgetItem(name);
        title->setToolTip(plainToolTip(name));
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, minutesItem(planned));
        m_table->setItem(row, 2, minutesItem(actual));
        const int difference = actual - planned;
        m_table->setItem(row, 3,
                         new QTableWidgetItem(difference > 0 ? tr("+%1").arg(difference)
                                                             : QString::number(difference)));
    };
    for (const Activity &activity : guide.activities()) {
        const int planned = timer.plannedMinutes(activity.number);
        const int actual = wholeMinutes(timer.elapsedMs(activity.number));
        plannedTotal += planned;
        actualTotal += actual;
        addRow(tr("%1. %2").arg(activity.number).arg(activity.title), planned, actual);
    }
    addRow(tr("Total de las actividades"), plannedTotal, actualTotal);
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int column = 0; column < 4; ++column)
        m_table->item(m_table->rowCount() - 1, column)->setFont(bold);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox;
    QPushButton *exportButton =
        buttons->addButton(tr("Exportar la bitácora en PDF…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("summaryExportButton"));
    exportButton->setDefault(true);
    QPushButton *resume =
        buttons->addButton(tr("Reanudar la sesión"), QDialogButtonBox::ActionRole);
    resume->setObjectName(QStringLiteral("summaryResumeButton"));
    buttons->addButton(tr("Cerrar"), QDialogButtonBox::RejectRole);
    connect(exportButton, &QPushButton::clicked, this, [this] { done(Export); });
    connect(resume, &QPushButton::clicked, this, [this] { done(Resume); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace fcte
