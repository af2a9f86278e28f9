#pragma once

#include "core/model/Records.h"

#include <QByteArray>
#include <QUndoCommand>

namespace fcte {

class Bitacora;

// A photo or file taken out of the bitácora as one undo step: its bytes are kept here, and the
// undo puts it back with its id, its place among the activity's evidence and its schools. A
// write that fails (told by the Bitacora) leaves the history.
class RemoveEvidenceCommand : public QUndoCommand {
public:
    RemoveEvidenceCommand(Bitacora &bitacora, const Evidence &evidence);
    void redo() override;
    void undo() override;

private:
    Bitacora &m_bitacora;
    Evidence m_evidence;
    QByteArray m_data;
    QByteArray m_original;
};

} // namespace fcte
