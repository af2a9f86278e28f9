#pragma once

#include "core/model/Records.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <algorithm>
#include <functional>

class QCheckBox;
class QLabel;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace fcte {

class Bitacora;

// What the phones sent, waiting for the recorder: Intro approves (it becomes an ordinary entry
// or commitment, through the same undoable path as a typed one), F2 edits before approving,
// Supr rejects (kept, with who sent it: shown struck on request, Intro takes one back). Several
// rows selected are decided together.
class ModerationQueue : public QWidget {
    Q_OBJECT
public:
    using UndoStackFor = std::function<QUndoStack &(int activity, const QString &kind)>;
    ModerationQueue(Bitacora &bitacora, UndoStackFor undoStackFor, QWidget *parent = nullptr);

    // Reads the whole queue again (after a decision).
    void refresh();
    // Once, a moment later, however many phones send meanwhile, adds what arrived at the end of
    // the list: 300 phones sending together cost the window a few small appends, never a
    // rebuild of the whole list while the recorder types.
    void scheduleRefresh();
    QTableWidget *table() const { return m_table; }
    int pendingCount() const
    {
        return int(std::count_if(m_pending.cbegin(), m_pending.cend(), [](const Submission &s) {
            return s.state == Submission::State::Pending;
        }));
    }
    QString summary() const;

    void approveSelected();
    void rejectSelected();
    void editCurrent();
    // Everything the current row's device has waiting is rejected (kept, struck), in one step,
    // and the device is blocked: it can send nothing more.
    void rejectAllFromDevice();

Q_SIGNALS:
    void pendingChanged(int count);
    void deviceBlocked(const QString &device);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVector<Submission> selected() const;
    bool approve(const Submission &submission);
    // Rejected as one undo step; false when nothing was written (told by the Bitacora).
    bool reject(const QVector<Submission> &submissions);
    static QSet<qint64> idsOf(const QVector<Submission> &submissions);
    QString whoSent(const Submission &submission) const;
    static QString textOf(const Submission &submission);
    void appendArrivals();
    void showRows(int first);
    // After a decision: the decided rows leave the list (or are struck in place), without
    // reading and drawing the whole queue again (4,000 rows took the window a second).
    void dropDecided(const QSet<qint64> &ids);
    QString whoCell(const Submission &submission) const;
    void showSummary(int rejected);

    Bitacora &m_bitacora;
    UndoStackFor m_undoStackFor;
    QVector<Submission> m_pending;
    QHash<QString, QSet<QString>> m_devicesByName; // a typed name, folded: the devices using it
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_showRejected = nullptr;
    QTimer *m_pendingRefresh = nullptr;
    bool m_deciding = false; // approving: the rows decided leave the list in one go
};

} // namespace fcte
