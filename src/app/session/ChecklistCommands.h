#pragma once

#include "core/model/Records.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace fcte {

// One person's attendance changed (marked present or absent, a time of arrival), as one step to
// undo. The dialog applies a state and says whether the bitácora took it; a step whose write
// fails, either way, leaves the history (the dialog has told why).
class AttendanceCommand : public QUndoCommand {
public:
    // nullopt: attendance not taken.
    using State = std::optional<Attendance>;
    using Apply = std::function<bool(qint64 participantId, const State &state)>;
    AttendanceCommand(Apply apply, qint64 participantId, State before, State after);
    void redo() override;
    void undo() override;

private:
    Apply m_apply;
    qint64 m_participantId;
    State m_before;
    State m_after;
};

// An item of the preparation checklist ticked or unticked, as one step to undo.
class ReadyTickCommand : public QUndoCommand {
public:
    using Apply = std::function<bool(const QString &key, bool ready)>;
    ReadyTickCommand(Apply apply, const QString &key, bool ready);
    void redo() override;
    void undo() override;

private:
    Apply m_apply;
    QString m_key;
    bool m_ready;
};

} // namespace fcte
