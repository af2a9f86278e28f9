#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/projection/ProjectionController.h"
#include "app/projection/ProjectionView.h"
#include "app/session/AttendanceDialog.h"
#include "app/sheets/CommitmentModel.h"
#include "app/sheets/CommitmentsSheet.h"
#include "app/sheets/EntryModel.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/NextMeetingSheet.h"
#include "app/sheets/SchoolProblemsSheet.h"
#include "app/sheets/SheetPanel.h"
#include "app/sheets/TeamsSheet.h"
#include "app/sheets/VolunteerPanel.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/Exporters.h"
#include "core/session/Bitacora.h"
#include "core/session/SessionRunner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>

using namespace fcte;
using test::child;
using test::typeText;

namespace {

struct OperatorFixture : test::SessionFixture {
    std::unique_ptr<MainWindow> window;

    explicit OperatorFixture(int activity)
    {
        sessions->setCurrentActivity(sessionId, activity);
        window = std::make_unique<MainWindow>(test::shippedGuide(), *notebook, sessionId, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    ListSheetEditor *editor(const char *kind) const
    {
        auto *sheet =
            qobject_cast<ListSheetEditor *>(window->sheetPanel()->sheet(QString::fromLatin1(kind)));
        REQUIRE(sheet);
        return sheet;
    }
    // Types a line into a list sheet's quick entry and presses Enter, as the recorder does.
    void type(const char *kind, const QString &text) const
    {
        ListSheetEditor *sheet = editor(kind);
        typeText(sheet->quickEntry(), text);
        QTest::keyClick(sheet->quickEntry(), Qt::Key_Return);
    }
};

QStringList texts(const QVector<Entry> &entries)
{
    QStringList result;
    for (const Entry &entry : entries)
        result << entry.text;
    return result;
}

} // namespace

TEST_CASE("Typing into the quick entry puts each line in the bitácora, focus staying for the next")
{
    OperatorFixture fixture(4);
    ListSheetEditor *norms = fixture.editor("norms");
    QLineEdit *quick = norms->quickEntry();
    REQUIRE(quick == QApplication::focusWidget());

    typeText(quick, QStringLiteral("Respetar los turnos para hablar"));
    QTest::keyClick(quick, Qt::Key_Return);
    typeText(quick, QStringLiteral("Críticas a las ideas, no a las personas"));
    QTest::keyClick(quick, Qt::Key_Return);
    QTest::keyClick(quick, Qt::Key_Return); // an empty line adds nothing

    CHECK(quick->text().isEmpty());
    CHECK(QApplication::focusWidget() == quick);
    CHECK(texts(fixture.entries(QStringLiteral("norms"))) ==
          QStringList{QStringLiteral("Respetar los turnos para hablar"),
                      QStringLiteral("Críticas a las ideas, no a las personas")});
    CHECK(norms->view()->model()->rowCount() == 2);
}

TEST_CASE("The list is driven from the keyboard: strike, restore, reorder, edit, undo and redo")
{
    OperatorFixture fixture(4);
    ListSheetEditor *norms = fixture.editor("norms");
    QLineEdit *quick = norms->quickEntry();
    for (const char *text : {"uno", "dos", "tres"}) {
        QTest::keyClicks(quick, QString::fromLatin1(text));
        QTest::keyClick(quick, Qt::Key_Return);
    }
    QTableView *view = norms->view();
    const auto tester = test::checkedModel(view->model());

    QTest::keyClick(quick, Qt::Key_Down); // to the list, on the last entry
    REQUIRE(QApplication::focusWidget() == view);
    CHECK(view->currentIndex().row() == 2);

    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(fixture.entries(QStringLiteral("norms")).at(2).isStruck());
    CHECK(view->currentIndex().data(EntryModel::StruckRole).toBool());
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK_FALSE(fixture.entries(QStringLiteral("norms")).at(2).isStruck());

    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    CHECK(texts(fixture.entries(QStringLiteral("norms"))) ==
          QStringList{QStringLiteral("uno"), QStringLiteral("tres"), QStringLiteral("dos")});
    CHECK(view->currentIndex().row() == 1);

    QTest::keyClick(view, Qt::Key_F2);
    QWidget *cellEditor = QApplication::focusWidget();
    REQUIRE(cellEditor != view);
    QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
    typeText(cellEditor, QStringLiteral("tres, corregido"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(fixture.entries(QStringLiteral("norms")).at(1).text == QStringLiteral("tres, corregido"));

    QUndoStack &undo = fixture.window->undoStack();
    undo.undo(); // the edit
    CHECK(fixture.entries(QStringLiteral("norms")).at(1).text == QStringLiteral("tres"));
    undo.undo(); // the move
    CHECK(texts(fixture.entries(QStringLiteral("norms"))) ==
          QStringList{QStringLiteral("uno"), QStringLiteral("dos"), QStringLiteral("tres")});
    undo.redo();
    undo.redo();
    CHECK(texts(fixture.entries(QStringLiteral("norms"))) ==
          QStringList{QStringLiteral("uno"), QStringLiteral("tres, corregido"),
                      QStringLiteral("dos")});

    // Ctrl+Z from the list undoes through the window's Edit menu.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.entries(QStringLiteral("norms")).at(1).text == QStringLiteral("tres"));
}

TEST_CASE("Every list sheet supports add, edit, strike, restore, reorder and undo")
{
    test::SessionFixture fixture;
    Bitacora bitacora(*fixture.sessions, *fixture.sheets, fixture.sessionId);
    QUndoStack undo;
    QStringList kinds;
    for (const QString &id : SheetKinds::ids()) {
        if (SheetKinds::spec(id).form == SheetSpec::Form::List)
            kinds << id;
    }
    for (const QString &kind : kinds) {
        INFO(kind.toStdString());
        const SheetSpec spec = SheetKinds::spec(kind);
        EntryModel model(bitacora, undo, spec, {QStringLiteral("a"), QStringLiteral("b")}, 9);
        const auto tester = test::checkedModel(&model);
        Entry entry;
        entry.text = QStringLiteral("primera");
        const qint64 first = model.addEntry(entry);
        entry.text = QStringLiteral("segunda");
        const qint64 second = model.addEntry(entry);
        REQUIRE(first != 0);
        REQUIRE(model.rowCount() == 2);

        REQUIRE(model.setData(model.index(0, 0), QStringLiteral("primera, editada")));
        model.toggleStruck(1);
        CHECK(fixture.sheets->entry(second)->isStruck());
        model.toggleStruck(1);
        CHECK_FALSE(fixture.sheets->entry(second)->isStruck());
        REQUIRE(model.moveRow(1, -1));
        CHECK(model.entryAt(0).id == second);
        if (spec.teamTag || spec.participantTag || spec.schoolTag != SheetSpec::SchoolTag::None) {
            const qint64 school = bitacora.schools().first().id;
            model.toggleSchool(0, school);
            if (spec.schoolTag != SheetSpec::SchoolTag::None)
                CHECK(fixture.sheets->entry(second)->schoolIds == QVector<qint64>{school});
        }

        EntryModel reloaded(bitacora, undo, spec, {}, 9);
        REQUIRE(reloaded.rowCount() == 2);
        CHECK(reloaded.entryAt(1).text == QStringLiteral("primera, editada"));

        while (undo.canUndo())
            undo.undo();
        CHECK(fixture.entries(kind).isEmpty());
        CHECK(model.rowCount() == 0);
        while (undo.canRedo())
            undo.redo();
        CHECK(model.rowCount() == 2);
        CHECK(fixture.sheets->entry(first)->text == QStringLiteral("primera, editada"));
        undo.clear();
    }
}

TEST_CASE("Similarities are tagged with several schools from the keyboard")
{
    OperatorFixture fixture(10);
    ListSheetEditor *sheet = fixture.editor("similarities");
    QLineEdit *quick = sheet->quickEntry();
    QTest::keyClick(quick, Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(quick, Qt::Key_2, Qt::AltModifier);
    // Which schools the next entry takes is said in words, not only by a pressed button.
    auto *pending = child<QLabel>(sheet, "pendingSchoolsLabel");
    CHECK(pending->text() ==
          QStringLiteral("La próxima entrada lleva: Benito Juárez, Niños Héroes"));
    auto *category = child<QComboBox>(sheet, "categoryComboBox");
    category->setCurrentIndex(2); // Diferencia
    typeText(quick, QStringLiteral("Horarios de lectura distintos"));
    QTest::keyClick(quick, Qt::Key_Return);
    const auto entries = fixture.entries(QStringLiteral("similarities"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).schoolIds.size() == 2);
    CHECK(pending->text().contains(QStringLiteral("Niños Héroes"))); // kept for the next one
    CHECK(entries.at(0).category == 2);
    CHECK(sheet->model()
              ->index(0, sheet->model()->columnOf(EntryModel::Column::Category))
              .data()
              .toString() == QStringLiteral("Diferencia"));

    // On a selected entry, Alt+2 takes the second school off it.
    QTest::keyClick(quick, Qt::Key_Down);
    QTest::keyClick(sheet->view(), Qt::Key_2, Qt::AltModifier);
    CHECK(fixture.entries(QStringLiteral("similarities")).at(0).schoolIds.size() == 1);
}

TEST_CASE("Axis questions take the guide's four axes as categories")
{
    OperatorFixture fixture(9);
    auto *category = child<QComboBox>(fixture.editor("axisQuestions"), "categoryComboBox");
    REQUIRE(category->count() == 4);
    CHECK(category->itemText(0) == test::shippedGuide().activity(9)->prompts.at(0));
}

TEST_CASE("Hostile text is shown literally in the sheet")
{
    OperatorFixture fixture(5);
    ListSheetEditor *sheet = fixture.editor("peerIdeas");
    const QString hostile = QStringLiteral("<b>negritas</b> '; DROP TABLE entry; -- 👩‍🏫");
    sheet->quickEntry()->setText(hostile);
    QTest::keyClick(sheet->quickEntry(), Qt::Key_Return);
    CHECK(fixture.entries(QStringLiteral("peerIdeas")).at(0).text == hostile);
    CHECK(sheet->model()->index(0, 0).data().toString() == hostile);
}

TEST_CASE("A name that looks like markup is shown literally in a cell's tooltip, never as rich "
          "text")
{
    test::SessionFixture fixture;
    // As a phone could send it: big red text and a picture read from the disk.
    const QString hostile =
        QStringLiteral("<font color=red size=6>Ana</font><img src=\"/dev/zero\">");
    Participant person;
    person.name = hostile;
    person.role = QStringLiteral("docente");
    fixture.sessions->addParticipant(fixture.sessionId, person);
    const int activity = test::activityWithSheet(QStringLiteral("axisQuestions"));
    fixture.sessions->setCurrentActivity(fixture.sessionId, activity);
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *sheet = qobject_cast<ListSheetEditor *>(
        window.sheetPanel()->sheet(QStringLiteral("axisQuestions")));
    REQUIRE(sheet);
    auto *who = child<QComboBox>(sheet, "participantComboBox");
    who->setCurrentIndex(who->findData(person.id));
    REQUIRE(who->currentIndex() > 0);
    typeText(sheet->quickEntry(), QStringLiteral("¿Qué leemos en casa?"));
    QTest::keyClick(sheet->quickEntry(), Qt::Key_Return);
    const auto *model = sheet->model();
    const int column = model->columnOf(EntryModel::Column::Participant);
    REQUIRE(column >= 0);
    const QString tip = model->index(0, column).data(Qt::ToolTipRole).toString();
    // Rendered the way Qt renders a tooltip: the name, letter for letter, and no image.
    QTextDocument shown;
    shown.setHtml(tip);
    CHECK(shown.toPlainText().contains(hostile));
    CHECK_FALSE(tip.contains(QStringLiteral("<img")));
    CHECK(who->toolTip().contains(QStringLiteral("&lt;img")));
}

TEST_CASE("A school's problem is saved as it is typed and when focus leaves")
{
    OperatorFixture fixture(7);
    auto *sheet = qobject_cast<SchoolProblemsSheet *>(
        fixture.window->sheetPanel()->sheet(QStringLiteral("schoolProblems")));
    REQUIRE(sheet);
    auto *problem = child<QLineEdit>(sheet, "problemLineEdit");
    problem->setFocus();
    typeText(problem, QStringLiteral("Comprensión lectora"));
    auto *helped = child<QPlainTextEdit>(sheet, "helpedEdit");
    helped->setFocus(); // focus leaving the field saves at once
    const qint64 school = fixture.sessions->schools(fixture.sessionId).at(0).id;
    CHECK(fixture.sheets->schoolProblem(school).problem == QStringLiteral("Comprensión lectora"));

    typeText(helped, QStringLiteral("Lectura en parejas"));
    // Saved after the pause that follows typing, with no focus change.
    CHECK(QTest::qWaitFor([&] {
        return fixture.sheets->schoolProblem(school).helped == QStringLiteral("Lectura en parejas");
    }));

    // The second school has its own, empty form.
    auto *schools = child<QComboBox>(sheet, "problemSchoolComboBox");
    schools->setCurrentIndex(1);
    CHECK(problem->text().isEmpty());
    schools->setCurrentIndex(0);
    CHECK(problem->text() == QStringLiteral("Comprensión lectora"));
}

TEST_CASE("Commitments are added from the sentence starters and undone")
{
    OperatorFixture fixture(15);
    auto *sheet = qobject_cast<CommitmentsSheet *>(
        fixture.window->sheetPanel()->sheet(QStringLiteral("commitments")));
    REQUIRE(sheet);
    const auto tester = test::checkedModel(sheet->model());
    auto *who = child<QComboBox>(sheet, "commitmentParticipantComboBox");
    // Each name with its school: the same name in two schools is told apart.
    CHECK(who->itemText(1) == QStringLiteral("Ana Núñez (Benito Juárez)"));
    who->setCurrentIndex(1);
    typeText(child<QLineEdit>(sheet, "studentsNeedLineEdit"),
             QStringLiteral("la comprensión lectora"));
    typeText(child<QLineEdit>(sheet, "actionsLineEdit"), QStringLiteral("círculos de lectura"));
    typeText(child<QLineEdit>(sheet, "shareHowLineEdit"), QStringLiteral("cuadernos y registros"));
    auto *evidence = child<QLineEdit>(sheet, "evidenceLineEdit");
    typeText(evidence, QStringLiteral("rúbrica"));
    QTest::keyClick(evidence, Qt::Key_Return);

    const auto stored = fixture.sheets->commitments(fixture.sessionId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).participantId == fixture.sessions->participants(fixture.sessionId).at(0).id);
    CHECK(stored.at(0).actions == QStringLiteral("círculos de lectura"));
    CHECK(evidence->text().isEmpty());
    CHECK(sheet->model()->index(0, CommitmentModel::ParticipantColumn).data().toString() ==
          QStringLiteral("Ana Núñez (Benito Juárez)"));
    fixture.window->undoStack().undo();
    CHECK(fixture.sheets->commitments(fixture.sessionId).isEmpty());
    fixture.window->undoStack().redo();
    CHECK(fixture.sheets->commitments(fixture.sessionId).size() == 1);
}

TEST_CASE("Teams form by grade and their members are kept")
{
    OperatorFixture fixture(11);
    auto *sheet =
        qobject_cast<TeamsSheet *>(fixture.window->sheetPanel()->sheet(QStringLiteral("teams")));
    REQUIRE(sheet);
    sheet->formTeamsByGrade();
    const auto teams = fixture.sheets->teams(fixture.sessionId);
    REQUIRE(teams.size() == 2);
    CHECK(teams.at(0).name == QStringLiteral("1.º"));
    CHECK(teams.at(0).memberIds.size() == 2);
    CHECK(teams.at(1).memberIds.size() == 1);
    // The team answers sheet of the same activity can tag entries with these teams.
    auto *answers = qobject_cast<ListSheetEditor *>(
        fixture.window->sheetPanel()->sheet(QStringLiteral("teamAnswers")));
    REQUIRE(answers);
    CHECK(child<QComboBox>(answers, "teamComboBox")->count() == 3);

    // Forming, renaming and membership are undone and redone like any other sheet edit.
    auto *list = child<QListWidget>(sheet, "teamsListWidget");
    list->item(0)->setText(QStringLiteral("Primero A"));
    CHECK(fixture.sheets->teams(fixture.sessionId).at(0).name == QStringLiteral("Primero A"));
    QUndoStack &undo = fixture.window->undoStack();
    undo.undo();
    CHECK(fixture.sheets->teams(fixture.sessionId).at(0).name == QStringLiteral("1.º"));
    undo.undo(); // the whole "form by grade"
    CHECK(fixture.sheets->teams(fixture.sessionId).isEmpty());
    undo.redo();
    const auto back = fixture.sheets->teams(fixture.sessionId);
    REQUIRE(back.size() == 2);
    CHECK(back.at(0).id == teams.at(0).id); // the same team, so tags pointing at it still hold
    CHECK(back.at(0).memberIds.size() == 2);
}

TEST_CASE("Ticking who records is saved and undoable")
{
    OperatorFixture fixture(3);
    auto *list = child<QListWidget>(fixture.window.get(), "recordersListWidget");
    list->item(2)->setCheckState(Qt::Checked);
    CHECK(fixture.sessions->participants(fixture.sessionId).at(2).isRecorder);
    fixture.window->undoStack().undo();
    CHECK_FALSE(fixture.sessions->participants(fixture.sessionId).at(2).isRecorder);
    fixture.window->undoStack().redo();
    CHECK(fixture.sessions->participants(fixture.sessionId).at(2).isRecorder);
}

TEST_CASE("The next meeting is saved shortly after typing")
{
    OperatorFixture fixture(21);
    auto *sheet = fixture.window->sheetPanel()->sheet(QStringLiteral("nextMeeting"));
    REQUIRE(sheet);
    auto *place = child<QLineEdit>(sheet, "meetingPlaceEdit");
    place->setFocus();
    typeText(place, QStringLiteral("Escuela «Niños Héroes»"));
    CHECK(QTest::qWaitFor([&] {
        return fixture.sheets->nextMeeting(fixture.sessionId).place ==
               QStringLiteral("Escuela «Niños Héroes»");
    }));
}

TEST_CASE("Picking volunteers presets the impression's school and participant")
{
    OperatorFixture fixture(20);
    auto *panel = child<VolunteerPanel>(fixture.window.get(), "volunteerPanel");
    const auto picked = panel->pickVolunteers();
    const auto schools = fixture.sessions->schools(fixture.sessionId);
    REQUIRE(picked.size() == 2);
    CHECK(picked.value(schools.at(0).id).size() == 2); // Ana and Carla
    CHECK(picked.value(schools.at(1).id).size() == 1); // only Beto
}

TEST_CASE("Every form keeps text as typed inside and drops spaces at both ends")
{
    const QString typed = QStringLiteral("  dos  espacios dentro \n");
    const QString kept = QStringLiteral("dos  espacios dentro");
    SECTION("quick entry of a list sheet")
    {
        OperatorFixture fixture(4);
        ListSheetEditor *norms = fixture.editor("norms");
        norms->quickEntry()->setText(typed);
        QTest::keyClick(norms->quickEntry(), Qt::Key_Return);
        CHECK(fixture.entries(QStringLiteral("norms")).at(0).text == kept);
    }
    SECTION("commitment form")
    {
        OperatorFixture fixture(15);
        QWidget *sheet = fixture.window->sheetPanel()->sheet(QStringLiteral("commitments"));
        child<QComboBox>(sheet, "commitmentParticipantComboBox")->setCurrentIndex(1);
        auto *actions = child<QLineEdit>(sheet, "actionsLineEdit");
        actions->setText(typed);
        QTest::keyClick(actions, Qt::Key_Return);
        CHECK(fixture.sheets->commitments(fixture.sessionId).at(0).actions == kept);
    }
    SECTION("school problem")
    {
        OperatorFixture fixture(7);
        QWidget *sheet = fixture.window->sheetPanel()->sheet(QStringLiteral("schoolProblems"));
        auto *problem = child<QLineEdit>(sheet, "problemLineEdit");
        problem->setFocus();
        typeText(problem, typed);
        child<QPlainTextEdit>(sheet, "helpedEdit")->setFocus();
        const qint64 school = fixture.sessions->schools(fixture.sessionId).at(0).id;
        CHECK(fixture.sheets->schoolProblem(school).problem == kept);
    }
    SECTION("next meeting")
    {
        OperatorFixture fixture(21);
        QWidget *sheet = fixture.window->sheetPanel()->sheet(QStringLiteral("nextMeeting"));
        auto *place = child<QLineEdit>(sheet, "meetingPlaceEdit");
        place->setFocus();
        typeText(place, typed);
        child<QPlainTextEdit>(sheet, "meetingAgendaEdit")->setFocus();
        CHECK(fixture.sheets->nextMeeting(fixture.sessionId).place == kept);
    }
    SECTION("team name")
    {
        OperatorFixture fixture(11);
        QWidget *sheet = fixture.window->sheetPanel()->sheet(QStringLiteral("teams"));
        auto *name = child<QLineEdit>(sheet, "newTeamLineEdit");
        name->setText(typed);
        QTest::keyClick(name, Qt::Key_Return);
        REQUIRE(fixture.sheets->teams(fixture.sessionId).size() == 1);
        CHECK(fixture.sheets->teams(fixture.sessionId).at(0).name == kept);
    }
}

TEST_CASE("A personal commitment needs somebody to make it, and the typed text waits for them")
{
    OperatorFixture fixture(15);
    QWidget *sheet = fixture.window->sheetPanel()->sheet(QStringLiteral("commitments"));
    auto *actions = child<QLineEdit>(sheet, "actionsLineEdit");
    typeText(actions, QStringLiteral("círculos de lectura"));
    QTest::keyClick(actions, Qt::Key_Return);
    CHECK(fixture.sheets->commitments(fixture.sessionId).isEmpty());
    CHECK(actions->text() == QStringLiteral("círculos de lectura"));
    auto *problem = child<QLabel>(sheet, "commitmentProblemLabel");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("Elija quién")));
    auto *who = child<QComboBox>(sheet, "commitmentParticipantComboBox");
    CHECK(who->hasFocus());
    who->setCurrentIndex(2);
    QTest::keyClick(actions, Qt::Key_Return);
    REQUIRE(fixture.sheets->commitments(fixture.sessionId).size() == 1);
    CHECK_FALSE(problem->isVisible());
}

TEST_CASE("Ctrl+Z only undoes what is in view: never an activity or a sheet out of sight")
{
    OperatorFixture fixture(13);
    fixture.type("actions", QStringLiteral("Acción de la actividad 13"));
    REQUIRE(fixture.entries(QStringLiteral("actions")).size() == 1);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(fixture.window.get(), Qt::Key_Right, Qt::AltModifier);
    REQUIRE(fixture.window->runner().currentActivity() == 16);
    auto *agenda = child<QTreeView>(fixture.window.get(), "agendaTreeView");
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.entries(QStringLiteral("actions")).size() == 1); // out of sight: untouched

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(fixture.window.get(), Qt::Key_Left, Qt::AltModifier);
    REQUIRE(fixture.window->runner().currentActivity() == 13);
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Z, Qt::ControlModifier); // back in view: undone, and seen
    CHECK(fixture.entries(QStringLiteral("actions")).isEmpty());
    CHECK(fixture.editor("actions")->model()->rowCount() == 0);

    // Two sheets of one activity: the one behind its tab is out of sight too.
    fixture.window->runner().goTo(6);
    fixture.type("baseIdeas", QStringLiteral("Idea base"));
    fixture.window->sheetPanel()->setCurrentIndex(1);
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.entries(QStringLiteral("baseIdeas")).size() == 1);
    fixture.window->sheetPanel()->setCurrentIndex(0);
    QTest::keyClick(agenda, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.entries(QStringLiteral("baseIdeas")).isEmpty());
}

TEST_CASE("A line typed but not entered comes back when the recorder returns to its activity")
{
    OperatorFixture fixture(4);
    typeText(fixture.editor("norms")->quickEntry(), QStringLiteral("Llegar puntuales a"));
    QTest::keyClick(fixture.window.get(), Qt::Key_Right, Qt::AltModifier);
    REQUIRE(fixture.window->runner().currentActivity() == 5);
    CHECK(fixture.editor("peerIdeas")->quickEntry()->text().isEmpty()); // drafts stay per activity
    QTest::keyClick(fixture.window.get(), Qt::Key_Left, Qt::AltModifier);
    QLineEdit *quick = fixture.editor("norms")->quickEntry();
    CHECK(quick->text() == QStringLiteral("Llegar puntuales a"));
    CHECK(fixture.entries(QStringLiteral("norms")).isEmpty()); // a draft is not an entry

    // Entered: the draft is gone, so it never comes back a second time.
    typeText(quick, QStringLiteral(" las sesiones"));
    QTest::keyClick(quick, Qt::Key_Return);
    QTest::keyClick(fixture.window.get(), Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(fixture.window.get(), Qt::Key_Left, Qt::AltModifier);
    CHECK(fixture.editor("norms")->quickEntry()->text().isEmpty());
    CHECK(fixture.entries(QStringLiteral("norms")).size() == 1);
}

TEST_CASE("A half-filled commitment survives moving on and a restart, and is never exported")
{
    test::SessionFixture data;
    data.sessions->setCurrentActivity(data.sessionId, 14);
    {
        MainWindow window(test::shippedGuide(), *data.notebook, data.sessionId, data.clock);
        window.show();
        QWidget *sheet = window.sheetPanel()->sheet(QStringLiteral("commitments"));
        child<QComboBox>(sheet, "commitmentParticipantComboBox")->setCurrentIndex(2);
        typeText(child<QLineEdit>(sheet, "actionsLineEdit"), QStringLiteral("tertulias lectoras"));
        // Durable within a second or so, with no further key and no move: as before a kill.
        REQUIRE(QTest::qWaitFor(
            [&] {
                return data.sheets->drafts(data.sessionId, 14)
                           .value(QStringLiteral("commitments/actions")) ==
                       QStringLiteral("tertulias lectoras");
            },
            5000));
        CHECK(QTest::qWaitFor([&] { return data.sheets->drafts(data.sessionId, 14).size() == 2; },
                              5000));
    }
    MainWindow again(test::shippedGuide(), *data.notebook, data.sessionId, data.clock);
    again.show();
    QWidget *sheet = again.sheetPanel()->sheet(QStringLiteral("commitments"));
    CHECK(child<QLineEdit>(sheet, "actionsLineEdit")->text() ==
          QStringLiteral("tertulias lectoras"));
    CHECK(child<QComboBox>(sheet, "commitmentParticipantComboBox")->currentIndex() == 2);
    CHECK(data.sheets->commitments(data.sessionId).isEmpty());
    const QByteArray archive = BitacoraArchive::exportSession(data.db, data.sessionId);
    CHECK_FALSE(archive.contains("tertulias"));
    for (const ProjectionContent::Line &line : again.projection().view().content().lines)
        CHECK_FALSE(line.text.contains(QStringLiteral("tertulias")));
}

TEST_CASE("Volunteers: directors count, the random pick is a suggestion, the director chooses")
{
    OperatorFixture fixture(20);
    // Beto, the only person of the second school, is its director: he may volunteer too.
    RosterEdit roster;
    roster.schools = fixture.sessions->schools(fixture.sessionId);
    for (const Participant &person : fixture.sessions->participants(fixture.sessionId)) {
        RosterEdit::Member member{person, person.schoolId == roster.schools.at(0).id ? 0 : 1};
        if (person.name == QStringLiteral("Beto Ávila"))
            member.participant.role = QStringLiteral("director");
        roster.members << member;
    }
    fixture.sessions->saveRoster(fixture.sessionId, roster);
    fixture.window->bitacora().reloadRoster();
    auto *panel = child<VolunteerPanel>(fixture.window.get(), "volunteerPanel");
    const auto picked = panel->pickVolunteers();
    CHECK(picked.value(roster.schools.at(1).id).size() == 1);
    CHECK(child<QPushButton>(panel, "pickVolunteersButton")
              ->text()
              .contains(QStringLiteral("Sugerir")));

    // Someone else raised a hand: the director picks Carla, and her words are tagged with her.
    QComboBox *other =
        panel->findChildren<QComboBox *>(QStringLiteral("otherVolunteerComboBox")).at(0);
    const int carla = other->findText(QStringLiteral("Carla Ríos"));
    REQUIRE(carla > 0);
    other->setCurrentIndex(carla);
    Q_EMIT other->activated(carla);
    auto *impressionsSheet = child<ListSheetEditor>(fixture.window.get(), "impressionsSheet");
    typeText(impressionsSheet->quickEntry(),
             QStringLiteral("Aprendí mucho de las otras escuelas."));
    QTest::keyClick(impressionsSheet->quickEntry(), Qt::Key_Return);
    const auto impressions = fixture.entries(QStringLiteral("impressions"));
    REQUIRE(impressions.size() == 1);
    CHECK(fixture.window->bitacora().participantName(impressions.at(0).participantId) ==
          QStringLiteral("Carla Ríos"));
}

TEST_CASE("Opened again, the window puts the cursor in the entry box, ready to type")
{
    OperatorFixture fixture(4);
    REQUIRE(QTest::qWaitForWindowActive(fixture.window.get()));
    CHECK(QApplication::focusWidget() == fixture.editor("norms")->quickEntry());
}

TEST_CASE("Attendance of 300 participants is taken by keyboard alone and the PDF reads it back")
{
    OperatorFixture fixture(1);
    RosterEdit roster;
    roster.schools = fixture.sessions->schools(fixture.sessionId);
    for (const Participant &person : fixture.sessions->participants(fixture.sessionId))
        roster.members << RosterEdit::Member{person,
                                             person.schoolId == roster.schools.at(0).id ? 0 : 1};
    for (int i = int(roster.members.size()); i < 300; ++i) {
        Participant person;
        person.name = QStringLiteral("Docente %1").arg(i, 3, 10, QLatin1Char('0'));
        person.role = QStringLiteral("docente");
        roster.members << RosterEdit::Member{person, i % 2};
    }
    fixture.sessions->saveRoster(fixture.sessionId, roster);
    fixture.window->bitacora().reloadRoster();
    AttendanceDialog dialog(fixture.window->bitacora());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.filter(), Qt::Key_Down); // from the filter into the list
    QAbstractItemView *view = dialog.view();
    REQUIRE(view->model()->rowCount() == 300);
    // Space marks present; a second Space, absent (every tenth person); ↓ goes on.
    for (int row = 0; row < 300; ++row) {
        REQUIRE(view->currentIndex().row() == row);
        QTest::keyClick(view, Qt::Key_Space);
        if (row % 10 == 9)
            QTest::keyClick(view, Qt::Key_Space);
        QTest::keyClick(view, Qt::Key_Down);
    }
    const QHash<qint64, Attendance> taken = fixture.sessions->attendance(fixture.sessionId);
    REQUIRE(taken.size() == 300);
    int present = 0;
    for (const Attendance &mark : taken)
        present += mark.present ? 1 : 0;
    CHECK(present == 270);
    CHECK(dialog.windowTitle().contains(QStringLiteral("270 presentes")));

    const QString pdf = fixture.temp.dir.filePath(QStringLiteral("asistencia.pdf"));
    REQUIRE(
        Exporters::writePdf(fixture.db, test::shippedGuide(), fixture.sessionId, pdf).isEmpty());
    const QString text = test::pdfToText(pdf);
    CHECK(text.count(QRegularExpression(QStringLiteral("\\bPresente\\b"))) == 270);
    CHECK(text.count(QRegularExpression(QStringLiteral("\\bAusente\\b"))) == 30);
    CHECK_FALSE(text.contains(QStringLiteral("Sin registrar")));
    // Each school's count on the cover: "present of all", as the store has them.
    for (int school = 0; school < 2; ++school) {
        int members = 0;
        int came = 0;
        for (const Participant &person : fixture.sessions->participants(fixture.sessionId)) {
            if (person.schoolId != roster.schools.at(school).id)
                continue;
            ++members;
            came += taken.value(person.id).present ? 1 : 0;
        }
        CHECK(text.simplified().contains(QStringLiteral("%1 de %2").arg(came).arg(members)));
    }
}

TEST_CASE("Attendance is taken by keyboard: type to filter, Space marks present, then absent")
{
    OperatorFixture fixture(1);
    AttendanceDialog dialog(fixture.window->bitacora());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const auto tester = test::checkedModel(dialog.view()->model());
    typeText(dialog.filter(), QStringLiteral("beto"));
    REQUIRE(dialog.view()->model()->rowCount() == 1); // the filter finds him among the others
    QTest::keyClick(dialog.filter(), Qt::Key_Down);
    QTest::keyClick(dialog.view(), Qt::Key_Space);
    const qint64 beto = fixture.sessions->participants(fixture.sessionId).at(1).id;
    REQUIRE(fixture.sessions->attendance(fixture.sessionId).contains(beto));
    CHECK(fixture.sessions->attendance(fixture.sessionId).value(beto).present);
    CHECK(dialog.windowTitle().contains(QStringLiteral("1 presentes")));
    QTest::keyClick(dialog.view(), Qt::Key_Space);
    CHECK_FALSE(fixture.sessions->attendance(fixture.sessionId).value(beto).present);
    // A late arrival's time, typed in its cell, is kept with the mark.
    QAbstractItemModel *model = dialog.view()->model();
    REQUIRE(model->setData(model->index(0, 3), QStringLiteral("08:40")));
    CHECK(fixture.sessions->attendance(fixture.sessionId).value(beto).arrivedAt ==
          QStringLiteral("08:40"));
    CHECK(fixture.sessions->attendance(fixture.sessionId).size() == 1); // only who was marked
}

TEST_CASE("Each attendance mark and time is a step Ctrl+Z takes back and Ctrl+Shift+Z puts "
          "again, in the list and in the bitácora")
{
    OperatorFixture fixture(1);
    AttendanceDialog dialog(fixture.window->bitacora());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const auto tester = test::checkedModel(dialog.view()->model());
    QAbstractItemModel *model = dialog.view()->model();
    const qint64 ana = fixture.sessions->participants(fixture.sessionId).at(0).id;
    const auto stored = [&fixture, ana] {
        return fixture.sessions->attendance(fixture.sessionId).value(ana, Attendance{});
    };
    const auto taken = [&fixture, ana] {
        return fixture.sessions->attendance(fixture.sessionId).contains(ana);
    };
    dialog.view()->setFocus();
    dialog.view()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(dialog.view(), Qt::Key_Space); // present
    QTest::keyClick(dialog.view(), Qt::Key_Space); // absent
    REQUIRE(model->setData(model->index(0, 3), QStringLiteral("08:40")));
    REQUIRE(stored().arrivedAt == QStringLiteral("08:40"));
    CHECK(dialog.undoStack()->count() == 3);

    QTest::keySequence(&dialog, QKeySequence::Undo); // the time
    CHECK(stored().arrivedAt.isEmpty());
    CHECK(model->index(0, 3).data().toString().isEmpty());
    QTest::keySequence(&dialog, QKeySequence::Undo); // absent
    CHECK(stored().present);
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("Presente"));
    QTest::keySequence(&dialog, QKeySequence::Undo); // present: not taken again
    CHECK_FALSE(taken());
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("—"));
    CHECK(dialog.windowTitle().contains(QStringLiteral("0 presentes")));
    QTest::keySequence(&dialog, QKeySequence::Redo);
    CHECK(taken());
    CHECK(stored().present);
    CHECK(dialog.windowTitle().contains(QStringLiteral("1 presentes")));

    // An undo the bitácora refuses is told, the row keeps what the bitácora has, and the step
    // leaves the history.
    fixture.db.exec("CREATE TEMP TRIGGER refuse_clear BEFORE DELETE ON attendance "
                    "BEGIN SELECT RAISE(ABORT, 'no'); END");
    const test::MessageAnswer answer; // told, once the write is refused
    QTest::keySequence(&dialog, QKeySequence::Undo);
    REQUIRE(QTest::qWaitFor([&answer] { return answer.answered(); }));
    CHECK_FALSE(answer.text().isEmpty());
    CHECK(taken());
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("Presente"));
    CHECK(dialog.undoStack()->count() == 2); // the refused step is gone, the later two wait
    CHECK_FALSE(dialog.undoStack()->canUndo());
    fixture.db.exec("DROP TRIGGER refuse_clear");
}

TEST_CASE("Attendance works with the mouse too, F2 edits the time from any column, Enter never "
          "closes the list, and a time is HH:MM")
{
    OperatorFixture fixture(1);
    AttendanceDialog dialog(fixture.window->bitacora());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableView *view = dialog.view();
    QAbstractItemModel *model = view->model();
    const qint64 ana = fixture.sessions->participants(fixture.sessionId).at(0).id;
    const auto attendance = [&] {
        return fixture.sessions->attendance(fixture.sessionId);
    };

    // A click on the mark marks; another, absent.
    const QRect mark = view->visualRect(model->index(0, 2));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, mark.center());
    REQUIRE(attendance().contains(ana));
    CHECK(attendance().value(ana).present);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, mark.center());
    CHECK_FALSE(attendance().value(ana).present);

    // A double click on the name edits the time; words are not a time, 9:05 is.
    const QRect name = view->visualRect(model->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, name.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, name.center());
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(model->index(0, 3)));
    REQUIRE(editor);
    CHECK(view->currentIndex().column() == 3);
    typeText(editor, QStringLiteral("nueve y media"));
    CHECK(editor->text().isEmpty()); // nothing of it could be typed
    typeText(editor, QStringLiteral("9:05"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return attendance().value(ana).arrivedAt == QStringLiteral("09:05"); }));
    CHECK(dialog.isVisible()); // Enter committed the cell, and the list stays open

    // F2 on the name column edits the time too; an unfinished time is not written.
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(view->indexWidget(model->index(0, 3)));
    REQUIRE(editor);
    editor->selectAll();
    typeText(editor, QStringLiteral("10:"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(attendance().value(ana).arrivedAt == QStringLiteral("09:05"));
    CHECK(dialog.isVisible());
    // Enter on the list goes to the next person, never closes it.
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(view->currentIndex().row() == 1);
    CHECK(dialog.isVisible());
}

TEST_CASE(
    "A mark the bitácora could not save is not shown: the row stays as it was, and why is told")
{
    OperatorFixture fixture(1);
    AttendanceDialog dialog(fixture.window->bitacora());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QAbstractItemModel *model = dialog.view()->model();
    const QString before = model->index(0, 2).data().toString();
    fixture.db.exec("CREATE TEMP TRIGGER refuse_attendance BEFORE INSERT ON attendance "
                    "BEGIN SELECT RAISE(ABORT, 'no'); END");
    QString told;
    const test::ModalAnswer answer([&told](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            told = box->text();
            box->accept();
        }
    });
    dialog.view()->setFocus();
    dialog.view()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(dialog.view(), Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&answer] { return answer.answered(); }));
    CHECK_FALSE(told.isEmpty());
    CHECK(model->index(0, 2).data().toString() == before); // not "Presente"
    CHECK(fixture.sessions->attendance(fixture.sessionId).isEmpty());
    CHECK(fixture.window->findChild<QLabel *>(QStringLiteral("saveStateLabel"))
              ->text()
              .startsWith(QStringLiteral("⚠")));
    fixture.db.exec("DROP TRIGGER refuse_attendance");
}
