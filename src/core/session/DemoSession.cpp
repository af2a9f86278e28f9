#include "DemoSession.h"

#include "guide/Guide.h"
#include "store/SessionStore.h"

#include <QCoreApplication>

namespace fcte {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoSession", text);
}

struct DemoPerson {
    const char *name;
    const char *role;
    const char *specialty;
    const char *grade;
    bool recorder;
};

struct DemoSchool {
    const char *name;
    const char *cct;
    const char *director;
    std::initializer_list<DemoPerson> staff;
};

} // namespace

qint64 DemoSession::create(SessionStore &store, const Guide &guide)
{
    SessionInfo info;
    info.title = tr("Aprendizaje entre escuelas (demostración)");
    info.heldOn = QDate::currentDate();
    info.place = tr("Escuela Primaria «Benito Juárez», aula de usos múltiples");
    info.zone = tr("Zona escolar 042, Iztapalapa");
    info.guideId = guide.id;
    info.isDemo = true;
    info.currentActivity = guide.firstActivityNumber();
    const qint64 id = store.createSession(info);

    const std::initializer_list<DemoSchool> schools = {
        {"Escuela Primaria «Benito Juárez»",
         "09DPR1234X",
         "Mtra. Rosa Elena Domínguez Ruiz",
         {{"Juan Carlos Peña Ibáñez", "docente", "", "1.º", true},
          {"María Fernanda López Añorve", "docente", "", "2.º", false},
          {"Óscar Núñez Villaseñor", "agente", "Educación Física", "", false}}},
        {"Escuela Primaria «Sor Juana Inés de la Cruz»",
         "09DPR5678M",
         "Mtro. Andrés Muñoz Téllez",
         {{"Guadalupe Ríos Zúñiga", "docente", "", "1.º", false},
          {"Héctor Ávila Cantú", "docente", "", "2.º", true},
          {"Lucía Ortega Fernández", "agente", "USAER", "", false}}},
        {"Escuela Primaria «Niños Héroes»",
         "09DPR9012Q",
         "Mtra. Patricia Gómez Saldaña",
         {{"Ernesto Bañuelos Márquez", "docente", "", "1.º", false},
          {"Sofía Jiménez Ureña", "docente", "", "2.º", false},
          {"Daniel Íñiguez Rosales", "agente", "Inglés", "", false}}},
    };
    RosterEdit roster;
    for (const DemoSchool &demo : schools) {
        School school;
        school.name = QString::fromUtf8(demo.name);
        school.cct = QString::fromUtf8(demo.cct);
        school.level = QStringLiteral("primaria");
        school.shift = QStringLiteral("matutino");
        school.director = QString::fromUtf8(demo.director);
        const int row = roster.schools.size();
        roster.schools << school;
        Participant director;
        director.name = school.director;
        director.role = QStringLiteral("director");
        roster.members << RosterEdit::Member{director, row};
        for (const DemoPerson &person : demo.staff) {
            Participant participant;
            participant.name = QString::fromUtf8(person.name);
            participant.role = QString::fromUtf8(person.role);
            participant.specialty = QString::fromUtf8(person.specialty);
            participant.grade = QString::fromUtf8(person.grade);
            participant.isRecorder = person.recorder;
            roster.members << RosterEdit::Member{participant, row};
        }
    }
    store.saveRoster(id, roster);
    return id;
}

} // namespace fcte
