#include "app/timer/TurnQueue.h"
#include "app/PlainLabel.h"

#include "app/timer/TimeFormat.h"
#include "core/session/Bitacora.h"
#include "core/session/SessionTimer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QTimer>

namespace fcte {

TurnQueue::TurnQueue(SessionTimer &timer, Bitacora &bitacora, int activity, QWidget *parent)
    : QWidget(parent)
    , m_timer(timer)
    , m_bitacora(bitacora)
    , m_activity(activity)
{
    setObjectName(QStringLiteral("turnQueue"));
    // The title beside the list, the list four lines high (it scrolls): the sheet below keeps
    // the height a laptop's screen has.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = plainLabel(tr("Orden de\npresentación\n(Ctrl+↑/↓)"));
    title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    title->setToolTip(tr("Ctrl+↑ y Ctrl+↓ cambian el orden de presentación"));
    layout->addWidget(title);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("turnListWidget"));
    m_list->setAccessibleName(tr("Turnos de las escuelas"));
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);
    connect(&m_timer, &SessionTimer::changed, this, &TurnQueue::refresh);
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &TurnQueue::refresh);
    tick->start();
    refresh();
}

void TurnQueue::refresh()
{
    const auto turns = m_timer.turns(m_activity);
    const int current = m_timer.currentTurn(m_activity);
    const int perTurn = m_timer.minutesPerTurn(m_activity);
    const int selected = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < turns.size(); ++i) {
        const SchoolTurnState &turn = turns.at(i);
        const QString name = m_bitacora.schoolName(turn.schoolId);
        const QString time = elapsedText(m_timer.turnElapsedMs(m_activity, i));
        QString line;
        if (turn.done)
            line = tr("✓ %1 · %2").arg(name, time);
        else if (i == current)
            line = tr("▶ %1 · %2 de %3 min").arg(name, time).arg(perTurn);
        else
            line = tr("   %1").arg(name);
        auto *item = new QListWidgetItem(line, m_list);
        if (i == current) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_list->setCurrentRow(qMin(selected, m_list->count() - 1));
    // As tall as its schools, up to four rows (more scroll): activity 7's page needs the height.
    const int rows = qBound(1, m_list->count(), 4);
    const int rowHeight = qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().lineSpacing() + 2);
    // A long school name brings a horizontal scroll bar: room for it, so it hides no row.
    const QScrollBar *across = m_list->horizontalScrollBar();
    m_list->setMaximumHeight(rowHeight * rows + 2 * m_list->frameWidth() +
                             (across->isVisible() ? across->sizeHint().height() : 0));
}

QStringList TurnQueue::lines() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result << m_list->item(i)->text();
    return result;
}

bool TurnQueue::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        if ((key->modifiers() & Qt::ControlModifier) && row >= 0 &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            const int target = row + (key->key() == Qt::Key_Up ? -1 : 1);
            if (target >= 0 && target < m_list->count()) {
                m_timer.moveTurn(m_activity, row, target);
                m_list->setCurrentRow(target);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fcte
