#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>
#include <QVector>

#include <atomic>
#include <memory>

class QFileInfo;
struct sqlite3;
struct sqlite3_stmt;

namespace fcte {

class Database;

// A prepared statement; values are always bound, never spliced into SQL.
// It owns the SQL it was made from: the statement cache keys on that text until the statement is
// handed back, so SQL put together at run time (a temporary std::string's c_str(), say) is copied
// here while it is still alive. A literal lives as long as the program and is kept without a copy.
class Statement {
public:
    template <qsizetype Size>
    Statement(Database &db, const char (&literal)[Size])
        : Statement(db, QByteArray::fromRawData(literal, Size - 1))
    {}
    Statement(Database &db, QByteArray sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bindNull(int index);
    Statement &bindOptional(int index, qint64 value); // 0 binds NULL
    Statement &bindBlob(int index, const QByteArray &value);

    // Returns true while a row is available.
    bool step();
    void reset();
    // Runs a statement that returns no rows.
    void run();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    Database &m_db;
    const QByteArray m_sql;
    sqlite3_stmt *m_stmt = nullptr;
};

// Begins IMMEDIATE so a second writer waits (or fails) before any work is done; rolls back
// unless commit() was reached. Inside another transaction it is a savepoint, so a whole import
// can be built from the same store calls and still land or fail as one.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

// Every read between its start and its end sees the file as it was at its start, one moment: an
// export read while the window and the phones write never mixes two (a name written between two
// reads, an entry whose person is not yet in the roster). Inside a transaction already open it
// adds nothing: that one is a single moment already.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_open = false;
};

// The one owner of the SQLite connection: opens, configures, migrates and reports errors.
class Database {
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Mode {
        ReadWrite, // creates the file when missing, migrates it
        ReadOnly,  // exports only read: the file must exist and be up to date; nothing is written
    };
    // Whole: SQLite's quick check reads every page before anything else (a damaged file is
    // refused). Skip: a second connection to a file this program opened and checked moments ago
    // (the phones' server, a background job): reading it all again would only cost time.
    enum class Check { Whole, Skip };
    // Opens and checks the file. Throws StoreError.
    void open(const QString &path, Mode mode = Mode::ReadWrite, Check check = Check::Whole);
    void close();
    bool isOpen() const { return m_handle != nullptr; }
    // Opened with Mode::ReadOnly: every write fails (with a message) and nothing is changed.
    bool isReadOnly() const { return m_readOnly; }
    const QString &path() const { return m_path; }

    void exec(const char *sql);
    qint64 lastInsertId() const;
    // Rows the last statement inserted, changed or deleted.
    int changes() const;
    int userVersion();
    // PRAGMA quick_check: false when the file is damaged.
    bool isSound();
    // A consistent copy of the whole database, taken while it is in use (VACUUM INTO).
    void snapshotTo(const QString &path);
    // A complete single-file copy for the user to carry (a USB stick), through SQLite's online
    // backup: written beside the target and renamed into place, private to the user, in
    // rollback-journal mode so it needs no -wal file. Throws StoreError.
    void copyTo(const QString &path);
    // Moves what the -wal file holds into the main file, so the main file alone is complete.
    // Never waits for other readers; false when it could not finish.
    bool checkpoint();

    // The default file in the user's data folder.
    static QString defaultPath();
    // How many times this thread has waited for another connection's write lock (a tenth of a
    // millisecond each), ever: the benchmarks tell lock waits from other slowness by it.
    static int busyWaitsOnThisThread();
    // How long a write waits for another connection's write lock before it fails (2 s unless
    // told otherwise: an import holding the lock for its whole archive asks for longer).
    static constexpr int DefaultBusyPatienceMs = 2000;
    void setBusyPatience(int milliseconds) { m_busyPatienceMs = milliseconds; }

    sqlite3 *handle() const { return m_handle; }
    [[noreturn]] void fail(const QString &what, int code) const;

    // Prepared statements are kept for reuse by their SQL (see Statement): preparing is a large
    // part of a small write, and an import makes tens of thousands of them.
    sqlite3_stmt *takeStatement(const QByteArray &sql);
    void returnStatement(const QByteArray &sql, sqlite3_stmt *statement);

private:
    // Throws before SQLite touches the file: a folder or device, a file that is not SQLite's, a
    // read-only file opened for writing, a missing file opened only to read.
    static void refuseUnsuitable(const QFileInfo &info, Mode mode);
    void refuseNewerVersion();
    void configure(Mode mode);
    void migrate(Mode mode);

    void finalizeIdleStatements();

    sqlite3 *m_handle = nullptr;
    QString m_path;
    bool m_readOnly = false;
    std::atomic<int> m_busyPatienceMs{DefaultBusyPatienceMs};
    QHash<QByteArray, QVector<sqlite3_stmt *>> m_idleStatements;
};

} // namespace fcte
