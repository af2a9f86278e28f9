#pragma once

#include "core/model/Records.h"

#include <QWidget>
#include <optional>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QUndoStack;

namespace fcte {

class Bitacora;

// Activity 11: teams by grade or section and their members; special teachers (Educación Física,
// Inglés, Computación, USAER) join whichever team was agreed.
class TeamsSheet : public QWidget {
    Q_OBJECT
public:
    TeamsSheet(Bitacora &bitacora, QUndoStack &undoStack, int activity, QWidget *parent = nullptr);

    // Creates one team per distinct grade or section of the participants, with its members.
    void formTeamsByGrade();
    void addTeam(const QString &name);

private:
    void reloadTeams();
    void showMembers();
    void memberToggled(QListWidgetItem *item);
    void teamRenamed(QListWidgetItem *item);
    void removeCurrentTeam();
    qint64 currentTeamId() const;
    std::optional<Team> team(qint64 id) const;

    Bitacora &m_bitacora;
    QUndoStack &m_undoStack;
    QLineEdit *m_newTeam = nullptr;
    QListWidget *m_teams = nullptr;
    QListWidget *m_members = nullptr;
};

} // namespace fcte
