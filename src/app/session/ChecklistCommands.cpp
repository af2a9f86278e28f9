#include "app/session/ChecklistCommands.h"

#include <QCoreApplication>

namespace fcte {

namespace {

QString describe(const AttendanceCommand::State &state)
{
    if (!state)
        return QCoreApplication::translate("AttendanceCommand", "quitar la marca de asistencia");
    if (!state->present)
        return QCoreApplication::translate("AttendanceCommand", "marcar ausente");
    return state->arrivedAt.isEmpty()
               ? QCoreApplication::translate("AttendanceCommand", "marcar presente")
               : QCoreApplication::translate("AttendanceCommand", "anotar la hora de llegada");
}

} // namespace

AttendanceCommand::AttendanceCommand(Apply apply, qint64 participantId, State before, State after)
    : QUndoCommand(describe(after))
    , m_apply(std::move(apply))
    , m_participantId(participantId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void AttendanceCommand::redo()
{
    if (!m_apply(m_participantId, m_after))
        setObsolete(true);
}

void AttendanceCommand::undo()
{
    if (!m_apply(m_participantId, m_before))
        setObsolete(true);
}

ReadyTickCommand::ReadyTickCommand(Apply apply, const QString &key, bool ready)
    : QUndoCommand(ready ? QCoreApplication::translate("ReadyTickCommand", "marcar como listo")
                         : QCoreApplication::translate("ReadyTickCommand", "quitar la marca"))
    , m_apply(std::move(apply))
    , m_key(key)
    , m_ready(ready)
{}

void ReadyTickCommand::redo()
{
    if (!m_apply(m_key, m_ready))
        setObsolete(true);
}

void ReadyTickCommand::undo()
{
    if (!m_apply(m_key, !m_ready))
        setObsolete(true);
}

} // namespace fcte
