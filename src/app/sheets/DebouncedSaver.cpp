#include "DebouncedSaver.h"

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
    m_pending = true;
    m_timer.start(DelayMs);
}

void DebouncedSaver::flush()
{
    m_timer.stop();
    if (!m_pending)
        return;
    m_pending = false;
    if (!m_save()) {
        m_pending = true;
        m_timer.start(RetryMs);
        return;
    }
    m_timer.setInterval(DelayMs);
}

bool DebouncedSaver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace fcte
