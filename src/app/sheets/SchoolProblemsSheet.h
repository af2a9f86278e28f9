#pragma once

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;

namespace fcte {

class Bitacora;
class DebouncedSaver;

// Activity 7: what each school presents — its problem, its context, and the practices that
// helped and that did not.
class SchoolProblemsSheet : public QWidget {
    Q_OBJECT
public:
    SchoolProblemsSheet(Bitacora &bitacora, QWidget *parent = nullptr);
    ~SchoolProblemsSheet() override;

    void showSchool(qint64 schoolId);

private:
    void load();
    bool save();
    QPlainTextEdit *addField(const QString &label, const QString &objectName, int row, int column,
                             int span);

    Bitacora &m_bitacora;
    qint64 m_schoolId = 0;
    QComboBox *m_school = nullptr;
    QLineEdit *m_problem = nullptr;
    QPlainTextEdit *m_socialSetting = nullptr;
    QPlainTextEdit *m_students = nullptr;
    QPlainTextEdit *m_groups = nullptr;
    QPlainTextEdit *m_staff = nullptr;
    QPlainTextEdit *m_infrastructure = nullptr;
    QPlainTextEdit *m_helped = nullptr;
    QPlainTextEdit *m_notHelped = nullptr;
    DebouncedSaver *m_saver = nullptr;
    QGridLayout *m_fields = nullptr;
};

} // namespace fcte
