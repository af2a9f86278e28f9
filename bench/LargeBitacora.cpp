#include "LargeBitacora.h"

#include "core/guide/GuideLoader.h"
#include "core/guide/SheetKinds.h"
#include "core/session/SessionGuide.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QStringList>

namespace fcte {
namespace {

const QStringList Phrases = {
    QStringLiteral("Fortalecer la comprensión lectora con círculos de lectura semanales"),
    QStringLiteral("Compartir evidencias de avance en la sesión de marzo"),
    QStringLiteral("Usar fichas de fluidez y registros de palabras por minuto"),
    QStringLiteral("Atender a los alumnos que faltan con frecuencia con tutoría entre pares"),
    QStringLiteral("Acordar indicadores de logro por grado y sección"),
    QStringLiteral("Involucrar a las familias con la bitácora de lectura en casa"),
    QStringLiteral("Revisar la planeación con el colectivo cada quince días"),
    QStringLiteral("Ajustes razonables para alumnos que enfrentan barreras para el aprendizaje"),
};

QString phrase(int n)
{
    return Phrases.at(n % Phrases.size()) + QStringLiteral(" (registro %1; ñ, «»)").arg(n);
}

} // namespace

qint64 LargeBitacora::generate(Database &db, int scale)
{
    const int schools = Schools * scale;
    const int participants = Participants * scale;
    SessionStore sessions(db);
    SheetStore sheets(db);
    Transaction transaction(db);
    SessionInfo info;
    info.title = QStringLiteral("Aprendizaje entre escuelas — zona 042 (bitácora grande)");
    info.heldOn = QDate(2027, 2, 26);
    info.place = QStringLiteral("Centro de Maestros, Iztapalapa");
    info.zone = QStringLiteral("Zona escolar 042");
    info.guideId = QStringLiteral("cte-cuarta-sesion-aprendizaje-entre-escuelas");
    const qint64 sessionId = sessions.createSession(info);
    // Kept with the session as its first opening does: the program finds it there, as in use.
    SessionGuide::load(sessions, sessionId);

    RosterEdit roster;
    for (int s = 0; s < schools; ++s)
        roster.schools << School{
            0,
            QStringLiteral("Escuela Primaria número %1 «Benito Juárez»").arg(s + 1),
            QStringLiteral("09DPR%1X").arg(1000 + s, 4, 10, QLatin1Char('0')),
            QStringLiteral("primaria"),
            QStringLiteral("matutino"),
            QStringLiteral("Mtra. Directora %1").arg(s + 1)};
    for (int p = 0; p < participants; ++p) {
        Participant person;
        person.name = QStringLiteral("Docente %1 Núñez Ibáñez").arg(p + 1);
        person.role = p % 25 == 0 ? QStringLiteral("director") : QStringLiteral("docente");
        person.grade = QStringLiteral("%1.º").arg(p % 6 + 1);
        person.isRecorder = p % 50 == 1;
        roster.members << RosterEdit::Member{person, p % schools};
    }
    sessions.saveRoster(sessionId, roster);

    QVector<Team> teams;
    for (int g = 0; g < 6; ++g) {
        Team team{0, QStringLiteral("%1.º grado").arg(g + 1), {}};
        for (int p = g; p < participants; p += 6)
            team.memberIds << roster.members.at(p).participant.id;
        sheets.saveTeam(sessionId, team);
        teams << team;
    }

    QStringList listSheets;
    for (const QString &kind : SheetKinds::ids()) {
        if (SheetKinds::spec(kind).form == SheetSpec::Form::List)
            listSheets << kind;
    }
    for (int n = 0; n < Entries * scale; ++n) {
        Entry entry;
        entry.sheet = listSheets.at(n % listSheets.size());
        entry.activity = 4;
        entry.text = phrase(n);
        entry.category = n % 3;
        entry.schoolIds << roster.schools.at(n % schools).id;
        entry.teamId = teams.at(n % teams.size()).id;
        entry.participantId = roster.members.at(n % participants).participant.id;
        sheets.addEntry(sessionId, entry);
    }
    for (int n = 0; n < Commitments * scale; ++n) {
        Commitment commitment;
        commitment.participantId = roster.members.at(n).participant.id;
        commitment.studentsNeed = phrase(n);
        commitment.actions = phrase(n + 1);
        commitment.shareHow = phrase(n + 2);
        commitment.evidence = phrase(n + 3);
        sheets.addCommitment(sessionId, commitment);
    }
    for (const School &school : roster.schools) {
        SchoolProblem problem;
        problem.schoolId = school.id;
        problem.problem = phrase(int(school.id));
        problem.socialSetting = phrase(int(school.id) + 1);
        problem.helped = phrase(int(school.id) + 2);
        problem.notHelped = phrase(int(school.id) + 3);
        sheets.saveSchoolProblem(problem);
    }
    sheets.saveNextMeeting(sessionId, NextMeeting{phrase(1), QStringLiteral("26 de marzo"),
                                                  QStringLiteral("8:00"), phrase(2)});
    transaction.commit();
    return sessionId;
}

} // namespace fcte
