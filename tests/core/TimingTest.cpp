#include "TestSupport.h"
#include "core/model/Clock.h"
#include "core/session/Schedule.h"
#include "core/session/SessionTimer.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/TimingStore.h"

#include <catch2/catch.hpp>

using namespace fcte;

namespace {

constexpr qint64 Minute = 60000;

using test::ManualClock;

struct TimingFixture {
    test::TempBitacora temp;
    Database db;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<TimingStore> store;
    ManualClock clock;
    qint64 sessionId = 0;
    QVector<qint64> schoolIds;

    TimingFixture()
    {
        db.open(temp.path());
        sessions = std::make_unique<SessionStore>(db);
        store = std::make_unique<TimingStore>(db);
        SessionInfo info;
        info.title = QStringLiteral("Sesión");
        info.heldOn = QDate(2027, 2, 26);
        info.guideId = test::shippedGuide().id;
        sessionId = sessions->createSession(info);
        RosterEdit roster;
        for (const char *cct : {"09DPR0001A", "09DPR0002B", "09DPR0003C"})
            roster.schools << test::primarySchool(QString::fromLatin1(cct),
                                                  QString::fromLatin1(cct));
        sessions->saveRoster(sessionId, roster);
        for (const School &school : roster.schools)
            schoolIds << school.id;
    }

    std::unique_ptr<SessionTimer> timer()
    {
        return std::make_unique<SessionTimer>(test::shippedGuide(), *sessions, *store, clock,
                                              sessionId);
    }
};

} // namespace

TEST_CASE("The activity countdown runs, pauses and keeps counting into overtime")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    CHECK(timer->plannedMinutes(4) == 10);
    CHECK(timer->remainingMs(4) == 10 * Minute);
    CHECK_FALSE(timer->sessionStarted());

    timer->start(4);
    fixture.clock.advanceMinutes(3);
    CHECK(timer->elapsedMs(4) == 3 * Minute);
    timer->pause(4);
    fixture.clock.advanceMinutes(5); // paused: does not count
    CHECK(timer->elapsedMs(4) == 3 * Minute);
    timer->toggle(4);
    fixture.clock.advanceMinutes(9);
    CHECK(timer->remainingMs(4) == -2 * Minute); // two minutes of overtime
    CHECK(timer->isRunning(4));
    CHECK(timer->anyTimerHasRun());
    CHECK_FALSE(
        timer->sessionStarted()); // a timer alone is a rehearsal: "Comenzar la sesión" starts
}

TEST_CASE(
    "Before the start nothing is late, and the schedule counts from the actual start to the end")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    timer->start(1); // rehearsing the night before, for hours
    fixture.clock.advanceMinutes(600);
    CHECK(timer->summary(1).minutesBehind == 0);

    timer->startSession(1, true); // the rehearsal's minutes are set back to zero
    CHECK(timer->sessionStarted());
    CHECK(timer->startedAt() == fixture.clock.now());
    CHECK(timer->isRunning(1));
    CHECK(timer->elapsedMs(1) == 0);
    fixture.clock.advanceMinutes(15); // a 5-minute welcome took 15
    CHECK(timer->summary(1).minutesBehind == 10);

    timer->endSession();
    CHECK(timer->sessionEnded());
    CHECK_FALSE(timer->isRunning(1));
    const QDateTime end = fixture.clock.now();
    fixture.clock.advanceMinutes(30);
    CHECK(timer->summary(1).projectedEnd == end); // ended: the end is when it ended
    CHECK(timer->endedAt() == end);

    auto reopened = fixture.timer(); // the start and end are stored with the session
    CHECK(reopened->sessionStarted());
    CHECK(reopened->endedAt() == end);
    reopened->resumeSession();
    CHECK_FALSE(reopened->sessionEnded());
    CHECK(fixture.timer()->startedAt() == end.addSecs(-15 * 60));
}

TEST_CASE("Starting after a rehearsal may keep its minutes")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    timer->start(2);
    fixture.clock.advanceMinutes(3);
    timer->startSession(2, false);
    CHECK(timer->elapsedMs(2) == 3 * Minute);
    CHECK(timer->isRunning(2));
}

TEST_CASE("Minutes can be added or removed, before or during the activity")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    timer->adjustMinutes(12, 5);
    CHECK(timer->plannedMinutes(12) == 15);
    timer->start(12);
    fixture.clock.advanceMinutes(4);
    timer->adjustMinutes(12, -3);
    CHECK(timer->remainingMs(12) == 8 * Minute);
    timer->setPlannedMinutes(12, 0); // never below one minute
    CHECK(timer->plannedMinutes(12) == 1);
    CHECK(timer->defaultMinutes(12) == 10);
}

TEST_CASE("Only one timer runs: moving on pauses it and starts the next")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    timer->start(1);
    fixture.clock.advanceMinutes(6);
    timer->enterActivity(2);
    CHECK_FALSE(timer->isRunning(1));
    CHECK(timer->elapsedMs(1) == 6 * Minute);
    CHECK(timer->isRunning(2));
    timer->start(3);
    CHECK_FALSE(timer->isRunning(2));
    CHECK(timer->runningActivity() == 3);
    // Looking back at an activity that already ran neither restarts it nor stops the room's.
    timer->enterActivity(1);
    CHECK_FALSE(timer->isRunning(1));
    CHECK(timer->runningActivity() == 3);
}

TEST_CASE("A killed app reopens with the same timer, counting the time it was closed")
{
    TimingFixture fixture;
    {
        auto timer = fixture.timer();
        timer->adjustMinutes(7, 5);
        timer->start(7);
        fixture.clock.advanceMinutes(4);
        timer->nextSchool(7);
        fixture.clock.advanceMinutes(2);
    }                                  // the app dies here: nothing is saved at close
    fixture.clock.advanceMinutes(1.5); // closed for a minute and a half
    auto reopened = fixture.timer();
    CHECK(reopened->isRunning(7));
    CHECK(reopened->minutesPerTurn(7) == 15); // +5 is per school: three turns of 15
    CHECK(reopened->plannedMinutes(7) == 45);
    CHECK(reopened->elapsedMs(7) == qint64(7.5 * Minute));
    CHECK(reopened->currentTurn(7) == 1);
    CHECK(reopened->turnElapsedMs(7, 0) == 4 * Minute);
    CHECK(reopened->turnElapsedMs(7, 1) == qint64(3.5 * Minute));
}

TEST_CASE("Per-school turns take 10 minutes each and record each school's time")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    CHECK(timer->plannedMinutes(7) == 30);
    CHECK(timer->minutesPerTurn(7) == 10);
    REQUIRE(timer->turns(7).size() == 3);
    CHECK(timer->currentTurn(7) == 0);

    timer->moveTurn(7, 2, 0); // the third school presents first
    CHECK(timer->turns(7).at(0).schoolId == fixture.schoolIds.at(2));

    timer->start(7);
    fixture.clock.advanceMinutes(12); // two minutes over
    timer->nextSchool(7);
    fixture.clock.advanceMinutes(8);
    timer->nextSchool(7);
    fixture.clock.advanceMinutes(10);
    timer->nextSchool(7);
    CHECK(timer->currentTurn(7) == -1);
    const auto turns = timer->turns(7);
    CHECK(turns.at(0).accumulatedMs == 12 * Minute);
    CHECK(turns.at(1).accumulatedMs == 8 * Minute);
    CHECK(turns.at(2).accumulatedMs == 10 * Minute);
    CHECK(turns.at(1).schoolId == fixture.schoolIds.at(0));
    timer->nextSchool(7); // nobody left: nothing happens
    CHECK(timer->elapsedMs(7) == 30 * Minute);
}

TEST_CASE("A paused per-school activity pauses the speaker's turn too")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    timer->start(20);
    fixture.clock.advanceMinutes(2);
    timer->pause(20);
    fixture.clock.advanceMinutes(10);
    CHECK(timer->turnElapsedMs(20, 0) == 2 * Minute);
    timer->start(20);
    fixture.clock.advanceMinutes(1);
    CHECK(timer->turnElapsedMs(20, 0) == 3 * Minute);
}

TEST_CASE("The projected end follows what actually happened")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    ScheduleSummary before = timer->summary(1);
    CHECK(before.plannedTotalMinutes == 270); // 240 of activities and a 30-minute break
    CHECK(before.projectedEnd.time() == QTime(12, 30));
    CHECK(before.minutesBehind == 0);

    timer->startSession(1, false);
    fixture.clock.advanceMinutes(15); // a 5-minute welcome took 15
    ScheduleSummary late = timer->summary(1);
    CHECK(late.minutesBehind == 10);
    CHECK(late.projectedEnd.time() == QTime(12, 40));

    // Moving on quickly wins the time back.
    timer->enterActivity(2);
    fixture.clock.advanceMinutes(1);
    timer->enterActivity(3);
    CHECK(timer->summary(3).minutesBehind == 6);
}

TEST_CASE("The recovery suggestion trims later, non-fixed activities in proportion")
{
    ScheduleInput input;
    input.activities = {1, 2, 3, 4};
    input.plannedMinutes = {{1, 10}, {2, 30}, {3, 10}, {4, 20}};
    input.fixed = {2};
    input.currentActivity = 1;
    const QVector<Trim> trims = Schedule::recoverySuggestion(input, 6);
    REQUIRE(trims.size() == 2);
    CHECK(trims.at(0).activity == 3);
    CHECK(trims.at(0).toMinutes == 8); // 10 of 30 trimmable → 2 minutes
    CHECK(trims.at(1).activity == 4);
    CHECK(trims.at(1).toMinutes == 16); // 20 of 30 → 4 minutes
    int recovered = 0;
    for (const Trim &trim : trims)
        recovered += trim.fromMinutes - trim.toMinutes;
    CHECK(recovered == 6);

    CHECK(Schedule::recoverySuggestion(input, 0).isEmpty()); // not behind: nothing to do
    // Never below the minimum, even when far behind.
    for (const Trim &trim : Schedule::recoverySuggestion(input, 500))
        CHECK(trim.toMinutes >= Schedule::MinimumMinutes);
}

TEST_CASE("Applying the suggestion changes only the planned minutes it names")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    timer->startSession(1, false);
    fixture.clock.advanceMinutes(25); // twenty minutes behind
    const QVector<Trim> trims = timer->recoverySuggestion(1);
    REQUIRE_FALSE(trims.isEmpty());
    for (const Trim &trim : trims)
        CHECK(trim.activity != 7); // the 10 minutes per school are the guide's, never trimmed
    CHECK(timer->plannedMinutes(trims.first().activity) == trims.first().fromMinutes);
    timer->applyTrims(trims);
    CHECK(timer->plannedMinutes(trims.first().activity) == trims.first().toMinutes);
    CHECK(timer->summary(1).minutesBehind == 0);
}

TEST_CASE("Recovery shortens the turns of schools still to speak, down to the director's floor")
{
    // Twelve schools of 10 minutes and a 20-minute activity after them, 30 minutes behind.
    ScheduleInput input;
    input.activities = {7, 11};
    input.plannedMinutes = {{7, 120}, {11, 20}};
    input.fixed = {7};
    input.currentActivity = 7;
    input.turns.insert(7, ScheduleInput::Turns{10, 12});
    const QVector<Trim> withoutFloor = Schedule::recoverySuggestion(input, 30);
    REQUIRE(withoutFloor.size() == 1); // turns are the guide's: only activity 11 gives
    CHECK(withoutFloor.first().activity == 11);
    CHECK(withoutFloor.first().toMinutes == Schedule::MinimumMinutes);

    input.turnFloorMinutes = 8;
    const QVector<Trim> trims = Schedule::recoverySuggestion(input, 30);
    int recovered = 0;
    for (const Trim &trim : trims) {
        recovered += trim.recoveredMinutes();
        if (trim.perTurn) {
            CHECK(trim.activity == 7);
            CHECK(trim.turns == 12);
            CHECK(trim.toMinutes >= 8);
        } else {
            CHECK(trim.activity == 11);
            CHECK(trim.toMinutes >= 14); // no longer cut to the bone
        }
    }
    CHECK(recovered >= 30);
    REQUIRE(trims.size() == 2);
}

TEST_CASE("Applied turn trims shorten the turns still to come and the activity's plan")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    timer->setTurnFloorMinutes(7);
    CHECK(fixture.timer()->turnFloorMinutes() == 7); // stored with the session
    timer->startSession(1, false);
    fixture.clock.advanceMinutes(200); // the welcome took the morning
    timer->enterActivity(7);
    fixture.clock.advanceMinutes(25); // and the first school took 25 of its 10
    timer->nextSchool(7);
    REQUIRE(timer->summary(7).minutesBehind > 0);
    const QVector<Trim> trims = timer->recoverySuggestion(7);
    const auto turnTrim =
        std::find_if(trims.cbegin(), trims.cend(), [](const Trim &trim) { return trim.perTurn; });
    REQUIRE(turnTrim != trims.cend());
    CHECK(turnTrim->turns == 2); // two schools are still to speak
    const int planned = timer->plannedMinutes(7);
    timer->applyTrims(trims);
    CHECK(timer->minutesPerTurn(7) == turnTrim->toMinutes);
    CHECK(timer->minutesPerTurn(7) >= 7);
    CHECK(timer->plannedMinutes(7) == planned - turnTrim->recoveredMinutes());
    CHECK(fixture.timer()->minutesPerTurn(7) == turnTrim->toMinutes);
}

namespace {

// Starts the session at 08:00 and runs activities 1 to last-1 exactly as planned; the room is
// then at the start of activity `last`.
void runOnPlanUntil(SessionTimer &timer, test::ManualClock &clock, int last)
{
    timer.startSession(1, false);
    for (int activity = 1; activity < last; ++activity) {
        clock.advanceMinutes(timer.plannedMinutes(activity));
        // The break is taken where it is planned, for as long as planned.
        if (!timer.breaks().isEmpty() && timer.breaks().first().afterActivity == activity &&
            timer.breaks().first().minutes > 0) {
            timer.startBreak(activity);
            clock.advanceMinutes(timer.breaks().first().minutes);
            timer.enterActivity(activity + 1);
            timer.endBreak(activity + 1);
        } else {
            timer.enterActivity(activity + 1);
        }
    }
}

} // namespace

TEST_CASE("During school turns the projected end counts the speaker's remainder and a full turn "
          "for each school waiting")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    runOnPlanUntil(*timer, fixture.clock, 7);
    CHECK(timer->summary(7).minutesBehind == 0);
    fixture.clock.advanceMinutes(13); // school 1 takes 13 of its 10
    timer->nextSchool(7);
    CHECK(timer->summary(7).minutesBehind == 3);
    fixture.clock.advanceMinutes(13); // school 2 as well
    timer->nextSchool(7);
    // School 3 of 3 starts its 10 minutes: six minutes late (it said "a tiempo").
    CHECK(timer->summary(7).minutesBehind == 6);
    fixture.clock.advanceMinutes(9);
    CHECK(timer->summary(7).minutesBehind == 6);
    fixture.clock.advanceMinutes(4); // and runs three over
    CHECK(timer->summary(7).minutesBehind == 9);
}

TEST_CASE("Going back to look at a finished activity never invents delay nor stops the room")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    runOnPlanUntil(*timer, fixture.clock, 7);
    fixture.clock.advanceMinutes(10);
    timer->nextSchool(7);
    fixture.clock.advanceMinutes(4); // school 2 speaking, on time
    REQUIRE(timer->summary(7).minutesBehind == 0);
    for (int activity = 6; activity >= 3; --activity) { // four Alt+←
        timer->enterActivity(activity);
        CHECK(timer->summary(activity).minutesBehind == 0);
        CHECK(timer->recoverySuggestion(activity).isEmpty());
    }
    CHECK(timer->isRunning(7)); // school 2's turn goes on
    CHECK(timer->currentTurn(7) == 1);
    CHECK(timer->turns(7).at(1).isRunning());
    fixture.clock.advanceMinutes(6);
    CHECK(timer->summary(3).minutesBehind == 0);
    fixture.clock.advanceMinutes(2); // school 2 two minutes over, seen from activity 3
    CHECK(timer->summary(3).minutesBehind == 2);
}

TEST_CASE("The break is a period of its own: lateness during it counts against its plan")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    const int breakAfter = timer->breaks().first().afterActivity;
    REQUIRE(timer->breaks().first().minutes == 30);
    runOnPlanUntil(*timer, fixture.clock, breakAfter);
    fixture.clock.advanceMinutes(timer->plannedMinutes(breakAfter));
    timer->startBreak(breakAfter);
    CHECK(timer->isOnBreak());
    CHECK(timer->runningActivity() == 0); // the activity's clock stops for the break
    fixture.clock.advanceMinutes(15);
    CHECK(timer->summary(breakAfter).minutesBehind == 0); // it said "15 min de retraso"
    // Preparing the next screen during the break changes nothing (it said "15 min adelantados").
    timer->enterActivity(breakAfter + 1);
    CHECK(timer->isOnBreak());
    CHECK(timer->summary(breakAfter + 1).minutesBehind == 0);
    fixture.clock.advanceMinutes(25); // a 40-minute break
    CHECK(timer->summary(breakAfter + 1).minutesBehind == 10);
    timer->endBreak(breakAfter + 1);
    CHECK_FALSE(timer->isOnBreak());
    CHECK(timer->breakElapsedMs() == 40 * Minute);
    CHECK(timer->isRunning(breakAfter + 1)); // the room is back at work
    CHECK(timer->summary(breakAfter + 1).minutesBehind == 10);
    // Kept: a reopened app knows the break was taken, and for how long.
    auto reopened = fixture.timer();
    CHECK(reopened->breaks().first().startedAtMs != 0);
    CHECK(reopened->breakElapsedMs() == 40 * Minute);
    CHECK(reopened->summary(breakAfter + 1).minutesBehind == 10);

    // One break, kept as it happened: it neither starts again nor moves.
    reopened->startBreak(breakAfter + 1);
    CHECK_FALSE(reopened->isOnBreak());
    reopened->moveBreak(2);
    CHECK(reopened->breaks().first().afterActivity == breakAfter);
}

TEST_CASE("The break ends with F9, with the end of the session, and moves past a midway start")
{
    {
        TimingFixture fixture;
        auto timer = fixture.timer();
        timer->startSession(1, false);
        timer->startBreak(1);
        fixture.clock.advanceMinutes(3);
        timer->start(2); // F9: the room is back at work
        CHECK_FALSE(timer->isOnBreak());
        CHECK(timer->breakElapsedMs() == 3 * Minute);
    }
    {
        TimingFixture fixture;
        auto timer = fixture.timer();
        timer->startSession(1, false);
        timer->startBreak(1);
        fixture.clock.advanceMinutes(5);
        timer->endSession(); // ended on the break
        CHECK_FALSE(timer->isOnBreak());
        fixture.clock.advanceMinutes(30);
        CHECK(timer->breakElapsedMs() == 5 * Minute);
    }
    {
        // Starting at 12 with activities 1 to 11 left out: the break (after 10) is still ahead.
        TimingFixture fixture;
        auto timer = fixture.timer();
        timer->startSessionMidway(12, false, {});
        CHECK(timer->breaks().first().afterActivity == 12);
        CHECK(timer->summary(12).minutesBehind == 0);
        // A left-out activity done after all counts again.
        timer->start(3);
        CHECK_FALSE(timer->isSkipped(3));
    }
}

TEST_CASE("Starting at a later activity asks about the earlier ones: skipped, or done from a time")
{
    int earlierMinutes = 0;
    {
        TimingFixture fixture;
        auto timer = fixture.timer();
        for (int activity = 1; activity < 7; ++activity)
            earlierMinutes += timer->plannedMinutes(activity);
        // Left out: they leave the plan too (it said "45 min adelantados").
        timer->startSessionMidway(7, false, {});
        CHECK(timer->isSkipped(3));
        CHECK_FALSE(timer->isSkipped(7));
        CHECK(timer->summary(7).minutesBehind == 0);
        CHECK(timer->summary(7).plannedTotalMinutes == 270 - earlierMinutes);
        fixture.clock.advanceMinutes(15); // school 1 five minutes over
        CHECK(timer->summary(7).minutesBehind == 5);
    }
    {
        // Done before the app was opened, from a time the director gives: the day counts from
        // then, and each earlier activity gets its share of the time since.
        TimingFixture fixture;
        auto timer = fixture.timer();
        const QDateTime from = fixture.clock.now().addSecs(-qint64(earlierMinutes + 15) * 60);
        timer->startSessionMidway(7, false, from);
        CHECK(timer->startedAt() == from);
        CHECK_FALSE(timer->isSkipped(3));
        CHECK(timer->hasRun(3));
        CHECK(timer->summary(7).minutesBehind == 15);
    }
}

TEST_CASE("Recovery keeps the plan and never takes minutes from what is finished, under way or "
          "over time")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    timer->setTurnFloorMinutes(7);
    runOnPlanUntil(*timer, fixture.clock, 7);
    fixture.clock.advanceMinutes(25); // school 1 took 25 of its 10
    timer->nextSchool(7);
    fixture.clock.advanceMinutes(12); // school 2 speaking, already over
    const QVector<Trim> trims = timer->recoverySuggestion(7);
    REQUIRE_FALSE(trims.isEmpty());
    for (const Trim &trim : trims) {
        CHECK(trim.activity >= 7);
        if (trim.perTurn)
            CHECK(trim.turns == 1); // only school 3, still waiting
    }
    const int plan = timer->planMinutes(8);
    timer->applyTrims(trims);
    CHECK(timer->planMinutes(8) == plan); // the plan stays the plan
    CHECK(timer->isAdjusted(8));
    CHECK(timer->plannedMinutes(8) < plan); // counted for fewer
    CHECK(timer->planMinutes(7) == 30);
}

TEST_CASE("At school turns, one minute more or less is per school, and the activity follows")
{
    TimingFixture fixture;
    auto timer = fixture.timer();
    REQUIRE(timer->minutesPerTurn(7) == 10);
    for (int press = 0; press < 3; ++press)
        timer->adjustMinutes(7, -1);
    CHECK(timer->minutesPerTurn(7) == 7);
    CHECK(timer->plannedMinutes(7) == 21); // three schools of 7 (it said 27, each still 10)
    timer->adjustMinutes(7, +1);
    CHECK(timer->minutesPerTurn(7) == 8);
    CHECK(timer->plannedMinutes(7) == 24);
    timer->setPlannedMinutes(7, 36); // typed in the agenda: 12 a school
    CHECK(timer->minutesPerTurn(7) == 12);
}
