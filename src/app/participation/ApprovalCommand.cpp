#include "app/participation/ApprovalCommand.h"

#include "app/sheets/SheetCommands.h"
#include "core/session/Bitacora.h"

#include <QCoreApplication>

namespace fcte {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApprovalCommand)
};

QString describe(const Approval &approval)
{
    if (approval.isCommitment)
        return Text::tr("aprobar un compromiso enviado");
    return Text::tr("aprobar «%1»").arg(undoExcerpt(approval.entry.text));
}

} // namespace

ApprovalCommand::ApprovalCommand(Bitacora &bitacora, const Approval &approval,
                                 std::shared_ptr<bool> written)
    : QUndoCommand(describe(approval))
    , m_bitacora(bitacora)
    , m_approval(approval)
    , m_written(written ? std::move(written) : std::make_shared<bool>(false))
{}

void ApprovalCommand::redo()
{
    *m_written = m_bitacora.approve(m_approval);
    if (!*m_written)
        setObsolete(true);
}

void ApprovalCommand::undo()
{
    if (!m_bitacora.withdraw(m_approval))
        setObsolete(true);
}

RejectionCommand::RejectionCommand(Bitacora &bitacora, QVector<qint64> submissionIds,
                                   std::shared_ptr<bool> written)
    : QUndoCommand(Text::tr("rechazar %n envío(s)", nullptr, int(submissionIds.size())))
    , m_bitacora(bitacora)
    , m_submissionIds(std::move(submissionIds))
    , m_written(written ? std::move(written) : std::make_shared<bool>(false))
{}

void RejectionCommand::redo()
{
    *m_written = m_bitacora.reject(m_submissionIds);
    if (!*m_written)
        setObsolete(true);
}

void RejectionCommand::undo()
{
    if (!m_bitacora.reopen(m_submissionIds))
        setObsolete(true);
}

} // namespace fcte
