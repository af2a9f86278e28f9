#pragma once

#include "core/model/Records.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace fcte {

class Notebook;

// A new session's roster from an earlier one: the director picks the session, then which of its
// schools come (each with its people). Schools already in the session being typed are shown but
// cannot be chosen twice.
class RosterReuseDialog : public QDialog {
    Q_OBJECT
public:
    // excludedSession: the session being edited (0 for a new one); presentCcts: the schools
    // already typed in it.
    RosterReuseDialog(const Notebook &notebook, qint64 excludedSession,
                      const QStringList &presentCcts, QWidget *parent = nullptr);

    // Whether there is any earlier session to copy from.
    bool hasSessions() const { return !m_sessions.isEmpty(); }
    QVector<School> chosenSchools() const;
    // The chosen schools' people, each with its school's id in the earlier session.
    QVector<Participant> chosenParticipants() const;

private:
    void showSchoolsOf(int sessionIndex);

    const Notebook &m_notebook;
    QStringList m_presentCcts;
    QVector<SessionInfo> m_sessions;
    QVector<School> m_schools;
    QVector<Participant> m_people;
    QComboBox *m_sessionCombo = nullptr;
    QListWidget *m_schoolList = nullptr;
};

} // namespace fcte
