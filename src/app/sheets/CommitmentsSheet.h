#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace fcte {

class Bitacora;
class CommitmentModel;

// Activities 14–15: each participant's commitment, typed in the guide's sentence starters.
class CommitmentsSheet : public QWidget {
    Q_OBJECT
public:
    CommitmentsSheet(Bitacora &bitacora, QUndoStack &undoStack, int activity,
                     QWidget *parent = nullptr);

    CommitmentModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFromForm();
    void refreshParticipants();

    Bitacora &m_bitacora;
    CommitmentModel *m_model = nullptr;
    QComboBox *m_participant = nullptr;
    QLineEdit *m_studentsNeed = nullptr;
    QLineEdit *m_actions = nullptr;
    QLineEdit *m_shareHow = nullptr;
    QLineEdit *m_evidence = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace fcte
