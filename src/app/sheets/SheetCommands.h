#pragma once

#include "core/model/Records.h"

#include <QUndoCommand>

namespace fcte {

class Bitacora;

// The start of a text, to name an edit in the undo menu ("agregar «…»").
QString undoExcerpt(const QString &text);

// Undoable edits of the sheets. Each one writes through the Bitacora, which announces the change
// to every view. A write that fails, done or undone, is told by the Bitacora (saveFailed) and
// marks the command obsolete: it leaves the stack, which never offers to undo or redo a change
// that is not there.

class AddEntryCommand : public QUndoCommand {
public:
    AddEntryCommand(Bitacora &bitacora, const Entry &entry);
    void redo() override;
    void undo() override;
    qint64 entryId() const { return m_entry.id; }

private:
    Bitacora &m_bitacora;
    Entry m_entry;
};

class EditEntryCommand : public QUndoCommand {
public:
    EditEntryCommand(Bitacora &bitacora, const Entry &before, const Entry &after);
    void redo() override;
    void undo() override;

private:
    Bitacora &m_bitacora;
    Entry m_before;
    Entry m_after;
};

class StrikeEntryCommand : public QUndoCommand {
public:
    StrikeEntryCommand(Bitacora &bitacora, qint64 entryId, bool strike);
    void redo() override;
    void undo() override;

private:
    Bitacora &m_bitacora;
    qint64 m_entryId;
    bool m_strike;
};

class MoveEntryCommand : public QUndoCommand {
public:
    MoveEntryCommand(Bitacora &bitacora, qint64 entryId, int from, int to);
    void redo() override;
    void undo() override;

private:
    Bitacora &m_bitacora;
    qint64 m_entryId;
    int m_from;
    int m_to;
};

class AddCommitmentCommand : public QUndoCommand {
public:
    AddCommitmentCommand(Bitacora &bitacora, const Commitment &commitment);
    void redo() override;
    void undo() override;
    qint64 commitmentId() const { return m_commitment.id; }

private:
    Bitacora &m_bitacora;
    Commitment m_commitment;
};

class EditCommitmentCommand : public QUndoCommand {
public:
    EditCommitmentCommand(Bitacora &bitacora, const Commitment &before, const Commitment &after);
    void redo() override;
    void undo() override;

private:
    Bitacora &m_bitacora;
    Commitment m_before;
    Commitment m_after;
};

class StrikeCommitmentCommand : public QUndoCommand {
public:
    StrikeCommitmentCommand(Bitacora &bitacora, qint64 commitmentId, bool strike);
    void redo() override;
    void undo() override;

private:
    Bitacora &m_bitacora;
    qint64 m_commitmentId;
    bool m_strike;
};

// Puts a team as it was before or after an edit. A state with no name is "no such team": adding
// has an empty before, removing an empty after. A team comes back with its own id.
class TeamCommand : public QUndoCommand {
public:
    TeamCommand(Bitacora &bitacora, const Team &before, const Team &after, const QString &text);
    void redo() override;
    void undo() override;
    qint64 teamId() const { return m_after.id != 0 ? m_after.id : m_before.id; }

private:
    bool apply(Team &state);

    Bitacora &m_bitacora;
    Team m_before;
    Team m_after;
};

class RecorderCommand : public QUndoCommand {
public:
    RecorderCommand(Bitacora &bitacora, qint64 participantId, bool isRecorder);
    void redo() override;
    void undo() override;

private:
    Bitacora &m_bitacora;
    qint64 m_participantId;
    bool m_isRecorder;
};

} // namespace fcte
