#pragma once

#include <QDialog>

class QListWidget;

namespace fcte {

class Guide;
class SessionStore;

// Before the session: the guide's materials as a checklist (each tick saved at once), and the
// products the bitácora will hold by the end.
class PreparationDialog : public QDialog {
    Q_OBJECT
public:
    PreparationDialog(const Guide &guide, SessionStore &sessions, qint64 sessionId,
                      QWidget *parent = nullptr);

    QListWidget *materials() const { return m_materials; }

    // "2 de 3 materiales listos", for the clock's row before the start.
    static QString readiness(const Guide &guide, const SessionStore &sessions, qint64 sessionId);

private:
    QListWidget *m_materials = nullptr;
};

} // namespace fcte
