#include "GuiTestSupport.h"
#include "app/Application.h"
#include "app/MainWindow.h"
#include "app/backup/BackupScheduler.h"
#include "app/export/ExportActions.h"
#include "app/export/FileDialogs.h"
#include "app/participation/ParticipationController.h"
#include "app/sheets/DebouncedSaver.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/SheetPanel.h"
#include "app/start/StartDialog.h"
#include "app/timer/TimerBar.h"
#include "core/session/DiskJobs.h"
#include "core/session/SessionRunner.h"

#include "core/export/Exporters.h"
#include "core/model/StoreError.h"
#include "core/session/Backups.h"
#include "core/session/CommitSyncer.h"
#include "core/store/StatementLog.h"
#include "core/store/Stores.h"
#include "core/text/TextLimits.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

using namespace fcte;
using test::child;
using test::typeText;

TEST_CASE("On a full disk the typed line stays in the quick entry, the user is told, and Enter "
          "saves it once there is room")
{
    test::SessionFixture fixture;
    fixture.sessions->setCurrentActivity(fixture.sessionId, 4);
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *editor =
        qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(editor);

    Statement pages(fixture.db, "PRAGMA page_count");
    REQUIRE(pages.step());
    const qint64 full = pages.integer(0);
    fixture.db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(full).toUtf8().constData());
    const QString longLine = QString(3000, QLatin1Char('n')) + QStringLiteral(" — fin");
    int added = 0;
    // Fill the last free pages, then one more line cannot be written.
    for (; added < 50; ++added) {
        editor->quickEntry()->setText(longLine);
        QTest::keyClick(editor->quickEntry(), Qt::Key_Return);
        if (!editor->quickEntry()->text().isEmpty())
            break;
    }
    REQUIRE(added < 50);
    CHECK(editor->quickEntry()->text() == longLine); // nothing typed is lost
    CHECK(child<QLabel>(&window, "saveStateLabel")->text().contains(QStringLiteral("disco")));

    fixture.db.exec(
        QStringLiteral("PRAGMA max_page_count = %1").arg(full * 100).toUtf8().constData());
    QTest::keyClick(editor->quickEntry(), Qt::Key_Return);
    CHECK(editor->quickEntry()->text().isEmpty());
    CHECK(fixture.entries(QStringLiteral("norms")).size() == added + 1);
    // "Guardado" once the line is on disk, which the writer's thread says a moment later.
    auto *saveState = child<QLabel>(&window, "saveStateLabel");
    CHECK(QTest::qWaitFor([&] { return saveState->text().contains(QStringLiteral("Guardado")); }));
    CHECK(window.commitSyncer().allDurable());
}

TEST_CASE("A pasted text is never cut: up to the limit it is stored whole, past it the user is "
          "told and it stays whole in the field")
{
    test::SessionFixture fixture;
    fixture.sessions->setCurrentActivity(fixture.sessionId, 4);
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *editor =
        qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(editor);
    QLineEdit *quick = editor->quickEntry();
    quick->setFocus();

    // 40,013 characters, past QLineEdit's own default of 32,767 (it was cut there, silently):
    // under the bitácora's limit, stored whole.
    const QString pasted = QString(40000, QLatin1Char('a')) + QStringLiteral(" fin del texto");
    REQUIRE(pasted.size() == 40014);
    QGuiApplication::clipboard()->setText(pasted.chopped(1));
    QTest::keyClick(quick, Qt::Key_V, Qt::ControlModifier);
    CHECK(quick->text().size() == 40013);
    QTest::keyClick(quick, Qt::Key_Return);
    CHECK(quick->text().isEmpty());
    auto entries = fixture.entries(QStringLiteral("norms"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().text == pasted.chopped(1));

    // Past the limit: the user is told, and the text stays whole in the field.
    const QString tooLong = QString(TextLimits::Text, QLatin1Char('b')) + QStringLiteral(" fin");
    QGuiApplication::clipboard()->setText(tooLong);
    QTest::keyClick(quick, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(quick, Qt::Key_Return);
    CHECK(quick->text() == tooLong);
    CHECK(fixture.entries(QStringLiteral("norms")).size() == 1);
    const QString told = child<QLabel>(&window, "saveStateLabel")->text();
    CHECK(told.contains(QStringLiteral("50,004")));
    CHECK(told.contains(QStringLiteral("50,000")));
}

TEST_CASE("Drafts left by an earlier run come back marked as recovered: the entry line, and a cell "
          "that was being edited, whose editor opens by itself")
{
    test::SessionFixture fixture;
    fixture.sessions->setCurrentActivity(fixture.sessionId, 4);
    test::addNorm(fixture.db, fixture.sessionId, QStringLiteral("Norma original"));
    const qint64 normId = fixture.entries(QStringLiteral("norms")).at(0).id;
    // As a window killed in the middle left them.
    fixture.sheets->saveDraft(fixture.sessionId, 4, QStringLiteral("norms/line"),
                              QStringLiteral("Línea a medio escribir"));
    fixture.sheets->saveDraft(fixture.sessionId, 4, QStringLiteral("norms/cell/%1/0").arg(normId),
                              QStringLiteral("Norma corregida a medias"));

    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *editor =
        qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(editor);
    QLineEdit *quick = editor->quickEntry();
    CHECK(quick->text() == QStringLiteral("Línea a medio escribir"));
    CHECK(quick->property("recoveredDraft").toBool());
    CHECK(quick->findChild<QAction *>(QStringLiteral("recoveredDraftAction")));

    auto *table = child<QTableView>(editor, "entriesTableView");
    QLineEdit *cell = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        cell = table->viewport()->findChild<QLineEdit *>();
        return cell && cell->isVisible();
    }));
    CHECK(cell->text() == QStringLiteral("Norma corregida a medias"));
    CHECK(cell->property("recoveredDraft").toBool());
    // Confirmed: in the bitácora, and no draft left to come back again.
    QTest::keyClick(cell, Qt::Key_Return);
    CHECK(QTest::qWaitFor([&] {
        return fixture.entries(QStringLiteral("norms")).at(0).text ==
               QStringLiteral("Norma corregida a medias");
    }));
    CHECK(QTest::qWaitFor([&] {
        return !fixture.sheets->drafts(fixture.sessionId, 4)
                    .contains(QStringLiteral("norms/cell/%1/0").arg(normId));
    }));

    // The entry line loses its mark once emptied; what is typed next is a line of its own.
    quick->clear();
    CHECK_FALSE(quick->property("recoveredDraft").toBool());
    CHECK_FALSE(quick->findChild<QAction *>(QStringLiteral("recoveredDraftAction")));
}

TEST_CASE("A cell edit confirmed with Tab leaves no draft behind, though the next editor opens")
{
    test::SessionFixture fixture;
    fixture.sessions->setCurrentActivity(fixture.sessionId, 4);
    test::addNorm(fixture.db, fixture.sessionId, QStringLiteral("Primera"));
    test::addNorm(fixture.db, fixture.sessionId, QStringLiteral("Segunda"));
    const qint64 first = fixture.entries(QStringLiteral("norms")).at(0).id;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *editor =
        qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(editor);
    auto *table = child<QTableView>(editor, "entriesTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *cell = table->viewport()->findChild<QLineEdit *>();
    REQUIRE(cell);
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("Primera, corregida"));
    const QString draft = QStringLiteral("norms/cell/%1/0").arg(first);
    REQUIRE(QTest::qWaitFor(
        [&] { return fixture.sheets->drafts(fixture.sessionId, 4).contains(draft); }));
    QTest::keyClick(cell, Qt::Key_Tab);
    CHECK(QTest::qWaitFor([&] {
        return fixture.entries(QStringLiteral("norms")).at(0).text ==
               QStringLiteral("Primera, corregida");
    }));
    CHECK(QTest::qWaitFor(
        [&] { return !fixture.sheets->drafts(fixture.sessionId, 4).contains(draft); }));
}

TEST_CASE("A team being renamed when the window was killed comes back in its editor, marked")
{
    test::SessionFixture fixture;
    Team team;
    team.name = QStringLiteral("1.º");
    fixture.sheets->saveTeam(fixture.sessionId, team);
    const int activity = test::activityWithSheet(QStringLiteral("teams"));
    fixture.sessions->setCurrentActivity(fixture.sessionId, activity);
    fixture.sheets->saveDraft(fixture.sessionId, activity,
                              QStringLiteral("teams/rename/%1/0").arg(team.id),
                              QStringLiteral("Primer grado, grupo A"));
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *teams = child<QListWidget>(&window, "teamsListWidget");
    QLineEdit *editor = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        editor = teams->viewport()->findChild<QLineEdit *>();
        return editor && editor->isVisible();
    }));
    CHECK(editor->text() == QStringLiteral("Primer grado, grupo A"));
    CHECK(editor->property("recoveredDraft").toBool());
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(QTest::qWaitFor([&] {
        const QVector<Team> saved = fixture.sheets->teams(fixture.sessionId);
        return !saved.isEmpty() && saved.first().name == QStringLiteral("Primer grado, grupo A");
    }));
}

TEST_CASE("A read-only bitácora opens read only: the window says so, exports, and the file is "
          "not touched")
{
    test::TempBitacora temp;
    qint64 sessionId = 0;
    {
        Database db;
        db.open(temp.path());
        sessionId = test::createSession(db, QStringLiteral("Sesión de octubre"));
        test::addNorm(db, sessionId, QStringLiteral("Llegar puntuales"));
    }
    QFile::setPermissions(temp.path(),
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QByteArray before = test::readFile(temp.path());
    {
        Notebook notebook;
        REQUIRE(Application::openBitacora(notebook, temp.path()));
        CHECK(notebook.isReadOnly());
        test::ManualClock clock;
        MainWindow window(test::shippedGuide(), notebook, sessionId, clock);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.windowTitle().contains(QStringLiteral("solo lectura")));
        CHECK(child<QLabel>(&window, "saveStateLabel")
                  ->text()
                  .startsWith(QStringLiteral("Solo lectura")));
        CHECK(child<QLabel>(&window, "databasePathLabel")
                  ->text()
                  .contains(QStringLiteral("solo lectura")));
        const QString json = temp.dir.filePath(QStringLiteral("octubre.json"));
        CHECK(Exporters::writeJson(notebook.database(), sessionId, json).isEmpty());
        CHECK(test::readFile(json).contains("Llegar puntuales"));
    }
    CHECK(test::readFile(temp.path()) == before);
    CHECK_FALSE(QFileInfo::exists(temp.path() + QStringLiteral("-wal"))); // nothing left beside
    CHECK_FALSE(QFileInfo::exists(temp.path() + QStringLiteral("-shm")));
    // (The "user" bits say what this process may do: root may write anything.)
    const auto ownerGroupOther =
        QFileInfo(temp.path()).permissions() &
        ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    CHECK(ownerGroupOther ==
          (QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

TEST_CASE("A form whose save failed keeps its text and tries again by itself")
{
    int attempts = 0;
    bool diskFull = true;
    QObject owner;
    DebouncedSaver saver(
        [&] {
            ++attempts;
            return !diskFull;
        },
        &owner);
    QLineEdit field;
    saver.watch(&field);
    QTest::keyClicks(&field, QStringLiteral("texto"));
    saver.flush();
    CHECK(attempts == 1);
    CHECK(saver.isPending());
    diskFull = false;
    CHECK(QTest::qWaitFor([&] { return attempts == 2; }, DebouncedSaver::RetryMs * 4));
    CHECK_FALSE(saver.isPending());
}

TEST_CASE("User text is shown as plain text in every label of every screen")
{
    test::SessionFixture fixture;
    const QString marker = QStringLiteral("<b>marca</b>");
    SessionInfo info = *fixture.sessions->session(fixture.sessionId);
    info.title = QStringLiteral("Sesión ") + marker;
    info.place = marker;
    fixture.sessions->updateSession(info);
    RosterEdit roster;
    roster.schools = fixture.sessions->schools(fixture.sessionId);
    roster.schools[0].name = QStringLiteral("Escuela ") + marker;
    for (const Participant &person : fixture.sessions->participants(fixture.sessionId))
        roster.members << RosterEdit::Member{person,
                                             person.schoolId == roster.schools[0].id ? 0 : 1};
    roster.members[0].participant.name = QStringLiteral("Persona ") + marker;
    fixture.sessions->saveRoster(fixture.sessionId, roster);

    int labelsWithUserText = 0;
    // A tooltip as Qt shows it: as rich text whenever it looks like markup.
    const auto shown = [](const QString &toolTip) {
        if (!Qt::mightBeRichText(toolTip))
            return toolTip;
        QTextDocument document;
        document.setHtml(toolTip);
        return document.toPlainText();
    };
    const auto checkLabels = [&](QWidget *root) {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            // A label cut short to fit keeps the whole text in its tooltip, shown as typed.
            const bool inToolTip = shown(label->toolTip()).contains(marker);
            if (label->text().contains(marker) || inToolTip) {
                ++labelsWithUserText;
                INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
                CHECK(label->textFormat() == Qt::PlainText);
                CHECK((label->toolTip().isEmpty() || inToolTip));
            }
        }
    };

    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    for (const Activity &activity : test::shippedGuide().activities()) {
        window.runner().goTo(activity.number);
        window.timerBar().refresh();
        checkLabels(&window);
    }
    StartDialog start(*fixture.notebook, test::shippedGuide());
    checkLabels(&start);
    CHECK(child<QAbstractButton>(&start, "lastSessionButton")->text().contains(marker));
    CHECK(labelsWithUserText > 0); // the check looked at something
}

TEST_CASE("Opening a damaged bitácora moves it aside and offers the latest sound backup")
{
    test::TempBitacora temp;
    qint64 id = 0;
    {
        Database db;
        db.open(temp.path());
        SessionInfo info;
        info.title = QStringLiteral("Sesión con copia");
        info.heldOn = QDate(2027, 2, 26);
        info.guideId = test::shippedGuide().id;
        id = SessionStore(db).createSession(info);
        Backups(temp.path()).snapshot(db);
        for (int i = 0; i < 300; ++i) {
            Entry entry;
            entry.sheet = QStringLiteral("norms");
            entry.activity = 4;
            entry.text = QStringLiteral("Norma %1").arg(i);
            SheetStore(db).addEntry(id, entry);
        }
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    {
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(2 * 4096);
        file.write(QByteArray(6 * 4096, '\x33'));
    }
    QString question;
    Qt::TextFormat format = Qt::RichText;
    const test::ModalAnswer yes([&question, &format](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            question = box->text();
            format = box->textFormat();
            box->button(QMessageBox::Yes)->click();
        }
    });
    Notebook notebook;
    REQUIRE(Application::openBitacora(notebook, temp.path()));
    REQUIRE(yes.answered());
    CHECK(format == Qt::PlainText);
    CHECK(question.contains(QStringLiteral("está dañada")));
    CHECK(question.contains(QStringLiteral("No se borró")));
    CHECK(notebook.session(id)->title == QStringLiteral("Sesión con copia"));
    CHECK(QDir(temp.dir.path()).entryList({QStringLiteral("*.danada-*")}).size() >= 1);
}

TEST_CASE("File menu restores a backup: a fresh copy is taken first and the choice is handed on")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    // What the window wrote on opening is moved into the main file first: a checkpoint after
    // the copy would count as a change (the file's time is all the check reads).
    const int checkpoints = window.commitSyncer().checkpointsDone();
    window.commitSyncer().checkpointSoon();
    REQUIRE(QTest::qWaitFor([&] { return window.commitSyncer().checkpointsDone() > checkpoints; },
                            10000));
    const QString first = window.backups().snapshotNow();
    // Nothing written since: no second copy of the same content.
    CHECK(window.backups().snapshotNow() == first);
    CHECK(Backups(fixture.temp.path()).list().size() == 1);
    test::addNorm(fixture.db, fixture.sessionId, QStringLiteral("Escrita después de la copia"));
    int listed = -1;
    const test::ModalAnswer chosen([&listed](QWidget *modal) {
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("backupsListWidget"));
        if (!list)
            return;
        listed = list->count();
        list->setCurrentRow(1);
        static_cast<QDialog *>(modal)->accept();
    });
    QSignalSpy requested(&window, &MainWindow::restoreRequested);
    child<QAction>(&window, "restoreBackupAction")->trigger();
    // The copy is written off the window's thread; the dialog comes once it is.
    REQUIRE(QTest::qWaitFor([&chosen] { return chosen.answered(); }, 10000));
    CHECK(requested.count() == 1);
    CHECK(listed == 2); // the one taken above and the one taken on opening the dialog
    const QVector<Backups::Item> backups = Backups(fixture.temp.path()).list();
    REQUIRE(backups.size() == 2);
    CHECK(window.requestedRestore() == backups.at(1).path);
}

TEST_CASE("The bitácora's path in the status bar is plain text, whatever the folder is called")
{
    test::TempBitacora temp;
    const QString marker = QStringLiteral("<b>marca</b>");
    Database db;
    db.open(temp.dir.filePath(marker + QStringLiteral("/bitacora.sqlite")));
    Stores stores(db);
    Notebook notebook(db);
    const qint64 id = test::createSession(db);
    test::ManualClock clock;
    MainWindow window(test::shippedGuide(), notebook, id, clock);
    auto *path = child<QLabel>(&window, "databasePathLabel");
    CHECK(path->text().contains(marker));
    CHECK(path->textFormat() == Qt::PlainText);
}

TEST_CASE("A form typed into without a pause is saved while the typing goes on")
{
    int saves = 0;
    int keysAtFirstSave = -1;
    int keys = 0;
    QObject owner;
    QLineEdit field;
    DebouncedSaver saver(
        [&] {
            if (saves++ == 0)
                keysAtFirstSave = keys;
            return true;
        },
        &owner);
    saver.watch(&field);
    QSignalSpy pending(&saver, &DebouncedSaver::pendingChanged);
    // A recorder typing a key every 25 ms for 4 s, never pausing long enough for the debounce.
    constexpr int TotalKeys = 160;
    QTimer typist;
    typist.setInterval(25);
    QObject::connect(&typist, &QTimer::timeout, &field, [&] {
        QTest::keyClick(&field, Qt::Key_A);
        if (++keys == TotalKeys)
            typist.stop();
    });
    typist.start();
    REQUIRE(QTest::qWaitFor([&] { return saves > 0; }, 10000));
    CHECK(keysAtFirstSave < TotalKeys); // saved mid-typing, not only after the last key
    CHECK(pending.size() >= 1);
    CHECK(pending.at(0).at(0).toBool()); // "unsaved" was announced before the save
    typist.stop();
}

namespace {

// The entries a copy of the main file alone holds, -wal left behind, as a user copying
// bitacora.sqlite with a file manager would get.
int entriesInMainFileAlone(const QString &path, const QString &folder)
{
    const QString copy = folder + QStringLiteral("/solo-principal.sqlite");
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    if (!QFile::copy(path, copy))
        return -1;
    try {
        Database db;
        db.open(copy, Database::Mode::ReadOnly);
        Statement count(db, "SELECT count(*) FROM entry");
        return count.step() ? int(count.integer(0)) : -1;
    } catch (const StoreError &) {
        return -1; // not even the tables are in the main file yet
    }
}

} // namespace

TEST_CASE("The main file alone holds the work seconds after the last edit and at each move")
{
    test::SessionFixture fixture;
    fixture.sessions->setCurrentActivity(fixture.sessionId, 4);
    QTemporaryDir elsewhere;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    // Alt+→ below is a window shortcut: it needs the window active (slow to come under load).
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *norms =
        qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(norms);
    for (int i = 0; i < 5; ++i) {
        norms->quickEntry()->setText(QStringLiteral("Norma %1").arg(i));
        QTest::keyClick(norms->quickEntry(), Qt::Key_Return);
    }
    REQUIRE(fixture.entries(QStringLiteral("norms")).size() == 5);
    CHECK(QTest::qWaitFor(
        [&] { return entriesInMainFileAlone(fixture.temp.path(), elsewhere.path()) == 5; }, 10000));

    norms->quickEntry()->setText(QStringLiteral("Una más"));
    QTest::keyClick(norms->quickEntry(), Qt::Key_Return);
    const int checkpointsBefore = window.commitSyncer().checkpointsDone();
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier); // moving on checkpoints at once
    // Once, on the writer's thread, well before the quiet period would have asked for it.
    REQUIRE(
        QTest::qWaitFor([&] { return window.commitSyncer().checkpointsDone() > checkpointsBefore; },
                        CommitSyncer::QuietMs / 2));
    CHECK(entriesInMainFileAlone(fixture.temp.path(), elsewhere.path()) == 6);
}

TEST_CASE("File → Guardar una copia writes one complete file and says where it went")
{
    test::SessionFixture fixture;
    fixture.sessions->setCurrentActivity(fixture.sessionId, 4);
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    auto *norms =
        qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(norms);
    norms->quickEntry()->setText(QStringLiteral("Respetar la palabra"));
    QTest::keyClick(norms->quickEntry(), Qt::Key_Return);
    QTemporaryDir usb;
    const QString copy = usb.filePath(QStringLiteral("copia ñ.sqlite"));
    FileDialogs::setNextFileName(copy);
    child<QAction>(&window, "saveCopyAction")->trigger();
    // Written off the thread, and told in the status bar: no box takes the keys meanwhile.
    REQUIRE(QTest::qWaitFor([&] { return !window.exportActions().isExporting(); }, 10000));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(window.statusBar()->currentMessage().contains(copy));
    CHECK(window.exportActions().lastMessage().contains(copy));
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    CHECK(QDir(usb.path()).entryList(QDir::Files) == QStringList{QStringLiteral("copia ñ.sqlite")});
    CHECK(QFileInfo(copy).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
    Database copied;
    copied.open(copy, Database::Mode::ReadOnly);
    CHECK(SheetStore(copied).entries(fixture.sessionId, QStringLiteral("norms")).at(0).text ==
          QStringLiteral("Respetar la palabra"));
}

TEST_CASE("The five-minute copy is written off the window's thread, even while the window writes")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    QSignalSpy taken(&window.backups(), &BackupScheduler::snapshotTaken);
    QSignalSpy failed(&window.backups(), &BackupScheduler::saveFailed);
    const int before = int(Backups(fixture.temp.path()).list().size());
    {
        // VACUUM INTO cannot run inside a transaction: on the window's own connection, in the
        // middle of this write, it would fail. On the job's, it copies what was committed.
        Transaction writing(fixture.db);
        test::addNorm(fixture.db, fixture.sessionId, QStringLiteral("Escrita durante la copia"));
        window.backups().snapshotInBackground();
        REQUIRE(QTest::qWaitFor([&] { return taken.count() + failed.count() > 0; }, 10000));
        writing.commit();
    }
    CHECK(failed.isEmpty());
    REQUIRE(taken.count() == 1);
    CHECK(Backups(fixture.temp.path()).list().size() == before + 1);
    CHECK(taken.at(0).at(0).toString() == Backups(fixture.temp.path()).list().first().path);
}

TEST_CASE("The window's thread never reads or copies the whole file: an export, a copy, the "
          "five-minute snapshot and the phones' server do that work elsewhere")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    StatementLog::clear();
    StatementLog::setOn(true);

    const QString pdf = fixture.temp.dir.filePath(QStringLiteral("registro.pdf"));
    FileDialogs::setNextFileName(pdf);
    child<QAction>(&window, "exportPdfAction")->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !window.exportActions().isExporting(); }, 30000));
    const QString copy = fixture.temp.dir.filePath(QStringLiteral("copia.sqlite"));
    FileDialogs::setNextFileName(copy);
    child<QAction>(&window, "saveCopyAction")->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !window.exportActions().isExporting(); }, 10000));
    QSignalSpy taken(&window.backups(), &BackupScheduler::snapshotTaken);
    window.backups().snapshotInBackground();
    REQUIRE(QTest::qWaitFor([&taken] { return taken.count() == 1; }, 10000));
    REQUIRE(window.participation().start(QStringLiteral("127.0.0.1")));
    window.participation().stop();
    test::addNorm(fixture.db, fixture.sessionId, QStringLiteral("Una norma"));

    StatementLog::setOn(false);
    CHECK(QFileInfo::exists(pdf));
    CHECK(QFileInfo::exists(copy));
    // The log did see the window's own work (the norm, the menus' short questions)...
    const QVector<StatementLog::Step> slowest = StatementLog::slowest(5);
    REQUIRE_FALSE(slowest.isEmpty());
    QStringList shown;
    for (const StatementLog::Step &step : slowest)
        shown << QStringLiteral("%1 µs: %2")
                     .arg(step.nanoseconds / 1000)
                     .arg(QString::fromUtf8(step.sql.left(80)));
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    // ...and none of the whole-file work.
    CHECK(StatementLog::wholeFileWork().isEmpty());
}

TEST_CASE("Restore asked for twice while its fresh copy is written opens one dialog")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    int dialogs = 0;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&dialogs] {
        if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            ++dialogs;
            modal->reject();
        }
    });
    watch.start(5);
    QAction *restore = child<QAction>(&window, "restoreBackupAction");
    restore->trigger();
    restore->trigger(); // before the first copy is written
    REQUIRE(QTest::qWaitFor([&dialogs] { return dialogs > 0; }, 10000));
    // Every copy asked for has reported (a second dialog would have opened inside its report).
    window.diskJobs().waitForAll();
    CHECK(dialogs == 1);
}
