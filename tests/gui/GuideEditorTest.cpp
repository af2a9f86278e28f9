#include "app/guide/GuideEditor.h"
#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/export/FileDialogs.h"
#include "app/guide/OutlineTree.h"
#include "app/projection/ProjectionView.h"
#include "app/session/SessionDialog.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/SheetPanel.h"
#include "app/start/StartDialog.h"
#include "core/export/Exporters.h"
#include "core/guide/GuideLibrary.h"
#include "core/guide/GuideLoader.h"
#include "core/guide/GuideWriter.h"
#include "core/guide/SheetKinds.h"
#include "core/session/SessionGuide.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"
#include "core/store/SessionStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

using namespace fcte;
using test::child;
using test::typeText;

namespace {

// Replaces a line edit's text as a person does: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
}

void typeLines(QPlainTextEdit *edit, const QStringList &lines)
{
    edit->setFocus();
    edit->selectAll();
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        typeText(edit, lines.at(i));
    }
}

void checkSheet(QListWidget *sheets, const QString &kind)
{
    for (int i = 0; i < sheets->count(); ++i) {
        if (sheets->item(i)->data(Qt::UserRole).toString() == kind)
            sheets->item(i)->setCheckState(Qt::Checked);
    }
}

// Drops the outline's selected item on another as a mouse drag ends: the tree's own drag data,
// delivered to its viewport at the target's place. (The offscreen platform runs no real drag.)
bool dropOnto(OutlineTree *tree, QTreeWidgetItem *target)
{
    const QModelIndexList dragged = tree->selectionModel()->selectedIndexes();
    std::unique_ptr<QMimeData> data(tree->model()->mimeData(dragged));
    const QPoint at = tree->visualItemRect(target).center();
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
    return drop.isAccepted();
}

QTreeWidgetItem *itemAt(OutlineTree *tree, const OutlinePosition &at)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if (OutlineTree::positionOf(*it) == at)
            return *it;
    }
    return nullptr;
}

// Opens the guide editor from the window's menu (a new guide or this session's, duplicated),
// shown and ready for input.
GuideEditor *openEditor(MainWindow &window, const char *action)
{
    child<QAction>(&window, action)->trigger();
    GuideEditor *editor = window.guideEditor();
    REQUIRE(editor);
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    return editor;
}

// Answers the session dialog as a director does: a title typed in, Guardar, and "yes" to saving
// without participants. Any other modal is closed (its text kept in *unexpected), so the test
// fails instead of waiting on it.
std::function<void(QWidget *)> fillSessionDialog(const QString &title,
                                                 std::optional<test::ModalAnswer> &noParticipants,
                                                 QString *unexpected = nullptr)
{
    return [title, &noParticipants, unexpected](QWidget *modal) {
        auto *dialog = qobject_cast<SessionDialog *>(modal);
        if (!dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(modal); box && unexpected)
                *unexpected = box->text();
            modal->close();
            return;
        }
        auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        titleEdit->selectAll();
        typeText(titleEdit, title);
        noParticipants.emplace([](QWidget *box) {
            if (auto *question = qobject_cast<QMessageBox *>(box))
                question->button(QMessageBox::Yes)->click();
        });
        dialog->accept();
    };
}

} // namespace

TEST_CASE("A three-activity guide built in the editor is saved, starts a session and runs it")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    GuideEditor *editor = openEditor(window, "newGuideAction");
    // A new guide asks for its first activity's steps: nothing is written for the author.
    REQUIRE(editor->problems().size() == 1);
    CHECK(editor->problems().first().message ==
          QStringLiteral("Apartado 1, actividad 1, pasos: falta este campo"));
    CHECK(child<QPlainTextEdit>(editor, "stepsEdit")->toPlainText().isEmpty());
    CHECK_FALSE(child<QPlainTextEdit>(editor, "stepsEdit")->placeholderText().isEmpty());

    // The session's own fields.
    editor->select({});
    retype(child<QLineEdit>(editor, "guideTitleEdit"), QStringLiteral("Quinta sesión: la lectura"));
    retype(child<QLineEdit>(editor, "guideIdEdit"), QStringLiteral("quinta-sesion-lectura"));

    // Activity 1: the one the empty guide has.
    editor->select({0, 0});
    retype(child<QLineEdit>(editor, "activityTitleEdit"), QStringLiteral("Bienvenida"));
    child<QSpinBox>(editor, "activityMinutesSpin")->setValue(5);
    typeLines(child<QPlainTextEdit>(editor, "stepsEdit"),
              {QStringLiteral("Dé la bienvenida."), QStringLiteral("Lean el propósito.")});

    // Activity 2: one turn per school, 10 minutes at most, as the guide says.
    child<QAction>(editor, "addActivityAction")->trigger();
    CHECK(editor->selected() == OutlinePosition{0, 1});
    retype(child<QLineEdit>(editor, "activityTitleEdit"), QStringLiteral("Cada escuela presenta"));
    typeLines(child<QPlainTextEdit>(editor, "stepsEdit"), {QStringLiteral("Presenten.")});
    child<QComboBox>(editor, "timerKindCombo")->setCurrentIndex(1);
    child<QSpinBox>(editor, "minutesPerTurnSpin")->setValue(10);
    child<QSpinBox>(editor, "activityMinutesSpin")->setValue(20);
    qobject_cast<QCheckBox *>(editor->findChild<QWidget *>(QStringLiteral("minutesFromGuideCheck")))
        ->setChecked(true);

    // Activity 3, in a section of its own, with a sheet and guiding questions.
    child<QAction>(editor, "addSectionAction")->trigger();
    editor->select({1, 0});
    retype(child<QLineEdit>(editor, "activityTitleEdit"), QStringLiteral("Normas de la lectura"));
    typeLines(child<QPlainTextEdit>(editor, "stepsEdit"), {QStringLiteral("Acuerden.")});
    typeLines(child<QPlainTextEdit>(editor, "promptsEdit"),
              {QStringLiteral("¿Qué leemos juntos?")});
    checkSheet(child<QListWidget>(editor, "sheetKindsList"), QStringLiteral("norms"));
    // The preview shows it as the classroom will read it: title, question, the sheet's name.
    const ProjectionContent projected =
        child<ProjectionView>(editor, "guideProjectionPreview")->content();
    CHECK(projected.title == QStringLiteral("3. Normas de la lectura"));
    CHECK(projected.prompts == QStringList{QStringLiteral("¿Qué leemos juntos?")});
    CHECK(projected.sheetName == SheetKinds::spec(QStringLiteral("norms")).name);

    const Guide &built = editor->guide();
    REQUIRE(built.activityCount() == 3);
    CHECK(built.sections.size() == 2);
    CHECK(built.activity(2)->timer == TimerKind::PerSchool);
    CHECK(built.activity(2)->minutesPerTurn == 10);
    CHECK(built.activity(2)->minutesFromGuide);
    CHECK(built.activity(3)->sheets == QStringList{QStringLiteral("norms")});
    CHECK(built.activity(1)->steps.size() == 2);
    INFO(child<QLabel>(editor, "guideProblemsLabel")->text().toStdString());
    CHECK(editor->problems().isEmpty());

    // A broken field is named beside it, in the loader's words; undo puts it right.
    auto *title = child<QLineEdit>(editor, "activityTitleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    REQUIRE(editor->problems().size() == 1);
    const GuideLoadResult broken = GuideLoader::fromJson(GuideWriter::toJson(editor->guide()));
    REQUIRE(broken.errors.size() == 1);
    auto *problem =
        editor->findChild<QLabel *>(QStringLiteral("problem_title"), Qt::FindChildrenRecursively);
    const QList<QLabel *> labels = editor->findChildren<QLabel *>(QStringLiteral("problem_title"));
    bool shownBesideTitle = false;
    for (QLabel *label : labels)
        shownBesideTitle =
            shownBesideTitle ||
            (label->isVisible() &&
             label->text() ==
                 QStringLiteral("Apartado 2, actividad 3, título: no puede estar vacío"));
    CHECK(problem);
    CHECK(shownBesideTitle);
    CHECK(broken.errors.at(0).startsWith(QStringLiteral("sections[1].activities[0].title")));
    // Edit → Deshacer names the field in Spanish, never the file's key.
    CHECK(editor->undoStack().undoText() == QStringLiteral("Cambiar el título"));
    editor->undoStack().undo();
    CHECK(editor->problems().isEmpty());
    CHECK(editor->guide().activity(3)->title == QStringLiteral("Normas de la lectura"));

    // Saved as a file the loader reads back to the same guide.
    const QString path = fixture.temp.dir.filePath(QStringLiteral("quinta.json"));
    FileDialogs::setNextFileName(path);
    child<QAction>(editor, "saveGuideAction")->trigger();
    REQUIRE(QFileInfo::exists(path));
    // The dialog proposed the user's guide folder, where the start screen looks.
    CHECK(FileDialogs::lastProposedSave() ==
          QDir(GuideLibrary::userFolder())
              .filePath(QStringLiteral("quinta-sesion-lectura.guia.json")));
    const GuideLoadResult loaded = GuideLoader::fromFile(path);
    REQUIRE(loaded.ok());
    CHECK(loaded.guide->title == QStringLiteral("Quinta sesión: la lectura"));
    CHECK(test::readFile(path) == GuideWriter::toJson(editor->guide()));

    // "Usar en una sesión nueva": the session dialog, then the session, with this guide.
    std::optional<test::ModalAnswer> noParticipants;
    QString unexpected;
    const test::ModalAnswer newSession(
        fillSessionDialog(QStringLiteral("Quinta sesión de prueba"), noParticipants, &unexpected));
    QSignalSpy reopen(&window, &MainWindow::openSessionRequested);
    child<QAction>(editor, "useGuideAction")->trigger();
    REQUIRE(newSession.answered());
    INFO(unexpected.toStdString());
    REQUIRE(reopen.count() == 1);
    const qint64 sessionId = fixture.sessions->lastOpenedSession();
    REQUIRE(sessionId != fixture.sessionId);

    // The session runs with the guide it was made with: its activities, its timers, its sheet.
    const GuideLoadResult kept = SessionGuide::load(*fixture.sessions, sessionId);
    REQUIRE(kept.ok());
    CHECK(kept.guide->title == QStringLiteral("Quinta sesión: la lectura"));
    MainWindow session(*kept.guide, *fixture.notebook, sessionId, fixture.clock);
    session.show();
    CHECK(session.timer().plannedMinutes(1) == 5);
    session.runner().goTo(2);
    CHECK(session.runner().currentActivity() == 2);
    CHECK(kept.guide->activity(2)->timer == TimerKind::PerSchool);
    session.runner().goTo(3);
    auto *norms =
        qobject_cast<ListSheetEditor *>(session.sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(norms);
    typeText(norms->quickEntry(), QStringLiteral("Leer en voz alta por turnos"));
    QTest::keyClick(norms->quickEntry(), Qt::Key_Return);
    REQUIRE(fixture.sheets->entries(sessionId, QStringLiteral("norms")).size() == 1);

    const QString pdf = fixture.temp.dir.filePath(QStringLiteral("quinta.pdf"));
    REQUIRE(Exporters::writePdf(fixture.db, *kept.guide, sessionId, pdf).isEmpty());
    const QString text = test::pdfToText(pdf);
    CHECK(text.contains(QStringLiteral("Normas de la lectura")));
    CHECK(text.contains(QStringLiteral("Leer en voz alta por turnos")));
    CHECK(text.contains(QStringLiteral("Cada escuela presenta")));
}

TEST_CASE("The guide editor moves, removes and brings back activities from the keyboard")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    GuideEditor *editor = openEditor(window, "duplicateGuideAction");
    CHECK(editor->guide().activityCount() == 22);
    CHECK(editor->guide().id.endsWith(QStringLiteral("-copia")));
    const QString second = editor->guide().activity(2)->title;
    editor->select({0, 1});
    editor->outline()->setFocus();
    QTest::keyClick(editor->outline(), Qt::Key_Up, Qt::AltModifier);
    CHECK(editor->guide().activity(1)->title == second); // moved up, numbered again
    CHECK(editor->selected() == OutlinePosition{0, 0});
    QTest::keyClick(editor->outline(), Qt::Key_Delete, Qt::ControlModifier);
    CHECK(editor->guide().activityCount() == 21);
    editor->undoStack().undo();
    editor->undoStack().undo();
    CHECK(editor->guide().activityCount() == 22);
    CHECK(editor->guide().activity(2)->title == second);
    // Back as it was: exactly the shipped guide but for its name.
    Guide shipped = GuideOutline::duplicate(test::shippedGuide());
    CHECK(GuideWriter::toJson(editor->guide()) == GuideWriter::toJson(shipped));
    // Closing with nothing to save asks nothing; with changes, it asks.
    editor->close();
}

TEST_CASE("Activities and sections are dragged to a new place in the outline, with undo")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    GuideEditor *editor = openEditor(window, "duplicateGuideAction");
    OutlineTree *tree = editor->outline();
    const Guide before = editor->guide();

    // Activity 1 dropped on activity 3: it takes the third place; the others move up.
    editor->select({0, 0});
    REQUIRE(dropOnto(tree, itemAt(tree, {0, 2})));
    REQUIRE(QTest::qWaitFor(
        [&] { return editor->guide().activity(3)->title == before.activity(1)->title; }));
    CHECK(editor->guide().activity(1)->title == before.activity(2)->title);
    CHECK(editor->selected() == OutlinePosition{0, 2});
    CHECK(editor->undoStack().undoText() == QStringLiteral("Mover"));

    // The last section dropped on the first: it goes first, with its activities.
    const int last = int(before.sections.size()) - 1;
    editor->select({last, -1});
    REQUIRE(dropOnto(tree, itemAt(tree, {0, -1})));
    REQUIRE(QTest::qWaitFor(
        [&] { return editor->guide().sections.at(0).title == before.sections.at(last).title; }));
    CHECK(editor->guide().sections.at(0).activities.size() ==
          before.sections.at(last).activities.size());
    CHECK(editor->guide().activity(1)->title == before.sections.at(last).activities.first().title);

    // Nothing lands on the session itself: refused while dragging.
    editor->select({1, 0});
    CHECK_FALSE(dropOnto(tree, itemAt(tree, {})));

    editor->undoStack().undo();
    editor->undoStack().undo();
    CHECK(GuideWriter::toJson(editor->guide()) ==
          GuideWriter::toJson(GuideOutline::duplicate(test::shippedGuide())));
    editor->undoStack().setClean();
}

TEST_CASE("The start screen offers the user's own guides and starts a session with one")
{
    const QString folder = GuideLibrary::userFolder();
    REQUIRE(QDir().mkpath(folder));
    Guide mine = GuideOutline::duplicate(test::shippedGuide());
    mine.id = QStringLiteral("mi-guia");
    mine.title = QStringLiteral("Mi guía de la zona");
    test::writeFile(folder + QStringLiteral("/mi-guia.guia.json"), GuideWriter::toJson(mine));
    Guide draft = GuideOutline::empty();
    draft.title = QStringLiteral("Borrador sin terminar");
    draft.sections[0].activities[0].steps.clear(); // a step is required
    test::writeFile(folder + QStringLiteral("/borrador.guia.json"), GuideWriter::toJson(draft));

    const QVector<GuideLibrary::UserGuide> guides = GuideLibrary::userGuides();
    REQUIRE(guides.size() == 2);
    CHECK(guides.at(0).title == QStringLiteral("Borrador sin terminar")); // by title
    CHECK_FALSE(guides.at(0).errors.isEmpty());
    CHECK(guides.at(1).errors.isEmpty());

    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    Notebook notebook(db);
    StartDialog start(notebook, test::shippedGuide());
    start.show();
    auto *button = child<QPushButton>(&start, "myGuidesButton");
    REQUIRE(button->isVisible());

    QStringList offered;
    std::optional<test::ModalAnswer> sessionDialog;
    std::optional<test::ModalAnswer> noParticipants;
    const test::ModalAnswer pick([&](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        if (!input) {
            modal->close(); // not the list of guides: closed, so the test fails instead of waiting
            return;
        }
        offered = input->comboBoxItems();
        input->setTextValue(offered.value(1));
        sessionDialog.emplace(fillSessionDialog(QStringLiteral("Sesión de zona"), noParticipants));
        input->accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(pick.answered());
    REQUIRE(offered.size() == 2);
    CHECK(offered.at(0).contains(QStringLiteral("no se puede usar")));
    CHECK(offered.at(1).contains(QStringLiteral("mi-guia.guia.json")));
    REQUIRE(start.result() == QDialog::Accepted);
    const GuideLoadResult kept = SessionGuide::load(store, start.sessionId());
    REQUIRE(kept.ok());
    CHECK(kept.guide->title == QStringLiteral("Mi guía de la zona"));
}

TEST_CASE("A draft and a hand-written guide with a mistake reopen in the editor, their problems in "
          "the outline's words, and are repaired there")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);

    // A draft as the editor saves it: a new guide whose activity has no step yet.
    Guide draft = GuideOutline::empty();
    draft.title = QStringLiteral("Borrador de la zona");
    const QString draftPath = fixture.temp.dir.filePath(QStringLiteral("borrador.guia.json"));
    test::writeFile(draftPath, GuideWriter::toJson(draft));
    REQUIRE_FALSE(GuideLoader::fromFile(draftPath).ok());
    FileDialogs::setNextFileName(draftPath);
    GuideEditor *editor = openEditor(window, "editGuideAction");
    CHECK(editor->path() == draftPath);
    CHECK(editor->guide().title == QStringLiteral("Borrador de la zona"));
    REQUIRE(editor->problems().size() == 1);
    CHECK(editor->problems().first().message ==
          QStringLiteral("Apartado 1, actividad 1, pasos: falta este campo"));
    CHECK(child<QLabel>(editor, "guideProblemsLabel")
              ->text()
              .contains(QStringLiteral("Apartado 1, actividad 1, pasos")));
    CHECK_FALSE(
        child<QLabel>(editor, "guideProblemsLabel")->text().contains(QStringLiteral("sections[")));
    editor->close();
    REQUIRE(QTest::qWaitFor([&] { return !window.guideEditor(); }));

    // A guide written by hand with a number typed as text, and a key in Spanish.
    nlohmann::json doc =
        nlohmann::json::parse(test::readFile(GuideLoader::defaultGuidePath()).toStdString());
    doc["sections"][0]["activities"][1]["minutes"] = "diez";
    doc["sections"][0]["activities"][1]["preguntas"] = nlohmann::json::array({"¿Qué?"});
    const QString handPath = fixture.temp.dir.filePath(QStringLiteral("a-mano.guia.json"));
    test::writeFile(handPath, QByteArray::fromStdString(doc.dump(2)));
    FileDialogs::setNextFileName(handPath);
    editor = openEditor(window, "editGuideAction");
    CHECK(editor->guide().activityCount() == 22);
    // The file's own problems above the fields, both of them, so nothing is dropped unsaid.
    auto *fileProblems = child<QLabel>(editor, "fileProblemsLabel");
    CHECK(fileProblems->isVisible());
    CHECK(fileProblems->text().contains(QStringLiteral("¿quiso decir \"prompts\"?")));
    CHECK(fileProblems->text().contains(QStringLiteral("sections[0].activities[1].minutes")));
    // The editor's own: where the outline shows it, beside the field.
    REQUIRE(editor->problems().size() == 1);
    CHECK(editor->problems().first().message ==
          QStringLiteral("Apartado 1, actividad 2, minutos: debe ser un entero entre 1 y 240"));
    editor->select({0, 1});
    child<QSpinBox>(editor, "activityMinutesSpin")->setValue(10);
    CHECK(editor->problems().isEmpty());
    REQUIRE(editor->save()); // to the file it came from
    const GuideLoadResult repaired = GuideLoader::fromFile(handPath);
    REQUIRE(repaired.ok());
    CHECK(repaired.guide->activity(2)->minutes == 10);
    editor->close();
}
