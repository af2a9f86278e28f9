#include "core/session/SessionRunner.h"
#include "TestSupport.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace fcte;

TEST_CASE("The runner moves through the activities and stores where it is")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore store(db);
    SessionInfo info;
    info.title = QStringLiteral("Sesión");
    info.heldOn = QDate(2027, 2, 26);
    info.guideId = test::shippedGuide().id;
    const qint64 id = store.createSession(info);

    SessionRunner runner(test::shippedGuide(), store, id);
    QSignalSpy changed(&runner, &SessionRunner::currentActivityChanged);
    CHECK(runner.currentActivity() == 1);
    CHECK_FALSE(runner.canGoPrevious());
    runner.goPrevious();
    CHECK(runner.currentActivity() == 1);
    CHECK(changed.isEmpty());

    runner.goNext();
    runner.goNext();
    CHECK(runner.currentActivity() == 3);
    CHECK(changed.size() == 2);
    CHECK(store.session(id)->currentActivity == 3);

    runner.goTo(22);
    CHECK_FALSE(runner.canGoNext());
    runner.goNext();
    CHECK(runner.currentActivity() == 22);
    runner.goTo(99); // not in the guide
    CHECK(runner.currentActivity() == 22);

    SessionRunner reopened(test::shippedGuide(), store, id);
    CHECK(reopened.currentActivity() == 22);
    CHECK(reopened.current().title == test::shippedGuide().activity(22)->title);
}
