#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/agenda/AgendaModel.h"
#include "app/participation/ParticipationController.h"
#include "app/session/PreparationDialog.h"
#include "app/sheets/EntryModel.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/SheetPanel.h"
#include "app/timer/TimerBar.h"
#include "app/timer/TurnQueue.h"
#include "core/export/Exporters.h"
#include "core/guide/Guide.h"
#include "core/session/Bitacora.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <optional>

using namespace fcte;
using test::child;

namespace {

struct TimerFixture : test::SessionFixture {
    std::unique_ptr<MainWindow> window;

    void open(int activity)
    {
        sessions->setCurrentActivity(sessionId, activity);
        window = std::make_unique<MainWindow>(test::shippedGuide(), *notebook, sessionId, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    TimerBar &bar() const { return window->timerBar(); }
    void advance(double minutes)
    {
        clock.advanceMinutes(minutes);
        bar().refresh();
    }
};

} // namespace

TEST_CASE("F9 starts and pauses the countdown, which runs into marked overtime")
{
    TimerFixture fixture;
    fixture.open(4); // norms: 10 minutes
    CHECK(fixture.bar().countdown() == QStringLiteral("10:00"));
    CHECK(fixture.bar().level() == TimerBar::Level::Idle);

    QTest::keyClick(fixture.window.get(), Qt::Key_F9);
    CHECK(fixture.window->timer().isRunning(4));
    fixture.advance(3);
    CHECK(fixture.bar().countdown() == QStringLiteral("07:00"));
    CHECK(fixture.bar().level() == TimerBar::Level::Running);

    fixture.advance(5.5);
    CHECK(fixture.bar().level() == TimerBar::Level::Low); // 1:30 left

    fixture.advance(2);
    CHECK(fixture.bar().countdown() == QStringLiteral("+00:30"));
    CHECK(fixture.bar().level() == TimerBar::Level::Overtime);
    CHECK(fixture.bar().isFlashing());
    fixture.advance(0.2);
    fixture.advance(0.2);
    fixture.advance(0.2); // four seconds later the flash is over, the red stays
    CHECK_FALSE(fixture.bar().isFlashing());
    CHECK(fixture.bar().level() == TimerBar::Level::Overtime);

    QTest::keyClick(fixture.window.get(), Qt::Key_F9);
    CHECK_FALSE(fixture.window->timer().isRunning(4));
    fixture.advance(10);
    CHECK(fixture.bar().countdown() == QStringLiteral("+01:06"));
}

TEST_CASE("The timer buttons add and remove minutes")
{
    TimerFixture fixture;
    fixture.open(4);
    child<QAction>(fixture.window.get(), "moreTimeAction")->trigger();
    child<QAction>(fixture.window.get(), "moreTimeAction")->trigger();
    child<QAction>(fixture.window.get(), "lessTimeAction")->trigger();
    CHECK(fixture.window->timer().plannedMinutes(4) == 11);
    CHECK(fixture.bar().countdown() == QStringLiteral("11:00"));
}

TEST_CASE("F8 passes the word to the next school and the queue shows each school's time")
{
    TimerFixture fixture;
    fixture.open(7);
    // The big clock counts the speaking school's 10 minutes; the activity's 20 (two schools)
    // are secondary.
    CHECK(fixture.bar().countdown() == QStringLiteral("10:00"));
    CHECK(fixture.bar().turnText().contains(QStringLiteral("Benito Juárez")));
    CHECK(fixture.bar().turnText().contains(QStringLiteral("Actividad: 20:00")));
    QTest::keyClick(fixture.window.get(), Qt::Key_F9);
    fixture.advance(9);
    CHECK(fixture.bar().countdown() == QStringLiteral("01:00"));
    CHECK(fixture.bar().level() == TimerBar::Level::Low);
    fixture.advance(2);
    CHECK(fixture.bar().countdown() == QStringLiteral("+01:00"));
    CHECK(fixture.bar().level() == TimerBar::Level::Overtime);
    CHECK(fixture.bar().turnText().contains(QStringLiteral("Actividad: 09:00")));
    QTest::keyClick(fixture.window.get(), Qt::Key_F8);
    CHECK(fixture.bar().countdown() == QStringLiteral("10:00"));
    CHECK(fixture.bar().level() == TimerBar::Level::Running);
    CHECK(fixture.bar().turnText().contains(QStringLiteral("Niños Héroes")));
    auto *queue = child<TurnQueue>(fixture.window.get(), "turnQueue");
    queue->refresh();
    CHECK(queue->lines().at(0).startsWith(QStringLiteral("✓ Benito Juárez · 11:00")));
    CHECK(queue->lines().at(1).startsWith(QStringLiteral("▶ Niños Héroes")));
    QTest::keyClick(fixture.window.get(), Qt::Key_F8);
    CHECK(fixture.bar().turnText().contains(QStringLiteral("Todas las escuelas")));
}

TEST_CASE("The presentation order is changed from the keyboard")
{
    TimerFixture fixture;
    fixture.open(7);
    auto *list = child<QListWidget>(fixture.window.get(), "turnListWidget");
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    CHECK(fixture.bar().turnText().contains(QStringLiteral("Niños Héroes")));
    CHECK(fixture.window->timer().turns(7).at(0).schoolId ==
          fixture.sessions->schools(fixture.sessionId).at(1).id);
}

TEST_CASE("The agenda shows planned and actual minutes, and planned minutes are edited there")
{
    TimerFixture fixture;
    fixture.open(1);
    QTest::keyClick(fixture.window.get(), Qt::Key_F9);
    fixture.advance(7);
    QTest::keyClick(fixture.window.get(), Qt::Key_Right, Qt::AltModifier); // on to activity 2
    CHECK(fixture.window->timer().isRunning(2)); // the room moved on: its timer started
    auto *agenda = child<QTreeView>(fixture.window.get(), "agendaTreeView");
    QAbstractItemModel *model = agenda->model();
    const QModelIndex section1 = model->index(0, 0);
    CHECK(model->index(0, 1, section1).data().toInt() == 5); // welcome: planned 5
    CHECK(model->index(0, 2, section1).data().toInt() == 7); // actual 7
    REQUIRE(model->setData(model->index(3, 1, section1), 15));
    CHECK(fixture.window->timer().plannedMinutes(4) == 15);
    // The break is an agenda item after activity 10, and its minutes are edited the same way.
    const QModelIndex section2 = model->index(1, 0);
    const QModelIndex breakRow = model->index(6, 0, section2);
    CHECK(breakRow.data().toString().contains(QStringLiteral("Receso")));
    REQUIRE(model->setData(breakRow.siblingAtColumn(1), 20));
    CHECK(fixture.window->timer().breaks().first().minutes == 20);
    // A section's total counts its activities (5–10) only; the break stands apart.
    int activities = 0;
    for (int number = 5; number <= 10; ++number)
        activities += fixture.window->timer().plannedMinutes(number);
    CHECK(model->index(1, 1).data().toInt() == activities);
}

TEST_CASE("The activity's timer and the session's start are named apart, side by side")
{
    TimerFixture fixture;
    fixture.open(1);
    auto *start = child<QToolButton>(fixture.window.get(), "startSessionActionButton");
    QAction *toggle = child<QAction>(fixture.window.get(), "toggleTimerAction");
    REQUIRE(start->isVisible());
    CHECK(start->text() == QStringLiteral("Comenzar la sesión"));
    CHECK(toggle->text() == QStringLiteral("▶ Iniciar actividad"));
    // Not one word of the same verb: "Iniciar" beside "Iniciar sesión" was pressed for the other.
    CHECK_FALSE(start->text().contains(QStringLiteral("Iniciar")));
    toggle->trigger();
    CHECK(toggle->text() == QStringLiteral("‖ Pausar actividad"));
    CHECK(start->isVisible()); // a rehearsal: the session has not begun
    fixture.advance(1);
    toggle->trigger();
    CHECK(toggle->text() == QStringLiteral("▶ Reanudar actividad"));
}

TEST_CASE("Operator-window text reads at WCAG AA: done activities, struck entries, the keys' "
          "reminder and every label")
{
    TimerFixture fixture;
    fixture.open(4); // norms: 1 to 3 are done
    Entry struck;
    struck.sheet = QStringLiteral("norms");
    struck.activity = 4;
    struck.text = QStringLiteral("Tachada");
    REQUIRE(fixture.window->bitacora().addEntry(struck));
    REQUIRE(fixture.window->bitacora().setEntryStruck(struck.id, true));
    QCoreApplication::processEvents();

    auto *agenda = child<QTreeView>(fixture.window.get(), "agendaTreeView");
    const QColor base = agenda->palette().color(QPalette::Base);
    QModelIndex done;
    for (int section = 0; section < agenda->model()->rowCount() && !done.isValid(); ++section) {
        const QModelIndex parent = agenda->model()->index(section, 0);
        for (int row = 0; row < agenda->model()->rowCount(parent); ++row)
            if (agenda->model()
                    ->index(row, 0, parent)
                    .data()
                    .toString()
                    .contains(QStringLiteral("1. Bienvenida")))
                done = agenda->model()->index(row, 0, parent);
    }
    REQUIRE(done.isValid());
    const QColor doneColor = done.data(Qt::ForegroundRole).value<QColor>();
    REQUIRE(doneColor.isValid());
    CHECK(test::contrast(doneColor, base) >= 4.5);

    auto *sheet = qobject_cast<ListSheetEditor *>(
        fixture.window->sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(sheet);
    const QColor struckColor = sheet->model()->index(0, 0).data(Qt::ForegroundRole).value<QColor>();
    REQUIRE(struckColor.isValid());
    CHECK(test::contrast(struckColor, sheet->view()->palette().color(QPalette::Base)) >= 4.5);

    // Every label on view, the keys' reminder under the sheet among them.
    QStringList faint;
    for (QLabel *label : fixture.window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(fixture.window.get()) || label->text().isEmpty())
            continue;
        const QPalette palette = label->palette();
        const QPalette::ColorGroup group =
            label->isEnabled() ? QPalette::Active : QPalette::Disabled;
        const double ratio = test::contrast(palette.color(group, QPalette::WindowText),
                                            palette.color(group, QPalette::Window));
        if (ratio < 4.5)
            faint
                << QStringLiteral("%1 (%2): %3").arg(label->objectName(), label->text()).arg(ratio);
    }
    CHECK(faint.join(QLatin1Char('\n')) == QString());
    CHECK(child<QLabel>(sheet, "sheetKeysLabel")->isEnabled());
}

TEST_CASE("Behind schedule, the recovery suggestion is applied only when accepted")
{
    TimerFixture fixture;
    fixture.open(1);
    CHECK(fixture.bar().clockText().contains(QStringLiteral("Sin iniciar")));
    auto *start = child<QToolButton>(fixture.window.get(), "startSessionActionButton");
    REQUIRE(start->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    CHECK(fixture.window->timer().isRunning(1));
    CHECK_FALSE(start->isVisible());
    // Two schools make a 255-minute plan ending at 12:15, fifteen minutes before 12:30: a
    // 5-minute welcome that takes 40 puts the morning 20 minutes behind.
    fixture.advance(40);
    CHECK(fixture.bar().clockText().contains(QStringLiteral("20 min de retraso")));
    auto *recover = child<QPushButton>(fixture.window.get(), "recoverTimeButton");
    CHECK(recover->isVisible());
    const int before = fixture.window->timer().plannedMinutes(22);

    const auto answer = [](bool accept) {
        return test::ModalAnswer([accept](QWidget *modal) {
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                accept ? dialog->accept() : dialog->reject();
        });
    };
    const test::ModalAnswer refused = answer(false);
    QTest::mouseClick(recover, Qt::LeftButton);
    REQUIRE(refused.answered());
    CHECK(fixture.window->timer().plannedMinutes(22) == before);

    const test::ModalAnswer accepted = answer(true);
    QTest::mouseClick(recover, Qt::LeftButton);
    REQUIRE(accepted.answered());
    CHECK(fixture.window->timer().plannedMinutes(22) < before);
    fixture.bar().refresh();
    CHECK(fixture.bar().clockText().contains(QStringLiteral("a tiempo")));
    CHECK_FALSE(recover->isVisible());
}

TEST_CASE("A reopened window shows the same running timer, counting the time it was closed")
{
    TimerFixture fixture;
    fixture.open(7);
    QTest::keyClick(fixture.window.get(), Qt::Key_F9);
    fixture.advance(4);
    QTest::keyClick(fixture.window.get(), Qt::Key_F8);
    fixture.window.reset(); // the app is gone
    fixture.clock.advanceMinutes(2);
    fixture.open(7);
    CHECK(fixture.window->runner().currentActivity() == 7);
    CHECK(fixture.window->timer().isRunning(7));
    CHECK(fixture.bar().turnText().contains(QStringLiteral("Actividad: 14:00")));
    CHECK(fixture.bar().turnText().contains(QStringLiteral("Niños Héroes")));
    CHECK(fixture.bar().countdown() == QStringLiteral("08:00")); // two of its ten minutes gone
}

TEST_CASE("During the presentations the school-problem form follows the school with the floor")
{
    TimerFixture fixture;
    fixture.open(7);
    auto *school = child<QComboBox>(fixture.window.get(), "problemSchoolComboBox");
    const auto schools = fixture.sessions->schools(fixture.sessionId);
    CHECK(school->currentData().toLongLong() == schools.at(0).id);
    QTest::keyClick(fixture.window.get(), Qt::Key_F9);
    QTest::keyClick(fixture.window.get(), Qt::Key_F8);
    CHECK(school->currentData().toLongLong() == schools.at(1).id);
    // The recorder may still pick another school by hand; nothing moves it until the next turn.
    school->setCurrentIndex(0);
    fixture.advance(1);
    CHECK(school->currentData().toLongLong() == schools.at(0).id);
}

TEST_CASE(
    "The break is the director's proposal: on by default, off in the agenda, the plan and the PDF")
{
    TimerFixture fixture;
    fixture.open(1);
    QAction *proposed = child<QAction>(fixture.window.get(), "breakAction");
    CHECK(proposed->isChecked());
    SessionTimer &timer = fixture.window->timer();
    const int withBreak = timer.summary(1).plannedTotalMinutes;
    auto *agenda = child<QTreeView>(fixture.window.get(), "agendaTreeView");
    const QModelIndex breakRow = agenda->model()->index(6, 0, agenda->model()->index(1, 0));
    CHECK(breakRow.data().toString() == QStringLiteral("☕ Receso (propuesta)"));

    proposed->trigger(); // off
    CHECK(timer.summary(1).plannedTotalMinutes == withBreak - SessionTimer::DefaultBreakMinutes);
    CHECK(breakRow.data().toString() == QStringLiteral("☕ Sin receso"));
    const QString pdf = fixture.temp.dir.filePath(QStringLiteral("sin-receso.pdf"));
    REQUIRE(
        Exporters::writePdf(fixture.db, test::shippedGuide(), fixture.sessionId, pdf).isEmpty());
    CHECK_FALSE(test::pdfToText(pdf).contains(QStringLiteral("Receso")));

    proposed->trigger(); // on again, with its length
    CHECK(timer.summary(1).plannedTotalMinutes == withBreak);
    REQUIRE(
        Exporters::writePdf(fixture.db, test::shippedGuide(), fixture.sessionId, pdf).isEmpty());
    CHECK(test::pdfToText(pdf).contains(QStringLiteral("Receso (propuesta del director)")));

    // Zero minutes typed in the agenda is "no break" too.
    REQUIRE(agenda->model()->setData(breakRow.siblingAtColumn(1), 0));
    CHECK_FALSE(proposed->isChecked());
}

TEST_CASE("Planned minutes say where they come from: the guide's maximum, or our proposal")
{
    TimerFixture fixture;
    fixture.open(7);
    auto *meta = child<QLabel>(fixture.window.get(), "activityMetaLabel");
    CHECK(meta->text().contains(QStringLiteral("la guía: 10 minutos por escuela como máximo")));
    auto *agenda = child<QTreeView>(fixture.window.get(), "agendaTreeView");
    QAbstractItemModel *model = agenda->model();
    const QModelIndex seven = model->index(2, 1, model->index(1, 0));
    CHECK(seven.data(Qt::ToolTipRole).toString().contains(QStringLiteral("la guía fija 10")));
    const QModelIndex four = model->index(3, 1, model->index(0, 0));
    CHECK(four.data(Qt::ToolTipRole).toString().contains(QStringLiteral("propuesta")));
    QTest::keyClick(fixture.window.get(), Qt::Key_Right, Qt::AltModifier);
    CHECK(meta->text().contains(QStringLiteral("(propuesta")));
}

TEST_CASE("A rehearsal is never late, and the end shows planned against actual and offers the PDF")
{
    TimerFixture fixture;
    fixture.open(1);
    QTest::keyClick(fixture.window.get(), Qt::Key_F9); // rehearsing the night before
    fixture.advance(600);
    CHECK_FALSE(fixture.bar().clockText().contains(QStringLiteral("retraso")));
    CHECK_FALSE(child<QPushButton>(fixture.window.get(), "recoverTimeButton")->isVisible());

    const test::ModalAnswer fromZero([](QWidget *modal) {
        for (QPushButton *button : modal->findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("desde cero")))
                button->click();
        }
    });
    child<QAction>(fixture.window.get(), "startSessionAction")->trigger();
    REQUIRE(fromZero.answered());
    CHECK(fixture.window->timer().sessionStarted());
    CHECK(fixture.window->timer().elapsedMs(1) == 0);
    fixture.advance(12);
    fixture.window->runner().goTo(2);
    fixture.advance(3);

    QString heading;
    int rows = 0;
    QString welcomeActual;
    // The confirmation, then the summary: answered in turn, assertions after.
    std::optional<test::ModalAnswer> summary;
    const test::ModalAnswer confirm([&](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
        summary.emplace([&](QWidget *dialog) {
            auto *label = dialog->findChild<QLabel *>(QStringLiteral("summaryHeadingLabel"));
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("summaryTable"));
            if (label && table && table->rowCount() > 0) {
                heading = label->text();
                rows = table->rowCount();
                welcomeActual = table->item(0, 2)->text();
            }
            if (auto *resume =
                    dialog->findChild<QPushButton *>(QStringLiteral("summaryResumeButton")))
                resume->click();
        });
    });
    // Phones joined during the session: ending it closes their door too.
    REQUIRE(fixture.window->participation().start(QStringLiteral("127.0.0.1")));
    child<QAction>(fixture.window.get(), "endSessionAction")->trigger();
    REQUIRE(confirm.answered());
    CHECK_FALSE(fixture.window->participation().isRunning());
    REQUIRE(summary);
    REQUIRE(summary->answered());
    CHECK(heading.contains(QStringLiteral("Duración 0 h 15 min")));
    CHECK(rows == test::shippedGuide().activityCount() + 1); // every activity and the total
    CHECK(welcomeActual == QStringLiteral("12"));
    CHECK_FALSE(fixture.window->timer().sessionEnded()); // resumed from the summary
}

TEST_CASE("The proposed break is moved between activities, and the agenda follows")
{
    TimerFixture fixture;
    fixture.open(4);
    SessionTimer &timer = fixture.window->timer();
    const auto tester =
        test::checkedModel(child<QTreeView>(fixture.window.get(), "agendaTreeView")->model());
    REQUIRE(timer.breaks().first().afterActivity == SessionTimer::DefaultBreakAfterActivity);
    child<QAction>(fixture.window.get(), "breakEarlierAction")->trigger();
    child<QAction>(fixture.window.get(), "breakEarlierAction")->trigger();
    CHECK(timer.breaks().first().afterActivity == 8);
    auto *agenda = child<QTreeView>(fixture.window.get(), "agendaTreeView");
    QAbstractItemModel *model = agenda->model();
    // Right after activity 8 in the agenda, the break; the tree stays open at activity 4.
    const QModelIndex eight = static_cast<AgendaModel *>(model)->indexOfActivity(8);
    CHECK(eight.sibling(eight.row() + 1, 0).data().toString().contains(QStringLiteral("Receso")));
    CHECK(agenda->isExpanded(eight.parent()));
    CHECK(agenda->currentIndex().data(AgendaModel::ActivityNumberRole).toInt() == 4);

    child<QAction>(fixture.window.get(), "breakAction")->setChecked(false); // no break
    CHECK_FALSE(child<QAction>(fixture.window.get(), "breakLaterAction")->isEnabled());
    for (int i = 0; i < 30; ++i)
        timer.moveBreak(1);
    CHECK(timer.breaks().first().afterActivity == 21); // never after the last activity
}

TEST_CASE("A tick of the preparation checklist is a step Ctrl+Z takes back, and a refused one "
          "leaves the history")
{
    TimerFixture fixture;
    fixture.open(1);
    const Guide &guide = test::shippedGuide();
    PreparationDialog dialog(guide, fixture.window->bitacora());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < dialog.materials()->count() && !item; ++row)
        if (dialog.materials()->item(row)->text() == guide.materials.first())
            item = dialog.materials()->item(row);
    REQUIRE(item);
    const auto ready = [&fixture, &guide] {
        return fixture.window->bitacora().readyMaterials().contains(guide.materials.first());
    };
    item->setCheckState(Qt::Checked);
    REQUIRE(ready());
    QTest::keySequence(&dialog, QKeySequence::Undo);
    CHECK_FALSE(ready());
    CHECK(item->checkState() == Qt::Unchecked);
    QTest::keySequence(&dialog, QKeySequence::Redo);
    CHECK(ready());
    CHECK(item->checkState() == Qt::Checked);

    fixture.db.exec("CREATE TEMP TRIGGER refuse_ready BEFORE DELETE ON preparation "
                    "BEGIN SELECT RAISE(ABORT, 'no'); END");
    const test::MessageAnswer answer; // told, once the write is refused
    QTest::keySequence(&dialog, QKeySequence::Undo);
    REQUIRE(QTest::qWaitFor([&answer] { return answer.answered(); }));
    CHECK_FALSE(answer.text().isEmpty()); // told in front of the director, not behind the dialog
    CHECK(ready());                       // the bitácora kept the tick, and so does the list
    CHECK(item->checkState() == Qt::Checked);
    CHECK(dialog.undoStack()->count() == 0);
    fixture.db.exec("DROP TRIGGER refuse_ready");
}

TEST_CASE("Before the start everything the guide asks to prepare is a checklist, per school "
          "where it is per school, kept with the session")
{
    TimerFixture fixture;
    fixture.open(1);
    const Guide &guide = test::shippedGuide();
    const QVector<School> schools = fixture.sessions->schools(fixture.sessionId);
    REQUIRE(schools.size() >= 2);
    // The guide's three materials; two paper sheets (activities 4 and 10) and the prior agreement
    // in the zone's council; the text of its four readings (the introduction among them); and
    // each school's arrangement for Physical Education, English and USAER.
    REQUIRE(guide.materials.size() == 3);
    REQUIRE(guide.preparation.size() == 3);
    REQUIRE(guide.preparationPerSchool.size() == 1);
    const int total = 3 + 3 + 4 + int(schools.size());
    const auto ready = [total](int count) {
        return QStringLiteral("preparación %1/%2").arg(count).arg(total);
    };
    CHECK(fixture.bar().clockText().contains(ready(0)));
    QStringList shown;
    QStringList checkable;
    QString products;
    const auto tick = [&](QStringList rows) {
        // Each line in rows is ticked once, where it first appears.
        return test::ModalAnswer([rows, &shown, &checkable, &products](QWidget *modal) mutable {
            auto *list = modal->findChild<QListWidget *>(QStringLiteral("materialsListWidget"));
            for (int row = 0; list && row < list->count(); ++row) {
                QListWidgetItem *item = list->item(row);
                shown << item->text().trimmed();
                if (item->flags() & Qt::ItemIsUserCheckable)
                    checkable << item->text().trimmed();
                if (rows.removeOne(item->text().trimmed()))
                    item->setCheckState(Qt::Checked);
            }
            if (auto *label = modal->findChild<QLabel *>(QStringLiteral("productsLabel")))
                products = label->text();
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->accept();
        });
    };
    const QString usaer = guide.preparationPerSchool.first();
    const test::ModalAnswer twoReady = tick({guide.preparation.at(2), usaer});
    child<QAction>(fixture.window.get(), "prepareSessionAction")->trigger();
    REQUIRE(twoReady.answered());
    CHECK(checkable.size() == total - 4); // a reading's text is pasted, not ticked
    CHECK(products.contains(guide.products.first()));
    CHECK(shown.contains(QStringLiteral("Lo que la guía pide preparar")));
    CHECK(shown.contains(
        QStringLiteral("El texto de «Introducción de la sesión», pegado en la actividad 2")));
    CHECK(std::any_of(shown.cbegin(), shown.cend(), [](const QString &line) {
        return line.contains(QStringLiteral("Consejo Técnico de Zona"));
    }));
    // Each school has its own line for its staff's arrangement, under its name and CCT.
    CHECK(checkable.count(usaer) == schools.size());
    for (const School &school : schools)
        CHECK(shown.contains(school.name + QStringLiteral(" (") + school.cct + QLatin1Char(')')));
    fixture.bar().refresh();
    // The zone's agreement once; the first school's arrangement only: the others are pending.
    CHECK(fixture.bar().clockText().contains(ready(2)));
    // Kept by the school's CCT: two schools may share a name, and a name can be corrected.
    CHECK(fixture.sessions->readyMaterials(fixture.sessionId)
              .contains(schools.first().cct + QStringLiteral(" · ") + usaer));

    // The introduction's text pasted at activity 2 counts by itself.
    REQUIRE(
        fixture.window->bitacora().saveReadingText(2, QStringLiteral("En esta cuarta sesión…")));
    fixture.bar().refresh();
    CHECK(fixture.bar().clockText().contains(ready(3)));

    fixture.window.reset(); // reopened: the ticks are still there
    fixture.open(1);
    CHECK(fixture.bar().clockText().contains(ready(3)));
    child<QAction>(fixture.window.get(), "startSessionAction")->trigger();
    CHECK_FALSE(child<QAction>(fixture.window.get(), "prepareSessionAction")->isVisible());
}

TEST_CASE("The break is started and ended from the bar: 'en receso' while it runs, its minutes "
          "in the agenda")
{
    TimerFixture fixture;
    fixture.open(10);
    SessionTimer &timer = fixture.window->timer();
    auto *breakButton = child<QToolButton>(fixture.window.get(), "breakNowButton");
    CHECK_FALSE(breakButton->isVisible()); // before the start there is no break to take
    const test::ModalAnswer skipped([](QWidget *modal) { // activities 1 to 9: not today
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            for (QAbstractButton *button : box->buttons())
                if (button->text() == QStringLiteral("No se harán"))
                    button->click();
        }
    });
    QTest::mouseClick(child<QToolButton>(fixture.window.get(), "startSessionActionButton"),
                      Qt::LeftButton);
    REQUIRE(skipped.answered());
    REQUIRE(timer.sessionStarted());
    CHECK(timer.isSkipped(9));
    fixture.advance(timer.plannedMinutes(10));
    // Two schools plan 255 minutes in a 270-minute morning: 15 minutes to spare, kept throughout.
    const int behind = timer.summary(10).minutesBehind;
    CHECK(behind == -15);
    REQUIRE(breakButton->isVisible());
    QTest::mouseClick(breakButton, Qt::LeftButton);
    CHECK(timer.isOnBreak());
    CHECK(breakButton->text() == QStringLiteral("☕ Terminar receso"));
    fixture.advance(12);
    CHECK(fixture.bar().clockText().contains(QStringLiteral("en receso · 15 min adelantados")));
    CHECK(timer.summary(10).minutesBehind == behind);
    CHECK(fixture.bar().countdown() == QStringLiteral("18:00"));
    auto *agenda = child<QTreeView>(fixture.window.get(), "agendaTreeView");
    const QModelIndex ten = static_cast<AgendaModel *>(agenda->model())->indexOfActivity(10);
    const QModelIndex breakRow = ten.sibling(ten.row() + 1, AgendaModel::ActualColumn);
    CHECK(
        breakRow.sibling(breakRow.row(), 0).data().toString().contains(QStringLiteral("en curso")));
    CHECK(breakRow.data().toInt() == 12);
    fixture.window->runner().goNext(); // the next screen, prepared during the break
    fixture.advance(18);
    CHECK(timer.summary(11).minutesBehind == behind);
    CHECK(timer.isOnBreak());
    QTest::mouseClick(breakButton, Qt::LeftButton);
    CHECK_FALSE(timer.isOnBreak());
    CHECK(timer.isRunning(11)); // the room is back at work
    fixture.advance(1);
    CHECK(timer.summary(11).minutesBehind == behind);
    CHECK_FALSE(fixture.bar().clockText().contains(QStringLiteral("receso")));
    CHECK(child<QToolButton>(fixture.window.get(), "endSessionActionButton")->isVisible());
}
