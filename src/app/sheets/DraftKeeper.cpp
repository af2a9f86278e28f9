#include "app/sheets/DraftKeeper.h"

#include "app/sheets/DebouncedSaver.h"
#include "core/session/Bitacora.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSet>
#include <QStyle>

namespace fcte {
namespace {

// Drafts saved by this run of the program (bitácora, session, activity, field): any other draft
// found when a sheet is built was left by an earlier run. Keyed by session too: a run may open
// several sessions, and one session's draft says nothing of another's.
QSet<QString> &savedThisRun()
{
    static QSet<QString> saved;
    return saved;
}

QString runKey(const Bitacora &bitacora, int activity, const QString &field)
{
    return bitacora.databasePath() + QLatin1Char('\n') + QString::number(bitacora.sessionId()) +
           QLatin1Char('/') + QString::number(activity) + QLatin1Char('/') + field;
}

} // namespace

// The mark of a recovered draft in its field, gone (and the field as before) once the field is
// emptied. A child of the field: it lives no longer than the field does.
class RecoveredMark : public QObject {
public:
    explicit RecoveredMark(QLineEdit *edit)
        : QObject(edit)
        , m_edit(edit)
        , m_plain(edit->palette())
        , m_accessible(edit->accessibleDescription())
    {
        m_sign = edit->addAction(edit->style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                 QLineEdit::LeadingPosition);
        m_sign->setObjectName(QStringLiteral("recoveredDraftAction"));
        m_sign->setToolTip(DraftKeeper::tr("Texto recuperado: quedó escrito sin agregar la vez "
                                           "anterior que se usó el programa. Revíselo antes de "
                                           "seguir escribiendo."));
        QPalette tinted = m_plain;
        tinted.setColor(QPalette::Base, QColor(0xff, 0xf3, 0xcd));
        edit->setPalette(tinted);
        edit->setAccessibleDescription(m_sign->toolTip());
        edit->setProperty("recoveredDraft", true);
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                remove();
        });
    }

private:
    void remove()
    {
        m_edit->removeAction(m_sign);
        delete m_sign;
        m_edit->setPalette(m_plain);
        m_edit->setAccessibleDescription(m_accessible);
        m_edit->setProperty("recoveredDraft", false);
        deleteLater();
    }

    QLineEdit *m_edit;
    QAction *m_sign = nullptr;
    QPalette m_plain;
    QString m_accessible;
};

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
        if (isFromEarlierRun(name))
            markRecovered(edit);
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

void DraftKeeper::keepText(const QString &name, const QString &text)
{
    changed(m_prefix + name, text);
}

QHash<QString, QString> DraftKeeper::storedDrafts(const QString &namePrefix) const
{
    QHash<QString, QString> found;
    const QString start = m_prefix + namePrefix;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (it.key().startsWith(start) && !it.value().isEmpty())
            found.insert(it.key().mid(start.size()), it.value());
    }
    return found;
}

bool DraftKeeper::isFromEarlierRun(const QString &name) const
{
    return !savedThisRun().contains(runKey(m_bitacora, m_activity, m_prefix + name));
}

void DraftKeeper::markRecovered(QLineEdit *edit)
{
    if (!edit->property("recoveredDraft").toBool())
        new RecoveredMark(edit);
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
        savedThisRun().insert(runKey(m_bitacora, m_activity, it.key()));
        it = m_pending.erase(it);
    }
}

} // namespace fcte
