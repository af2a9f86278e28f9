#pragma once

#include "core/session/Approval.h"

#include <QUndoCommand>

namespace fcte {

class Bitacora;

// Approving a phone's submission as one step of the sheet's undo: undone, the entry or commitment
// goes, the person it added leaves the roster and the submission waits in the queue again; redone,
// all of it comes back with the same ids. A write that fails (told by the Bitacora) leaves the
// stack, so the stack never offers to undo what is not there.
class ApprovalCommand : public QUndoCommand {
public:
    ApprovalCommand(Bitacora &bitacora, const Approval &approval);
    void redo() override;
    void undo() override;
    const Approval &approval() const { return m_approval; }

private:
    Bitacora &m_bitacora;
    Approval m_approval;
};

} // namespace fcte
