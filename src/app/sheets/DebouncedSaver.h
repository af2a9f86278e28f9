#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace fcte {

// Saves a form shortly after typing pauses and when a field loses focus, so a structured sheet
// reaches the bitácora within a second of any edit. The form's destructor must call flush():
// by the time this object dies, the fields it would read are gone.
class DebouncedSaver : public QObject {
    Q_OBJECT
public:
    static constexpr int DelayMs = 400;
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();

    std::function<bool()> m_save;
    QTimer m_timer;
    bool m_pending = false;
    bool m_suspended = false;
};

} // namespace fcte
