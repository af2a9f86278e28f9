#include "core/store/Database.h"
#include "core/store/StatementLog.h"

#include "core/io/FilePrivacy.h"
#include "core/io/OutputFile.h"
#include "core/model/StoreError.h"
#include "core/store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <cerrno>
#include <cstdio>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Another connection (the phones' writer, a backup) holds the write lock for a millisecond or
// two. SQLite's own busy timeout sleeps 1, 2, 5, 10… ms between tries, so a recorder's Enter
// that meets the lock would wait several times longer than the lock is held; this tries again
// every tenth of a millisecond instead, and gives up after two seconds as before.
thread_local int busyWaits = 0;

int waitWhileBusy(void *patienceMs, int attempt)
{
    using namespace std::chrono;
    constexpr auto Step = microseconds(100);
    const int attempts =
        int(milliseconds(*static_cast<const std::atomic<int> *>(patienceMs)) / Step);
    if (attempt >= attempts)
        return 0;
    ++busyWaits;
    std::this_thread::sleep_for(Step);
    return 1;
}

} // namespace

int Database::busyWaitsOnThisThread()
{
    return busyWaits;
}

Statement::Statement(Database &db, QByteArray sql)
    : m_db(db)
    , m_sql(std::move(sql))
    , m_stmt(db.takeStatement(m_sql))
{}

Statement::~Statement()
{
    m_db.returnStatement(m_sql, m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(Text::tr("No se pudo preparar un dato"), rc);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db.fail(Text::tr("No se pudo preparar un dato"), rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, qint64 value)
{
    return value == 0 ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    int rc = 0;
    if (StatementLog::isOn() && StatementLog::onWindowThread()) {
        QElapsedTimer took;
        took.start();
        rc = sqlite3_step(m_stmt);
        StatementLog::record(sqlite3_sql(m_stmt), took.nsecsElapsed());
    } else {
        rc = sqlite3_step(m_stmt);
    }
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail(Text::tr("No se pudo leer o escribir la bitácora"), rc);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void Statement::run()
{
    while (step()) {
    }
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    const int rc =
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(Text::tr("No se pudo preparar un dato"), rc);
    return *this;
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    // Prepared once and kept, like every statement: each entry typed opens and commits one.
    Statement(m_db, m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE").run();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested) {
        sqlite3_exec(m_db.handle(), "ROLLBACK TO nested", nullptr, nullptr, nullptr);
        sqlite3_exec(m_db.handle(), "RELEASE nested", nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    Statement(m_db, m_nested ? "RELEASE nested" : "COMMIT").run();
    m_done = true;
}

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        return;
    Statement(m_db, "BEGIN").run();
    // A deferred transaction takes its snapshot at its first read: read now, so the moment is
    // this one and not whenever the export first touches a table. Should that read fail, the
    // transaction is not left open behind the caller.
    try {
        Statement(m_db, "SELECT COUNT(*) FROM sqlite_schema").step();
    } catch (...) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    m_open = true;
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written: ending it only lets the file move on. Should COMMIT fail, ROLLBACK
    // ends it all the same, so no later transaction of this connection becomes a savepoint.
    if (m_open && sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Database::Database() = default;

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("bitacora.sqlite"));
}

void Database::open(const QString &path, Mode mode, Check check)
{
    close();
    const bool inMemory = path == QLatin1String(":memory:");
    const bool readOnly = mode == Mode::ReadOnly;
    const QFileInfo info(path);
    // A file the app refuses stays exactly as it was (bytes, mode, journal): everything that
    // could refuse it is decided before SQLite opens it for writing, and the app changes the
    // mode only of the files and folders it creates.
    if (!inMemory)
        refuseUnsuitable(info, mode);
    if (!readOnly && !inMemory && !info.exists()) {
        if (!FilePrivacy::ensurePrivateFolder(info.absolutePath()))
            throw StoreError(Text::tr("No se pudo crear la carpeta %1.").arg(info.absolutePath()));
        // Created 0600 before SQLite opens it: the -wal and -shm files SQLite creates take its
        // mode.
        if (!FilePrivacy::makePrivateFile(path))
            throw StoreError(
                Text::tr("No se pudo crear la bitácora %1: la carpeta no se puede escribir.")
                    .arg(path));
    }
    // SQLite takes file names in UTF-8 on every system (the local 8-bit encoding is not UTF-8
    // on Windows).
    QByteArray file = path.toUtf8();
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const bool markedReadOnly = !info.permissions().testFlag(QFileDevice::WriteOwner);
    if (readOnly && !inMemory && (markedReadOnly || !QFileInfo(info.absolutePath()).isWritable())) {
        // In a folder nobody can write (a CD, a locked USB stick, a shared folder), SQLite
        // cannot make the WAL index it reads through. Nobody can be writing there either, so
        // the file is read as it stands, unless it still has work in a -wal file beside it. A
        // file marked read-only is read the same way: nothing is left beside it.
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            throw StoreError(
                Text::tr("La bitácora %1 tiene cambios recientes en su archivo -wal y su "
                         "carpeta no se puede escribir. Cópiela a una carpeta propia y "
                         "ábrala desde ahí.")
                    .arg(path),
                SQLITE_CANTOPEN);
        QString absolute = info.absoluteFilePath();
        if (!absolute.startsWith(QLatin1Char('/')))
            absolute.prepend(QLatin1Char('/')); // C:/… becomes file:/C:/…
        file = "file:" + QUrl::toPercentEncoding(absolute, "/:") + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(file.constData(), &m_handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                        : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_handle);
        m_handle = nullptr;
        throw StoreError(Text::tr("No se pudo abrir la bitácora %1 (%2).").arg(path, detail), rc);
    }
    m_path = path;
    m_readOnly = readOnly;
    try {
        sqlite3_busy_handler(m_handle, &waitWhileBusy, &m_busyPatienceMs);
        sqlite3_extended_result_codes(m_handle, 1);
        // Read before anything is written (the journal mode is written into the header).
        refuseNewerVersion();
        if (!inMemory && check == Check::Whole && !isSound())
            throw StoreError(Text::tr("La bitácora %1 está dañada.").arg(path), SQLITE_CORRUPT);
        configure(mode);
        migrate(mode);
    } catch (...) {
        close();
        throw;
    }
}

sqlite3_stmt *Database::takeStatement(const QByteArray &sql)
{
    const auto idle = m_idleStatements.find(sql);
    if (idle != m_idleStatements.end() && !idle->isEmpty())
        return idle->takeLast();
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(Text::tr("No se pudo preparar una consulta"), rc);
    return statement;
}

void Database::returnStatement(const QByteArray &sql, sqlite3_stmt *statement)
{
    constexpr int KeptPerQuery = 2; // a query inside a loop over the same query needs two
    if (!statement)
        return;
    QVector<sqlite3_stmt *> *idle = nullptr;
    if (m_handle && sqlite3_db_handle(statement) == m_handle) {
        // Reset ends any read it held open; nothing of the last use stays bound.
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        auto found = m_idleStatements.find(sql);
        if (found == m_idleStatements.end())
            found = m_idleStatements.insert(sql, {}); // a literal or the statement's own copy
        idle = &found.value();
    }
    if (idle && idle->size() < KeptPerQuery)
        idle->append(statement);
    else
        sqlite3_finalize(statement);
}

void Database::finalizeIdleStatements()
{
    for (const QVector<sqlite3_stmt *> &idle : std::as_const(m_idleStatements))
        for (sqlite3_stmt *statement : idle)
            sqlite3_finalize(statement);
    m_idleStatements.clear();
}

void Database::close()
{
    finalizeIdleStatements();
    if (m_handle) {
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
}

void Database::configure(Mode mode)
{
    if (mode == Mode::ReadOnly) {
        exec("PRAGMA query_only = ON");
        return;
    }
    // WAL with synchronous=FULL: a committed edit is on disk before the call returns, and a
    // crash or power loss mid-write never damages what was committed before.
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA foreign_keys = ON");
}

void Database::refuseUnsuitable(const QFileInfo &info, Mode mode)
{
    const QString path = info.filePath();
    if (!info.exists()) {
        if (mode == Mode::ReadOnly)
            throw StoreError(Text::tr("La bitácora %1 no existe.").arg(path), SQLITE_CANTOPEN);
        return;
    }
    if (!info.isFile())
        throw StoreError(Text::tr("%1 no es una bitácora: es una carpeta u otra cosa que no es "
                                  "un archivo. No se modificó.")
                             .arg(path),
                         SQLITE_CANTOPEN);
    // An SQLite file starts with these 16 bytes; an empty file is a bitácora yet to be made.
    static const QByteArray magic("SQLite format 3\0", 16);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(Text::tr("No hay permiso para leer la bitácora %1.").arg(path),
                         SQLITE_CANTOPEN);
    const QByteArray header = file.read(magic.size());
    if (!header.isEmpty() && header != magic)
        throw StoreError(Text::tr("%1 no es una bitácora de Facilitador CTE (no es una base de "
                                  "datos SQLite). No se modificó.")
                             .arg(path),
                         SQLITE_CANTOPEN);
    // Marked read-only (or not ours to write): never written, whoever runs the program.
    if (mode == Mode::ReadWrite &&
        (!info.permissions().testFlag(QFileDevice::WriteOwner) || !info.isWritable()))
        throw StoreError(Text::tr("La bitácora %1 es de solo lectura: se puede consultar y "
                                  "exportar, pero no escribir en ella.")
                             .arg(path),
                         SQLITE_READONLY);
}

void Database::refuseNewerVersion()
{
    // Another program's SQLite file (version 0, but tables of its own): never made a bitácora.
    if (userVersion() == 0) {
        Statement tables(*this, "SELECT count(*) FROM sqlite_schema");
        if (tables.step() && tables.integer(0) > 0)
            throw StoreError(Text::tr("%1 es una base de datos de otro programa, no una bitácora "
                                      "de Facilitador CTE. No se modificó.")
                                 .arg(m_path),
                             SQLITE_CANTOPEN);
    }
    if (userVersion() > int(migrations().size()))
        throw StoreError(
            Text::tr("La bitácora %1 fue creada por una versión más nueva de Facilitador "
                     "CTE. Actualice el programa para abrirla.")
                .arg(m_path));
}

void Database::migrate(Mode mode)
{
    const auto &steps = migrations();
    const int from = userVersion();
    if (mode == Mode::ReadOnly && from < int(steps.size()))
        throw StoreError(
            Text::tr("La bitácora %1 es de una versión anterior de Facilitador CTE: ábrala "
                     "una vez con la aplicación para ponerla al día.")
                .arg(m_path));
    if (from == int(steps.size()))
        return;
    Transaction transaction(*this);
    for (int version = from; version < int(steps.size()); ++version)
        exec(steps[std::size_t(version)]);
    exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.size()).toUtf8().constData());
    transaction.commit();
}

bool Database::isSound()
{
    try {
        // The check reads every page once. Through the normal cache it would keep them all,
        // each in freshly allocated memory: on opening, that allocation cost more than the
        // check itself (10 ms against 3 ms for a 1.4 MB bitácora). A small cache reuses a few
        // buffers; the normal size comes back for the work that follows.
        const qint64 cacheSize = [this] {
            Statement size(*this, "PRAGMA cache_size");
            return size.step() ? size.integer(0) : qint64(-2000);
        }();
        exec("PRAGMA cache_size = -128");
        bool sound = false;
        try {
            Statement check(*this, "PRAGMA quick_check");
            sound = check.step() && check.text(0) == QLatin1String("ok");
        } catch (const StoreError &) {
            // Damage the check itself trips over: not sound; the cache size comes back anyway.
        }
        exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(cacheSize)).constData());
        return sound;
    } catch (const StoreError &) {
        return false;
    }
}

void Database::snapshotTo(const QString &path)
{
    // query_only refuses VACUUM INTO, which writes only the new file: on a connection opened
    // read-only (a background job's) it is lifted for this one statement; the bitácora itself
    // stays unwritable, opened so by SQLite.
    if (m_readOnly)
        exec("PRAGMA query_only = OFF");
    try {
        Statement vacuum(*this, "VACUUM INTO ?");
        vacuum.bind(1, path).run();
    } catch (...) {
        if (m_readOnly)
            exec("PRAGMA query_only = ON");
        throw;
    }
    if (m_readOnly)
        exec("PRAGMA query_only = ON");
}

void Database::copyTo(const QString &path)
{
    // Never over the open bitácora itself (its connection would go on writing to a file that is
    // no longer there), nor over a file marked read-only.
    const QFileInfo existing(path);
    if (existing.exists() && existing.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        throw StoreError(Text::tr("La copia no puede ir sobre la bitácora abierta: elija otro "
                                  "nombre."),
                         SQLITE_CANTOPEN);
    if (existing.exists() && !existing.permissions().testFlag(QFileDevice::WriteOwner))
        throw StoreError(Text::tr("No hay permiso para escribir en %1.").arg(path),
                         SQLITE_READONLY);
    const QString partial = OutputFile::partialName(path);
    if (!FilePrivacy::makePrivateFile(partial))
        throw StoreError(Text::tr("No se pudo escribir la copia en %1.").arg(path),
                         SQLITE_CANTOPEN);
    if (StatementLog::isOn() && StatementLog::onWindowThread())
        StatementLog::record("BACKUP (sqlite3_backup)", 0);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(partial.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_handle, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            rc = rc == SQLITE_DONE ? sqlite3_backup_finish(backup)
                                   : (sqlite3_backup_finish(backup), rc);
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    // "disk I/O error" says nothing to a director: the system's own reason, in plain words.
    QString detail = OutputFile::reasonFor(target ? sqlite3_system_errno(target) : 0);
    if (detail.isEmpty() && (rc & 0xff) == SQLITE_FULL)
        detail = OutputFile::reasonFor(ENOSPC);
    if (detail.isEmpty())
        detail = QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc));
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        throw StoreError(Text::tr("No se pudo escribir la copia en %1: %2.").arg(path, detail), rc);
    }
    // Renamed over the old copy in one step: there is never a moment without one.
#ifdef Q_OS_WIN
    QFile::remove(path); // Windows renames only onto a name that is free
#endif
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
        0) {
        const QString reason = OutputFile::reasonFor(errno);
        QFile::remove(partial);
        throw StoreError(
            Text::tr("No se pudo escribir la copia en %1: %2.")
                .arg(path, reason.isEmpty() ? Text::tr("no se pudo reemplazar") : reason),
            SQLITE_CANTOPEN);
    }
}

bool Database::checkpoint()
{
    return sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                     nullptr) == SQLITE_OK;
}

int Database::userVersion()
{
    Statement query(*this, "PRAGMA user_version");
    return query.step() ? int(query.integer(0)) : 0;
}

void Database::exec(const char *sql)
{
    // Timed like a statement's steps: BEGIN, COMMIT and the pragmas run here.
    const bool logged = StatementLog::isOn() && StatementLog::onWindowThread();
    QElapsedTimer took;
    if (logged)
        took.start();
    char *error = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &error);
    sqlite3_free(error);
    if (logged)
        StatementLog::record(sql, took.nsecsElapsed());
    if (rc != SQLITE_OK)
        fail(Text::tr("No se pudo escribir en la bitácora"), rc);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

void Database::fail(const QString &what, int code) const
{
    // What the operating system said, when SQLite got an error from it: "disk I/O error" is
    // a full disk, a missing permission or a USB stick pulled out, and the user needs to know
    // which. (Only for the errors that come from the system: the number stays from the last of
    // them.)
    const int primary = code & 0xff;
    const bool fromSystem = primary == SQLITE_IOERR || primary == SQLITE_FULL ||
                            primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY ||
                            primary == SQLITE_PERM;
    QString reason =
        fromSystem && m_handle ? OutputFile::reasonFor(sqlite3_system_errno(m_handle)) : QString();
    if (reason.isEmpty()) {
        switch (code & 0xff) {
        case SQLITE_FULL:
            reason = OutputFile::reasonFor(ENOSPC);
            break;
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            reason = Text::tr("el archivo no se puede escribir");
            break;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            reason = Text::tr("otra ventana o programa está usando la bitácora");
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            reason = Text::tr("el archivo está dañado o no es una bitácora");
            break;
        case SQLITE_IOERR:
            reason = Text::tr("el disco no permitió leer o escribir el archivo");
            break;
        default:
            reason = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                              : QString::fromUtf8(sqlite3_errstr(code));
        }
    }
    throw StoreError(what + QStringLiteral(": ") + reason + QLatin1Char('.'), code);
}

} // namespace fcte
