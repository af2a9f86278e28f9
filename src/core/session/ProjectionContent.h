#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace fcte {

class Bitacora;
class Guide;
class SessionTimer;
struct Activity;
struct Section;

// What the classroom screen shows, as plain text. Private sheets and struck entries never get
// here: this is the one place that decides what is public.
struct ProjectionContent {
    struct Line {
        QString text;
        QString tags; // schools, team, participant: smaller, after the text
        bool operator==(const Line &other) const
        {
            return text == other.text && tags == other.tags;
        }
    };
    enum class TimerLevel { Idle, Running, Low, Overtime };

    QString section;
    QString title;
    QString promptsHeading; // "Ejes", "Enunciados"…; empty when there are none
    QStringList prompts;
    QString sheetName;
    QVector<Line> lines; // oldest first
    QString timer;       // the big clock: the activity's, or the speaking school's turn
    TimerLevel timerLevel = TimerLevel::Idle;
    QString timerNote;    // secondary, under the clock: the activity's total during the turns
    QString speaker;      // the speaking school's full name
    QString citation;     // a reading's source, at the foot of every page
    bool bulleted = true; // list items; a reading's paragraphs are plain

    bool operator==(const ProjectionContent &other) const
    {
        return section == other.section && title == other.title &&
               promptsHeading == other.promptsHeading && prompts == other.prompts &&
               sheetName == other.sheetName && lines == other.lines && timer == other.timer &&
               timerLevel == other.timerLevel && timerNote == other.timerNote &&
               speaker == other.speaker && citation == other.citation && bulleted == other.bulleted;
    }

    // The public content of one sheet of an activity; schoolId picks the school whose problem
    // is shown on the school-problems sheet (0 for the first).
    static ProjectionContent build(const Section &section, const Activity &activity,
                                   const QString &sheetKind, const Bitacora &bitacora,
                                   qint64 schoolId = 0);
    // How an activity of a guide being written will look on the classroom screen, before any
    // session: its prompts, and the name of its first public list sheet (or what it presents).
    static ProjectionContent preview(const Section &section, const Activity &activity);
    // A reading's text, given by the director for this session, paragraph by paragraph, with its
    // source cited.
    static ProjectionContent reading(const Section &section, const Activity &activity,
                                     const QString &text);
    // The session's structure: each section with its planned minutes and activities, the break
    // when proposed, and the products.
    static ProjectionContent agenda(const Section &section, const Activity &activity,
                                    const Guide &guide, const SessionTimer &timer);
};

} // namespace fcte
