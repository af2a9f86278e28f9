#include "core/store/Database.h"
#include "TestSupport.h"
#include "core/model/StoreError.h"
#include "core/store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <string>
#include <thread>

using namespace fcte;

TEST_CASE("A new bitácora is created at the latest schema with WAL and foreign keys")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    CHECK(db.userVersion() == int(migrations().size()));
    Statement journal(db, "PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.text(0) == QStringLiteral("wal"));
    Statement keys(db, "PRAGMA foreign_keys");
    REQUIRE(keys.step());
    CHECK(keys.integer(0) == 1);
    Statement synchronous(db, "PRAGMA synchronous");
    REQUIRE(synchronous.step());
    CHECK(synchronous.integer(0) == 2); // FULL
}

TEST_CASE("Reopening a bitácora keeps its schema version and data")
{
    test::TempBitacora temp;
    {
        Database db;
        db.open(temp.path());
        db.exec("INSERT INTO session (title, held_on, guide_id, created_at, opened_at) "
                "VALUES ('x', '2026-01-01', 'g', 'now', 'now')");
    }
    Database db;
    db.open(temp.path());
    Statement count(db, "SELECT count(*) FROM session");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 1);
}

TEST_CASE("A bitácora from a newer version is refused with a Spanish message")
{
    test::TempBitacora temp;
    {
        Database db;
        db.open(temp.path());
        db.exec("PRAGMA user_version = 999");
    }
    Database db;
    try {
        db.open(temp.path());
        FAIL("a newer bitácora must not open");
    } catch (const StoreError &error) {
        CHECK(error.message().contains(QStringLiteral("versión más nueva")));
    }
    CHECK_FALSE(db.isOpen());
}

TEST_CASE("A file that is not a database is refused and left untouched")
{
    test::TempBitacora temp;
    const QByteArray garbage(8192, 'x');
    {
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    Database db;
    REQUIRE_THROWS_AS(db.open(temp.path()), StoreError);
    CHECK(test::readFile(temp.path()) == garbage);
}

TEST_CASE("Values are bound, so SQL in user text is stored as text")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const QString hostile = QStringLiteral("x'); DROP TABLE session; --");
    Statement insert(db, "INSERT INTO session (title, held_on, guide_id, created_at, opened_at) "
                         "VALUES (?, '2026-01-01', 'g', 'now', 'now')");
    insert.bind(1, hostile).run();
    Statement read(db, "SELECT title FROM session");
    REQUIRE(read.step());
    CHECK(read.text(0) == hostile);
}

TEST_CASE("A statement keeps its own copy of SQL put together at run time")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    // The text it was made from changes (or is freed) while the statement is still in use. Had
    // the cache kept the caller's pointer, "SELECT 1"'s statement would be filed under
    // "SELECT 2" and the next "SELECT 2" would answer 1.
    {
        std::string sql = "SELECT 1";
        Statement first(db, sql.c_str());
        sql[7] = '2';
        REQUIRE(first.step());
        CHECK(first.integer(0) == 1);
    }
    {
        Statement second(db, std::string("SELECT 2").c_str()); // a temporary, freed at once
        REQUIRE(second.step());
        CHECK(second.integer(0) == 2);
    }
    Statement one(db, "SELECT 1");
    REQUIRE(one.step());
    CHECK(one.integer(0) == 1);
}

namespace {

// What "left exactly as it was" means for a file the app refuses.
struct FileState {
    QByteArray bytes;
    QFileDevice::Permissions mode;
    bool companions = false; // a -wal, -shm or -journal beside it
    explicit FileState(const QString &path)
        : bytes(test::readFile(path))
        , mode(QFileInfo(path).permissions())
    {
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            companions |= QFileInfo::exists(path + QLatin1String(suffix));
    }
    bool operator==(const FileState &other) const
    {
        return bytes == other.bytes && mode == other.mode && companions == other.companions;
    }
};

constexpr QFileDevice::Permissions Mode644 = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadGroup | QFileDevice::ReadOther;

} // namespace

TEST_CASE("A newer bitácora is refused untouched: bytes, mode and journal mode")
{
    test::TempBitacora temp;
    {
        // In rollback-journal mode, as another program or an older copy may leave it.
        Database db;
        db.open(temp.path());
        db.exec("PRAGMA journal_mode = DELETE");
        db.exec("PRAGMA user_version = 999");
    }
    QFile::setPermissions(temp.path(), Mode644);
    const FileState before(temp.path());
    REQUIRE(before.bytes.at(18) == 1); // header bytes 18-19: 1 is rollback, 2 is WAL
    REQUIRE(before.bytes.at(19) == 1);
    Database db;
    REQUIRE_THROWS_WITH(db.open(temp.path()), Catch::Contains("versión más nueva"));
    CHECK(FileState(temp.path()) == before);
    REQUIRE_THROWS(db.open(temp.path(), Database::Mode::ReadOnly));
    CHECK(FileState(temp.path()) == before);
}

TEST_CASE("A folder or a text file given as a bitácora is refused by name and not touched")
{
    test::TempBitacora temp;
    const QString folder = temp.dir.filePath(QStringLiteral("carpeta"));
    REQUIRE(QDir().mkdir(folder));
    QFile::setPermissions(folder, Mode644 | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                      QFileDevice::ExeOther);
    const auto folderMode = QFileInfo(folder).permissions();
    Database db;
    REQUIRE_THROWS_WITH(db.open(folder), Catch::Contains("no es una bitácora"));
    CHECK(QFileInfo(folder).permissions() == folderMode);

    const QString text = temp.dir.filePath(QStringLiteral("notas.txt"));
    test::writeFile(text, "Notas de la reunión\n");
    QFile::setPermissions(text, Mode644);
    const FileState before(text);
    try {
        db.open(text);
        FAIL("a text file must not open");
    } catch (const StoreError &error) {
        CHECK(error.message().contains(QStringLiteral("no es una bitácora")));
        CHECK_FALSE(error.isDamage()); // not moved aside as a damaged bitácora: it is not one
    }
    CHECK(FileState(text) == before);
}

TEST_CASE("A read-only bitácora is never written, and opens to be read")
{
    test::TempBitacora temp;
    {
        Database db;
        db.open(temp.path());
        db.exec("CREATE TABLE kept (n INTEGER)");
        db.exec("INSERT INTO kept VALUES (7)");
    }
    QFile::setPermissions(temp.path(),
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const FileState before(temp.path());
    Database db;
    REQUIRE_THROWS_WITH(db.open(temp.path()), Catch::Contains("solo lectura"));
    CHECK(FileState(temp.path()) == before);
    db.open(temp.path(), Database::Mode::ReadOnly);
    Statement kept(db, "SELECT n FROM kept");
    REQUIRE(kept.step());
    CHECK(kept.integer(0) == 7);
}

TEST_CASE("A reused statement starts afresh, the same query nested in itself gets its own, and "
          "reopening drops the old connection's statements")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    db.exec("CREATE TEMP TABLE numbers (n INTEGER)");
    db.exec("INSERT INTO numbers VALUES (1), (2), (3)");
    const char *query = "SELECT n FROM numbers WHERE n >= ? ORDER BY n";
    {
        Statement outer(db, query);
        outer.bind(1, 1);
        REQUIRE(outer.step());
        CHECK(outer.integer(0) == 1);
        {
            Statement inner(db, query); // the outer one is still reading
            inner.bind(1, 3);
            REQUIRE(inner.step());
            CHECK(inner.integer(0) == 3);
        }
        REQUIRE(outer.step());
        CHECK(outer.integer(0) == 2); // the inner one did not move it
    }
    {
        // Taken again from the cache: from the first row, nothing of the last binding left.
        Statement again(db, query);
        again.bind(1, 2);
        REQUIRE(again.step());
        CHECK(again.integer(0) == 2);
    }
    {
        // The same SQL in a string of its own (built at run time) finds the same statement.
        const QByteArray built = QByteArray(query);
        Statement same(db, built.constData());
        same.bindNull(1);
        CHECK_FALSE(same.step()); // n >= NULL: nothing
    }
    db.close();
    db.open(temp.path());
    Statement fresh(db, "SELECT count(*) FROM sqlite_schema");
    CHECK(fresh.step());
}

TEST_CASE("Another program's SQLite file is refused untouched, and a copy never goes over the open "
          "bitácora")
{
    test::TempBitacora temp;
    const QString foreign = temp.dir.filePath(QStringLiteral("otro.db"));
    {
        sqlite3 *handle = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(foreign).constData(), &handle) == SQLITE_OK);
        REQUIRE(sqlite3_exec(handle, "CREATE TABLE agenda (dia TEXT)", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        sqlite3_close(handle);
    }
    QFile::setPermissions(foreign, Mode644);
    const FileState before(foreign);
    Database db;
    REQUIRE_THROWS_WITH(db.open(foreign), Catch::Contains("otro programa"));
    CHECK(FileState(foreign) == before);

    db.open(temp.path());
    db.exec("CREATE TABLE kept (n INTEGER)");
    REQUIRE_THROWS_WITH(db.copyTo(temp.path()), Catch::Contains("bitácora abierta"));
    db.exec("INSERT INTO kept VALUES (1)"); // still the same, live file
    Statement kept(db, "SELECT count(*) FROM kept");
    REQUIRE(kept.step());
    CHECK(kept.integer(0) == 1);
}

TEST_CASE("An export's reads see one moment of the file while another connection writes")
{
    test::TempBitacora temp;
    Database window;
    window.open(temp.path());
    const auto sessions = [](Database &db) {
        Statement count(db, "SELECT COUNT(*) FROM session");
        REQUIRE(count.step());
        return count.integer(0);
    };
    const auto addSession = [&window] {
        window.exec("INSERT INTO session (title, held_on, guide_id, created_at, opened_at) "
                    "VALUES ('x', '2026-01-01', 'g', 'now', 'now')");
    };
    addSession();
    Database exporter;
    exporter.open(temp.path(), Database::Mode::ReadOnly);
    {
        const ReadSnapshot moment(exporter);
        addSession();                   // the window writes between the export's reads...
        CHECK(sessions(exporter) == 1); // ...which still see the moment the export began
        addSession();
        CHECK(sessions(exporter) == 1);
    }
    CHECK(sessions(exporter) == 3); // once it ends, the file as it is now
    // Inside a transaction already open it adds nothing and ends nothing.
    Transaction transaction(window);
    {
        const ReadSnapshot inner(window);
    }
    addSession();
    transaction.commit();
    CHECK(sessions(window) == 4);
    CHECK(sqlite3_get_autocommit(window.handle()) != 0);
}

TEST_CASE("Two copies asked for at once to the same file both finish, the copy is whole, and "
          "nothing unfinished stays beside it")
{
    test::TempBitacora temp;
    qint64 session = 0;
    {
        Database db;
        db.open(temp.path());
        session = test::createSession(db, QStringLiteral("Sesión copiada"));
        test::addNorm(db, session, QStringLiteral("Llegar puntuales"));
    }
    const QString target = temp.dir.filePath(QStringLiteral("memoria.sqlite"));
    // What a copy cut off by a crash left (another process's): removed, not kept beside it.
    test::writeFile(target + QStringLiteral(".parcial-1-0"), "una copia a medias");
    // Each on a connection and a thread of its own, as two "Guardar una copia" jobs run.
    std::atomic<int> failures{0};
    const auto copy = [&] {
        try {
            Database own;
            own.open(temp.path(), Database::Mode::ReadOnly, Database::Check::Skip);
            for (int i = 0; i < 5; ++i)
                own.copyTo(target);
        } catch (const StoreError &) {
            ++failures;
        }
    };
    std::thread first(copy);
    std::thread second(copy);
    first.join();
    second.join();
    CHECK(failures == 0);
    Database copied;
    copied.open(target, Database::Mode::ReadOnly); // checked whole on opening
    Statement count(copied, "SELECT count(*) FROM entry WHERE session_id = ?");
    count.bind(1, session);
    REQUIRE(count.step());
    CHECK(count.integer(0) == 1);
    CHECK(QDir(temp.dir.path()).entryList({QStringLiteral("*.parcial*")}).isEmpty());
}
