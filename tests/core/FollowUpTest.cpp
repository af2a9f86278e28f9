#include "core/session/FollowUp.h"
#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/guide/GuideLibrary.h"
#include "core/session/ReviewBoard.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace fcte;

namespace {

struct March {
    test::TempBitacora temp;
    Database db;
    qint64 earlier = 0;
    qint64 followUp = 0;

    March()
    {
        db.open(temp.path());
        earlier = DemoSession::create(db);
        followUp = FollowUp::create(db, earlier);
    }
    Review review(Review::Item item, qint64 itemId, Review::State state, const char *indicator)
    {
        Review made;
        made.item = item;
        made.itemId = itemId;
        made.state = state;
        made.indicator = QString::fromUtf8(indicator);
        made.reviewedOn = QDate(2027, 3, 12);
        SheetStore(db).addReview(followUp, made);
        return made;
    }
};

} // namespace

TEST_CASE("The follow-up agenda is a guide file of ours, labelled as our proposal")
{
    CHECK(GuideLibrary::problems().isEmpty());
    const Guide *guide = GuideLibrary::builtIn(FollowUp::guideId());
    REQUIRE(guide);
    CHECK(guide->title.contains(QStringLiteral("propuesta")));
    CHECK(guide->source.contains(QStringLiteral("No es una guía de la SEP")));
    const QVector<Activity> activities = guide->activities();
    CHECK(std::any_of(activities.cbegin(), activities.cend(), [](const Activity &activity) {
        return activity.sheets.contains(QStringLiteral("review"));
    }));
    CHECK(&GuideLibrary::forSession(QStringLiteral("una-guia-que-no-existe")) ==
          GuideLibrary::builtIn(test::shippedGuide().id));
}

TEST_CASE("A follow-up session carries the schools, people, commitments, agreements and meeting")
{
    March march;
    SessionStore sessions(march.db);
    SheetStore sheets(march.db);
    const SessionInfo info = *sessions.session(march.followUp);
    CHECK(info.followUpOf == march.earlier);
    CHECK(info.guideId == FollowUp::guideId());
    CHECK(info.title.startsWith(QStringLiteral("Seguimiento: ")));
    CHECK(sessions.schools(march.followUp).size() == sessions.schools(march.earlier).size());
    CHECK(sessions.participants(march.followUp).size() ==
          sessions.participants(march.earlier).size());
    int kept = 0;
    for (const Commitment &commitment : sheets.commitments(march.earlier))
        kept += commitment.isStruck() ? 0 : 1;
    const QVector<Commitment> carried = sheets.commitments(march.followUp);
    REQUIRE(carried.size() == kept);
    // The same words, now belonging to the new session's people.
    CHECK(carried.first().actions == sheets.commitments(march.earlier).first().actions);
    QSet<qint64> people;
    for (const Participant &person : sessions.participants(march.followUp))
        people.insert(person.id);
    for (const Commitment &commitment : carried)
        CHECK(people.contains(commitment.participantId));
    for (const char *sheet : {"followUp", "externalAdvice"}) {
        int before = 0;
        for (const Entry &entry : sheets.entries(march.earlier, QString::fromLatin1(sheet)))
            before += entry.isStruck() ? 0 : 1;
        CHECK(sheets.entries(march.followUp, QString::fromLatin1(sheet)).size() == before);
    }
    // The meeting agreed last time is this one: its place and start; the plan ends with the
    // follow-up's own activities (5 + 3 × 10 + 15 + 10 minutes), and the next meeting is a new
    // one, still to agree.
    const NextMeeting agreed = sheets.nextMeeting(march.earlier);
    REQUIRE(agreed.time.startsWith(QStringLiteral("8:00")));
    CHECK(info.place == agreed.place);
    CHECK(info.plannedStart == QTime(8, 0));
    CHECK(info.plannedEnd == QTime(9, 0));
    const NextMeeting next = sheets.nextMeeting(march.followUp);
    CHECK(next.agenda.isEmpty());
    CHECK(next.date.isEmpty());
    CHECK(next.time.isEmpty());
    CHECK(next.place.isEmpty());
    CHECK(sheets.teams(march.followUp).size() == sheets.teams(march.earlier).size());
}

// October → March → June: a follow-up of a follow-up started everything over as "Pendiente"
// (what was "No cumplido" included) and was titled "Seguimiento: Seguimiento: …".
TEST_CASE("A follow-up of a follow-up goes on from each item's latest state, its history with it")
{
    March march;
    const QVector<ReviewItem> items = ReviewBoard::items(march.db, march.followUp, 0);
    REQUIRE(items.size() >= 3);
    march.review(items.at(0).kind, items.at(0).id, Review::State::InProgress, "2 de 5");
    march.review(items.at(0).kind, items.at(0).id, Review::State::Done, "5 de 5");
    march.review(items.at(1).kind, items.at(1).id, Review::State::NotDone, "");
    const ReviewItem agreement =
        *std::find_if(items.cbegin(), items.cend(),
                      [](const ReviewItem &item) { return item.kind == Review::Item::Agreement; });
    march.review(agreement.kind, agreement.id, Review::State::InProgress, "");

    const qint64 june = FollowUp::create(march.db, march.followUp);
    const QVector<ReviewItem> carried = ReviewBoard::items(march.db, june, 0);
    REQUIRE(carried.size() == items.size());
    const auto statesOf = [](const QVector<ReviewItem> &list) {
        QStringList states;
        for (const ReviewItem &item : list)
            states << Review::stateName(item.state()) + QLatin1Char('/') +
                          QString::number(item.history.size());
        return states;
    };
    CHECK(statesOf(carried) == statesOf(ReviewBoard::items(march.db, march.followUp, 0)));
    CHECK(carried.at(0).state() == Review::State::Done);
    CHECK(carried.at(0).history.size() == 2);
    CHECK(carried.at(0).latest()->indicator == QStringLiteral("5 de 5"));
    CHECK(carried.at(1).state() == Review::State::NotDone);
    const SessionInfo info = *SessionStore(march.db).session(june);
    CHECK(info.followUpOf == march.followUp);
    CHECK(info.title == QStringLiteral("Seguimiento 2: Aprendizaje entre escuelas (demostración)"));
}

TEST_CASE("Each review is kept: the latest is the state, all of them the history")
{
    March march;
    const QVector<ReviewItem> before = ReviewBoard::items(march.db, march.followUp, 0);
    REQUIRE_FALSE(before.isEmpty());
    CHECK(before.first().state() == Review::State::Pending); // not reviewed yet
    const qint64 first = before.first().id;
    march.review(Review::Item::Commitment, first, Review::State::InProgress, "3 de 5 alumnos");
    march.review(Review::Item::Commitment, first, Review::State::Done, "5 de 5 alumnos");
    const QVector<ReviewItem> after = ReviewBoard::items(march.db, march.followUp, 0);
    REQUIRE(after.first().history.size() == 2);
    CHECK(after.first().state() == Review::State::Done);
    CHECK(after.first().history.first().indicator == QStringLiteral("3 de 5 alumnos"));
    CHECK(SheetStore(march.db).reviews(march.followUp).size() == 2);
}

TEST_CASE("The follow-up PDF shows each commitment as made and as reviewed, and counts per school")
{
    March march;
    const QVector<ReviewItem> items = ReviewBoard::items(march.db, march.followUp, 0);
    REQUIRE(items.size() >= 2);
    march.review(Review::Item::Commitment, items.at(0).id, Review::State::Pending, "");
    march.review(Review::Item::Commitment, items.at(0).id, Review::State::Done, "rúbrica 3 de 4");
    // The indicator corrected: kept in the history, but no new state.
    march.review(Review::Item::Commitment, items.at(0).id, Review::State::Done, "rúbrica 4 de 4");
    const QString pdf = march.temp.dir.filePath(QStringLiteral("marzo.pdf"));
    const Guide &guide = GuideLibrary::forSession(FollowUp::guideId());
    REQUIRE(Exporters::writePdf(march.db, guide, march.followUp, pdf).isEmpty());
    const QString text = test::pdfToText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Seguimiento de compromisos")));
    // The state cell wraps in its column; pdftotext reads a row's lines across the columns, so
    // the commitment's own lines may come between its two lines.
    CHECK(text.contains(
        QRegularExpression(QStringLiteral("Cumplido .{0,200}\\(antes: .{0,200}Pendiente\\)"))));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("Pendiente,\\s+Cumplido"))));
    // The indicator as typed, its words in order (its cell may wrap them among the row's lines).
    CHECK(text.contains(
        QRegularExpression(QStringLiteral("rúbrica .{0,200}?4 .{0,200}?de .{0,200}?4"))));
    CHECK(text.contains(QStringLiteral("Resumen por escuela")));
    // Under each school's heading a commitment names its person alone, not "Name (School)".
    CHECK(text.contains(items.at(0).name));
    CHECK_FALSE(text.contains(QStringLiteral("(Escuela Primaria")));
    for (const QString &word : items.at(1).text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        CHECK(text.contains(word)); // as made, words wrapped in its cell
}

TEST_CASE("A follow-up session's archive keeps its reviews, and reads back the same")
{
    March march;
    const QVector<ReviewItem> items = ReviewBoard::items(march.db, march.followUp, 0);
    march.review(Review::Item::Commitment, items.first().id, Review::State::NotDone, "sin avance");
    for (const ReviewItem &item : items) {
        if (item.kind == Review::Item::Agreement) {
            march.review(Review::Item::Agreement, item.id, Review::State::InProgress, "");
            break;
        }
    }
    const QByteArray archive = BitacoraArchive::exportSession(march.db, march.followUp);
    test::ImportedCopy targetCopy(archive);
    Database &target = targetCopy.db;
    const ArchiveImportResult &imported = targetCopy.result;
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    CHECK(SheetStore(target).reviews(imported.sessionId).size() == 2);
    CHECK(BitacoraArchive::exportSession(target, imported.sessionId) == archive);
}

TEST_CASE("The PDF prints the parts of the record its guide feeds: a follow-up has no fourth "
          "session's balance, advice or commitments table")
{
    March march;
    const QString octoberPdf = march.temp.dir.filePath(QStringLiteral("octubre.pdf"));
    REQUIRE(
        Exporters::writePdf(march.db, test::shippedGuide(), march.earlier, octoberPdf).isEmpty());
    const QString october = test::pdfToText(octoberPdf);
    const QString marchPdf = march.temp.dir.filePath(QStringLiteral("marzo.pdf"));
    const Guide &guide = GuideLibrary::forSession(FollowUp::guideId());
    REQUIRE(Exporters::writePdf(march.db, guide, march.followUp, marchPdf).isEmpty());
    const QString followUp = test::pdfToText(marchPdf);
    // The fourth session's guide feeds every one of them.
    for (const char *heading :
         {"Compromisos personales", "Compartiré", "Necesidades de asesoría externa",
          "Balance de los directores", "Próxima reunión", "Acuerdos de seguimiento"})
        CHECK(october.contains(QString::fromUtf8(heading)));
    CHECK_FALSE(october.contains(QStringLiteral("Seguimiento de compromisos")));
    // The follow-up's guide: its review, its agreements that follow and its next meeting only.
    CHECK(followUp.contains(QStringLiteral("Seguimiento de compromisos")));
    CHECK(followUp.contains(QStringLiteral("Acuerdos de seguimiento")));
    CHECK(followUp.contains(QStringLiteral("Próxima reunión")));
    for (const char *heading :
         {"Compromisos personales", "Compartiré", "Balance de los directores"})
        CHECK_FALSE(followUp.contains(QString::fromUtf8(heading)));
    // The advice requested in October is carried, still open: printed, said to come from then.
    SheetStore sheets(march.db);
    REQUIRE_FALSE(sheets.entries(march.followUp, QStringLiteral("externalAdvice")).isEmpty());
    CHECK(followUp.contains(QStringLiteral("Necesidades de asesoría externa")));
    CHECK(followUp.contains(QStringLiteral("Las que se pidieron en la sesión anterior.")));
    for (const Entry &entry : sheets.entries(march.followUp, QStringLiteral("externalAdvice")))
        CHECK(followUp.simplified().contains(entry.text.left(15)));
}

TEST_CASE("In the follow-up PDF the collective's agreements are one group, counted once, and "
          "the new ones are not mixed with the carried")
{
    March march;
    SheetStore sheets(march.db);
    const QVector<Entry> carried = sheets.entries(march.followUp, QStringLiteral("followUp"));
    REQUIRE(carried.size() >= 2);
    for (const Entry &entry : carried)
        CHECK(entry.isCarried());
    // Each school's group has its people's commitments only; the agreements are a group.
    for (const School &school : SessionStore(march.db).schools(march.followUp)) {
        for (const ReviewItem &item : ReviewBoard::items(march.db, march.followUp, school.id))
            CHECK(item.kind == Review::Item::Commitment);
    }
    const QVector<ReviewItem> collective =
        ReviewBoard::items(march.db, march.followUp, ReviewBoard::Collective);
    REQUIRE(collective.size() == carried.size());
    march.review(Review::Item::Agreement, collective.first().id, Review::State::Done, "");
    // A new agreement, made in March's activity 3: not reviewed now, listed as agreed now.
    Entry fresh;
    fresh.sheet = QStringLiteral("followUp");
    fresh.activity = 3;
    fresh.text = QStringLiteral("Reunión de grado cada viernes");
    sheets.addEntry(march.followUp, fresh);
    CHECK(ReviewBoard::items(march.db, march.followUp, ReviewBoard::Collective).size() ==
          carried.size());

    const QString pdf = march.temp.dir.filePath(QStringLiteral("marzo.pdf"));
    const Guide &guide = GuideLibrary::forSession(FollowUp::guideId());
    REQUIRE(Exporters::writePdf(march.db, guide, march.followUp, pdf).isEmpty());
    const QString text = test::pdfToText(pdf);
    // Once as a heading, once in the summary, and never under a school.
    CHECK(text.count(QStringLiteral("Acuerdos del colectivo")) == 2);
    CHECK(text.count(carried.first().text.left(20)) == 1);
    const QString agreedNow = text.mid(text.lastIndexOf(QStringLiteral("Acuerdos de seguimiento")));
    CHECK(agreedNow.contains(QStringLiteral("Reunión de grado cada viernes")));
    for (const Entry &entry : carried)
        CHECK_FALSE(agreedNow.contains(entry.text.left(20)));
}

TEST_CASE("The chain October, March and June is exported, imported and exported again byte for "
          "byte")
{
    March march;
    const QVector<ReviewItem> items = ReviewBoard::items(march.db, march.followUp, 0);
    REQUIRE(items.size() >= 2);
    march.review(items.at(0).kind, items.at(0).id, Review::State::NotDone, "sin evidencia");
    march.review(items.at(1).kind, items.at(1).id, Review::State::InProgress, "2 de 5");
    const qint64 june = FollowUp::create(march.db, march.followUp);
    const QVector<ReviewItem> juneItems = ReviewBoard::items(march.db, june, 0);
    REQUIRE(juneItems.size() == items.size());
    SheetStore sheets(march.db);
    Review done;
    done.item = juneItems.at(1).kind;
    done.itemId = juneItems.at(1).id;
    done.state = Review::State::Done;
    done.reviewedOn = QDate(2027, 6, 18);
    sheets.addReview(june, done);

    for (const qint64 session : {march.earlier, march.followUp, june}) {
        INFO("session " << session);
        const QByteArray archive = BitacoraArchive::exportSession(march.db, session);
        test::ImportedCopy copy(archive);
        REQUIRE(copy.result.ok());
        CHECK(BitacoraArchive::exportSession(copy.db, copy.result.sessionId) == archive);
    }
    // June goes on from March: the item left "No cumplido" is still so, with its history.
    const QVector<ReviewItem> after = ReviewBoard::items(march.db, june, 0);
    CHECK(after.at(0).state() == Review::State::NotDone);
    CHECK(after.at(1).state() == Review::State::Done);
    CHECK(after.at(1).stateChanges().size() == 2);
}
