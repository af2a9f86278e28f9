#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "session/SessionRunner.h"
#include "sheets/DebouncedSaver.h"
#include "sheets/ListSheetEditor.h"
#include "sheets/SheetPanel.h"
#include "start/StartDialog.h"
#include "timer/TimerBar.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>

using namespace fcte;
using test::child;
using test::typeText;

TEST_CASE("On a full disk the typed line stays in the quick entry, the user is told, and Enter "
          "saves it once there is room")
{
    test::SessionFixture fixture;
    fixture.sessions->setCurrentActivity(fixture.sessionId, 4);
    MainWindow window(test::shippedGuide(), *fixture.stores, fixture.sessionId, fixture.clock);
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
    CHECK(child<QLabel>(&window, "saveStateLabel")->text().contains(QStringLiteral("Guardado")));
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
    QTest::qWait(DebouncedSaver::RetryMs + 500);
    CHECK(attempts == 2);
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
    const auto checkLabels = [&](QWidget *root) {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->text().contains(marker)) {
                ++labelsWithUserText;
                INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
                CHECK(label->textFormat() == Qt::PlainText);
            }
        }
    };

    MainWindow window(test::shippedGuide(), *fixture.stores, fixture.sessionId, fixture.clock);
    window.show();
    for (const Activity &activity : test::shippedGuide().activities()) {
        window.runner().goTo(activity.number);
        window.timerBar().refresh();
        checkLabels(&window);
    }
    StartDialog start(*fixture.sessions, test::shippedGuide());
    checkLabels(&start);
    CHECK(child<QAbstractButton>(&start, "lastSessionButton")->text().contains(marker));
    CHECK(labelsWithUserText > 0); // the check looked at something
}
