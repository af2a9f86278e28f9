#pragma once

#include "core/export/BitacoraArchive.h"
#include "core/guide/Guide.h"
#include "core/model/Clock.h"
#include "core/model/Records.h"
#include "core/store/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <vector>

namespace fcte {
class Database;
}

namespace fcte::test {

// The shipped guide, loaded once; a test failure when it does not load.
const Guide &shippedGuide();
// The number of the shipped guide's (last) activity that uses that sheet; a test failure if none.
int activityWithSheet(const QString &kind);

// A fresh folder per test; the database path inside it.
struct TempBitacora {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("bitacora.sqlite")); }
};

// An archive imported into a new, empty bitácora of its own.
struct ImportedCopy {
    TempBitacora temp;
    Database db;
    ArchiveImportResult result;
    explicit ImportedCopy(const QByteArray &archive);
};

QByteArray readFile(const QString &path);
// A morning primary school, as most tests need one: not yet saved (id 0).
School primarySchool(const QString &name, const QString &cct);
// Writes bytes to path, replacing it (a test failure when it cannot).
void writeFile(const QString &path, const QByteArray &bytes);
// A new session of the shipped guide, held on a session morning, in that bitácora; its id.
qint64 createSession(Database &db, const QString &title = QStringLiteral("Sesión"));
// Adds a norm (activity 4) with that text to the session, through the store.
void addNorm(Database &db, qint64 sessionId, const QString &text);
// A PDF's text layer exactly as pdftotext reads it (UTF-8, no folding of any kind).
QString pdfToText(const QString &pdf);
// The images a PDF holds, as `pdfimages -list` names them: one "width x height" per image.
QStringList pdfImageSizes(const QString &pdf);
// A photo as a phone takes it: a JPEG of width × height pixels with detail in it, written to path.
void writePhoto(const QString &path, int width, int height);

struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs facilitador-cte as on a machine with no display at all (no DISPLAY, no QT_QPA_PLATFORM).
ProgramRun runProgram(const QStringList &arguments);
// The same for any program (an installed copy, a packaging tool); a test failure on timeout.
ProgramRun runProgramAt(const QString &program, const QStringList &arguments,
                        int timeoutMs = 60000);

// A disk that fills up: while it lives, no file of this process may grow past the limit (a
// write past it fails with EFBIG instead of raising SIGXFSZ). Works as root, unlike permissions.
class FileSizeLimit {
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    qint64 m_previousSoft = 0;
};

// Connections a flood leaves open: count sockets from the local address `from` to 127.0.0.1:port,
// connecting without waiting and never sending a byte. The test's own soft limit of descriptors
// is raised to the hard one first (as the program does at start). The caller closes them.
std::vector<int> openIdleConnections(int port, int count, const char *from);

// A clock the test moves by hand, starting on a session morning at 08:00.
class ManualClock : public Clock {
public:
    qint64 ms = QDateTime(QDate(2027, 2, 26), QTime(8, 0)).toMSecsSinceEpoch();
    qint64 nowMs() const override { return ms; }
    void advanceMinutes(double minutes) { ms += qint64(minutes * 60000); }
};

} // namespace fcte::test

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &list)
    {
        return "[" + list.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch
