#include "core/export/ZoneReport.h"
#include "TestSupport.h"
#include "core/export/DemoSession.h"
#include "core/model/MeetingDate.h"
#include "core/session/FollowUp.h"
#include "core/session/ZoneFigures.h"
#include "core/session/ZoneRecords.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace fcte;

namespace {

std::size_t index(Review::State state)
{
    return std::size_t(state);
}

// The demo's session in December and its follow-up in March, one of whose schools reviewed its
// commitments (one done, one under way) and one did not.
struct ZoneOfTwoSessions {
    test::TempBitacora temp;
    Database db;
    qint64 december = 0;
    qint64 march = 0;

    ZoneOfTwoSessions()
    {
        db.open(temp.path());
        december = DemoSession::create(db);
        Entry note;
        note.sheet = QStringLiteral("individualNotes");
        note.activity = 6;
        note.text = QStringLiteral("Nota íntima que no sale de la escuela");
        SheetStore(db).addEntry(december, note);
        march = FollowUp::create(db, december);
    }
    void review(const QString &schoolCct)
    {
        SessionStore sessions(db);
        QHash<qint64, qint64> schoolOf;
        qint64 schoolId = 0;
        for (const School &school : sessions.schools(march))
            if (school.cct == schoolCct)
                schoolId = school.id;
        for (const Participant &person : sessions.participants(march))
            schoolOf.insert(person.id, person.schoolId);
        Review::State state = Review::State::Done;
        for (const Commitment &commitment : SheetStore(db).commitments(march)) {
            if (schoolOf.value(commitment.participantId) != schoolId)
                continue;
            Review made;
            made.itemId = commitment.id;
            made.state = state;
            made.reviewedOn = QDate(2027, 3, 12);
            SheetStore(db).addReview(march, made);
            state = Review::State::InProgress;
        }
    }
};

const ZoneSchoolFigures &school(const ZoneFigures &figures, const QString &cct)
{
    for (const ZoneSchoolFigures &one : figures.schools)
        if (one.cct == cct)
            return one;
    FAIL("no school " << cct.toStdString());
    return figures.schools.constFirst();
}

} // namespace

TEST_CASE("The next meeting's date reads as people write it, and nothing else is guessed")
{
    const QDate december(2026, 12, 4);
    CHECK(MeetingDate::parse(QStringLiteral("viernes 26 de marzo"), december) ==
          QDate(2027, 3, 26));
    CHECK(MeetingDate::parse(QStringLiteral("26 Mar. 2027, 8:00"), december) == QDate(2027, 3, 26));
    CHECK(MeetingDate::parse(QStringLiteral("26 de marzo, 9.05"), december) ==
          QDate(2027, 3, 26)); // 9.05 is a time, not the 9th of May
    CHECK(MeetingDate::parse(QStringLiteral("a las 8.30, el 12/3"), december) ==
          QDate(2027, 3, 12));
    CHECK(MeetingDate::parse(QStringLiteral("el 11 de diciembre"), december) ==
          QDate(2026, 12, 11));
    CHECK(MeetingDate::parse(QStringLiteral("26/03/2027"), december) == QDate(2027, 3, 26));
    CHECK(MeetingDate::parse(QStringLiteral("5/1"), december) == QDate(2027, 1, 5));
    CHECK(MeetingDate::parse(QStringLiteral("2027-03-26"), december) == QDate(2027, 3, 26));
    CHECK_FALSE(MeetingDate::parse(QStringLiteral("en marzo"), december).isValid());
    CHECK_FALSE(MeetingDate::parse(QStringLiteral("31 de febrero"), december).isValid());
    CHECK_FALSE(MeetingDate::parse(QStringLiteral("a las 8:00"), december).isValid());
    CHECK_FALSE(MeetingDate::parse(QString(), december).isValid());
}

TEST_CASE("The zone's figures take each school's commitments from its latest session, with their "
          "reviews, and name the schools without a follow-up and the overdue reviews")
{
    ZoneOfTwoSessions zone;
    const QVector<ZoneSession> records = ZoneRecords::read(zone.db);
    REQUIRE(records.size() == 2);

    SECTION("December alone: the review is due on the meeting agreed, then overdue")
    {
        const QVector<ZoneSession> december{records.constFirst()};
        REQUIRE_FALSE(december.constFirst().followUp);
        const ZoneFigures before = ZoneFigures::of(december, QDate(2027, 3, 1));
        CHECK(before.commitments == 3);
        CHECK(before.byState[index(Review::State::Pending)] == 3);
        CHECK(before.overdue == 0);
        CHECK(before.withoutFollowUp.size() == 2);
        CHECK(school(before, QStringLiteral("09DPR5678M")).reviewDue == QDate(2027, 3, 26));
        const ZoneFigures after = ZoneFigures::of(december, QDate(2027, 4, 1));
        CHECK(after.overdue == 2);
    }
    SECTION("With March: one school reviewed, one not")
    {
        zone.review(QStringLiteral("09DPR5678M"));
        const ZoneFigures figures = ZoneFigures::of(ZoneRecords::read(zone.db), QDate(2027, 4, 1));
        CHECK(figures.sessions == 2);
        CHECK(figures.schools.size() == 3);
        const ZoneSchoolFigures &reviewed = school(figures, QStringLiteral("09DPR5678M"));
        CHECK(reviewed.sessions == 2);
        CHECK(reviewed.followedUp);
        CHECK_FALSE(reviewed.reviewOverdue);
        CHECK(reviewed.byState[index(Review::State::Done)] == 1);
        CHECK(reviewed.byState[index(Review::State::InProgress)] == 1);
        REQUIRE(reviewed.commitments.size() == 2);
        CHECK(reviewed.commitments.constFirst().history.size() == 1);
        CHECK(reviewed.commitmentsSession.startsWith(QStringLiteral("Seguimiento")));
        const ZoneSchoolFigures &waiting = school(figures, QStringLiteral("09DPR1234X"));
        CHECK_FALSE(waiting.followedUp);
        CHECK(waiting.reviewOverdue); // the follow-up was held and reviewed nothing of it
        CHECK(figures.commitments == 3);
        CHECK(figures.byState[index(Review::State::Pending)] == 1);
        CHECK(figures.byState[index(Review::State::Done)] == 1);
        CHECK(figures.withoutFollowUp == QStringList{waiting.name});
        CHECK(figures.overdue == 1);
        REQUIRE(figures.common.size() == 2);
        CHECK(figures.common.constFirst().schools.size() == 3);
        CHECK(figures.common.constFirst().kind == 0);
    }
}

TEST_CASE("The zone report as CSV and as PDF holds each school, the totals, the schools without a "
          "follow-up and the shared problems, and never a private note")
{
    ZoneOfTwoSessions zone;
    zone.review(QStringLiteral("09DPR5678M"));
    const QDate today(2027, 4, 1);
    const ZoneFigures figures = ZoneFigures::of(ZoneRecords::read(zone.db), today);
    QTemporaryDir dir;

    const QString csvPath = dir.filePath(QStringLiteral("zona.csv"));
    REQUIRE(ZoneReport::write(figures, QStringLiteral("zona.sqlite"), today, csvPath).isEmpty());
    const QByteArray bytes = test::readFile(csvPath);
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets read the accents
    const QString csv = QString::fromUtf8(bytes);
    CHECK(csv.contains(QStringLiteral("Escuela Primaria «Sor Juana Inés de la Cruz»,09DPR5678M,2,"
                                      "0 de 4,2,0,1,1,0,sí,revisados")));
    CHECK(csv.contains(QStringLiteral("Escuela Primaria «Benito Juárez»,09DPR1234X,2,0 de 4,1,1,0,"
                                      "0,0,no,vencida (")));
    CHECK(csv.contains(
        QStringLiteral("Total de la zona (3 escuelas),,2,0 de 12,3,1,1,1,0,1 sin seguimiento,"
                       "1 vencidas")));
    CHECK(csv.contains(QStringLiteral("Las tres escuelas priorizan la comprensión lectora.,"
                                      "Similitud,")));
    CHECK_FALSE(csv.contains(QStringLiteral("Nota íntima")));

    const QString pdfPath = dir.filePath(QStringLiteral("zona.pdf"));
    REQUIRE(ZoneReport::write(figures, QStringLiteral("zona.sqlite"), today, pdfPath).isEmpty());
    const QString text = test::pdfToText(pdfPath).simplified();
    CHECK(text.contains(QStringLiteral("Reporte de la zona escolar")));
    CHECK(text.contains(QStringLiteral("Escuelas sin seguimiento • Escuela Primaria «Benito "
                                       "Juárez» Problemas y prácticas en común")));
    CHECK(text.contains(QStringLiteral("Las tres escuelas priorizan la comprensión lectora.")));
    CHECK(text.contains(QStringLiteral("Bajo nivel de comprensión lectora en primer ciclo.")));
    CHECK(text.contains(QStringLiteral("1 sin seguimiento")));
    CHECK_FALSE(text.contains(QStringLiteral("Nota íntima")));

    // A full disk or a folder that is not there: said, and nothing left behind.
    const QString nowhere = dir.filePath(QStringLiteral("no-existe/zona.pdf"));
    CHECK_FALSE(ZoneReport::write(figures, QString(), today, nowhere).isEmpty());
    CHECK_FALSE(QFileInfo::exists(nowhere));
}
