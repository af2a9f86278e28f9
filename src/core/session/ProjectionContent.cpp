#include "core/session/ProjectionContent.h"

#include "core/guide/Guide.h"
#include "core/guide/SheetKinds.h"
#include "core/session/Bitacora.h"
#include "core/session/SessionTimer.h"

#include <QCoreApplication>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProjectionContent)
};

void addField(QVector<ProjectionContent::Line> &lines, const QString &name, const QString &value)
{
    if (!value.trimmed().isEmpty())
        lines << ProjectionContent::Line{value, name};
}

// Every screen of an activity starts with where the room is: the section and the activity.
ProjectionContent titled(const Section &section, const Activity &activity)
{
    ProjectionContent content;
    content.section = Text::tr("%1. %2").arg(section.number).arg(section.title);
    content.title = Text::tr("%1. %2").arg(activity.number).arg(activity.title);
    return content;
}

void addPrompts(ProjectionContent &content, const Activity &activity)
{
    if (!activity.starters.isEmpty()) {
        content.promptsHeading = Text::tr("Para comunicar sus compromisos");
        content.prompts = activity.starters;
    } else if (!activity.prompts.isEmpty()) {
        content.promptsHeading = Text::tr("Para orientar la conversación");
        content.prompts = activity.prompts;
    }
}

// With no sheet in front, the room reads what the activity presents (the purposes…).
void addPresented(ProjectionContent &content, const Activity &activity)
{
    for (const SessionList &list : activity.shows) {
        if (list.isAgenda())
            continue; // projected on its own (ProjectionContent::agenda)
        content.sheetName = list.heading();
        for (const QString &item : list.items)
            content.lines << ProjectionContent::Line{item, {}};
        return;
    }
}

} // namespace

ProjectionContent ProjectionContent::preview(const Section &section, const Activity &activity)
{
    ProjectionContent content = titled(section, activity);
    addPrompts(content, activity);
    for (const QString &kind : activity.sheets) {
        const SheetSpec spec = SheetKinds::spec(kind);
        if (!spec.isPrivate) {
            content.sheetName = spec.name;
            content.lines << Line{Text::tr("(aquí aparecerá lo que se registre)"), {}};
            return content;
        }
    }
    addPresented(content, activity);
    return content;
}

ProjectionContent ProjectionContent::reading(const Section &section, const Activity &activity,
                                             const QString &text)
{
    ProjectionContent content = titled(section, activity);
    content.sheetName = Text::tr("Lectura: %1").arg(activity.reading.title);
    content.citation = Text::tr("Fuente: %1").arg(activity.reading.source);
    content.bulleted = false;
    // Paragraphs are what the room reads aloud in turns: one line each, blank lines dropped.
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (!paragraph.trimmed().isEmpty())
            content.lines << Line{paragraph.trimmed(), {}};
    }
    return content;
}

ProjectionContent ProjectionContent::agenda(const Section &section, const Activity &activity,
                                            const Guide &guide, const SessionTimer &timer)
{
    ProjectionContent content = titled(section, activity);
    content.sheetName = Text::tr("Agenda de la sesión (minutos planeados)");
    for (const Section &part : guide.sections) {
        int minutes = 0;
        for (const Activity &item : part.activities)
            minutes += timer.plannedMinutes(item.number);
        const QString range = part.activities.isEmpty() ? QString()
                                                        : Text::tr("actividades %1 a %2")
                                                              .arg(part.activities.first().number)
                                                              .arg(part.activities.last().number);
        content.lines << Line{Text::tr("%1. %2").arg(part.number).arg(part.title),
                              Text::tr("%1 min · %2").arg(minutes).arg(range)};
        // Each activity's time, as step 3 asks, saying whose minutes they are.
        for (const Activity &item : part.activities) {
            const int planned = timer.plannedMinutes(item.number);
            content.lines << Line{Text::tr("%1. %2").arg(item.number).arg(item.title),
                                  item.minutesFromGuide && item.minutesPerTurn > 0
                                      ? Text::tr("%1 min · la guía: %2 por escuela como máximo")
                                            .arg(planned)
                                            .arg(timer.minutesPerTurn(item.number))
                                      : Text::tr("%1 min · propuesta").arg(planned)};
            for (const BreakItem &pause : timer.breaks()) {
                if (pause.minutes > 0 && pause.afterActivity == item.number)
                    content.lines << Line{Text::tr("Receso (propuesta) después de la actividad %1")
                                              .arg(pause.afterActivity),
                                          Text::tr("%1 min").arg(pause.minutes)};
            }
        }
    }
    for (const QString &product : guide.products)
        content.lines << Line{product, Text::tr("Producto de la sesión")};
    return content;
}

ProjectionContent ProjectionContent::build(const Section &section, const Activity &activity,
                                           const QString &sheetKind, const Bitacora &bitacora,
                                           qint64 schoolId)
{
    ProjectionContent content = titled(section, activity);
    addPrompts(content, activity);
    if (sheetKind.isEmpty() || !activity.sheets.contains(sheetKind)) {
        addPresented(content, activity);
        return content;
    }
    const SheetSpec spec = SheetKinds::spec(sheetKind);
    if (spec.isPrivate)
        return content; // individual notes stay on the laptop
    content.sheetName = spec.name;

    switch (spec.form) {
    case SheetSpec::Form::List: {
        const QStringList categories =
            spec.categoriesFromPrompts ? activity.prompts : spec.categories;
        for (const Entry &entry : bitacora.entries(sheetKind)) {
            if (entry.isStruck() || entry.isCarriedAgreement()) // reviewed, not new
                continue;
            QStringList tags;
            if (!spec.categoriesFromPrompts && entry.category < categories.size() &&
                !categories.isEmpty())
                tags << categories.at(entry.category);
            for (qint64 id : entry.schoolIds)
                tags << bitacora.schoolName(id);
            if (entry.teamId)
                tags << bitacora.teamName(entry.teamId);
            if (entry.participantId)
                tags << bitacora.participantName(entry.participantId);
            content.lines << Line{entry.text, tags.join(QStringLiteral(" · "))};
        }
        break;
    }
    case SheetSpec::Form::Recorders: {
        QStringList names;
        for (const Participant &person : bitacora.participants()) {
            if (person.isRecorder)
                names << person.name;
        }
        if (!names.isEmpty())
            content.lines << Line{names.join(QStringLiteral(", ")), Text::tr("Registran")};
        break;
    }
    case SheetSpec::Form::SchoolProblems: {
        qint64 school = schoolId;
        if (school == 0 && !bitacora.schools().isEmpty())
            school = bitacora.schools().first().id;
        if (school == 0)
            break;
        content.sheetName = bitacora.schoolName(school);
        const SchoolProblem problem = bitacora.schoolProblem(school);
        // The guide's four points (activity 7): the problem, the school's context in one line,
        // the practices that helped and those that did not; so they fit the first page.
        QStringList context;
        for (const QString &part : {problem.socialSetting, problem.students, problem.groups,
                                    problem.staff, problem.infrastructure}) {
            if (!part.trimmed().isEmpty())
                context << part.trimmed();
        }
        addField(content.lines, Text::tr("Problemática"), problem.problem);
        addField(content.lines, Text::tr("Contexto"), context.join(QStringLiteral(" · ")));
        addField(content.lines, Text::tr("Prácticas que ayudaron"), problem.helped);
        addField(content.lines, Text::tr("Prácticas que no ayudaron"), problem.notHelped);
        break;
    }
    case SheetSpec::Form::Teams:
        for (const Team &team : bitacora.teams()) {
            QStringList members;
            for (qint64 id : team.memberIds)
                members << bitacora.participantName(id);
            content.lines << Line{members.join(QStringLiteral(", ")), team.name};
        }
        break;
    case SheetSpec::Form::Commitments:
        for (const Commitment &commitment : bitacora.commitments()) {
            if (commitment.isStruck())
                continue;
            content.lines << Line{ReviewBoard::commitmentText(commitment),
                                  bitacora.participantWithSchool(commitment.participantId)};
        }
        break;
    case SheetSpec::Form::Review: {
        // The speaking school's commitments, each with its state; in an activity of the whole
        // room, the collective's agreements.
        qint64 school = schoolId;
        if (school == 0 && activity.timer == TimerKind::PerSchool && !bitacora.schools().isEmpty())
            school = bitacora.schools().first().id;
        if (school == 0)
            school = ReviewBoard::Collective;
        content.sheetName = school == ReviewBoard::Collective
                                ? Text::tr("Seguimiento: acuerdos del colectivo")
                                : Text::tr("Seguimiento: %1").arg(bitacora.schoolName(school));
        for (const ReviewItem &item : bitacora.reviewItems(school)) {
            QStringList tags{Review::stateName(item.state())};
            if (const Review *latest = item.latest(); latest && !latest->indicator.isEmpty())
                tags << latest->indicator;
            content.lines << Line{Text::tr("%1: %2").arg(item.who, item.text),
                                  tags.join(QStringLiteral(" · "))};
        }
        break;
    }
    case SheetSpec::Form::NextMeeting: {
        const NextMeeting meeting = bitacora.nextMeeting();
        addField(content.lines, Text::tr("Fecha"), meeting.date);
        addField(content.lines, Text::tr("Horario"), meeting.time);
        addField(content.lines, Text::tr("Lugar"), meeting.place);
        addField(content.lines, Text::tr("Agenda"), meeting.agenda);
        break;
    }
    }
    return content;
}

} // namespace fcte
