#include "app/sheets/SheetCommands.h"

#include "core/session/Bitacora.h"

#include <QCoreApplication>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SheetCommands)
};

} // namespace

QString undoExcerpt(const QString &text)
{
    return text.size() > 30 ? text.left(30) + QStringLiteral("…") : text;
}

AddEntryCommand::AddEntryCommand(Bitacora &bitacora, const Entry &entry)
    : QUndoCommand(Text::tr("agregar «%1»").arg(undoExcerpt(entry.text)))
    , m_bitacora(bitacora)
    , m_entry(entry)
{}

void AddEntryCommand::redo()
{
    // The first time a new id is assigned; a redo puts the entry back with the same id and place.
    if (!m_bitacora.addEntry(m_entry))
        setObsolete(true);
}

void AddEntryCommand::undo()
{
    if (!m_bitacora.removeEntry(m_entry.id))
        setObsolete(true);
}

EditEntryCommand::EditEntryCommand(Bitacora &bitacora, const Entry &before, const Entry &after)
    : QUndoCommand(Text::tr("editar «%1»").arg(undoExcerpt(after.text)))
    , m_bitacora(bitacora)
    , m_before(before)
    , m_after(after)
{}

void EditEntryCommand::redo()
{
    if (!m_bitacora.updateEntry(m_after))
        setObsolete(true);
}

void EditEntryCommand::undo()
{
    if (!m_bitacora.updateEntry(m_before))
        setObsolete(true);
}

StrikeEntryCommand::StrikeEntryCommand(Bitacora &bitacora, qint64 entryId, bool strike)
    : QUndoCommand(strike ? Text::tr("tachar") : Text::tr("restaurar"))
    , m_bitacora(bitacora)
    , m_entryId(entryId)
    , m_strike(strike)
{}

void StrikeEntryCommand::redo()
{
    if (!m_bitacora.setEntryStruck(m_entryId, m_strike))
        setObsolete(true);
}

void StrikeEntryCommand::undo()
{
    if (!m_bitacora.setEntryStruck(m_entryId, !m_strike))
        setObsolete(true);
}

MoveEntryCommand::MoveEntryCommand(Bitacora &bitacora, qint64 entryId, int from, int to)
    : QUndoCommand(Text::tr("mover"))
    , m_bitacora(bitacora)
    , m_entryId(entryId)
    , m_from(from)
    , m_to(to)
{}

void MoveEntryCommand::redo()
{
    if (!m_bitacora.moveEntry(m_entryId, m_to))
        setObsolete(true);
}

void MoveEntryCommand::undo()
{
    if (!m_bitacora.moveEntry(m_entryId, m_from))
        setObsolete(true);
}

AddCommitmentCommand::AddCommitmentCommand(Bitacora &bitacora, const Commitment &commitment)
    : QUndoCommand(Text::tr("agregar compromiso"))
    , m_bitacora(bitacora)
    , m_commitment(commitment)
{}

void AddCommitmentCommand::redo()
{
    if (!m_bitacora.addCommitment(m_commitment))
        setObsolete(true);
}

void AddCommitmentCommand::undo()
{
    if (!m_bitacora.removeCommitment(m_commitment.id))
        setObsolete(true);
}

EditCommitmentCommand::EditCommitmentCommand(Bitacora &bitacora, const Commitment &before,
                                             const Commitment &after)
    : QUndoCommand(Text::tr("editar compromiso"))
    , m_bitacora(bitacora)
    , m_before(before)
    , m_after(after)
{}

void EditCommitmentCommand::redo()
{
    if (!m_bitacora.updateCommitment(m_after))
        setObsolete(true);
}

void EditCommitmentCommand::undo()
{
    if (!m_bitacora.updateCommitment(m_before))
        setObsolete(true);
}

StrikeCommitmentCommand::StrikeCommitmentCommand(Bitacora &bitacora, qint64 commitmentId,
                                                 bool strike)
    : QUndoCommand(strike ? Text::tr("tachar compromiso") : Text::tr("restaurar compromiso"))
    , m_bitacora(bitacora)
    , m_commitmentId(commitmentId)
    , m_strike(strike)
{}

void StrikeCommitmentCommand::redo()
{
    if (!m_bitacora.setCommitmentStruck(m_commitmentId, m_strike))
        setObsolete(true);
}

void StrikeCommitmentCommand::undo()
{
    if (!m_bitacora.setCommitmentStruck(m_commitmentId, !m_strike))
        setObsolete(true);
}

TeamCommand::TeamCommand(Bitacora &bitacora, const Team &before, const Team &after,
                         const QString &text)
    : QUndoCommand(text)
    , m_bitacora(bitacora)
    , m_before(before)
    , m_after(after)
{}

bool TeamCommand::apply(Team &state)
{
    if (state.name.isEmpty())
        return m_bitacora.removeTeam(teamId());
    state.id = teamId();
    const bool saved = m_bitacora.saveTeam(state);
    // The first save of a new team gives it the id every later state uses.
    m_after.id = m_before.id = state.id;
    return saved;
}

void TeamCommand::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

void TeamCommand::undo()
{
    if (!apply(m_before))
        setObsolete(true);
}

RecorderCommand::RecorderCommand(Bitacora &bitacora, qint64 participantId, bool isRecorder)
    : QUndoCommand(isRecorder ? Text::tr("marcar a quien registra")
                              : Text::tr("desmarcar a quien registra"))
    , m_bitacora(bitacora)
    , m_participantId(participantId)
    , m_isRecorder(isRecorder)
{}

void RecorderCommand::redo()
{
    if (!m_bitacora.setRecorder(m_participantId, m_isRecorder))
        setObsolete(true);
}

void RecorderCommand::undo()
{
    if (!m_bitacora.setRecorder(m_participantId, !m_isRecorder))
        setObsolete(true);
}

} // namespace fcte
