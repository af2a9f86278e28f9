#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QVector>

namespace fcte {

struct SessionInfo {
    qint64 id = 0;
    QString title;
    QDate heldOn;
    QString place;
    QString zone;
    QString guideId;
    QTime plannedStart{8, 0};
    QTime plannedEnd{12, 30};
    int currentActivity = 1;
    bool isDemo = false;
};

struct School {
    qint64 id = 0;
    QString name;
    QString cct;
    QString level; // preescolar, primaria, secundaria
    QString shift; // matutino, vespertino, nocturno, discontinuo, tiempo completo
    QString director;
};

struct Participant {
    qint64 id = 0;
    qint64 schoolId = 0; // 0 when the participant belongs to no one school (e.g. supervisor)
    QString name;
    QString role;      // director, docente, agente
    QString specialty; // for agentes: Educación Física, Inglés, Computación, USAER…
    QString grade;     // grade or section
    bool isRecorder = false;
};

} // namespace fcte
