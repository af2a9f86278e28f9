#include "app/evidence/RemoveEvidenceCommand.h"

#include "core/session/Bitacora.h"

#include <QCoreApplication>

namespace fcte {

RemoveEvidenceCommand::RemoveEvidenceCommand(Bitacora &bitacora, const Evidence &evidence)
    : QUndoCommand(QCoreApplication::translate("RemoveEvidenceCommand", "quitar «%1»")
                       .arg(evidence.fileName))
    , m_bitacora(bitacora)
    , m_evidence(evidence)
    , m_data(bitacora.evidenceData(evidence.id))
    , m_original(evidence.hasOriginal ? bitacora.evidenceOriginal(evidence.id) : QByteArray())
{}

void RemoveEvidenceCommand::redo()
{
    // Bytes that could not be read are never removed: there would be nothing to put back.
    if (m_data.isEmpty() || !m_bitacora.removeEvidence(m_evidence))
        setObsolete(true);
}

void RemoveEvidenceCommand::undo()
{
    Evidence back = m_evidence;
    if (!m_bitacora.addEvidence(back, m_data, m_original))
        setObsolete(true);
}

} // namespace fcte
