#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace fcte {

class Bitacora;
class DebouncedSaver;

// Activity 21: the agenda, date, time and place of the next meeting between schools.
class NextMeetingSheet : public QWidget {
    Q_OBJECT
public:
    explicit NextMeetingSheet(Bitacora &bitacora, QWidget *parent = nullptr);
    ~NextMeetingSheet() override;

private:
    bool save();

    Bitacora &m_bitacora;
    QPlainTextEdit *m_agenda = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_time = nullptr;
    QLineEdit *m_place = nullptr;
    DebouncedSaver *m_saver = nullptr;
};

} // namespace fcte
