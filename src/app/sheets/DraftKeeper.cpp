#include "DraftKeeper.h"

#include "DebouncedSaver.h"
#include "session/Bitacora.h"

#include <QComboBox>
#include <QLineEdit>

namespace fcte {

DraftKeeper::DraftKeeper(Bitacora &bitacora, int activity, const QString &prefix, QObject *parent)
    : QObject(parent)
    , m_bitacora(bitacora)
    , m_activity(activity)
    , m_prefix(prefix + QLatin1Char('/'))
    , m_drafts(bitacora.drafts(activity))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(DebouncedSaver::DelayMs);
    connect(&m_pause, &QTimer::timeout, this, &DraftKeeper::flush);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(DebouncedSaver::MaxWaitMs);
    connect(&m_maxWait, &QTimer::timeout, this, &DraftKeeper::flush);
}

DraftKeeper::~DraftKeeper()
{
    flush();
}

void DraftKeeper::keep(QLineEdit *edit, const QString &name)
{
    const QString field = m_prefix + name;
    const QString draft = m_drafts.value(field);
    if (!draft.isEmpty() && edit->text().isEmpty()) {
        m_restoring = true;
        edit->setText(draft);
        m_restoring = false;
    }
    connect(edit, &QLineEdit::textChanged, this,
            [this, field](const QString &text) { changed(field, text); });
}

void DraftKeeper::keep(QComboBox *combo, const QString &name)
{
    const QString field = m_prefix + name;
    const QString draft = m_drafts.value(field);
    if (!draft.isEmpty()) {
        int index = combo->findData(draft);
        if (index < 0)
            index = combo->findData(draft.toLongLong());
        if (index >= 0) {
            m_restoring = true;
            combo->setCurrentIndex(index);
            m_restoring = false;
        }
    }
    connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
        // The first item is "nobody chosen yet": no draft.
        changed(field, combo->currentIndex() > 0 ? combo->currentData().toString() : QString());
    });
}

void DraftKeeper::changed(const QString &field, const QString &text)
{
    if (m_restoring)
        return;
    m_pending.insert(field, text);
    if (text.isEmpty()) {
        flush(); // the line was entered or wiped: its draft must not come back
        return;
    }
    if (!m_maxWait.isActive())
        m_maxWait.start();
    m_pause.start();
}

void DraftKeeper::flush()
{
    m_pause.stop();
    m_maxWait.stop();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (!m_bitacora.saveDraft(m_activity, it.key(), it.value())) {
            m_pause.start(DebouncedSaver::RetryMs); // the field keeps its text; try again
            return;
        }
        m_drafts.insert(it.key(), it.value());
        it = m_pending.erase(it);
    }
}

} // namespace fcte
