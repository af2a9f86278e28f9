#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/guide/GuideEditor.h"
#include "app/help/Language.h"
#include "app/participation/ParticipationController.h"
#include "app/participation/ParticipationDialog.h"
#include "app/session/AttendanceDialog.h"
#include "app/session/PreparationDialog.h"
#include "app/session/SessionDialog.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/SheetPanel.h"
#include "app/start/StartDialog.h"
#include "app/timer/TimerBar.h"
#include "core/export/DemoSession.h"
#include "core/guide/Guide.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"
#include "core/store/SessionStore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace fcte;
using test::child;

namespace {

// The demo session (three schools, every sheet filled) in an operator window of a given size.
struct LaptopWindow {
    test::TempBitacora temp;
    Database db;
    std::unique_ptr<Stores> stores;
    std::unique_ptr<Notebook> notebook;
    test::ManualClock clock;
    std::unique_ptr<MainWindow> window;

    // startActivity: where the window reopens, as it does where the director left it.
    explicit LaptopWindow(const QSize &size, int startActivity = 1)
    {
        db.open(temp.path());
        const qint64 sessionId = DemoSession::create(db);
        stores = std::make_unique<Stores>(db);
        notebook = std::make_unique<Notebook>(db);
        // Twelve schools, some with long names: the most a room holds.
        RosterEdit roster;
        roster.schools = stores->sessions.schools(sessionId);
        const QVector<Participant> people = stores->sessions.participants(sessionId);
        for (const Participant &person : people) {
            int row = 0;
            while (row < roster.schools.size() && roster.schools.at(row).id != person.schoolId)
                ++row;
            roster.members << RosterEdit::Member{person, row < roster.schools.size() ? row : -1};
        }
        for (int i = 0; i < 9; ++i)
            roster.schools << School{
                0,
                QStringLiteral("Escuela Primaria «Profra. Guadalupe "
                               "Ceniceros de Zavaleta» número %1")
                    .arg(i + 1),
                QStringLiteral("09DPR%1Z").arg(100 + i, 4, 10, QLatin1Char('0')),
                QStringLiteral("primaria"),
                QStringLiteral("matutino"),
                {}};
        stores->sessions.saveRoster(sessionId, roster);
        stores->sessions.setCurrentActivity(sessionId, startActivity);
        window = std::make_unique<MainWindow>(test::shippedGuide(), *notebook, sessionId, clock);
        // Sized before it is shown, as a window that opens at its saved size.
        window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        settle();
    }
    // Layouts are recomputed from posted requests: let them all run.
    static void settle()
    {
        for (int round = 0; round < 3; ++round) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }
};

int longestWordWidth(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = qMax(widest, metrics.horizontalAdvance(word));
    return widest;
}

} // namespace

// The window's inside on each screen once a panel (about 40 px) and a title bar (about 30 px)
// are counted.
TEST_CASE(
    "At 1366x768 and 1280x720 every list sheet shows 8 entries, a wide entry box, whole words")
{
    for (const QSize screen : {QSize(1366, 768), QSize(1280, 720)}) {
        const QSize inside = screen - QSize(0, 70);
        LaptopWindow laptop(inside);
        for (const Activity &activity : test::shippedGuide().activities()) {
            laptop.window->runner().goTo(activity.number);
            LaptopWindow::settle();
            // Nothing (twelve schools' tags, a long name) pushes the window past the screen.
            CHECK(laptop.window->width() <= inside.width());
            CHECK(laptop.window->height() <= inside.height());
            SheetPanel *panel = laptop.window->sheetPanel();
            for (int tab = 0; tab < panel->count(); ++tab) {
                panel->setCurrentIndex(tab);
                LaptopWindow::settle();
                auto *editor = panel->currentWidget()->findChild<ListSheetEditor *>();
                if (!editor)
                    editor = qobject_cast<ListSheetEditor *>(panel->currentWidget());
                if (!editor)
                    continue;
                INFO(screen.width() << "×" << screen.height() << ", activity " << activity.number
                                    << ", sheet " << panel->tabText(tab).toStdString());
                QTableView *view = editor->view();
                CHECK(view->viewport()->height() / view->verticalHeader()->defaultSectionSize() >=
                      8);
                CHECK(editor->quickEntry()->width() * 2 >= editor->width());
                QAbstractItemModel *model = view->model();
                for (int column = 0; column < model->columnCount(); ++column) {
                    if (view->horizontalHeader()->sectionResizeMode(column) ==
                        QHeaderView::Stretch) {
                        // The entry's own text keeps two fifths of the table, whatever the tags.
                        INFO("the entry's column is " << view->columnWidth(column) << " of "
                                                      << view->viewport()->width() << " px");
                        CHECK(view->columnWidth(column) * 5 >= view->viewport()->width() * 2 - 5);
                        continue;
                    }
                    int widest =
                        longestWordWidth(view->horizontalHeader()->fontMetrics(),
                                         model->headerData(column, Qt::Horizontal).toString());
                    for (int row = 0; row < model->rowCount(); ++row)
                        widest = qMax(
                            widest, longestWordWidth(view->fontMetrics(),
                                                     model->index(row, column).data().toString()));
                    INFO("column " << column << " is " << view->columnWidth(column)
                                   << " px, its longest word " << widest << " px");
                    CHECK(view->columnWidth(column) >= widest);
                }
            }
        }
    }
}

// Activity 7: the guide's steps and prompts are read without scrolling, and the school's
// problem sheet below them is whole, with twelve schools in the room.
TEST_CASE("At 1366x768 and 1280x720 activity 7's page is whole above a whole problem sheet")
{
    for (const QSize screen : {QSize(1366, 768), QSize(1280, 720)}) {
        INFO(screen.width() << "×" << screen.height());
        LaptopWindow laptop(screen - QSize(0, 70));
        laptop.window->runner().goTo(6);
        LaptopWindow::settle();
        laptop.window->runner().goTo(7);
        LaptopWindow::settle();
        auto *splitter = child<QSplitter>(laptop.window.get(), "activitySplitter");
        auto *pageArea = qobject_cast<QScrollArea *>(splitter->widget(0));
        REQUIRE(pageArea);
        CHECK(pageArea->verticalScrollBar()->maximum() == 0);
        CHECK(pageArea->widget()->height() <= pageArea->viewport()->height());
        QWidget *sheet = laptop.window->sheetPanel()->sheet(QStringLiteral("schoolProblems"));
        REQUIRE(sheet);
        const auto fields = sheet->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *field : fields) {
            if (!qobject_cast<QPlainTextEdit *>(field) && !qobject_cast<QLineEdit *>(field) &&
                !qobject_cast<QComboBox *>(field))
                continue;
            if (qobject_cast<QComboBox *>(field->parentWidget()))
                continue; // the combo's own line edit
            INFO(field->objectName().toStdString());
            CHECK(field->visibleRegion().boundingRect() == field->rect());
            ++checked;
        }
        CHECK(checked == 9); // school, problem and the seven fields of its context and practices

        // Reopened where the director left it, on activity 7: measured once the window has
        // its size, not before.
        {
            LaptopWindow reopened(screen - QSize(0, 70), 7);
            auto *reopenedSplitter = child<QSplitter>(reopened.window.get(), "activitySplitter");
            auto *reopenedPage = qobject_cast<QScrollArea *>(reopenedSplitter->widget(0));
            REQUIRE(reopenedPage);
            CHECK(reopenedPage->verticalScrollBar()->maximum() == 0);
        }

        // Once the school chooser has opened (Qt makes its list then), the sheet is still a
        // form: measured again, the page stays whole.
        child<QComboBox>(sheet, "problemSchoolComboBox")->view();
        laptop.window->resize(screen - QSize(0, 71));
        LaptopWindow::settle();
        laptop.window->resize(screen - QSize(0, 70));
        LaptopWindow::settle();
        CHECK(pageArea->verticalScrollBar()->maximum() == 0);
    }
}

namespace {

// The controls under root that take the keyboard but have no name a screen reader can say.
QStringList unnamedControls(QWidget *root, const QString &where)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        // A spin box's or an editable list's own text field is named by its owner.
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1: %2 %3")
                           .arg(where, QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName());
    }
    return unnamed;
}

} // namespace

TEST_CASE("Every control that takes the keyboard has a name a screen reader can say")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    for (const Activity &activity : test::shippedGuide().activities()) {
        window.runner().goTo(activity.number);
        QApplication::processEvents();
        unnamed << unnamedControls(&window, QStringLiteral("actividad %1").arg(activity.number));
    }
    // The dialogs a director uses most.
    SessionDialog session(*fixture.notebook, test::shippedGuide(), fixture.sessionId);
    AttendanceDialog attendance(window.bitacora());
    REQUIRE(window.participation().start(QStringLiteral("127.0.0.1")));
    ParticipationDialog phones(window.participation());
    for (QDialog *dialog : std::initializer_list<QDialog *>{&session, &attendance, &phones}) {
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        if (auto *tabs = dialog->findChild<QTabWidget *>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                unnamed << unnamedControls(dialog, dialog->objectName());
            }
        }
        unnamed << unnamedControls(dialog, dialog->objectName());
        dialog->hide();
    }
    window.participation().stop();
    // The start screen, the preparation checklist and the guide editor with each kind of item
    // and both tabs.
    StartDialog start(*fixture.notebook, test::shippedGuide());
    PreparationDialog preparation(test::shippedGuide(), window.bitacora());
    for (QDialog *dialog : std::initializer_list<QDialog *>{&start, &preparation}) {
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        unnamed << unnamedControls(dialog, dialog->objectName());
        dialog->hide();
    }
    child<QAction>(&window, "duplicateGuideAction")->trigger();
    GuideEditor *editor = window.guideEditor();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    auto *editorTabs = child<QTabWidget>(editor, "guideEditorTabs");
    for (const OutlinePosition &item :
         {OutlinePosition{}, OutlinePosition{0, -1}, OutlinePosition{1, 2}}) {
        editor->select(item);
        for (int tab = 0; tab < editorTabs->count(); ++tab) {
            editorTabs->setCurrentIndex(tab);
            unnamed << unnamedControls(editor, QStringLiteral("editor de guías"));
        }
    }
    editor->close();
    unnamed.removeDuplicates();
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}

namespace {

// Every button of the timer bar as wide as it asks to be, and the clock row not cut with "…".
void checkBarWhole(TimerBar &bar, const char *state)
{
    bar.refresh();
    LaptopWindow::settle();
    bar.refresh();
    INFO(state << ": " << bar.clockText().toStdString());
    CHECK_FALSE(bar.isClockCut());
    const auto buttons = bar.findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisible())
            continue;
        INFO(button->text().toStdString());
        CHECK(button->width() >= button->sizeHint().width());
    }
}

} // namespace

TEST_CASE("The bar's lateness, plan and buttons are whole at 1366x768 and 1280x720, in Spanish "
          "and in English")
{
    struct BackToSpanish {
        ~BackToSpanish() { Language::install(Language::effective(Language::Choice::Spanish)); }
    } back;
    for (const Language::Choice language : {Language::Choice::Spanish, Language::Choice::English}) {
        REQUIRE(Language::install(Language::effective(language)));
        for (const QSize screen : {QSize(1366, 768), QSize(1280, 720)}) {
            INFO(screen.width() << "×" << screen.height()
                                << (language == Language::Choice::English ? " en" : " es"));
            LaptopWindow laptop(screen - QSize(0, 70));
            laptop.window->runner().goTo(7);
            LaptopWindow::settle();
            TimerBar &bar = laptop.window->timerBar();
            checkBarWhole(bar, "sin iniciar");
            SessionTimer &timer = laptop.window->timer();
            timer.startSession(7, false);
            laptop.clock.advanceMinutes(17); // the first school runs seven minutes over
            checkBarWhole(bar, "turnos, con retraso");
            timer.nextSchool(7);
            timer.startBreak(7);
            laptop.clock.advanceMinutes(12);
            checkBarWhole(bar, "en receso");
        }
    }
}

TEST_CASE("The session dialog's lists and names are whole at 1366x768, in Spanish and in English")
{
    struct BackToSpanish {
        ~BackToSpanish() { Language::install(Language::effective(Language::Choice::Spanish)); }
    } back;
    test::SessionFixture fixture;
    RosterEdit roster;
    School school =
        test::primarySchool(QStringLiteral("Escuela Primaria «Sor Juana Inés de la Cruz»"),
                            QStringLiteral("09DPR0003C"));
    school.director = QStringLiteral("María Guadalupe Hernández Villaseñor");
    roster.schools << school;
    fixture.sessions->saveRoster(fixture.sessionId, roster);
    for (const Language::Choice language : {Language::Choice::Spanish, Language::Choice::English}) {
        REQUIRE(Language::install(Language::effective(language)));
        INFO((language == Language::Choice::English ? "en" : "es"));
        SessionDialog dialog(*fixture.notebook, test::shippedGuide(), fixture.sessionId);
        dialog.resize(QSize(1366, 768) * 0.9); // as it opens on the laptop
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QStringList cut;
        auto *tabs = dialog.findChild<QTabWidget *>();
        REQUIRE(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab); // a table is laid out once its tab is shown
            QApplication::processEvents();
            for (auto *table : tabs->widget(tab)->findChildren<QTableWidget *>()) {
                for (int row = 0; row < table->rowCount(); ++row) {
                    for (int column = 0; column < table->columnCount(); ++column) {
                        if (const auto *list =
                                qobject_cast<QComboBox *>(table->cellWidget(row, column))) {
                            for (int i = 0; i < list->count(); ++i)
                                if (list->fontMetrics().horizontalAdvance(list->itemText(i)) + 24 >
                                    table->columnWidth(column))
                                    cut << list->itemText(i);
                        } else if (const QTableWidgetItem *item = table->item(row, column)) {
                            if (table->fontMetrics().horizontalAdvance(item->text()) + 8 >
                                table->columnWidth(column))
                                cut << item->text();
                        }
                    }
                }
            }
        }
        CHECK(cut.join(QStringLiteral(" · ")) == QString());
    }
}

TEST_CASE("In English at 1366x768 no button or label of the window and its dialogs is cut")
{
    struct BackToSpanish {
        ~BackToSpanish() { Language::install(Language::effective(Language::Choice::Spanish)); }
    } back;
    REQUIRE(Language::install(Language::effective(Language::Choice::English)));
    LaptopWindow laptop(QSize(1366, 768 - 70));
    laptop.window->runner().goTo(14);
    LaptopWindow::settle();
    SessionDialog session(*laptop.notebook, test::shippedGuide(),
                          laptop.window->runner().sessionId());
    StartDialog start(*laptop.notebook, test::shippedGuide());
    AttendanceDialog attendance(laptop.window->bitacora());
    PreparationDialog preparation(test::shippedGuide(), laptop.window->bitacora());
    QStringList cut;
    const auto check = [&cut](QWidget *top) {
        for (QAbstractButton *button : top->findChildren<QAbstractButton *>())
            if (button->isVisibleTo(top) && !button->text().isEmpty() &&
                button->width() < button->sizeHint().width())
                cut << QStringLiteral("%1: %2").arg(top->objectName(), button->text());
        for (QLabel *label : top->findChildren<QLabel *>())
            if (label->isVisibleTo(top) && !label->wordWrap() && !label->text().isEmpty() &&
                label->textFormat() != Qt::RichText &&
                label->width() < label->fontMetrics().horizontalAdvance(
                                     QString(label->text()).remove(QLatin1Char('&'))))
                cut << QStringLiteral("%1: %2").arg(top->objectName(), label->text());
    };
    check(laptop.window.get());
    for (QDialog *dialog :
         std::initializer_list<QDialog *>{&session, &start, &attendance, &preparation}) {
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        LaptopWindow::settle();
        check(dialog);
        dialog->hide();
    }
    CHECK(cut.join(QLatin1Char('\n')) == QString());
}
