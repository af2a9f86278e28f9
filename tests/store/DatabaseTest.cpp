#include "store/Database.h"
#include "TestSupport.h"
#include "store/Migrations.h"
#include "store/StoreError.h"

#include <QFile>
#include <catch2/catch.hpp>

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
