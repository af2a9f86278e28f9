#pragma once

#include "store/Records.h"

#include <QUndoCommand>

namespace fcte {

class Bitacora;

// Undoable edits of the sheets. Each one writes through the Bitacora, which announces the change
// to every view; a write that fails marks the command obsolete so it leaves the stack.

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

} // namespace fcte
