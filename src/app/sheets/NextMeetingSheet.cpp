#include "app/sheets/NextMeetingSheet.h"

#include "app/sheets/DebouncedSaver.h"
#include "core/session/Bitacora.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace fcte {

NextMeetingSheet::NextMeetingSheet(Bitacora &bitacora, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
{
    setObjectName(QStringLiteral("nextMeetingSheet"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_agenda = new QPlainTextEdit;
    m_agenda->setObjectName(QStringLiteral("meetingAgendaEdit"));
    m_agenda->setTabChangesFocus(true);
    m_date = new QLineEdit;
    m_date->setObjectName(QStringLiteral("meetingDateEdit"));
    m_date->setPlaceholderText(tr("p. ej. viernes 26 de marzo"));
    m_time = new QLineEdit;
    m_time->setObjectName(QStringLiteral("meetingTimeEdit"));
    m_time->setPlaceholderText(tr("p. ej. 8:00 a 12:30"));
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("meetingPlaceEdit"));
    form->addRow(tr("&Agenda:"), m_agenda);
    form->addRow(tr("&Fecha:"), m_date);
    form->addRow(tr("&Horario:"), m_time);
    form->addRow(tr("&Lugar:"), m_place);

    const NextMeeting meeting = bitacora.nextMeeting();
    m_agenda->setPlainText(meeting.agenda);
    m_date->setText(meeting.date);
    m_time->setText(meeting.time);
    m_place->setText(meeting.place);

    m_saver = new DebouncedSaver([this] { return save(); }, this);
    m_saver->watch(m_agenda);
    m_saver->watch(m_date);
    m_saver->watch(m_time);
    m_saver->watch(m_place);
}

bool NextMeetingSheet::save()
{
    return m_bitacora.saveNextMeeting(
        NextMeeting{m_agenda->toPlainText(), m_date->text(), m_time->text(), m_place->text()});
}

NextMeetingSheet::~NextMeetingSheet()
{
    m_saver->flush();
}

} // namespace fcte
