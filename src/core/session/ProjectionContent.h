#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace fcte {

class Bitacora;
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
    QString timer;
    TimerLevel timerLevel = TimerLevel::Idle;
    QString turn;

    // The public content of one sheet of an activity; schoolId picks the school whose problem
    // is shown on the school-problems sheet (0 for the first).
    static ProjectionContent build(const Section &section, const Activity &activity,
                                   const QString &sheetKind, const Bitacora &bitacora,
                                   qint64 schoolId = 0);
};

} // namespace fcte
