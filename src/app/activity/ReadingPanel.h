#pragma once

#include <QDialog>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fcte {

class Bitacora;
struct Activity;

// The text of an activity's reading for this session: the app never ships the guide's text, so
// the director pastes or loads it (stored with the session) to show and project it for reading
// aloud, its source always cited.
class ReadingPanel : public QWidget {
    Q_OBJECT
public:
    // The largest text file loaded: a reading is a few pages, not a book.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    explicit ReadingPanel(Bitacora &bitacora, QWidget *parent = nullptr);

    void setActivity(const Activity &activity);
    QString statusText() const;

    void editText();
    // Loads a text file (UTF-8 or Windows-1252); false, with a message, when it cannot.
    bool loadFile(const QString &path);

private:
    void chooseFile();
    void removeText();
    void refresh();

    Bitacora &m_bitacora;
    int m_activity = 0;
    QString m_title;
    QLabel *m_status = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_remove = nullptr;
};

// Typing or pasting a reading's text. Cancelling after a change asks first.
class ReadingTextDialog : public QDialog {
    Q_OBJECT
public:
    ReadingTextDialog(const QString &title, const QString &text, QWidget *parent = nullptr);
    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

    void reject() override;

private:
    QPlainTextEdit *m_editor = nullptr;
    QString m_original;
};

} // namespace fcte
