#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/io/BitacoraLock.h"
#include "core/model/StoreError.h"
#include "core/session/Backups.h"
#include "core/session/DamageScan.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QDir>
#include <QFile>

#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace fcte;

namespace {

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser;
}

QFileDevice::Permissions otherBits(const QString &path)
{
    return QFileInfo(path).permissions() &
           (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

// Runs a block under a permissive umask, to show that privacy does not depend on it.
struct PermissiveUmask {
    mode_t previous = ::umask(0);
    ~PermissiveUmask() { ::umask(previous); }
};

} // namespace

TEST_CASE("The bitácora, its WAL, backups and exports are readable by the user only")
{
    const PermissiveUmask umask;
    test::TempBitacora temp;
    const QString folder = temp.dir.filePath(QStringLiteral("nueva/carpeta"));
    const QString path = folder + QStringLiteral("/bitacora.sqlite");
    Database db;
    db.open(path);
    const qint64 id = DemoSession::create(db);
    CHECK(QFileInfo(path).permissions() == ownerOnly());
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(otherBits(path + QStringLiteral("-wal")) == QFileDevice::Permissions());
    CHECK(otherBits(folder) == QFileDevice::Permissions());
    // Every folder the app made, the parent too, and each with its mode from the start.
    CHECK(otherBits(temp.dir.filePath(QStringLiteral("nueva"))) == QFileDevice::Permissions());

    const QString backup = Backups(path).snapshot(db);
    CHECK(QFileInfo(backup).permissions() == ownerOnly());
    CHECK(otherBits(Backups(path).folder()) == QFileDevice::Permissions());

    const QString json = temp.dir.filePath(QStringLiteral("exportada.json"));
    REQUIRE(Exporters::writeJson(db, id, json).isEmpty());
    CHECK(QFileInfo(json).permissions() == ownerOnly());
    const QString pdf = temp.dir.filePath(QStringLiteral("exportada.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), id, pdf).isEmpty());
    CHECK(QFileInfo(pdf).permissions() == ownerOnly());
}

TEST_CASE("Backups are consistent snapshots, rotated, and the newest sound one is found")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 id = DemoSession::create(db);
    test::addNorm(db, id, QStringLiteral("Antes de la copia"));
    const Backups backups(temp.path());
    const QString first = backups.snapshot(db);
    test::addNorm(db, id, QStringLiteral("Después de la copia"));
    {
        Database copy;
        copy.open(first);
        const auto norms = SheetStore(copy).entries(id, QStringLiteral("norms"));
        CHECK(norms.last().text == QStringLiteral("Antes de la copia"));
    }
    for (int i = 0; i < Backups::MaxKept + 3; ++i)
        backups.snapshot(db);
    CHECK(backups.list().size() == Backups::MaxKept);

    // The newest copy is damaged: the one before it is offered instead.
    const QString newest = backups.list().first().path;
    {
        QFile file(newest);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(8192, '\xAB'));
    }
    CHECK(backups.latestSound() == backups.list().at(1).path);
}

TEST_CASE("The newest backup is current until the bitácora is written again")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 id = DemoSession::create(db);
    const Backups backups(temp.path());
    CHECK_FALSE(backups.newestIsCurrent()); // none yet
    backups.snapshot(db);
    CHECK(backups.newestIsCurrent());
    SessionStore(db).sessions(); // reading changes nothing
    CHECK(backups.newestIsCurrent());
    test::addNorm(db, id, QStringLiteral("Escrita después de la copia"));
    CHECK_FALSE(backups.newestIsCurrent());
    backups.snapshot(db);
    CHECK(backups.newestIsCurrent());
}

TEST_CASE("A damaged bitácora is detected on open and moved aside, never overwritten")
{
    test::TempBitacora temp;
    {
        Database db;
        db.open(temp.path());
        const qint64 id = DemoSession::create(db);
        for (int i = 0; i < 200; ++i)
            test::addNorm(db, id, QStringLiteral("Norma %1").arg(i));
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    {
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(3 * 4096);
        file.write(QByteArray(4 * 4096, '\x5A'));
    }
    const QByteArray damaged = test::readFile(temp.path());
    Database db;
    try {
        db.open(temp.path());
        FAIL("a damaged bitácora must not open silently");
    } catch (const StoreError &error) {
        CHECK(error.isDamage());
        CHECK(error.message().contains(QStringLiteral("dañad")));
    }
    const QString aside = Backups::moveAside(temp.path(), QStringLiteral("danada"));
    REQUIRE_FALSE(aside.isEmpty());
    CHECK(aside.contains(QStringLiteral(".danada-")));
    CHECK(test::readFile(aside) == damaged);
    CHECK_FALSE(QFileInfo::exists(temp.path()));
}

TEST_CASE("The check on opening reads through a small cache and gives the normal one back")
{
    test::TempBitacora temp;
    qint64 normalCache = 0;
    {
        Database db;
        db.open(temp.path());
        DemoSession::create(db);
    }
    {
        // SQLite's own default, read on a connection that never ran the check.
        sqlite3 *plain = nullptr;
        REQUIRE(sqlite3_open(temp.path().toUtf8().constData(), &plain) == SQLITE_OK);
        sqlite3_stmt *size = nullptr;
        REQUIRE(sqlite3_prepare_v2(plain, "PRAGMA cache_size", -1, &size, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(size) == SQLITE_ROW);
        normalCache = sqlite3_column_int64(size, 0);
        sqlite3_finalize(size);
        sqlite3_close(plain);
    }
    Database db;
    db.open(temp.path());
    CHECK(db.isSound());
    Statement size(db, "PRAGMA cache_size");
    REQUIRE(size.step());
    CHECK(size.integer(0) == normalCache);
}

TEST_CASE("Restoring a backup puts the current file aside first")
{
    test::TempBitacora temp;
    QString backup;
    qint64 id = 0;
    {
        Database db;
        db.open(temp.path());
        id = DemoSession::create(db);
        backup = Backups(temp.path()).snapshot(db);
        test::addNorm(db, id, QStringLiteral("Escrita después de la copia"));
    }
    REQUIRE(Backups(temp.path()).restore(backup).isEmpty());
    QStringList asides = QDir(temp.dir.path()).entryList({QStringLiteral("*.antes-*")});
    asides.removeIf([](const QString &name) {
        return name.endsWith(QStringLiteral("-shm")) || name.endsWith(QStringLiteral("-wal"));
    });
    REQUIRE(asides.size() == 1);
    Database restored;
    restored.open(temp.path());
    for (const Entry &entry : SheetStore(restored).entries(id, QStringLiteral("norms")))
        CHECK(entry.text != QStringLiteral("Escrita después de la copia"));
    Database before;
    before.open(temp.dir.filePath(asides.first()));
    CHECK(SheetStore(before).entries(id, QStringLiteral("norms")).last().text ==
          QStringLiteral("Escrita después de la copia"));
}

TEST_CASE("A second window on the same bitácora is told it is open elsewhere")
{
    test::TempBitacora temp;
    BitacoraLock first(temp.path());
    {
        const PermissiveUmask umask;
        REQUIRE(first.tryLock());
    }
    CHECK(QFileInfo(temp.path() + QStringLiteral(".lock")).permissions() == ownerOnly());
    BitacoraLock second(temp.path());
    CHECK_FALSE(second.tryLock());
    CHECK(second.message().contains(QStringLiteral("ya está abierta en otra ventana")));
}

TEST_CASE("A full disk refuses the write with a clear message and keeps what was there")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 id = DemoSession::create(db);
    Statement pages(db, "PRAGMA page_count");
    REQUIRE(pages.step());
    // The file may not grow past its current size: the next page it needs is "beyond the disk".
    db.exec(
        QStringLiteral("PRAGMA max_page_count = %1").arg(pages.integer(0)).toUtf8().constData());
    const int before = int(SheetStore(db).entries(id, QStringLiteral("norms")).size());
    bool refused = false;
    try {
        for (int i = 0; i < 2000; ++i)
            test::addNorm(db, id, QString(500, QLatin1Char('x')));
    } catch (const StoreError &error) {
        refused = true;
        CHECK(error.message().contains(QStringLiteral("disco está lleno")));
    }
    CHECK(refused);
    CHECK(SheetStore(db).entries(id, QStringLiteral("norms")).size() >= before);
    Statement check(db, "PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == QStringLiteral("ok"));
}

TEST_CASE("Values damaged inside a sound file are named on opening, and the JSON export repairs "
          "and names them so that its own import takes it")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const qint64 sessionId = DemoSession::create(db);
    const QVector<Entry> entries = SheetStore(db).allEntries(sessionId);
    REQUIRE(entries.size() > 3);
    CHECK(DamageScan::damagedValues(db).isEmpty());
    // What a flipped byte in a row's header does: the value becomes another type (the file stays
    // sound for SQLite's own check).
    const qint64 damaged = entries.at(3).id;
    db.exec(QStringLiteral("UPDATE entry SET created_at = 1234 WHERE id = %1")
                .arg(damaged)
                .toUtf8()
                .constData());
    db.exec(QStringLiteral("UPDATE entry SET text = x'' WHERE id = %1")
                .arg(entries.at(1).id)
                .toUtf8()
                .constData());
    REQUIRE(db.isSound());
    const QStringList found = DamageScan::damagedValues(db);
    CHECK(found.contains(
        QStringLiteral("dato dañado en la entrada %1: fecha de creación").arg(damaged)));
    CHECK(found.contains(
        QStringLiteral("dato dañado en la entrada %1: texto").arg(entries.at(1).id)));

    QStringList repaired;
    const QByteArray archive = BitacoraArchive::exportSession(db, sessionId, 0, &repaired);
    CHECK(repaired.size() == 2);
    CHECK(archive.contains("\"repairs\""));
    CHECK(archive.contains("dato dañado en la bitácora"));
    test::ImportedCopy copy(archive);
    INFO(copy.result.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(copy.result.ok());
    CHECK(DamageScan::damagedValues(copy.db).isEmpty());
}
