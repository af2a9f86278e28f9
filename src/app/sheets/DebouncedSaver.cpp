#include "app/sheets/DebouncedSaver.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace fcte {

DebouncedSaver::DebouncedSaver(std::function<bool()> save, QObject *parent)
    : QObject(parent)
    , m_save(std::move(save))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DebouncedSaver::flush);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(MaxWaitMs);
    connect(&m_maxWait, &QTimer::timeout, this, &DebouncedSaver::flush);
}

DebouncedSaver::~DebouncedSaver() = default;

void DebouncedSaver::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, this, &DebouncedSaver::changed);
    edit->installEventFilter(this);
}

void DebouncedSaver::watch(QPlainTextEdit *edit)
{
    connect(edit, &QPlainTextEdit::textChanged, this, &DebouncedSaver::changed);
    edit->installEventFilter(this);
}

void DebouncedSaver::changed()
{
    if (m_suspended)
        return;
    if (!m_maxWait.isActive())
        m_maxWait.start();
    setPending(true);
    m_timer.start(DelayMs);
}

void DebouncedSaver::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT pendingChanged(pending);
}

void DebouncedSaver::flush()
{
    m_timer.stop();
    m_maxWait.stop();
    if (!m_pending)
        return;
    if (!m_save()) {
        m_timer.start(RetryMs); // still pending: the form keeps its text
        return;
    }
    setPending(false);
}

bool DebouncedSaver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace fcte
