#pragma once

#include "core/session/Approval.h"

#include <QUndoCommand>
#include <QVector>

#include <memory>

namespace fcte {

class Bitacora;

// Approving a phone's submission as one step of the sheet's undo: undone, the entry or commitment
// goes, the person it added leaves the roster and the submission waits in the queue again; redone,
// all of it comes back with the same ids. A write that fails (told by the Bitacora) leaves the
// stack, so the stack never offers to undo what is not there.
class ApprovalCommand : public QUndoCommand {
public:
    // written, when given, says whether the last redo wrote the approval (the stack's count
    // cannot tell: a push drops the commands undone before it, and deletes a failed one).
    ApprovalCommand(Bitacora &bitacora, const Approval &approval,
                    std::shared_ptr<bool> written = {});
    void redo() override;
    void undo() override;
    const Approval &approval() const { return m_approval; }

private:
    Bitacora &m_bitacora;
    Approval m_approval;
    std::shared_ptr<bool> m_written;
};

// Rejecting phones' submissions as one step of the sheet's undo: undone, they wait in the queue
// again (those still rejected: one approved meanwhile stays approved).
class RejectionCommand : public QUndoCommand {
public:
    RejectionCommand(Bitacora &bitacora, QVector<qint64> submissionIds,
                     std::shared_ptr<bool> written = {});
    void redo() override;
    void undo() override;

private:
    Bitacora &m_bitacora;
    QVector<qint64> m_submissionIds;
    std::shared_ptr<bool> m_written;
};

} // namespace fcte
