#include "core/session/DiskJobs.h"
#include "TestSupport.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QThread>
#include <catch2/catch.hpp>

#include <memory>

using namespace fcte;

namespace {

qint64 sessionCount(Database &db)
{
    Statement count(db, "SELECT COUNT(*) FROM session");
    return count.step() ? count.integer(0) : -1;
}

} // namespace

TEST_CASE("Disk jobs run off the window's thread on a connection of their own, one moment each, "
          "and report back on the window's thread")
{
    test::TempBitacora temp;
    Database window;
    window.open(temp.path());
    test::createSession(window);
    DiskJobs jobs(window);
    QObject receiver;
    QThread *windowThread = QThread::currentThread();

    // While the window's connection holds a write transaction the job still reads, the file as
    // it was committed: it is not the window's connection, nor its thread.
    Transaction writing(window);
    test::createSession(window);
    QThread *ranOn = nullptr;
    QThread *reportedOn = nullptr;
    qint64 seen = -1;
    jobs.run(
        [&](Database &own) {
            ranOn = QThread::currentThread();
            seen = sessionCount(own);
            return DiskJobResult{{QStringLiteral("hecho")}, {}, {}};
        },
        &receiver,
        [&](const DiskJobResult &result) {
            reportedOn = QThread::currentThread();
            CHECK(result.files == QStringList{QStringLiteral("hecho")});
        });
    CHECK(jobs.isBusy());
    jobs.waitForAll();
    writing.commit();
    CHECK(seen == 1);
    CHECK(ranOn != windowThread);
    CHECK(reportedOn == windowThread);
    CHECK_FALSE(jobs.isBusy());

    // A failure comes back as its message; the window's connection can never be written by a
    // job (its own is read-only).
    QString error;
    jobs.run(
        [](Database &own) {
            own.exec("DELETE FROM session");
            return DiskJobResult{};
        },
        &receiver, [&error](const DiskJobResult &result) { error = result.error; });
    jobs.waitForAll();
    CHECK_FALSE(error.isEmpty());
    CHECK(sessionCount(window) == 2);

    // Whoever asked is gone by the time it is done: nothing is delivered to it.
    bool delivered = false;
    auto gone = std::make_unique<QObject>();
    jobs.run([](Database &) { return DiskJobResult{}; }, gone.get(),
             [&delivered](const DiskJobResult &) { delivered = true; });
    gone.reset();
    jobs.waitForAll();
    CHECK_FALSE(delivered);
}
