#include "core/store/SessionStore.h"
#include "TestSupport.h"
#include "core/export/DemoSession.h"
#include "core/model/StoreError.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QTest>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace fcte;

namespace {

SessionInfo sampleSession()
{
    SessionInfo info;
    info.title = QStringLiteral("Cuarta sesión — Zona 042");
    info.heldOn = QDate(2027, 2, 26);
    info.place = QStringLiteral("Escuela «Niños Héroes», Iztapalapa");
    info.zone = QStringLiteral("042");
    info.guideId = QStringLiteral("guide");
    return info;
}

} // namespace

TEST_CASE("A session with its schools and participants survives reopening")
{
    test::TempBitacora temp;
    qint64 id = 0;
    {
        Database db;
        db.open(temp.path());
        SessionStore store(db);
        id = store.createSession(sampleSession());
        RosterEdit roster;
        roster.schools << School{0,
                                 QStringLiteral("Primaria Benito Juárez"),
                                 QStringLiteral("09dpr1234x"),
                                 QStringLiteral("primaria"),
                                 QStringLiteral("matutino"),
                                 QStringLiteral("Mtra. Añorve")};
        roster.schools << School{0,
                                 QStringLiteral("Secundaria Técnica 5"),
                                 QStringLiteral("09DST0005K"),
                                 QStringLiteral("secundaria"),
                                 QStringLiteral("vespertino"),
                                 QString()};
        Participant usaer;
        usaer.name = QStringLiteral("Lucía Ortega");
        usaer.role = QStringLiteral("agente");
        usaer.specialty = QStringLiteral("USAER");
        usaer.isRecorder = true;
        Participant teacher;
        teacher.name = QStringLiteral("Héctor Ávila");
        teacher.role = QStringLiteral("docente");
        teacher.grade = QStringLiteral("2.º B");
        roster.members << RosterEdit::Member{usaer, 1} << RosterEdit::Member{teacher, 0};
        store.saveRoster(id, roster);
        CHECK(roster.schools.at(0).id != 0);
        store.setCurrentActivity(id, 7);
    }
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    const auto info = store.session(id);
    REQUIRE(info);
    CHECK(info->title == QStringLiteral("Cuarta sesión — Zona 042"));
    CHECK(info->heldOn == QDate(2027, 2, 26));
    CHECK(info->place == QStringLiteral("Escuela «Niños Héroes», Iztapalapa"));
    CHECK(info->currentActivity == 7);
    CHECK(info->plannedStart == QTime(8, 0));
    CHECK(info->plannedEnd == QTime(12, 30));

    const auto schools = store.schools(id);
    REQUIRE(schools.size() == 2);
    CHECK(schools.at(0).cct == QStringLiteral("09DPR1234X"));
    CHECK(schools.at(1).level == QStringLiteral("secundaria"));
    const auto people = store.participants(id);
    REQUIRE(people.size() == 2);
    CHECK(people.at(0).name == QStringLiteral("Lucía Ortega"));
    CHECK(people.at(0).schoolId == schools.at(1).id);
    CHECK(people.at(0).isRecorder);
    CHECK(people.at(1).grade == QStringLiteral("2.º B"));
    CHECK(store.lastOpenedSession() == id);
}

TEST_CASE("Reopening the session opened last writes nothing, and opening another puts it first")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    const qint64 first = store.createSession(sampleSession());
    const qint64 second = store.createSession(sampleSession());
    REQUIRE(store.lastOpenedSession() == second);
    const qint64 createdAt = QDateTime::currentMSecsSinceEpoch();
    // Opening times are kept to the millisecond: the next opening must fall in a later one.
    REQUIRE(QTest::qWaitFor([&] { return QDateTime::currentMSecsSinceEpoch() > createdAt; }));

    const auto changes = [&] {
        return sqlite3_total_changes64(db.handle());
    };
    const auto before = changes();
    store.markOpened(second);
    CHECK(changes() == before); // looking and closing leaves the bitácora as it was

    store.markOpened(first);
    CHECK(changes() == before + 1);
    CHECK(store.lastOpenedSession() == first);
    CHECK(store.sessions().first().id == first);
}

TEST_CASE("Editing a roster keeps ids, updates rows and removes what was taken out")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    const qint64 id = store.createSession(sampleSession());
    RosterEdit roster;
    roster.schools << test::primarySchool(QStringLiteral("A"), QStringLiteral("09DPR0001A"));
    roster.schools << test::primarySchool(QStringLiteral("B"), QStringLiteral("09DPR0002B"));
    store.saveRoster(id, roster);
    const qint64 keptId = roster.schools.at(1).id;

    roster.schools.removeFirst();
    roster.schools[0].name = QStringLiteral("B renombrada");
    store.saveRoster(id, roster);
    const auto schools = store.schools(id);
    REQUIRE(schools.size() == 1);
    CHECK(schools.at(0).id == keptId);
    CHECK(schools.at(0).name == QStringLiteral("B renombrada"));
}

TEST_CASE("An invalid CCT is refused and nothing of the roster is written")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    const qint64 id = store.createSession(sampleSession());
    RosterEdit roster;
    roster.schools << test::primarySchool(QStringLiteral("A"), QStringLiteral("09DPR0001A"));
    roster.schools << test::primarySchool(QStringLiteral("B"), QStringLiteral("12345"));
    try {
        store.saveRoster(id, roster);
        FAIL("an invalid CCT must be refused");
    } catch (const StoreError &error) {
        CHECK(error.message().contains(QStringLiteral("CCT")));
    }
    CHECK(store.schools(id).isEmpty());
}

TEST_CASE("A session needs a title and an end after its start")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    SessionInfo untitled = sampleSession();
    untitled.title = QStringLiteral("   ");
    CHECK_THROWS_AS(store.createSession(untitled), StoreError);
    SessionInfo backwards = sampleSession();
    backwards.plannedEnd = QTime(7, 0);
    CHECK_THROWS_AS(store.createSession(backwards), StoreError);
    CHECK(store.sessions().isEmpty());
}

TEST_CASE("The demo session has three schools with directors and recorders")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    const qint64 id = DemoSession::create(db);
    CHECK(store.session(id)->heldOn == QDate::currentDate());
    CHECK(store.demoSession() == id);
    const auto schools = store.schools(id);
    REQUIRE(schools.size() == 3);
    const auto people = store.participants(id);
    int directors = 0;
    int recorders = 0;
    for (const Participant &person : people) {
        directors += person.role == QStringLiteral("director");
        recorders += person.isRecorder;
        CHECK(person.schoolId != 0);
    }
    CHECK(directors == 3);
    CHECK(recorders >= 1);
}
