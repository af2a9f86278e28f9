#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace fcte {

// Saves a form shortly after typing pauses, at the latest 0.5 s after the first unsaved key
// while typing goes on, and when a field loses focus: what was typed more than a second ago is
// on disk even if the recorder never stops typing. The form's destructor must call flush(): by
// the time this object dies, the fields it would read are gone.
class DebouncedSaver : public QObject {
    Q_OBJECT
public:
    static constexpr int DelayMs = 400;
    // The longest an edit waits while keys keep coming: under a second, with room for a busy
    // event loop and the disk's sync, so what was typed a second ago is on disk.
    static constexpr int MaxWaitMs = 500;
    // After a failed save (a full or read-only disk) the form keeps its text and tries again.
    static constexpr int RetryMs = 3000;

    // save returns false when the write failed.
    DebouncedSaver(std::function<bool()> save, QObject *parent = nullptr);
    ~DebouncedSaver() override;

    void watch(QLineEdit *edit);
    void watch(QPlainTextEdit *edit);
    // Saves now if anything is pending.
    void flush();
    bool isPending() const { return m_pending; }
    // Loading a form must not count as an edit.
    void setSuspended(bool suspended) { m_suspended = suspended; }

Q_SIGNALS:
    // True when something typed is not yet saved; false once it is.
    void pendingChanged(bool pending);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void setPending(bool pending);

    std::function<bool()> m_save;
    QTimer m_timer;
    QTimer m_maxWait; // started by the first unsaved edit, not restarted by later ones
    bool m_pending = false;
    bool m_suspended = false;
};

} // namespace fcte
