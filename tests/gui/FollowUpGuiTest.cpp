#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/help/ManualWindow.h"
#include "app/projection/ProjectionController.h"
#include "app/projection/ProjectionView.h"
#include "app/sheets/ReviewSheet.h"
#include "app/sheets/SheetPanel.h"
#include "app/start/StartDialog.h"
#include "app/timer/TimerBar.h"
#include "core/export/DemoSession.h"
#include "core/guide/GuideLibrary.h"
#include "core/session/Bitacora.h"
#include "core/session/FollowUp.h"
#include "core/session/SessionRunner.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/TimingStore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace fcte;
using test::child;

namespace {

// The demo session's March follow-up, open in the window at one of its activities.
struct FollowUpWindow {
    test::TempBitacora temp;
    Database db;
    qint64 followUp = 0;
    std::unique_ptr<Stores> stores;
    std::unique_ptr<Notebook> notebook;
    test::ManualClock clock;
    std::unique_ptr<MainWindow> window;

    explicit FollowUpWindow(int activity = 1)
    {
        db.open(temp.path());
        followUp = FollowUp::create(db, DemoSession::create(db));
        stores = std::make_unique<Stores>(db);
        notebook = std::make_unique<Notebook>(db);
        stores->sessions.setCurrentActivity(followUp, activity);
        window = std::make_unique<MainWindow>(GuideLibrary::forSession(FollowUp::guideId()),
                                              *notebook, followUp, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

} // namespace

TEST_CASE("In the follow-up the recorder sets each commitment's state by keyboard, kept as history")
{
    FollowUpWindow fixture(2);
    MainWindow &window = *fixture.window;
    Stores &stores = *fixture.stores;
    const qint64 followUp = fixture.followUp;

    auto *sheet = qobject_cast<ReviewSheet *>(window.sheetPanel()->sheet(QStringLiteral("review")));
    REQUIRE(sheet);
    // The sheet follows the school that has the floor: the first in the presentation order.
    auto *school = child<QComboBox>(sheet, "reviewSchoolComboBox");
    CHECK(school->currentText() == stores.sessions.schools(followUp).first().name);
    ReviewModel *model = sheet->model();
    const auto tester = test::checkedModel(model);
    REQUIRE(model->rowCount() > 0);
    // The school is chosen above the table: a row names its person alone.
    CHECK(model->index(0, ReviewModel::WhoColumn).data().toString() == model->items().first().name);
    CHECK_FALSE(model->index(0, ReviewModel::WhoColumn).data().toString().contains(u'('));
    // Reviewed once before, in March: each later change is its own row, with its own time and
    // its own date.
    const QDateTime march = QDateTime::currentDateTimeUtc().addDays(-30);
    Review before;
    before.item = model->items().first().kind;
    before.itemId = model->items().first().id;
    before.state = Review::State::Pending;
    before.reviewedOn = march.date();
    before.recordedAt = march;
    REQUIRE(window.bitacora().addReview(before));
    QTableView *view = sheet->view();
    view->setFocus();
    view->setCurrentIndex(model->index(0, ReviewModel::StateColumn));
    QTest::keyClick(view, Qt::Key_2); // en proceso
    QTest::keyClick(view, Qt::Key_3); // cumplido
    CHECK(model->index(0, ReviewModel::StateColumn).data().toString() ==
          QStringLiteral("Cumplido"));
    CHECK(view->currentIndex().row() == 0); // still on the row being reviewed
    REQUIRE(model->setData(model->index(0, ReviewModel::IndicatorColumn),
                           QStringLiteral("  4 de 5 alumnos leen con fluidez "), Qt::EditRole));
    CHECK(model->index(0, ReviewModel::StateColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("En proceso")));
    const QVector<Review> reviews = stores.sheets.reviews(followUp);
    REQUIRE(reviews.size() == 4); // nothing overwritten
    CHECK(reviews.at(0).recordedAt == march);
    CHECK(reviews.at(1).state == Review::State::InProgress);
    CHECK(reviews.at(3).state == Review::State::Done);
    CHECK(reviews.at(3).indicator == QStringLiteral("4 de 5 alumnos leen con fluidez"));
    for (int i = 1; i < 4; ++i) {
        INFO("review " << i);
        CHECK(reviews.at(i).recordedAt > march.addDays(1)); // when it was made: now
        CHECK(reviews.at(i).reviewedOn == QDate::currentDate());
    }
    // The indicator is no new state: the history says each state once.
    const QString history =
        model->index(0, ReviewModel::StateColumn).data(Qt::ToolTipRole).toString();
    CHECK(history.count(QStringLiteral("Cumplido")) == 1);
    CHECK(history.count(QStringLiteral(" → ")) == 2); // Pendiente → En proceso → Cumplido

    // The room sees the school's commitments with their states.
    REQUIRE(QTest::qWaitFor([&] { return !window.projection().hasPendingRefresh(); }));
    const ProjectionContent &shown = window.projection().view().content();
    REQUIRE_FALSE(shown.lines.isEmpty());
    CHECK(shown.lines.first().tags.startsWith(QStringLiteral("Cumplido · 4 de 5")));
}

// A follow-up of four activities was planned 08:00–12:30 and its end counted a break after an
// activity 10 it does not have.
TEST_CASE("A follow-up's bar plans its own hour: no break counted past its last activity")
{
    FollowUpWindow fixture;
    MainWindow &window = *fixture.window;
    const qint64 followUp = fixture.followUp;
    Stores &stores = *fixture.stores;
    window.timerBar().refresh();
    const QString row = window.timerBar().clockText();
    INFO(row.toStdString());
    CHECK(row.contains(QStringLiteral("plan 08:00–09:00")));
    CHECK_FALSE(row.contains(QStringLiteral("fin según el plan")));
    CHECK(stores.timing.breaks(followUp).isEmpty());
}

// Team and whole-room agreements were listed under every school (set once per school, counted
// once per school), and listed again as new under "Acuerdos que siguen".
TEST_CASE("The collective's agreements are reviewed once, as their own group, and not listed "
          "again as new")
{
    FollowUpWindow fixture(2);
    MainWindow &window = *fixture.window;
    Stores &stores = *fixture.stores;
    const qint64 followUp = fixture.followUp;
    const QVector<Entry> carried = stores.sheets.entries(followUp, QStringLiteral("followUp"));
    REQUIRE(carried.size() >= 2);

    // Activity 2, school by school: commitments only.
    auto *sheet = qobject_cast<ReviewSheet *>(window.sheetPanel()->sheet(QStringLiteral("review")));
    REQUIRE(sheet);
    auto *group = child<QComboBox>(sheet, "reviewSchoolComboBox");
    const int schools = int(stores.sessions.schools(followUp).size());
    REQUIRE(group->count() == schools + 1);
    CHECK(group->itemText(schools) == QStringLiteral("Acuerdos del colectivo"));
    for (int i = 0; i < schools; ++i) {
        group->setCurrentIndex(i);
        for (const ReviewItem &item : sheet->model()->items())
            CHECK(item.kind == Review::Item::Commitment);
    }

    // Activity 3, of the whole room: the sheet opens on the collective's agreements, each once.
    window.runner().goTo(3);
    sheet = qobject_cast<ReviewSheet *>(window.sheetPanel()->sheet(QStringLiteral("review")));
    REQUIRE(sheet);
    group = child<QComboBox>(sheet, "reviewSchoolComboBox");
    CHECK(group->currentText() == QStringLiteral("Acuerdos del colectivo"));
    ReviewModel *model = sheet->model();
    REQUIRE(model->rowCount() == carried.size());
    QTableView *view = sheet->view();
    view->setFocus();
    view->setCurrentIndex(model->index(0, ReviewModel::StateColumn));
    QTest::keyClick(view, Qt::Key_3); // cumplido: one review, once
    const QVector<Review> reviews = stores.sheets.reviews(followUp);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews.first().item == Review::Item::Agreement);
    // The room sees the collective's agreements.
    REQUIRE(QTest::qWaitFor([&] { return !window.projection().hasPendingRefresh(); }));
    CHECK(window.projection().view().content().sheetName ==
          QStringLiteral("Seguimiento: acuerdos del colectivo"));

    // "Acuerdos que siguen" lists what is agreed now; the carried ones are in the review.
    auto *agreements = window.sheetPanel()->sheet(QStringLiteral("followUp"));
    REQUIRE(agreements);
    auto *list = agreements->findChild<QTableView *>();
    REQUIRE(list);
    CHECK(list->model()->rowCount() == 0);
}

// October → March → June: the chooser offered every session alike, the first one first.
TEST_CASE("The start screen's follow-up chooser offers the chain's newest session and says which "
          "is which")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 october = DemoSession::create(db);
    const qint64 march = FollowUp::create(db, october);
    SessionStore store(db);
    Notebook notebook(db);
    StartDialog start(notebook, test::shippedGuide());
    start.show();

    QStringList offered;
    QString preselected;
    const test::ModalAnswer pick([&](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        if (!input) {
            modal->close();
            return;
        }
        offered = input->comboBoxItems();
        preselected = input->textValue();
        input->accept(); // the one offered
    });
    QTest::mouseClick(child<QPushButton>(&start, "followUpButton"), Qt::LeftButton);
    REQUIRE(pick.answered());
    REQUIRE(offered.size() == 2);
    const QString octoberTitle = store.session(october)->title;
    const QString marchTitle = store.session(march)->title;
    INFO(offered.join(QLatin1Char('\n')).toStdString());
    const QStringList first =
        offered.filter(QStringLiteral("ya tiene seguimiento: «%1»").arg(marchTitle));
    const QStringList second =
        offered.filter(QStringLiteral("seguimiento de «%1»").arg(octoberTitle));
    REQUIRE(first.size() == 1);
    REQUIRE(second.size() == 1);
    CHECK(first.first().startsWith(octoberTitle));
    CHECK(second.first().startsWith(marchTitle));
    CHECK(preselected == second.first()); // the chain's newest, not the first session
    REQUIRE(start.result() == QDialog::Accepted);
    const auto june = store.session(start.sessionId());
    REQUIRE(june);
    CHECK(june->followUpOf == march);
    CHECK(june->title.startsWith(QStringLiteral("Seguimiento 2: ")));
}

TEST_CASE("At 1366x768 the review table shows six of a school's commitments at once, however "
          "long")
{
    FollowUpWindow fixture(2);
    MainWindow &window = *fixture.window;
    Stores &stores = *fixture.stores;
    // Six long commitments for the first school's first teacher.
    const qint64 school = stores.sessions.schools(fixture.followUp).first().id;
    qint64 teacher = 0;
    for (const Participant &person : stores.sessions.participants(fixture.followUp)) {
        if (person.schoolId == school)
            teacher = person.id;
    }
    REQUIRE(teacher != 0);
    for (int i = 0; i < 6; ++i) {
        Commitment commitment;
        commitment.participantId = teacher;
        commitment.studentsNeed = QStringLiteral("la comprensión de textos informativos y la "
                                                 "producción de textos propios %1")
                                      .arg(i);
        commitment.actions = QStringLiteral("círculos de lectura dos veces por semana con "
                                            "preguntas guía y registro de avances");
        commitment.shareHow = QStringLiteral("registros de lectura, cuadernos y una muestra");
        commitment.evidence = QStringLiteral("rúbrica de comprensión lectora");
        stores.sheets.addCommitment(fixture.followUp, commitment);
    }
    window.resize(1366, 698); // the screen less a panel and a title bar
    auto *sheet = qobject_cast<ReviewSheet *>(window.sheetPanel()->sheet(QStringLiteral("review")));
    REQUIRE(sheet);
    sheet->showSchool(ReviewBoard::Collective);
    sheet->showSchool(school); // read again, with the new commitments
    QTableView *view = sheet->view();
    REQUIRE(view->model()->rowCount() >= 6);
    // Rows are sized to their text once the columns are fitted: wait for the last row's.
    const int last = view->model()->rowCount() - 1;
    REQUIRE(QTest::qWaitFor(
        [&] { return view->rowHeight(last) > view->verticalHeader()->defaultSectionSize(); }));
    INFO("rows of " << view->rowHeight(0) << " px in a viewport of " << view->viewport()->height()
                    << " px");
    CHECK(QTest::qWaitFor([&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        int whole = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->rowViewportPosition(row) >= 0 &&
                view->rowViewportPosition(row) + view->rowHeight(row) <= view->viewport()->height())
                ++whole;
        }
        return whole >= 6;
    }));
    CHECK(view->rowHeight(0) < view->fontMetrics().lineSpacing() * 3); // two lines at most
    // What a row cannot show is in its tooltip, whole.
    const QModelIndex text = view->model()->index(1, ReviewModel::TextColumn);
    CHECK(text.data(Qt::ToolTipRole).toString().contains(QStringLiteral("rúbrica")));
}

// F1 did nothing on the start screen, where a first-time director is.
TEST_CASE("The start screen has a line of help and F1 opens the manual there")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    Notebook notebook(db);
    StartDialog start(notebook, test::shippedGuide());
    start.show();
    REQUIRE(QTest::qWaitForWindowExposed(&start));
    auto *help = child<QLabel>(&start, "startHelpLabel");
    CHECK(help->isVisible());
    CHECK(help->text().startsWith(QStringLiteral("F1: manual de uso")));
    CHECK_FALSE(start.findChild<ManualWindow *>());
    QTest::keyClick(&start, Qt::Key_F1);
    auto *manual = start.findChild<ManualWindow *>();
    REQUIRE(manual);
    CHECK(manual->isVisible());
    manual->close();
}
