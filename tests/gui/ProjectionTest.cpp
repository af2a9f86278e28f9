#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/activity/ReadingPanel.h"
#include "app/projection/PresentationMode.h"
#include "app/projection/ProjectionController.h"
#include "app/projection/ProjectionView.h"
#include "app/sheets/CommitmentsSheet.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/SheetPanel.h"
#include "core/guide/Guide.h"
#include "core/session/Bitacora.h"
#include "core/session/SessionRunner.h"
#include "core/session/SessionTimer.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace fcte;
using test::child;
using test::typeText;

namespace {

struct ProjectionFixture : test::SessionFixture {
    std::unique_ptr<MainWindow> window;

    explicit ProjectionFixture(int activity)
    {
        sessions->setCurrentActivity(sessionId, activity);
        window = std::make_unique<MainWindow>(test::shippedGuide(), *notebook, sessionId, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ProjectionController &projection() const { return window->projection(); }
    // What the room sees, once the refresh that follows an edit (a few ms later) has run.
    const ProjectionContent &shown() const
    {
        REQUIRE(QTest::qWaitFor([this] { return !projection().hasPendingRefresh(); }));
        return projection().view().content();
    }
    QStringList shownTexts() const
    {
        QStringList texts;
        for (const ProjectionContent::Line &line : shown().lines)
            texts << line.text;
        return texts;
    }
    void type(const char *kind, const QString &text)
    {
        auto *editor =
            qobject_cast<ListSheetEditor *>(window->sheetPanel()->sheet(QString::fromLatin1(kind)));
        REQUIRE(editor);
        typeText(editor->quickEntry(), text);
        QTest::keyClick(editor->quickEntry(), Qt::Key_Return);
    }
    // Keys like B and F reach the window's shortcuts when the recorder is not typing.
    // A plain letter where nothing takes letters: a button (lists and choosers search as one
    // types, so they keep letters for themselves).
    void pressOutsideTextFields(Qt::Key key)
    {
        QAbstractButton *button = nullptr;
        for (auto *candidate :
             window->findChildren<QAbstractButton *>(QStringLiteral("addEntryButton"))) {
            if (candidate->isVisible())
                button = candidate;
        }
        REQUIRE(button);
        button->setFocus();
        QTest::keyClick(button, key);
    }
};

} // namespace

TEST_CASE("An entry typed by the recorder appears on the classroom screen")
{
    ProjectionFixture fixture(4);
    CHECK(fixture.shown().title == QStringLiteral("4. Normas de convivencia"));
    fixture.type("norms", QStringLiteral("Escuchar con atención"));
    CHECK(fixture.shownTexts() == QStringList{QStringLiteral("Escuchar con atención")});
    fixture.type("norms", QStringLiteral("<b>Respeto</b>"));
    CHECK(fixture.shownTexts().last() == QStringLiteral("<b>Respeto</b>"));
}

TEST_CASE("Private notes and struck entries never reach the classroom screen")
{
    ProjectionFixture fixture(8);
    fixture.type("individualNotes", QStringLiteral("Mi nota privada"));
    REQUIRE(fixture.sheets->entries(fixture.sessionId, QStringLiteral("individualNotes")).size() ==
            1);
    CHECK(fixture.shown().lines.isEmpty());
    CHECK(fixture.shown().sheetName.isEmpty());

    fixture.window->runner().goTo(4);
    fixture.type("norms", QStringLiteral("Se queda"));
    fixture.type("norms", QStringLiteral("Se tacha"));
    auto *editor = qobject_cast<ListSheetEditor *>(
        fixture.window->sheetPanel()->sheet(QStringLiteral("norms")));
    QTest::keyClick(editor->quickEntry(), Qt::Key_Down);
    QTest::keyClick(editor->view(), Qt::Key_Delete);
    CHECK(fixture.shownTexts() == QStringList{QStringLiteral("Se queda")});
}

TEST_CASE("B blanks the classroom screen and F freezes it while the operator looks ahead")
{
    ProjectionFixture fixture(4);
    fixture.pressOutsideTextFields(Qt::Key_B);
    CHECK(fixture.projection().isBlank());
    ProjectionView &view = fixture.projection().view();
    view.resize(640, 360);
    const QImage blank = view.grab().toImage();
    CHECK(blank.pixelColor(320, 180) == QColor(Qt::black));
    CHECK(blank.pixelColor(600, 40) == QColor(Qt::black)); // not even the timer
    fixture.pressOutsideTextFields(Qt::Key_B);
    CHECK_FALSE(fixture.projection().isBlank());

    fixture.type("norms", QStringLiteral("Antes de congelar"));
    fixture.pressOutsideTextFields(Qt::Key_F);
    REQUIRE(fixture.projection().isFrozen());
    QTest::keyClick(fixture.window.get(), Qt::Key_Right, Qt::AltModifier); // on to activity 5
    fixture.type("peerIdeas", QStringLiteral("Idea no proyectada aún"));
    CHECK(fixture.shown().title == QStringLiteral("4. Normas de convivencia"));
    CHECK(fixture.shownTexts() == QStringList{QStringLiteral("Antes de congelar")});

    fixture.pressOutsideTextFields(Qt::Key_F);
    CHECK_FALSE(fixture.projection().isFrozen());
    CHECK(fixture.shown().title.startsWith(QStringLiteral("5. ")));
    CHECK(fixture.shownTexts() == QStringList{QStringLiteral("Idea no proyectada aún")});
}

TEST_CASE("Typing a B in the quick entry types a letter and does not blank the screen")
{
    ProjectionFixture fixture(4);
    auto *editor = qobject_cast<ListSheetEditor *>(
        fixture.window->sheetPanel()->sheet(QStringLiteral("norms")));
    QTest::keyClicks(editor->quickEntry(), QStringLiteral("Bf"));
    CHECK(editor->quickEntry()->text() == QStringLiteral("Bf"));
    CHECK_FALSE(fixture.projection().isBlank());
    CHECK_FALSE(fixture.projection().isFrozen());
}

TEST_CASE("B and F typed in a chooser or a list are letters there: the room's screen is neither "
          "blanked nor frozen")
{
    const int activity = test::activityWithSheet(QStringLiteral("axisQuestions"));
    ProjectionFixture fixture(activity);
    auto *editor = qobject_cast<ListSheetEditor *>(
        fixture.window->sheetPanel()->sheet(QStringLiteral("axisQuestions")));
    REQUIRE(editor);
    // Seen: "Sof" typed in the participant chooser froze the projection.
    auto *who = child<QComboBox>(editor, "participantComboBox");
    who->setFocus();
    QTest::keyClicks(who, QStringLiteral("Bef"));
    CHECK_FALSE(fixture.projection().isBlank());
    CHECK_FALSE(fixture.projection().isFrozen());
    auto *table = child<QTableView>(editor, "entriesTableView");
    table->setFocus();
    QTest::keyClicks(table, QStringLiteral("bf"));
    CHECK_FALSE(fixture.projection().isBlank());
    CHECK_FALSE(fixture.projection().isFrozen());
    // With Ctrl+Shift, from anywhere.
    QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(fixture.projection().isBlank());
}

TEST_CASE("F5 projects on a screen and Esc stops")
{
    ProjectionFixture fixture(7);
    QTest::keyClick(fixture.window.get(), Qt::Key_F5);
    CHECK(fixture.projection().isProjecting());
    // The big clock is the speaking school's own turn; the activity's total is secondary.
    CHECK(fixture.shown().timer == QStringLiteral("10:00"));
    CHECK(fixture.shown().speaker == QStringLiteral("Benito Juárez"));
    CHECK(fixture.shown().timerNote.contains(QStringLiteral("20:00")));
    QTest::keyClick(fixture.window.get(), Qt::Key_Escape);
    CHECK_FALSE(fixture.projection().isProjecting());
}

TEST_CASE("On a 1920x1080 projector the type is large enough for the back row")
{
    ProjectionFixture fixture(4);
    for (int i = 0; i < 3; ++i)
        fixture.type("norms", QStringLiteral("Una norma de convivencia %1").arg(i));
    const ProjectionView::Metrics metrics =
        fixture.projection().view().layoutFor(QSize(1920, 1080));
    CHECK(metrics.titlePx >= 28);
    CHECK(metrics.bodyPx >= 28);
    CHECK(metrics.timerPx >= 120);
    CHECK(metrics.pages == 1);
}

TEST_CASE("A long sheet is paged on the classroom screen and every line reaches some page")
{
    ProjectionFixture fixture(4);
    QStringList texts;
    for (int i = 0; i < 40; ++i)
        texts << QStringLiteral("Norma número %1, con una frase de largo razonable").arg(i);
    // A 9,000-character entry (taller than a page) and a word wider than the screen.
    QStringList words;
    for (int i = 0; words.join(QLatin1Char(' ')).size() < 9000; ++i)
        words << QStringLiteral("palabra%1").arg(i);
    texts.insert(3, words.join(QLatin1Char(' ')));
    texts.insert(10, QStringLiteral("Inicio").append(QString(300, QLatin1Char('x'))) +
                         QStringLiteral("Fin"));
    for (const QString &text : texts) {
        Entry entry;
        entry.sheet = QStringLiteral("norms");
        entry.activity = 4;
        entry.text = text;
        fixture.window->bitacora().addEntry(entry);
    }
    REQUIRE(fixture.shown().lines.size() == texts.size());
    ProjectionView &view = fixture.projection().view();
    const QSize screen(1920, 1080);
    const ProjectionView::Metrics metrics = view.layoutFor(screen);
    CHECK(metrics.bodyPx == 32); // shrinks to a size still readable, then pages
    REQUIRE(metrics.pages > 2);
    // The rows of all pages, read in order, give back every line whole and in order.
    QString read;
    for (int page = 0; page < metrics.pages; ++page) {
        const QStringList rows = view.rowsOnPage(screen, page);
        CHECK_FALSE(rows.isEmpty());
        read += rows.join(QString());
    }
    QString expected;
    for (const QString &text : texts)
        expected += QStringLiteral("• ") + text;
    CHECK(read == expected);
    CHECK(view.rowsOnPage(screen, 0).first() == QStringLiteral("• ") + texts.first());
    CHECK(view.rowsOnPage(screen, metrics.pages - 1).last() == QStringLiteral("• ") + texts.last());
}

TEST_CASE("PgDn and PgUp turn the room's pages, and a new entry brings the newest page")
{
    ProjectionFixture fixture(4);
    for (int i = 0; i < 60; ++i) {
        Entry entry;
        entry.sheet = QStringLiteral("norms");
        entry.activity = 4;
        entry.text = QStringLiteral("Norma número %1, con una frase de largo razonable").arg(i);
        fixture.window->bitacora().addEntry(entry);
    }
    REQUIRE(fixture.shown().lines.size() == 60);
    QTest::keyClick(fixture.window.get(), Qt::Key_F5);
    REQUIRE(fixture.projection().isProjecting());
    ProjectionView &view = fixture.projection().view();
    view.resize(1920, 1080);
    const int pages = view.pageCount();
    REQUIRE(pages > 1);
    CHECK(view.currentPage() == pages - 1); // the lines arrived: the newest are in view

    fixture.pressOutsideTextFields(Qt::Key_PageUp);
    CHECK(view.currentPage() == pages - 2);
    fixture.pressOutsideTextFields(Qt::Key_PageUp);
    fixture.pressOutsideTextFields(Qt::Key_PageUp);
    fixture.pressOutsideTextFields(Qt::Key_PageUp);
    CHECK(view.currentPage() == qMax(0, pages - 5));
    fixture.pressOutsideTextFields(Qt::Key_PageDown);
    CHECK(view.currentPage() == qMax(1, pages - 4));
    fixture.type("norms", QStringLiteral("La más nueva"));
    REQUIRE(fixture.shownTexts().last() == QStringLiteral("La más nueva"));
    CHECK(view.currentPage() == view.pageCount() - 1);
    CHECK(view.rowsOnPage(view.size(), view.currentPage()).last() ==
          QStringLiteral("• La más nueva"));

    // Another activity starts at its first page.
    fixture.window->runner().goTo(5);
    CHECK(fixture.shown().title.startsWith(QStringLiteral("5. ")));
    CHECK(view.currentPage() == 0);
    QTest::keyClick(fixture.window.get(), Qt::Key_Escape);
}

TEST_CASE("Theme and type size are chosen and remembered")
{
    {
        ProjectionFixture fixture(4);
        fixture.projection().setTheme(ProjectionTheme::Kind::HighContrast);
        fixture.projection().scaleBy(1.21);
    }
    ProjectionFixture reopened(4);
    CHECK(reopened.projection().view().theme() == ProjectionTheme::Kind::HighContrast);
    CHECK(reopened.projection().view().scale() == Approx(1.21));
    reopened.projection().setTheme(ProjectionTheme::Kind::Light);
    reopened.projection().scaleBy(1 / 1.21);
}

TEST_CASE("Presentation mode enlarges the operator window's type, and Ctrl++ more")
{
    ProjectionFixture fixture(4);
    const double normal = fixture.window->font().pointSizeF();
    QTest::keyClick(fixture.window.get(), Qt::Key_F11);
    REQUIRE(fixture.window->presentation().isActive());
    const double presenting = fixture.window->font().pointSizeF();
    CHECK(presenting > normal * 1.4);
    CHECK_FALSE(child<QTreeView>(fixture.window.get(), "agendaTreeView")->isVisible());
    fixture.window->projection().biggerAction()->trigger();
    CHECK(fixture.window->font().pointSizeF() > presenting);
    fixture.window->projection().smallerAction()->trigger();
    QTest::keyClick(fixture.window.get(), Qt::Key_F11);
    CHECK(fixture.window->font().pointSizeF() == Approx(normal));
}

TEST_CASE("A commitment on the classroom screen names its participant and school, and shows its "
          "four fields")
{
    ProjectionFixture fixture(15);
    auto *sheet = qobject_cast<CommitmentsSheet *>(
        fixture.window->sheetPanel()->sheet(QStringLiteral("commitments")));
    REQUIRE(sheet);
    child<QComboBox>(sheet, "commitmentParticipantComboBox")->setCurrentIndex(1);
    typeText(child<QLineEdit>(sheet, "studentsNeedLineEdit"), QStringLiteral("la comprensión"));
    typeText(child<QLineEdit>(sheet, "shareHowLineEdit"), QStringLiteral("sus cuadernos"));
    typeText(child<QLineEdit>(sheet, "evidenceLineEdit"), QStringLiteral("rúbrica de lectura"));
    auto *actions = child<QLineEdit>(sheet, "actionsLineEdit");
    typeText(actions, QStringLiteral("círculos de lectura"));
    QTest::keyClick(actions, Qt::Key_Return);
    REQUIRE(fixture.shown().lines.size() == 1);
    CHECK(fixture.shown().lines.at(0).tags == QStringLiteral("Ana Núñez (Benito Juárez)"));
    // All four fields, in the guide's words (activity 15's starters and activity 14's evidence).
    CHECK(
        fixture.shown().lines.at(0).text ==
        QStringLiteral("Mis alumnos requieren mejorar la comprensión; me comprometo a implementar "
                       "círculos de lectura; compartiré los resultados en marzo mediante sus "
                       "cuadernos; evidencias e instrumentos: rúbrica de lectura"));
}

TEST_CASE("With one screen, presenting, B and Ctrl+Shift+B blank what the room sees")
{
    ProjectionFixture fixture(4);
    auto *curtain = child<QWidget>(fixture.window.get(), "presentationCurtain");
    fixture.pressOutsideTextFields(Qt::Key_B); // not presenting: the operator keeps the window
    CHECK_FALSE(curtain->isVisible());
    fixture.pressOutsideTextFields(Qt::Key_B);
    QTest::keyClick(fixture.window.get(), Qt::Key_F11);
    REQUIRE(fixture.window->presentation().isActive());
    fixture.pressOutsideTextFields(Qt::Key_B);
    CHECK(curtain->isVisible());
    CHECK(curtain->geometry() == fixture.window->rect());
    // Typing in the entry box, Ctrl+Shift+B still works, both ways.
    QLineEdit *quick = child<QLineEdit>(fixture.window.get(), "quickEntryLineEdit");
    quick->setFocus();
    QTest::keyClick(quick, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(curtain->isVisible());
    QTest::keyClick(quick, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(curtain->isVisible());
    QTest::keyClick(fixture.window.get(), Qt::Key_F11); // presenting ends: the curtain goes
    CHECK_FALSE(curtain->isVisible());
}

TEST_CASE("Activity 2 shows the session's purposes to the operator and to the room")
{
    ProjectionFixture fixture(2);
    CHECK(fixture.shownTexts() == test::shippedGuide().purposes);
    CHECK(fixture.shown().sheetName == QStringLiteral("Propósitos de la sesión"));
    auto *box = child<QGroupBox>(fixture.window.get(), "sessionListBox");
    CHECK(box->isVisible());
    CHECK(box->title() == QStringLiteral("Propósitos de la sesión"));
}

TEST_CASE("A reading's text pasted for the session is projected paragraph by paragraph, cited")
{
    ProjectionFixture fixture(5);
    QAction *project = fixture.projection().readingAction();
    CHECK_FALSE(project->isEnabled()); // no text yet: the guide's text is not shipped
    ReadingPanel &panel = fixture.window->readingPanel();
    const test::ModalAnswer paste([](QWidget *modal) {
        if (auto *editor = modal->findChild<QPlainTextEdit *>(QStringLiteral("readingTextEdit")))
            editor->setPlainText(QStringLiteral("  Primer párrafo <b>leído</b>.\n\nSegundo.\n"));
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->accept();
    });
    panel.editText();
    REQUIRE(paste.answered());
    CHECK(fixture.window->bitacora().readingText(5) ==
          QStringLiteral("Primer párrafo <b>leído</b>.\n\nSegundo."));
    CHECK(panel.statusText().contains(QStringLiteral("4 palabras")));
    REQUIRE(project->isEnabled());

    fixture.window->activateWindow(); // back from the dialog
    REQUIRE(QTest::qWaitForWindowActive(fixture.window.get()));
    QTest::keyClick(fixture.window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(project->isChecked());
    const ProjectionContent &shown = fixture.shown();
    CHECK(shown.sheetName == QStringLiteral("Lectura: El concepto de aprendizaje entre pares"));
    CHECK(shown.citation.startsWith(QStringLiteral("Fuente: Adaptado de Ana María Cerda")));
    CHECK(fixture.shownTexts() == QStringList({QStringLiteral("Primer párrafo <b>leído</b>."),
                                               QStringLiteral("Segundo.")}));

    fixture.window->runner().goTo(6); // another activity shows its sheet again
    CHECK_FALSE(project->isChecked());
    CHECK(fixture.shown().citation.isEmpty());
}

// Activity 2: "Lean la introducción…" — the director pastes the guide's introduction and the
// room reads it on the screen, cited, before the purposes.
TEST_CASE("Activity 2 projects the guide's introduction once the director pastes it, cited")
{
    ProjectionFixture fixture(2);
    QAction *project = fixture.projection().readingAction();
    CHECK_FALSE(project->isEnabled());
    CHECK(fixture.shown().sheetName != QStringLiteral("Lectura: Introducción de la sesión"));
    const test::ModalAnswer paste([](QWidget *modal) {
        if (auto *editor = modal->findChild<QPlainTextEdit *>(QStringLiteral("readingTextEdit")))
            editor->setPlainText(
                QStringLiteral("En esta cuarta sesión ordinaria, los colectivos "
                               "tendrán la posibilidad de sesionar.\n\nPara ello…"));
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->accept();
    });
    fixture.window->readingPanel().editText();
    REQUIRE(paste.answered());
    REQUIRE(project->isEnabled());
    project->trigger();
    const ProjectionContent &shown = fixture.shown();
    CHECK(shown.sheetName == QStringLiteral("Lectura: Introducción de la sesión"));
    CHECK(shown.citation.contains(QStringLiteral("«Introducción»")));
    CHECK(fixture.shownTexts() ==
          QStringList({QStringLiteral("En esta cuarta sesión ordinaria, los colectivos tendrán la "
                                      "posibilidad de sesionar."),
                       QStringLiteral("Para ello…")}));
    project->trigger(); // off: the purposes the activity presents are back
    CHECK(fixture.shown().sheetName != QStringLiteral("Lectura: Introducción de la sesión"));
}

TEST_CASE("A reading loads from a text file saved by Windows, and a file too large is refused")
{
    ProjectionFixture fixture(17);
    test::TempBitacora temp;
    const QString path = temp.dir.filePath(QStringLiteral("lectura.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("El aprendizaje entre pares \x93mejora\x94 la pr\xE1"
               "ctica.\r\n");
    file.close();
    ReadingPanel &panel = fixture.window->readingPanel();
    REQUIRE(panel.loadFile(path));
    CHECK(fixture.window->bitacora().readingText(17) ==
          QStringLiteral("El aprendizaje entre pares “mejora” la práctica."));

    const QString big = temp.dir.filePath(QStringLiteral("libro.txt"));
    QFile bigFile(big);
    REQUIRE(bigFile.open(QIODevice::WriteOnly));
    bigFile.write(QByteArray(ReadingPanel::MaxFileBytes + 1, 'a'));
    bigFile.close();
    QString message;
    const test::ModalAnswer refused([&message](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            message = box->text();
            box->accept();
        }
    });
    CHECK_FALSE(panel.loadFile(big));
    REQUIRE(refused.answered());
    CHECK(message.contains(QStringLiteral("más de 1 MB")));
    CHECK(fixture.window->bitacora().readingText(17).startsWith(QStringLiteral("El aprendizaje")));
}

TEST_CASE("Activity 3 projects the agenda: sections with this session's minutes, break, products")
{
    ProjectionFixture fixture(3);
    QAction *agenda = fixture.projection().agendaAction();
    REQUIRE(agenda->isChecked()); // the activity presents the structure
    const ProjectionContent &shown = fixture.shown();
    CHECK(shown.sheetName.startsWith(QStringLiteral("Agenda de la sesión")));
    const Guide &guide = test::shippedGuide();
    REQUIRE(shown.lines.size() >= guide.sections.size() + guide.products.size());
    CHECK(shown.lines.first().text == QStringLiteral("1. Organicemos nuestra sesión"));
    CHECK(shown.lines.first().tags.startsWith(QStringLiteral("30 min")));
    CHECK(shown.lines.last().text == guide.products.last());
    // Each activity with its minutes, and whose they are (step 3 of the guide).
    const auto lineFor = [&fixture](const QString &text) {
        for (const ProjectionContent::Line &line : fixture.shown().lines) {
            if (line.text == text)
                return line.tags;
        }
        return QString();
    };
    CHECK(lineFor(QStringLiteral("1. Bienvenida")) == QStringLiteral("5 min · propuesta"));
    CHECK(lineFor(QStringLiteral("7. Cada escuela presenta su problemática")) ==
          QStringLiteral("20 min · la guía: 10 por escuela como máximo"));

    // A planned minute changed in the agenda shows at once; the break follows the proposal.
    fixture.window->timer().setPlannedMinutes(1, 9);
    CHECK(fixture.shown().lines.first().tags.startsWith(QStringLiteral("34 min")));
    const auto breakLine = [&fixture] {
        for (const ProjectionContent::Line &line : fixture.shown().lines) {
            if (line.text.startsWith(QStringLiteral("Receso")))
                return line.tags;
        }
        return QString();
    };
    CHECK(breakLine() == QStringLiteral("30 min"));
    fixture.window->timer().setBreakProposed(false);
    CHECK(breakLine().isEmpty());

    // Its sheet (who records) is a key away; the next activity starts with its own sheet.
    QTest::keyClick(fixture.window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(agenda->isChecked());
    CHECK(fixture.shown().sheetName == QStringLiteral("Quienes registran"));
    fixture.window->runner().goTo(4);
    CHECK_FALSE(agenda->isChecked());
}

TEST_CASE("Every projection theme reads at WCAG AA: text, muted text and every state of the clock")
{
    using Level = ProjectionContent::TimerLevel;
    for (const auto kind : {ProjectionTheme::Kind::Light, ProjectionTheme::Kind::Dark,
                            ProjectionTheme::Kind::HighContrast}) {
        const ProjectionTheme theme = ProjectionTheme::of(kind);
        INFO(ProjectionTheme::key(kind).toStdString());
        CHECK(test::contrast(theme.text, theme.background) >= 4.5);
        CHECK(test::contrast(theme.muted, theme.background) >= 4.5);
        for (const Level level : {Level::Idle, Level::Running, Level::Low, Level::Overtime}) {
            INFO("clock state " << int(level));
            CHECK(test::contrast(theme.timerText, theme.timerBackground(level)) >= 4.5);
        }
    }
}

namespace {

// Whether any widget the room can see shows that text: labels, line edits and the rows of
// every visible table.
bool roomSees(QWidget *window, const QString &text)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(text))
            return true;
    }
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->isVisible() && edit->text().contains(text))
            return true;
    }
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString().contains(text))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

TEST_CASE("Presentation mode (F11) shows nothing the projection hides: private notes, struck "
          "entries, the phones' queue")
{
    const int notesActivity = test::activityWithSheet(QStringLiteral("individualNotes"));
    ProjectionFixture fixture(notesActivity);
    const QString secret = QStringLiteral("Nota privada de Ana");
    fixture.type("individualNotes", secret);
    test::addNorm(fixture.db, fixture.sessionId, QStringLiteral("Norma retirada"));
    const qint64 struck =
        fixture.sheets->entries(fixture.sessionId, QStringLiteral("norms")).constLast().id;
    fixture.sheets->setEntryStruck(struck, true);
    test::addNorm(fixture.db, fixture.sessionId, QStringLiteral("Norma vigente"));
    REQUIRE(roomSees(fixture.window.get(), secret)); // the operator's own view, before F11

    QTest::keyClick(fixture.window.get(), Qt::Key_F11);
    REQUIRE(fixture.window->presentation().isActive());
    CHECK_FALSE(roomSees(fixture.window.get(), secret));
    fixture.window->runner().goTo(4);
    CHECK(QTest::qWaitFor(
        [&] { return roomSees(fixture.window.get(), QStringLiteral("Norma vigente")); }));
    CHECK_FALSE(roomSees(fixture.window.get(), QStringLiteral("Norma retirada")));
    CHECK_FALSE(child<QWidget>(fixture.window.get(), "moderationDock")->isVisible());

    QTest::keyClick(fixture.window.get(), Qt::Key_F11);
    CHECK(QTest::qWaitFor(
        [&] { return roomSees(fixture.window.get(), QStringLiteral("Norma retirada")); }));
    fixture.window->runner().goTo(notesActivity);
    CHECK(QTest::qWaitFor([&] { return roomSees(fixture.window.get(), secret); }));
}

TEST_CASE("During a school's turn the room sees its name once and the guide's four points on the "
          "first page at 1920x1080")
{
    ProjectionFixture fixture(7);
    const School school = fixture.sessions->schools(fixture.sessionId).at(0);
    SchoolProblem problem;
    problem.schoolId = school.id;
    problem.problem = QStringLiteral("Bajo nivel de comprensión lectora en primer ciclo, sobre "
                                     "todo en textos informativos y en la lectura en voz alta.");
    problem.socialSetting =
        QStringLiteral("Colonia popular; muchas familias trabajan todo el día.");
    problem.students = QStringLiteral("412 alumnos");
    problem.groups = QStringLiteral("12 grupos");
    problem.staff = QStringLiteral("12 docentes, 3 agentes educativos");
    problem.infrastructure = QStringLiteral("Biblioteca escolar sin catalogar; sin internet.");
    problem.helped = QStringLiteral("Lectura diaria de 15 minutos y círculos de lectura con las "
                                    "familias los viernes.");
    problem.notHelped = QStringLiteral("Dictados largos sin propósito y copias del pizarrón.");
    REQUIRE(fixture.window->bitacora().saveSchoolProblem(problem));
    fixture.window->timer().start(7); // the first school has the floor
    fixture.projection().refresh();
    const ProjectionContent &shown = fixture.shown();
    CHECK(shown.speaker == school.name);
    // The guide's four points (activity 7): the problem, the context, what helped, what did not.
    QStringList tags;
    for (const ProjectionContent::Line &line : shown.lines)
        tags << line.tags;
    CHECK(tags == QStringList{QStringLiteral("Problemática"), QStringLiteral("Contexto"),
                              QStringLiteral("Prácticas que ayudaron"),
                              QStringLiteral("Prácticas que no ayudaron")});
    CHECK(shown.lines.at(1).text.contains(QStringLiteral("412 alumnos")));
    CHECK(shown.lines.at(1).text.contains(QStringLiteral("sin internet")));
    // Named once: large, as the speaker; the sheet's heading does not repeat it.
    QStringList everything{shown.section, shown.title, shown.sheetName, shown.timerNote,
                           shown.speaker};
    everything << shown.prompts;
    for (const ProjectionContent::Line &line : shown.lines)
        everything << line.text << line.tags;
    CHECK(everything.join(QLatin1Char('\n')).count(school.name) == 1);
    // All of it on the first page of a 1920×1080 projector.
    CHECK(fixture.projection().view().layoutFor(QSize(1920, 1080)).pages == 1);
}

TEST_CASE("A reading pasted from the guide's PDF comes in as paragraphs, its split words whole")
{
    ProjectionFixture fixture(5);
    ReadingPanel &panel = fixture.window->readingPanel();
    QGuiApplication::clipboard()->setText(
        QStringLiteral("El aprendizaje entre pares es uti-\nlizado como herramienta\nde "
                       "desarrollo.\n\nSe sistematiza,\nse programa y se informa."));
    const test::ModalAnswer paste([](QWidget *modal) {
        if (auto *editor = modal->findChild<QPlainTextEdit *>(QStringLiteral("readingTextEdit"))) {
            editor->setFocus();
            editor->paste();
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->accept();
    });
    panel.editText();
    REQUIRE(paste.answered());
    CHECK(fixture.window->bitacora().readingText(5) ==
          QStringLiteral("El aprendizaje entre pares es utilizado como herramienta de "
                         "desarrollo.\nSe sistematiza, se programa y se informa."));
}

TEST_CASE("The projection window's title names the program once")
{
    // The platform adds " — <display name>" to a title that does not end with it.
    const QString program = QStringLiteral("Facilitador CTE");
    ProjectionView view;
    const QString title = view.windowTitle();
    const QString shown = title.endsWith(program) ? title : title + QStringLiteral(" — ") + program;
    CHECK(shown.count(program) == 1);
    CHECK(title == QStringLiteral("Proyección"));
}
