#include "app/zone/ZoneWindow.h"
#include "GuiTestSupport.h"
#include "PostgresServer.h"
#include "app/MainWindow.h"
#include "app/export/FileDialogs.h"
#include "app/zone/ZoneServerDialog.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/session/DiskJobs.h"
#include "core/zone/ZoneDatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace fcte;
using test::child;

namespace {

QAbstractItemModel *modelOf(ZoneWindow &window, const char *view)
{
    return child<QTableView>(&window, view)->model();
}

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row)
        cells << model->index(row, column).data().toString();
    return cells;
}

} // namespace

TEST_CASE("The zone window shows each school and commitment, filters by school and state from the "
          "keyboard, and gathers an archive as a job")
{
    test::SessionFixture fixture;
    const qint64 demo = DemoSession::create(fixture.db);
    DiskJobs jobs(fixture.db);
    auto *window = new ZoneWindow(jobs, QStringLiteral("zona.sqlite"));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    QAbstractItemModel *schools = modelOf(*window, "zoneSchoolsView");
    QAbstractItemModel *commitments = modelOf(*window, "zoneCommitmentsView");
    REQUIRE(QTest::qWaitFor([&] { return schools->rowCount() > 0; }, 30000));
    // The fixture's two schools and the demo's three; the demo's three commitments, pending.
    CHECK(schools->rowCount() == 5);
    CHECK(commitments->rowCount() == 3);
    CHECK(window->summaryText().contains(QStringLiteral("3 compromisos (pendientes 3,")));
    CHECK(column(commitments, 4).filter(QStringLiteral("Pendiente")).size() == 3);

    // Alt+C to the school filter, a school chosen with the keyboard.
    QTest::keyClick(window, Qt::Key_C, Qt::AltModifier);
    auto *school = child<QComboBox>(window, "zoneSchoolFilter");
    CHECK(school->hasFocus());
    school->setCurrentIndex(school->findText(QStringLiteral("Sor Juana"), Qt::MatchContains));
    QStringList names = column(commitments, 0);
    names.removeDuplicates();
    CHECK(names == QStringList{QStringLiteral("Escuela Primaria «Sor Juana Inés de la Cruz»")});
    CHECK(commitments->rowCount() == 2);
    CHECK(schools->rowCount() == 1);
    // A state with none: empty; Alt+M shows the commitments' tab.
    auto *state = child<QComboBox>(window, "zoneStateFilter");
    state->setCurrentIndex(state->findText(QStringLiteral("Cumplido")));
    CHECK(commitments->rowCount() == 0);
    QTest::keyClick(window, Qt::Key_M, Qt::AltModifier);
    CHECK(child<QTabWidget>(window, "zoneTabs")->currentIndex() == 1);
    school->setCurrentIndex(0);
    state->setCurrentIndex(0);

    // Gathering another school's archive: added, said, and shown.
    QString archive = QString::fromUtf8(BitacoraArchive::exportSession(fixture.db, demo));
    const QString uid =
        QRegularExpression(QStringLiteral("\"uid\": \"([^\"]+)\"")).match(archive).captured(1);
    archive.replace(uid, uid + QStringLiteral("-otra"));
    archive.replace(QStringLiteral("09DPR5678M"), QStringLiteral("15EPR0001B"));
    const QString path = fixture.temp.dir.filePath(QStringLiteral("otra-escuela.json"));
    test::writeFile(path, archive.toUtf8());
    FileDialogs::setNextFileName(path);
    QSignalSpy loaded(window, &ZoneWindow::loaded);
    child<QPushButton>(window, "zoneGatherButton")->click();
    REQUIRE(loaded.wait(30000));
    CHECK(window->outcomeText().contains(QStringLiteral("1 añadidas")));
    CHECK(window->outcomeText().contains(QStringLiteral("Añadida: otra-escuela.json")));
    CHECK(schools->rowCount() == 6);
    window->close();
}

TEST_CASE("Archivo opens the zone window over the open bitácora")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    child<QAction>(&window, "zoneWindowAction")->trigger();
    ZoneWindow *zone = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            zone = window.findChild<ZoneWindow *>();
            return zone != nullptr;
        },
        10000));
    QSignalSpy loaded(zone, &ZoneWindow::loaded);
    REQUIRE((loaded.count() > 0 || loaded.wait(30000)));
    CHECK(zone->summaryText().startsWith(QFileInfo(fixture.temp.path()).fileName() +
                                         QStringLiteral(": 2 escuelas, 1 sesiones")));
    zone->close();
}

TEST_CASE(
    "The zone window publishes the bitácora to the zone's PostgreSQL and shows what it holds, "
    "with the same figures, and keeps the address but never the password")
{
    test::PostgresServer server;
    test::SessionFixture fixture;
    DemoSession::create(fixture.db);
    DiskJobs jobs(fixture.db);
    auto *window = new ZoneWindow(jobs, QStringLiteral("zona.sqlite"));
    window->show();
    QSignalSpy loaded(window, &ZoneWindow::loaded);
    REQUIRE(loaded.wait(30000));
    // "zona.sqlite: 5 escuelas, 2 sesiones · …": the figures after the source.
    REQUIRE(window->summaryText().startsWith(QStringLiteral("zona.sqlite: ")));
    const QString figures = window->summaryText().mid(QStringLiteral("zona.sqlite").size());

    // The address as kept, the password apart (as the dialog gives them).
    const QString password = test::PostgresServer::password();
    const QString address = ZoneDatabase::withoutPassword(server.url());
    REQUIRE_FALSE(address.contains(QStringLiteral("%40")));
    {
        ZoneServerDialog dialog(QStringLiteral("Prueba"));
        child<QLineEdit>(&dialog, "zoneUrlEdit")->setText(server.url());
        dialog.accept();
        CHECK(dialog.url() == address);
        CHECK(dialog.password() == password);
        CHECK(ZoneServerDialog::savedUrl() == address);
    }

    QSignalSpy published(window, &ZoneWindow::published);
    window->publish(address, password);
    REQUIRE(published.wait(60000));
    INFO(window->outcomeText().toStdString());
    CHECK(window->outcomeText().contains(QStringLiteral(": 2 nuevas, 0 reemplazadas")));
    CHECK_FALSE(window->outcomeText().contains(password));
    CHECK_FALSE(QSettings().allKeys().join(u' ').contains(QStringLiteral("clave")));
    for (const QString &key : QSettings().allKeys())
        CHECK_FALSE(QSettings().value(key).toString().contains(QStringLiteral("clave")));

    window->readFrom(address, password);
    REQUIRE(loaded.wait(30000));
    CHECK(window->summaryText() == address + figures); // the same figures, from the server
    window->close();
}

TEST_CASE("Archivo → Publicar en la base de la zona asks for the address, offering the one kept, "
          "and publishes the bitácora")
{
    test::PostgresServer server;
    test::SessionFixture fixture;
    QSettings().setValue(QStringLiteral("zone/url"), ZoneDatabase::withoutPassword(server.url()));
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    bool offered = false;
    // The dialog is modal: answered from the event loop, as a person would.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ZoneServerDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        offered = dialog->url() == ZoneDatabase::withoutPassword(server.url());
        child<QLineEdit>(dialog, "zonePasswordEdit")->setText(test::PostgresServer::password());
        dialog->accept();
    });
    child<QAction>(&window, "publishZoneAction")->trigger();
    CHECK(offered);
    auto *zone = window.findChild<ZoneWindow *>();
    REQUIRE(zone);
    QSignalSpy published(zone, &ZoneWindow::published);
    REQUIRE((published.count() > 0 || published.wait(60000)));
    INFO(zone->outcomeText().toStdString());
    CHECK(zone->outcomeText().contains(QStringLiteral(": 1 nuevas")));
    CHECK(server.query(QStringLiteral("SELECT title FROM zone_session")) ==
          QStringLiteral("Sesión de prueba"));
    zone->close();
}
