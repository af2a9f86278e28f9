#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/activity/ActivityPage.h"
#include "app/export/FileDialogs.h"
#include "app/help/Language.h"
#include "app/session/AttendanceDialog.h"
#include "app/session/PreparationDialog.h"
#include "app/session/SessionDialog.h"
#include "app/start/StartDialog.h"
#include "core/session/SessionRunner.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/Stores.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <catch2/catch.hpp>
#include <functional>

using namespace fcte;
using test::commitEditor;
using test::typeIntoFocusedEditor;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// QTest::keyClicks only knows ASCII; Spanish text is sent as key events carrying the text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Fills the new-session dialog as a director would, with the keyboard.
void fillNewSession(SessionDialog &dialog, const QString &cct)
{
    auto *title = child<QLineEdit>(&dialog, "titleEdit");
    title->selectAll();
    typeText(title, QStringLiteral("Cuarta sesión, zona 042"));
    typeText(child<QLineEdit>(&dialog, "placeEdit"), QStringLiteral("Aula de usos múltiples"));

    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    tabs->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "addSchoolButton"), Qt::LeftButton);
    typeIntoFocusedEditor(QStringLiteral("Primaria Benito Juárez"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeIntoFocusedEditor(cct);
    commitEditor();

    tabs->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(&dialog, "addParticipantButton"), Qt::LeftButton);
    typeIntoFocusedEditor(QStringLiteral("Ana Núñez"));
    commitEditor();
}

// A new-session dialog over an empty bitácora, shown as the director sees it.
struct NewSessionFixture {
    test::TempBitacora temp;
    Database db;
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<Notebook> notebook;
    std::unique_ptr<SessionDialog> dialog;

    NewSessionFixture()
    {
        db.open(temp.path());
        store = std::make_unique<SessionStore>(db);
        notebook = std::make_unique<Notebook>(db);
        dialog = std::make_unique<SessionDialog>(*notebook, test::shippedGuide(), 0);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    }
};

} // namespace

TEST_CASE("A session created in the dialog reopens at the activity where it was left")
{
    test::TempBitacora temp;
    qint64 sessionId = 0;
    {
        Database db;
        db.open(temp.path());
        SessionStore store(db);
        Notebook notebook(db);
        SessionDialog dialog(notebook, test::shippedGuide(), 0);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        fillNewSession(dialog, QStringLiteral("09DPR1234X"));
        dialog.accept();
        INFO(child<QLabel>(&dialog, "problemLabel")->text().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        sessionId = dialog.sessionId();
        REQUIRE(sessionId != 0);
        REQUIRE(store.schools(sessionId).size() == 1);
        CHECK(store.schools(sessionId).at(0).name == QStringLiteral("Primaria Benito Juárez"));
        REQUIRE(store.participants(sessionId).size() == 1);
        CHECK(store.participants(sessionId).at(0).name == QStringLiteral("Ana Núñez"));

        Stores stores(db);

        test::ManualClock clock;
        MainWindow window(test::shippedGuide(), notebook, sessionId, clock);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.runner().currentActivity() == 1);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        CHECK(window.runner().currentActivity() == 7);
        CHECK(window.activityPage().titleText().startsWith(QStringLiteral("7. ")));
    }

    Database db;
    db.open(temp.path());
    SessionStore store(db);
    Notebook notebook(db);
    StartDialog start(notebook, test::shippedGuide());
    start.show();
    auto *resume = child<QPushButton>(&start, "lastSessionButton");
    REQUIRE(resume->isVisible());
    CHECK(resume->text().contains(QStringLiteral("Cuarta sesión, zona 042")));
    QTest::mouseClick(resume, Qt::LeftButton);
    REQUIRE(start.result() == QDialog::Accepted);
    REQUIRE(start.sessionId() == sessionId);

    Stores stores(db);

    test::ManualClock clock;
    MainWindow window(test::shippedGuide(), notebook, start.sessionId(), clock);
    window.show();
    CHECK(window.runner().currentActivity() == 7);
    CHECK(window.activityPage().titleText() ==
          QStringLiteral("7. Cada escuela presenta su problemática"));
    auto *agenda = child<QTreeView>(&window, "agendaTreeView");
    CHECK(agenda->currentIndex().data().toString().contains(QStringLiteral("7. ")));
    CHECK(child<QLabel>(&window, "positionLabel")->text().contains(QStringLiteral("7 de 22")));
}

TEST_CASE("The session dialog refuses a malformed CCT and says why")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    fillNewSession(dialog, QStringLiteral("12345"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(&dialog, "problemLabel")->text().contains(QStringLiteral("CCT")));
    CHECK(fixture.store->sessions().isEmpty());
}

TEST_CASE("Clicking an activity in the agenda makes it current and the buttons stop at the ends")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    Notebook notebook(db);
    SessionInfo info;
    info.title = QStringLiteral("Sesión");
    info.heldOn = QDate::currentDate();
    info.guideId = test::shippedGuide().id;
    const qint64 id = store.createSession(info);
    Stores stores(db);
    test::ManualClock clock;
    MainWindow window(test::shippedGuide(), notebook, id, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *agenda = child<QTreeView>(&window, "agendaTreeView");
    const QModelIndex section4 = agenda->model()->index(3, 0);
    const QModelIndex activity22 = agenda->model()->index(1, 0, section4);
    agenda->scrollTo(activity22);
    QTest::mouseClick(agenda->viewport(), Qt::LeftButton, {},
                      agenda->visualRect(activity22).center());
    CHECK(window.runner().currentActivity() == 22);
    CHECK(store.session(id)->currentActivity == 22);
    auto *next = window.findChild<QAction *>(QStringLiteral("nextAction"));
    REQUIRE(next);
    CHECK_FALSE(next->isEnabled());
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    CHECK(window.runner().currentActivity() == 21);
    CHECK(next->isEnabled());
}

TEST_CASE("Pressing Enter in a school's cell saves the dialog with what was typed in it")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    SessionStore &store = *fixture.store;
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "addSchoolButton"), Qt::LeftButton);
    typeIntoFocusedEditor(QStringLiteral("Secundaria Técnica 5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeIntoFocusedEditor(QStringLiteral("09DST0005K"));
    // No participants yet: the dialog asks whether to save anyway, and is told yes.
    const test::ModalAnswer yes([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    dialog.accept(); // what the default button does on Enter, before the queued commit runs
    REQUIRE(yes.answered());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto schools = store.schools(dialog.sessionId());
    REQUIRE(schools.size() == 1);
    CHECK(schools.at(0).cct == QStringLiteral("09DST0005K"));
}

TEST_CASE("The start screen opens an earlier session, not only the last one")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    Notebook notebook(db);
    SessionInfo info;
    info.heldOn = QDate(2027, 2, 26);
    info.guideId = test::shippedGuide().id;
    info.title = QStringLiteral("Cuarta sesión");
    const qint64 fourth = store.createSession(info);
    info.title = QStringLiteral("Sexta sesión");
    info.heldOn = QDate(2027, 3, 27);
    store.createSession(info);
    StartDialog start(notebook, test::shippedGuide());
    start.show();
    auto *other = child<QPushButton>(&start, "otherSessionButton");
    REQUIRE(other->isVisible());
    const test::ModalAnswer choice([](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog)
            return;
        const QStringList items = dialog->comboBoxItems();
        for (const QString &item : items) {
            if (item.startsWith(QStringLiteral("Cuarta sesión")))
                dialog->setTextValue(item);
        }
        dialog->accept();
    });
    QTest::mouseClick(other, Qt::LeftButton);
    REQUIRE(choice.answered());
    REQUIRE(start.result() == QDialog::Accepted);
    CHECK(start.sessionId() == fourth);
}

namespace {

// Answers the next message box with the given button.
test::ModalAnswer answerBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    return test::ModalAnswer([button, text](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (text)
                *text = box->text();
            box->button(button)->click();
        }
    });
}

School school(const char *name, const char *cct, const char *director = "")
{
    School made;
    made.name = QString::fromUtf8(name);
    made.cct = QString::fromLatin1(cct);
    made.director = QString::fromUtf8(director);
    return made;
}

} // namespace

TEST_CASE("Two schools with the same CCT are refused")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    fillNewSession(dialog, QStringLiteral("09DPR1234X"));
    dialog.addSchool(school("Primaria Niños Héroes", "09dpr1234x"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(&dialog, "problemLabel")->text().contains(QStringLiteral("misma CCT")));
    CHECK(fixture.store->sessions().isEmpty());
}

TEST_CASE("Enter in the schools or participants table keeps the cell and moves on, and never "
          "saves the session")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    QString asked;
    const test::ModalAnswer noQuestion = answerBox(QMessageBox::No, &asked);
    auto *schools = child<QTableWidget>(&dialog, "schoolsTable");
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    tabs->setCurrentWidget(child<QWidget>(&dialog, "schoolsTab"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addSchoolButton"), Qt::LeftButton);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(schools->isAncestorOf(editor));
    REQUIRE(editor);
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->insert(QStringLiteral("Primaria Benito Juárez"));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(schools->item(0, 0)->text() == QStringLiteral("Primaria Benito Juárez"));
    CHECK(schools->currentColumn() == 1);
    // In the level's list, a cell widget of its own, Enter moves on as well.
    auto *level = qobject_cast<QComboBox *>(schools->cellWidget(0, 2));
    REQUIRE(level);
    level->setFocus();
    QTest::keyClick(level, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(schools->currentColumn() == 3);
    CHECK(QApplication::focusWidget() == schools->cellWidget(0, 3));

    auto *people = child<QTableWidget>(&dialog, "participantsTable");
    tabs->setCurrentWidget(child<QWidget>(&dialog, "participantsTab"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addParticipantButton"), Qt::LeftButton);
    QWidget *name = QApplication::focusWidget();
    REQUIRE(people->isAncestorOf(name));
    REQUIRE(name);
    REQUIRE(qobject_cast<QLineEdit *>(name));
    qobject_cast<QLineEdit *>(name)->insert(QStringLiteral("Ana Núñez"));
    QTest::keyClick(name, Qt::Key_Enter);
    CHECK(dialog.isVisible());
    CHECK(people->item(0, 0)->text() == QStringLiteral("Ana Núñez"));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(asked.isEmpty()); // not even asked whether to save
    CHECK(fixture.store->sessions().isEmpty());
    CHECK_FALSE(noQuestion.answered());
}

TEST_CASE("Typing a CCT proposes the school's level, which stays editable")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    fillNewSession(dialog, QStringLiteral("09DJN0001A"));
    auto *table = child<QTableWidget>(&dialog, "schoolsTable");
    auto *level = qobject_cast<QComboBox *>(table->cellWidget(0, 2));
    REQUIRE(level);
    CHECK(level->currentData().toString() == QStringLiteral("preescolar"));
    level->setCurrentIndex(level->findData(QStringLiteral("primaria")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(fixture.store->schools(dialog.sessionId()).at(0).level == QStringLiteral("primaria"));
}

TEST_CASE("A session with no participants is saved only after a clear question")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    dialog.addSchool(school("Primaria Benito Juárez", "09DPR1234X"));
    QString asked;
    const test::ModalAnswer no = answerBox(QMessageBox::No, &asked);
    dialog.accept();
    REQUIRE(no.answered());
    CHECK(asked.contains(QStringLiteral("no tiene participantes")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(fixture.store->sessions().isEmpty());

    const test::ModalAnswer yes = answerBox(QMessageBox::Yes);
    dialog.accept();
    REQUIRE(yes.answered());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("A school with several directors is said before the session is saved")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    dialog.addSchool(school("Primaria Benito Juárez", "09DPR1234X"));
    Participant first;
    first.name = QStringLiteral("Rosa Díaz");
    first.role = QStringLiteral("director");
    Participant second;
    second.name = QStringLiteral("Tomás Vega");
    second.role = QStringLiteral("director");
    dialog.addParticipant(first, 0);
    const int deputyRow = dialog.addParticipant(second, 0);
    QString asked;
    const test::ModalAnswer no = answerBox(QMessageBox::No, &asked);
    dialog.accept();
    REQUIRE(no.answered());
    CHECK(asked.contains(QStringLiteral("«Primaria Benito Juárez»: 2 con la función Director(a)")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(fixture.store->sessions().isEmpty());

    // The second one is the deputy: saved without a question.
    auto *role = qobject_cast<QComboBox *>(
        child<QTableWidget>(&dialog, "participantsTable")->cellWidget(deputyRow, 2));
    REQUIRE(role);
    role->setCurrentIndex(role->findData(QStringLiteral("subdirector")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QVector<Participant> saved = fixture.store->participants(dialog.sessionId());
    REQUIRE(saved.size() == 2);
    CHECK(saved.at(1).role == QStringLiteral("subdirector"));
}

TEST_CASE("Someone left without a school is named before the session is saved")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    dialog.addSchool(school("Primaria Benito Juárez", "09DPR1234X"));
    Participant luis;
    luis.name = QStringLiteral("Luis Pérez");
    dialog.addParticipant(luis, -1); // "Sor Juana" in the spreadsheet matched no school
    QString asked;
    const test::ModalAnswer no = answerBox(QMessageBox::No, &asked);
    dialog.accept();
    REQUIRE(no.answered());
    CHECK(asked.contains(QStringLiteral("sin escuela: Luis Pérez")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(fixture.store->sessions().isEmpty());
}

TEST_CASE("Esc in the session dialog asks before discarding what was typed")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    fillNewSession(dialog, QStringLiteral("09DPR1234X"));
    QString asked;
    const test::ModalAnswer keep = answerBox(QMessageBox::No, &asked);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    REQUIRE(keep.answered());
    CHECK(asked.contains(QStringLiteral("Descartarlo")));
    CHECK(dialog.isVisible());
    CHECK(child<QTableWidget>(&dialog, "schoolsTable")->rowCount() == 1);

    const test::ModalAnswer discard = answerBox(QMessageBox::Yes);
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    REQUIRE(discard.answered());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());

    // Nothing typed: Esc closes at once, with no question.
    NewSessionFixture untouched;
    QTest::keyClick(untouched.dialog.get(), Qt::Key_Escape);
    CHECK_FALSE(untouched.dialog->isVisible());
}

TEST_CASE("A school's director is typed once: attendance and signatures name the same person")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    fillNewSession(dialog, QStringLiteral("09DPR1234X"));
    // A director typed in the school's row, who is not yet among the participants…
    auto *table = child<QTableWidget>(&dialog, "schoolsTable");
    table->item(0, 4)->setText(QStringLiteral("Rosa Pérez"));
    // …and a second school whose director is only marked among the participants.
    const int second = dialog.addSchool(school("Primaria Niños Héroes", "09DPR0002B"));
    Participant marked;
    marked.name = QStringLiteral("Luis Ortega");
    marked.role = QStringLiteral("director");
    dialog.addParticipant(marked, second);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const qint64 id = dialog.sessionId();
    const QVector<School> schools = fixture.store->schools(id);
    REQUIRE(schools.size() == 2);
    CHECK(schools.at(1).director == QStringLiteral("Luis Ortega"));
    int rosas = 0;
    for (const Participant &person : fixture.store->participants(id)) {
        if (person.name == QStringLiteral("Rosa Pérez")) {
            ++rosas;
            CHECK(person.role == QStringLiteral("director"));
            CHECK(person.schoolId == schools.at(0).id);
        }
    }
    CHECK(rosas == 1);
}

TEST_CASE("The session dialog keeps text as typed inside and drops spaces at both ends")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    fillNewSession(dialog, QStringLiteral("09DPR1234X"));
    child<QLineEdit>(&dialog, "placeEdit")->setText(QStringLiteral("  Aula  de usos múltiples "));
    auto *schools = child<QTableWidget>(&dialog, "schoolsTable");
    schools->item(0, 0)->setText(QStringLiteral(" Primaria  Benito Juárez  "));
    auto *people = child<QTableWidget>(&dialog, "participantsTable");
    people->item(0, 0)->setText(QStringLiteral("  Ana  Núñez "));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const qint64 id = dialog.sessionId();
    CHECK(fixture.store->session(id)->place == QStringLiteral("Aula  de usos múltiples"));
    CHECK(fixture.store->schools(id).at(0).name == QStringLiteral("Primaria  Benito Juárez"));
    CHECK(fixture.store->participants(id).at(0).name == QStringLiteral("Ana  Núñez"));
}

TEST_CASE("The operator window opens inside the screen's free area")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    INFO("screen " << available.width() << "×" << available.height() << ", window "
                   << window.frameGeometry().width() << "×" << window.frameGeometry().height());
    CHECK(available.contains(window.frameGeometry()));
}

TEST_CASE("The roster is typed through: Tab past the last cell adds a row, Ctrl+Supr and Ctrl+Z")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
    auto *schools = child<QTableWidget>(&dialog, "schoolsTable");
    dialog.addSchool(
        test::primarySchool(QStringLiteral("Benito Juárez"), QStringLiteral("09DPR0001A")));
    const int last = schools->columnCount() - 1;
    schools->setFocus();
    schools->setCurrentCell(0, last);
    schools->editItem(schools->item(0, last));
    typeIntoFocusedEditor(QStringLiteral("Mtra. Rosa Domínguez"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    // A new row, the cursor in its first cell; the first row keeps what it had.
    REQUIRE(schools->rowCount() == 2);
    CHECK(schools->currentRow() == 1);
    CHECK(schools->currentColumn() == 0);
    REQUIRE(QTest::qWaitFor(
        [&] { return schools->item(0, last)->text() == QStringLiteral("Mtra. Rosa Domínguez"); }));
    CHECK(schools->item(0, 0)->text() == QStringLiteral("Benito Juárez"));

    auto *people = child<QTableWidget>(&dialog, "participantsTable");
    dialog.addParticipant(Participant{0, 0, QStringLiteral("Ana Núñez"), {}, {}, {}, false}, 0);
    dialog.addParticipant(Participant{0, 0, QStringLiteral("Beto Ávila"), {}, {}, {}, false}, 0);
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(2);
    people->setFocus();
    QTest::keyClick(people, Qt::Key_N, Qt::ControlModifier); // a row to type in at once
    CHECK(people->rowCount() == 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    people->setCurrentCell(0, 0);
    QTest::keyClick(people, Qt::Key_Delete, Qt::ControlModifier);
    REQUIRE(people->rowCount() == 2);
    CHECK(people->item(0, 0)->text() == QStringLiteral("Beto Ávila"));
    QTest::keyClick(people, Qt::Key_Z, Qt::ControlModifier); // back where it was, with its school
    REQUIRE(people->rowCount() == 3);
    CHECK(people->item(0, 0)->text() == QStringLiteral("Ana Núñez"));
    auto *school = qobject_cast<QComboBox *>(people->cellWidget(0, 1));
    REQUIRE(school);
    CHECK(school->currentText() == QStringLiteral("Benito Juárez"));
}

TEST_CASE("Rows copied from a spreadsheet are previewed with their problems, then added")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    dialog.addSchool(
        test::primarySchool(QStringLiteral("Benito Juárez"), QStringLiteral("09DPR0001A")));
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(2);
    auto *people = child<QTableWidget>(&dialog, "participantsTable");
    people->setFocus();
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Nombre\tEscuela\tFunción\tGrado\n"
                       "Ana Núñez\tBenito Juárez\tMaestra\t1.º A\n"
                       "Luis Pérez\tSor Juana\tDirector\t\n"));
    QString summary;
    int previewRows = 0;
    QStringList functions;
    const test::ModalAnswer cancel([&](QWidget *modal) {
        if (auto *label = modal->findChild<QLabel *>(QStringLiteral("previewSummaryLabel")))
            summary = label->text();
        if (auto *table = modal->findChild<QTableWidget *>(QStringLiteral("previewTable"))) {
            previewRows = table->rowCount();
            for (int row = 0; row < table->rowCount(); ++row)
                functions << (table->item(row, 3) ? table->item(row, 3)->text() : QString());
        }
        if (auto *preview = qobject_cast<QDialog *>(modal))
            preview->reject();
    });
    QTest::keyClick(people, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(cancel.answered());
    CHECK(previewRows == 2);
    CHECK(summary.contains(QStringLiteral("1 con observaciones")));
    // The words people read, not the stored keys.
    CHECK(functions == QStringList{QStringLiteral("Docente"), QStringLiteral("Director(a)")});
    CHECK(people->rowCount() == 0); // cancelled: nothing added

    const test::ModalAnswer add([](QWidget *modal) {
        if (auto *preview = qobject_cast<QDialog *>(modal))
            preview->accept();
    });
    REQUIRE(dialog.addFromText(QGuiApplication::clipboard()->text(), true));
    REQUIRE(add.answered());
    REQUIRE(people->rowCount() == 2);
    CHECK(people->item(0, 0)->text() == QStringLiteral("Ana Núñez"));
    // The row whose school is not in the session stays marked in the roster, saying why.
    CHECK(people->item(0, 0)->data(SessionDialog::ObservationsRole).toString().isEmpty());
    CHECK(people->item(1, 0)
              ->data(SessionDialog::ObservationsRole)
              .toString()
              .contains(QStringLiteral("Sor Juana")));
    CHECK(people->item(1, 0)->toolTip().contains(QStringLiteral("Sor Juana")));
    CHECK(qobject_cast<QComboBox *>(people->cellWidget(0, 1))->currentText() ==
          QStringLiteral("Benito Juárez"));
    CHECK(people->item(0, 4)->text() == QStringLiteral("1.º A"));

    // Rows copied without their header row: taken by position (name, school, function, grade).
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Érika Muñoz\tBenito Juárez\tDocente\t3.º B\n"));
    const test::ModalAnswer addPlain([](QWidget *modal) {
        if (auto *preview = qobject_cast<QDialog *>(modal))
            preview->accept();
    });
    dialog.activateWindow(); // back from the preview
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    people->setFocus();
    QTest::keyClick(people, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(addPlain.answered());
    REQUIRE(people->rowCount() == 3);
    CHECK(people->item(2, 0)->text() == QStringLiteral("Érika Muñoz"));
    CHECK(people->item(2, 4)->text() == QStringLiteral("3.º B"));
}

TEST_CASE("An Excel workbook chosen with the import button is previewed, then added")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    for (const auto &[name, cct] :
         {std::pair{"Benito Juárez", "09DPR0001A"}, std::pair{"Niños Héroes", "09DPR0002B"}})
        dialog.addSchool(test::primarySchool(QString::fromUtf8(name), QString::fromLatin1(cct)));
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(2);
    auto *people = child<QTableWidget>(&dialog, "participantsTable");
    int previewRows = 0;
    const test::ModalAnswer add([&previewRows](QWidget *modal) {
        if (auto *table = modal->findChild<QTableWidget *>(QStringLiteral("previewTable")))
            previewRows = table->rowCount();
        if (auto *preview = qobject_cast<QDialog *>(modal))
            preview->accept();
    });
    FileDialogs::setNextFileName(QStringLiteral(FCTE_TEST_DATA "/roster-shared-strings.xlsx"));
    child<QPushButton>(&dialog, "importParticipantsButton")->click();
    REQUIRE(add.answered());
    CHECK(previewRows == 4);
    REQUIRE(people->rowCount() == 4);
    CHECK(people->item(2, 0)->text() == QStringLiteral("Eréndira Ávila"));
    CHECK(qobject_cast<QComboBox *>(people->cellWidget(3, 1))->currentText() ==
          QStringLiteral("Niños Héroes"));

    // A file that is not a workbook: a clear message, nothing added.
    QTemporaryDir temp;
    const QString broken = temp.filePath(QStringLiteral("personal.xlsx"));
    test::writeFile(broken, "no soy un libro");
    const test::MessageAnswer refused;
    FileDialogs::setNextFileName(broken);
    child<QPushButton>(&dialog, "importParticipantsButton")->click();
    REQUIRE(refused.answered());
    CHECK(refused.text().contains(QStringLiteral("«personal.xlsx» no es un libro de Excel")));
    CHECK(people->rowCount() == 4);
}

TEST_CASE("A new session copies the chosen schools of an earlier one, with their people")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    Notebook notebook(db);
    const qint64 earlier = test::createSession(db, QStringLiteral("Tercera sesión"));
    RosterEdit roster;
    for (const auto &[name, cct] :
         {std::pair{"Benito Juárez", "09DPR0001A"}, std::pair{"Niños Héroes", "09DPR0002B"},
          std::pair{"Sor Juana", "09DPR0003C"}})
        roster.schools << test::primarySchool(QString::fromUtf8(name), QString::fromLatin1(cct));
    const auto person = [](const char *name, const char *role) {
        Participant p;
        p.name = QString::fromUtf8(name);
        p.role = QString::fromLatin1(role);
        p.isRecorder = true;
        return p;
    };
    roster.members << RosterEdit::Member{person("Ana Núñez", "docente"), 0}
                   << RosterEdit::Member{person("Luis Pérez", "director"), 1}
                   << RosterEdit::Member{person("Eva Díaz", "docente"), 1}
                   << RosterEdit::Member{person("Sara Gil", "docente"), 2};
    store.saveRoster(earlier, roster);

    SessionDialog dialog(notebook, test::shippedGuide(), 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Sor Juana is already typed: it is shown, but cannot be copied twice.
    School typed = roster.schools.at(2);
    typed.id = 0;
    dialog.addSchool(typed);
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
    auto *reuse = child<QPushButton>(&dialog, "reuseRosterButton");
    REQUIRE(reuse->isVisible());
    QStringList listed;
    const test::ModalAnswer choose([&listed](QWidget *modal) {
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("earlierSchoolsList"));
        if (!list)
            return;
        for (int row = 0; row < list->count(); ++row)
            listed << list->item(row)->text();
        list->item(0)->setCheckState(Qt::Unchecked); // Benito Juárez stays out
        qobject_cast<QDialog *>(modal)->accept();
    });
    reuse->click();
    REQUIRE(choose.answered());
    REQUIRE(listed.size() == 3);
    CHECK(listed.at(1) == QStringLiteral("Niños Héroes (09DPR0002B) · 2 persona(s)"));
    CHECK(listed.at(2).contains(QStringLiteral("ya está en esta sesión")));

    auto *schools = child<QTableWidget>(&dialog, "schoolsTable");
    auto *people = child<QTableWidget>(&dialog, "participantsTable");
    REQUIRE(schools->rowCount() == 2); // Sor Juana (typed) and Niños Héroes (copied)
    CHECK(schools->item(1, 0)->text() == QStringLiteral("Niños Héroes"));
    REQUIRE(people->rowCount() == 2);
    CHECK(people->item(0, 0)->text() == QStringLiteral("Luis Pérez"));
    CHECK(qobject_cast<QComboBox *>(people->cellWidget(1, 1))->currentText() ==
          QStringLiteral("Niños Héroes"));

    dialog.accept();
    const qint64 created = dialog.sessionId();
    REQUIRE(created != 0);
    CHECK(store.schools(created).size() == 2);
    const QVector<Participant> copied = store.participants(created);
    REQUIRE(copied.size() == 2);
    for (const Participant &p : copied)
        CHECK_FALSE(p.isRecorder); // who records is chosen anew
    // The earlier session keeps its own roster untouched.
    CHECK(store.schools(earlier).size() == 3);
    CHECK(store.participants(earlier).size() == 4);
}

TEST_CASE("The mouse wheel over the participants table scrolls it and never changes a row's school "
          "or function unless that cell is being edited")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    dialog.addSchool(
        test::primarySchool(QStringLiteral("Benito Juárez"), QStringLiteral("09DPR0001A")));
    dialog.addSchool(
        test::primarySchool(QStringLiteral("Niños Héroes"), QStringLiteral("09DPR0002B")));
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(2);
    auto *people = child<QTableWidget>(&dialog, "participantsTable");
    Participant ana;
    ana.name = QStringLiteral("Ana Núñez");
    dialog.addParticipant(ana, 0);
    auto *school = qobject_cast<QComboBox *>(people->cellWidget(0, 1));
    REQUIRE(school);
    const int before = school->currentIndex();
    const auto wheel = [](QWidget *target) {
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
    };
    people->setFocus();
    wheel(school);
    CHECK(school->currentIndex() == before); // passing over it
    school->setFocus();
    REQUIRE(school->hasFocus());
    wheel(school);
    CHECK(school->currentIndex() != before); // the cell being edited
}

TEST_CASE("The preview of a list adds only the rows without observations when asked")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    dialog.addSchool(
        test::primarySchool(QStringLiteral("Benito Juárez"), QStringLiteral("09DPR0001A")));
    child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(2);
    auto *people = child<QTableWidget>(&dialog, "participantsTable");
    bool offered = false;
    const test::ModalAnswer clean([&](QWidget *modal) {
        if (auto *button = modal->findChild<QPushButton *>(QStringLiteral("addCleanRowsButton"))) {
            offered = true;
            button->click();
        } else if (auto *preview = qobject_cast<QDialog *>(modal)) {
            preview->reject();
        }
    });
    CHECK(dialog.addFromText(QStringLiteral("Nombre\tEscuela\tFunción\tGrado\n"
                                            "Ana Núñez\tBenito Juárez\tMaestra\t1.º A\n"
                                            "Luis Pérez\tSor Juana\tDirector\t\n"
                                            "Eva Ruiz\tBenito Juárez\tMaestra\t2.º A\n"),
                             true));
    REQUIRE(clean.answered());
    CHECK(offered);
    REQUIRE(people->rowCount() == 2);
    CHECK(people->item(0, 0)->text() == QStringLiteral("Ana Núñez"));
    CHECK(people->item(1, 0)->text() == QStringLiteral("Eva Ruiz"));
}

// Alt+T went to Título and to Término: the second never got the keyboard.
TEST_CASE("No two visible labels or buttons of the session dialog share a mnemonic")
{
    NewSessionFixture fixture;
    SessionDialog &dialog = *fixture.dialog;
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QMap<QChar, QStringList> owners;
        const auto note = [&owners](const QString &text) {
            for (int i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != QLatin1Char('&'))
                    continue;
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i; // "&&" is an ampersand
                    continue;
                }
                owners[text.at(i + 1).toLower()] << text;
                break;
            }
        };
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible())
                note(label->text());
        }
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                note(button->text());
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            INFO("tab " << tab << ", Alt+" << QString(it.key()).toStdString() << ": "
                        << it.value().join(QStringLiteral(" | ")).toStdString());
            CHECK(it.value().size() == 1);
        }
    }
}

TEST_CASE("Archivo opens another session or a new one without quitting: the demonstration is "
          "left from its menu")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy reopen(&window, &MainWindow::openSessionRequested);
    QAction *newSession = child<QAction>(&window, "newSessionAction");
    QAction *openSession = child<QAction>(&window, "openSessionAction");
    const QList<QAction *> fileItems = window.menuBar()->actions().at(0)->menu()->actions();
    CHECK(fileItems.indexOf(newSession) == 0);
    CHECK(fileItems.indexOf(openSession) == 1);

    // The start screen over the window: the demonstration chosen there opens in its place.
    const test::ModalAnswer demo([](QWidget *modal) {
        if (auto *start = qobject_cast<StartDialog *>(modal))
            start->findChild<QPushButton *>(QStringLiteral("demoButton"))->click();
    });
    openSession->trigger();
    REQUIRE(demo.answered());
    REQUIRE(reopen.count() == 1);
    const qint64 demoId = fixture.sessions->demoSession();
    REQUIRE(demoId != 0);
    CHECK(fixture.sessions->lastOpenedSession() == demoId);

    // The session dialog for a new one: cancelled, nothing changes.
    const test::ModalAnswer cancelled([](QWidget *modal) {
        if (auto *dialog = qobject_cast<SessionDialog *>(modal))
            dialog->done(QDialog::Rejected);
    });
    newSession->trigger();
    REQUIRE(cancelled.answered());
    CHECK(reopen.count() == 1);
    CHECK(fixture.sessions->sessions().size() == 2);
}

TEST_CASE("No two items of one menu share an Alt letter, in Spanish or in English")
{
    struct BackToSpanish {
        ~BackToSpanish() { Language::install(Language::effective(Language::Choice::Spanish)); }
    } back;
    test::SessionFixture fixture;
    for (const Language::Choice language : {Language::Choice::Spanish, Language::Choice::English}) {
        REQUIRE(Language::install(Language::effective(language)));
        MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId,
                          fixture.clock);
        QStringList clashes;
        std::function<void(QMenu *, const QString &)> check = [&](QMenu *menu,
                                                                  const QString &path) {
            QHash<QChar, QString> letters;
            for (QAction *action : menu->actions()) {
                const QString text = action->text();
                const int amp = int(text.indexOf(QLatin1Char('&')));
                if (amp >= 0 && amp + 1 < text.size()) {
                    const QChar letter = text.at(amp + 1).toLower();
                    if (letters.contains(letter))
                        clashes
                            << QStringLiteral("%1: %2 / %3").arg(path, letters.value(letter), text);
                    letters.insert(letter, text);
                }
                if (action->menu())
                    check(action->menu(), path + QStringLiteral(" → ") + text);
            }
        };
        for (QAction *top : window.menuBar()->actions())
            if (top->menu())
                check(top->menu(), top->text());
        CHECK(clashes.join(QLatin1Char('\n')) == QString()); // each clash named
    }
}

TEST_CASE("The focus is seen on an empty table and on one with its row selected")
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *empty = new QTableView;
    QStandardItemModel none(0, 3);
    empty->setModel(&none);
    auto *filled = new QTableView;
    QStandardItemModel rows(3, 3);
    filled->setModel(&rows);
    filled->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(empty);
    layout->addWidget(filled);
    host.resize(400, 400);
    host.show();
    host.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&host));
    const QColor highlight = host.palette().color(QPalette::Active, QPalette::Highlight);
    // The frame's middle row of pixels, on the left edge, away from the header.
    const auto edge = [](QTableView *view) {
        const QImage image = view->grab().toImage();
        return QColor(image.pixel(0, image.height() / 2));
    };
    for (QTableView *view : {empty, filled}) {
        filled->selectRow(1);
        QWidget *other = view == empty ? static_cast<QWidget *>(filled) : empty;
        other->setFocus();
        REQUIRE(QTest::qWaitFor([other] { return other->hasFocus(); }));
        const QColor without = edge(view);
        view->setFocus();
        REQUIRE(QTest::qWaitFor([view] { return view->hasFocus(); }));
        const QColor with = edge(view);
        CHECK(with != without);
        CHECK(with == highlight);
    }
}

namespace {

// The Alt letters of what is on view in a dialog (labels that lead to a field, buttons, tabs),
// and the letters two of them share.
QStringList mnemonicClashes(QWidget *dialog, const QString &name, int *seen = nullptr)
{
    QHash<QChar, QString> letters;
    QStringList clashes;
    const auto take = [&](const QString &text) {
        const int amp = int(text.indexOf(QLatin1Char('&')));
        if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
            return;
        const QChar letter = text.at(amp + 1).toLower();
        if (letters.contains(letter))
            clashes << QStringLiteral("%1: %2 / %3").arg(name, letters.value(letter), text);
        letters.insert(letter, text);
        if (seen)
            ++*seen;
    };
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(dialog))
            take(label->text());
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(dialog))
            take(button->text());
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>())
        for (int tab = 0; tab < tabs->count(); ++tab)
            take(tabs->tabText(tab));
    return clashes;
}

} // namespace

TEST_CASE("No two things on view in a dialog share an Alt letter, in Spanish or in English")
{
    struct BackToSpanish {
        ~BackToSpanish() { Language::install(Language::effective(Language::Choice::Spanish)); }
    } back;
    test::SessionFixture fixture;
    for (const Language::Choice language : {Language::Choice::Spanish, Language::Choice::English}) {
        REQUIRE(Language::install(Language::effective(language)));
        MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId,
                          fixture.clock);
        SessionDialog session(*fixture.notebook, test::shippedGuide(), fixture.sessionId);
        StartDialog start(*fixture.notebook, test::shippedGuide());
        AttendanceDialog attendance(window.bitacora());
        PreparationDialog preparation(test::shippedGuide(), window.bitacora());
        QStringList clashes;
        int seen = 0; // letters looked at: the dialogs' fields and buttons have them
        for (QDialog *dialog :
             std::initializer_list<QDialog *>{&session, &start, &attendance, &preparation}) {
            dialog->show();
            REQUIRE(QTest::qWaitForWindowExposed(dialog));
            auto *tabs = dialog->findChild<QTabWidget *>();
            for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
                if (tabs)
                    tabs->setCurrentIndex(tab); // what a page shows is on view together
                clashes << mnemonicClashes(dialog, dialog->objectName(), &seen);
            }
            dialog->hide();
        }
        CHECK(seen >= 6);                                    // the session's six fields, at least
        CHECK(clashes.join(QLatin1Char('\n')) == QString()); // each clash named
    }
}
