#include "core/store/SheetStore.h"
#include "TestSupport.h"
#include "core/guide/SheetKinds.h"
#include "core/session/Bitacora.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace fcte;

namespace {

struct Fixture {
    test::TempBitacora temp;
    Database db;
    qint64 sessionId = 0;
    QVector<School> schools;

    Fixture()
    {
        db.open(temp.path());
        SessionStore sessions(db);
        SessionInfo info;
        info.title = QStringLiteral("Sesión");
        info.heldOn = QDate(2027, 2, 26);
        info.guideId = QStringLiteral("g");
        sessionId = sessions.createSession(info);
        RosterEdit roster;
        roster.schools << test::primarySchool(QStringLiteral("A"), QStringLiteral("09DPR0001A"))
                       << test::primarySchool(QStringLiteral("B"), QStringLiteral("09DPR0002B"));
        Participant person;
        person.name = QStringLiteral("Ana");
        person.role = QStringLiteral("docente");
        roster.members << RosterEdit::Member{person, 0};
        sessions.saveRoster(sessionId, roster);
        schools = roster.schools;
    }
};

QStringList listKinds()
{
    QStringList kinds;
    for (const QString &id : SheetKinds::ids()) {
        if (SheetKinds::spec(id).form == SheetSpec::Form::List)
            kinds << id;
    }
    return kinds;
}

} // namespace

TEST_CASE("Every list sheet adds, edits, strikes, restores, reorders and reloads from disk")
{
    const QStringList kinds = listKinds();
    REQUIRE(kinds.size() >= 14);
    const QString kind = GENERATE_COPY(from_range(kinds.begin(), kinds.end()));
    INFO(kind.toStdString());
    Fixture fixture;
    {
        SheetStore sheets(fixture.db);
        Entry first;
        first.sheet = kind;
        first.activity = 4;
        first.text = QStringLiteral("primera");
        first.schoolIds = {fixture.schools.at(1).id, fixture.schools.at(0).id};
        sheets.addEntry(fixture.sessionId, first);
        Entry second = first;
        second.id = 0;
        second.text = QStringLiteral("segunda");
        second.schoolIds.clear();
        sheets.addEntry(fixture.sessionId, second);
        REQUIRE(first.id != 0);
        CHECK(first.position == 0);
        CHECK(second.position == 1);

        first.text = QStringLiteral("primera, corregida");
        first.category = 2;
        first.marked = true;
        sheets.updateEntry(first);
        sheets.setEntryStruck(second.id, true);
        sheets.setEntryStruck(second.id, false);
        sheets.setEntryStruck(first.id, true);
        sheets.moveEntry(second.id, 0);
    }
    Database reopened;
    reopened.open(fixture.temp.path());
    SheetStore sheets(reopened);
    const QVector<Entry> entries = sheets.entries(fixture.sessionId, kind);
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).text == QStringLiteral("segunda"));
    CHECK_FALSE(entries.at(0).isStruck());
    CHECK(entries.at(1).text == QStringLiteral("primera, corregida"));
    CHECK(entries.at(1).isStruck());
    CHECK(entries.at(1).category == 2);
    CHECK(entries.at(1).marked);
    // School tags come back in the schools' order, whatever order they were given in.
    CHECK(entries.at(1).schoolIds ==
          QVector<qint64>{fixture.schools.at(0).id, fixture.schools.at(1).id});
    CHECK(sheets.entries(fixture.sessionId, QStringLiteral("otra")).isEmpty());
}

TEST_CASE("User text is stored exactly as typed")
{
    Fixture fixture;
    SheetStore sheets(fixture.db);
    const QStringList texts = {
        QStringLiteral("Ñandú, acción, ¿por qué? ¡sí! «comillas» “curvas”"),
        QStringLiteral("emoji 👩‍🏫📚✅"),
        QStringLiteral("<b>negritas</b> <script>alert(1)</script> &amp;"),
        QStringLiteral("'; DROP TABLE entry; -- \" ' \\"),
        QString(10000, QLatin1Char('x')) + QStringLiteral("ü"),
        QStringLiteral("línea uno\nlínea dos\ttab"),
    };
    for (const QString &text : texts) {
        Entry entry;
        entry.sheet = QStringLiteral("norms");
        entry.activity = 4;
        entry.text = text;
        sheets.addEntry(fixture.sessionId, entry);
    }
    const QVector<Entry> stored = sheets.entries(fixture.sessionId, QStringLiteral("norms"));
    REQUIRE(stored.size() == texts.size());
    for (int i = 0; i < texts.size(); ++i)
        CHECK(stored.at(i).text == texts.at(i));
}

TEST_CASE("An added entry is on disk when the call returns")
{
    Fixture fixture;
    SheetStore sheets(fixture.db);
    Entry entry;
    entry.sheet = QStringLiteral("norms");
    entry.activity = 4;
    entry.text = QStringLiteral("Respetar los turnos");
    sheets.addEntry(fixture.sessionId, entry);
    // A second connection, as another process would open it, sees the entry at once.
    Database other;
    other.open(fixture.temp.path());
    CHECK(SheetStore(other).entries(fixture.sessionId, QStringLiteral("norms")).size() == 1);
}

TEST_CASE("Structured sheets reload from disk")
{
    Fixture fixture;
    const qint64 school = fixture.schools.at(0).id;
    const qint64 person = SessionStore(fixture.db).participants(fixture.sessionId).at(0).id;
    {
        SheetStore sheets(fixture.db);
        SchoolProblem problem;
        problem.schoolId = school;
        problem.problem = QStringLiteral("Comprensión lectora en 3.º");
        problem.notHelped = QStringLiteral("Dictados largos");
        sheets.saveSchoolProblem(problem);
        problem.helped = QStringLiteral("Lectura en voz alta");
        sheets.saveSchoolProblem(problem);

        Commitment commitment;
        commitment.participantId = person;
        commitment.studentsNeed = QStringLiteral("la lectura de comprensión");
        commitment.actions = QStringLiteral("círculos de lectura");
        commitment.shareHow = QStringLiteral("registros");
        commitment.evidence = QStringLiteral("rúbrica");
        sheets.addCommitment(fixture.sessionId, commitment);
        commitment.actions = QStringLiteral("círculos de lectura semanales");
        sheets.updateCommitment(commitment);
        sheets.setCommitmentStruck(commitment.id, true);

        Team team{0, QStringLiteral("Primer grado"), {person}};
        sheets.saveTeam(fixture.sessionId, team);
        sheets.saveNextMeeting(fixture.sessionId,
                               NextMeeting{QStringLiteral("Revisar compromisos"),
                                           QStringLiteral("26 de marzo"), QStringLiteral("8:00"),
                                           QStringLiteral("Escuela A")});
    }
    Database reopened;
    reopened.open(fixture.temp.path());
    SheetStore sheets(reopened);
    const SchoolProblem problem = sheets.schoolProblem(school);
    CHECK(problem.problem == QStringLiteral("Comprensión lectora en 3.º"));
    CHECK(problem.helped == QStringLiteral("Lectura en voz alta"));
    CHECK(problem.notHelped == QStringLiteral("Dictados largos"));
    CHECK(sheets.schoolProblem(fixture.schools.at(1).id).isEmpty());

    const auto commitments = sheets.commitments(fixture.sessionId);
    REQUIRE(commitments.size() == 1);
    CHECK(commitments.at(0).actions == QStringLiteral("círculos de lectura semanales"));
    CHECK(commitments.at(0).participantId == person);
    CHECK(commitments.at(0).isStruck());

    const auto teams = sheets.teams(fixture.sessionId);
    REQUIRE(teams.size() == 1);
    CHECK(teams.at(0).name == QStringLiteral("Primer grado"));
    CHECK(teams.at(0).memberIds == QVector<qint64>{person});

    const NextMeeting meeting = sheets.nextMeeting(fixture.sessionId);
    CHECK(meeting.agenda == QStringLiteral("Revisar compromisos"));
    CHECK(meeting.place == QStringLiteral("Escuela A"));
}

TEST_CASE("The bitácora announces each change and reports a failed write instead of throwing")
{
    Fixture fixture;
    SessionStore sessions(fixture.db);
    SheetStore sheets(fixture.db);
    Bitacora bitacora(sessions, sheets, fixture.sessionId);
    QSignalSpy added(&bitacora, &Bitacora::entryAdded);
    QSignalSpy saved(&bitacora, &Bitacora::saved);
    QSignalSpy failed(&bitacora, &Bitacora::saveFailed);
    Entry entry;
    entry.sheet = QStringLiteral("norms");
    entry.activity = 4;
    entry.text = QStringLiteral("Escuchar");
    CHECK(bitacora.addEntry(entry));
    CHECK(added.size() == 1);
    CHECK(saved.size() == 1);

    fixture.db.exec("DROP TABLE entry_school"); // the next write to entries fails
    Entry broken = entry;
    broken.id = 0;
    CHECK_FALSE(bitacora.addEntry(broken));
    REQUIRE(failed.size() == 1);
    CHECK_FALSE(failed.first().first().toString().isEmpty());
    CHECK(added.size() == 1);
    // The failed transaction left nothing half-written.
    Statement count(fixture.db, "SELECT count(*) FROM entry");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 1);
}
