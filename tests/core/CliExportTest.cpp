#include "TestSupport.h"
#include "core/export/DemoSession.h"
#include "core/io/BitacoraLock.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/SubmissionStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {
using Run = fcte::test::ProgramRun;
Run run(const QStringList &arguments)
{
    return fcte::test::runProgram(arguments);
}

// A bitácora holding the demo session, at that path (its folders made as the app makes them).
void createDemoBitacora(const QString &path)
{
    fcte::Database db;
    db.open(path);
    fcte::DemoSession::create(db);
}
} // namespace

TEST_CASE("Exports and imports run from the command line with no display")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
    const QString json = dir.filePath(QStringLiteral("b.json"));
    const QString csv = dir.filePath(QStringLiteral("b.csv"));
    const Run exported =
        run({QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--export-pdf"),
             pdf, QStringLiteral("--export-json"), json, QStringLiteral("--export-csv"), csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(fcte::test::readFile(pdf).startsWith("%PDF"));
    CHECK(fcte::test::readFile(json).contains("\"format\": \"facilitador-cte-bitacora\""));
    CHECK(fcte::test::readFile(csv).contains("Participante"));

    const QString other = dir.filePath(QStringLiteral("otra.sqlite"));
    const QString again = dir.filePath(QStringLiteral("otra.json"));
    fcte::Database().open(other); // an empty bitácora, as the app makes on its first start
    const Run imported = run({QStringLiteral("--db"), other, QStringLiteral("--import-json"), json,
                              QStringLiteral("--export-json"), again});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Importada como sesión")));
    CHECK(fcte::test::readFile(again) == fcte::test::readFile(json));
}

TEST_CASE("Command-line failures exit non-zero with a Spanish message")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    const QString broken = dir.filePath(QStringLiteral("rota.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"facilitador-cte-bitacora\", \"version\": 1, \"session\": ");
    }
    fcte::Database().open(db);
    const Run badImport =
        run({QStringLiteral("--db"), db, QStringLiteral("--import-json"), broken});
    CHECK(badImport.exitCode != 0);
    CHECK(badImport.err.contains(QStringLiteral("JSON mal formado")));

    const Run nothing = run({QStringLiteral("--db"), db, QStringLiteral("--export-pdf"),
                             dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(nothing.exitCode != 0);
    CHECK(nothing.err.contains(QStringLiteral("no hay nada que exportar")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));

    const Run badPage = run({QStringLiteral("--db"), db, QStringLiteral("--demo"),
                             QStringLiteral("--export-pdf"), dir.filePath(QStringLiteral("y.pdf")),
                             QStringLiteral("--page-size"), QStringLiteral("oficio")});
    CHECK(badPage.exitCode == 2);
    CHECK(badPage.err.contains(QStringLiteral("Tamaño de página desconocido")));

    const Run unwritable =
        run({QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--export-json"),
             QStringLiteral("/nonexistent-folder/b.json")});
    CHECK(unwritable.exitCode != 0);
    CHECK(unwritable.err.contains(QStringLiteral("No se pudo guardar")));
}

TEST_CASE("A --db path that does not exist is refused, never created empty")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("mal-escrita.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    const Run exported =
        run({QStringLiteral("--db"), missing, QStringLiteral("--export-pdf"), pdf});
    CHECK(exported.exitCode != 0);
    CHECK(exported.err.contains(QStringLiteral("no existe")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    // An import may start a bitácora, but an archive that cannot be read leaves none behind.
    const Run imported = run({QStringLiteral("--db"), missing, QStringLiteral("--import-json"),
                              dir.filePath(QStringLiteral("a.json"))});
    CHECK(imported.exitCode != 0);
    CHECK(imported.err.contains(QStringLiteral("No se pudo abrir")));
    CHECK_FALSE(QFileInfo::exists(missing));
}

// A supervisor receiving a school's archive starts a bitácora with it.
TEST_CASE("An import into a bitácora that does not exist yet creates it and says so, and a refused "
          "archive leaves no file")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("escuela.sqlite"));
    const QString json = dir.filePath(QStringLiteral("escuela.json"));
    REQUIRE(run({QStringLiteral("--db"), source, QStringLiteral("--demo"),
                 QStringLiteral("--export-json"), json})
                .exitCode == 0);

    const QString fresh = dir.filePath(QStringLiteral("zona/supervision.sqlite"));
    QDir().mkpath(QFileInfo(fresh).path());
    const QString again = dir.filePath(QStringLiteral("otra.json"));
    const Run imported = run({QStringLiteral("--db"), fresh, QStringLiteral("--import-json"), json,
                              QStringLiteral("--export-json"), again});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Se creó la bitácora ") + fresh));
    CHECK(imported.out.contains(QStringLiteral("Importada como sesión 1.")));
    CHECK(fcte::test::readFile(again) == fcte::test::readFile(json));

    const QString broken = dir.filePath(QStringLiteral("rota.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"facilitador-cte-bitacora\", \"version\": 1, \"session\": ");
    }
    const QString never = dir.filePath(QStringLiteral("nunca.sqlite"));
    const Run refused =
        run({QStringLiteral("--db"), never, QStringLiteral("--import-json"), broken});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("JSON mal formado")));
    CHECK(QDir(dir.path())
              .entryList({QStringLiteral("nunca*")}, QDir::AllEntries | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("A bitácora in a folder named with accents and ñ opens, keeps its data and exports")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Bitácoras de la maestra Núñez"));
    const QString path = folder + QStringLiteral("/cuaderno ñandú.sqlite");
    createDemoBitacora(path);
    CHECK(QFileInfo(path).isFile()); // the very name, not a mangled one beside it
    CHECK(QDir(folder).entryList(QDir::Files).contains(QStringLiteral("cuaderno ñandú.sqlite")));
    const QString json = folder + QStringLiteral("/exportación.json");
    const Run exported = run({QStringLiteral("--db"), path, QStringLiteral("--export-json"), json});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(fcte::test::readFile(json).contains("Añorve"));
}

TEST_CASE("Exporting reads only: a bitácora in a read-only folder exports")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("solo-lectura"));
    const QString path = folder + QStringLiteral("/bitacora.sqlite");
    createDemoBitacora(path);
    const QString out = dir.filePath(QStringLiteral("salida"));
    REQUIRE(QDir().mkdir(out));
    QStringList command;
    if (::geteuid() == 0) {
        // Root writes anywhere: run the export as an ordinary user (nobody), who owns the files
        // but cannot write in the folder, so the read-only case is real here too.
        const QString program = dir.filePath(QStringLiteral("facilitador-cte"));
        REQUIRE(QFile::copy(QStringLiteral(FCTE_BINARY), program));
        const QByteArray nobody = "65534:65534";
        for (const QString &own : {dir.path(), folder, path, out, program})
            REQUIRE(QProcess::execute(QStringLiteral("chown"),
                                      {QString::fromLatin1(nobody), own}) == 0);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                           QFile::ExeOther);
        command << QStringLiteral("setpriv") << QStringLiteral("--reuid=65534")
                << QStringLiteral("--regid=65534") << QStringLiteral("--clear-groups") << program;
    }
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString pdf = out + QStringLiteral("/bitacora.pdf");
    const QString json = out + QStringLiteral("/bitacora.json");
    const QStringList arguments = {QStringLiteral("--db"),          path,
                                   QStringLiteral("--export-pdf"),  pdf,
                                   QStringLiteral("--export-json"), json};
    Run exported;
    if (command.isEmpty()) {
        exported = run(arguments);
    } else {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), out);
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(command.takeFirst(), command + arguments);
        REQUIRE(process.waitForFinished(60000));
        exported = {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                    QString::fromUtf8(process.readAllStandardError())};
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(fcte::test::readFile(pdf).startsWith("%PDF"));
    CHECK(fcte::test::readFile(json).contains("Añorve"));
    // Nothing was written beside the bitácora.
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("bitacora.sqlite")});
}

TEST_CASE(
    "The command line exports one school's bitácora (by CCT), or every school's into a folder")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    createDemoBitacora(db);
    const QString pdf = dir.filePath(QStringLiteral("sor.pdf"));
    const QString csv = dir.filePath(QStringLiteral("sor.csv"));
    const Run one =
        run({QStringLiteral("--db"), db, QStringLiteral("--school"), QStringLiteral("09dpr5678m"),
             QStringLiteral("--export-pdf"), pdf, QStringLiteral("--export-csv"), csv});
    INFO(one.err.toStdString());
    REQUIRE(one.exitCode == 0);
    CHECK(fcte::test::pdfToText(pdf).contains(QStringLiteral("(09DPR5678M)")));
    const QString rows = QString::fromUtf8(fcte::test::readFile(csv));
    CHECK(rows.contains(QStringLiteral("Sor Juana")));
    CHECK_FALSE(rows.contains(QStringLiteral("Benito Juárez")));

    const Run unknown = run({QStringLiteral("--db"), db, QStringLiteral("--school"),
                             QStringLiteral("09DPR0000Z"), QStringLiteral("--export-pdf"), pdf});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("09DPR0000Z no participa")));

    const QString folder = dir.filePath(QStringLiteral("escuelas"));
    const Run every =
        run({QStringLiteral("--db"), db, QStringLiteral("--export-school-pdfs"), folder});
    INFO(every.err.toStdString());
    REQUIRE(every.exitCode == 0);
    CHECK(QDir(folder).entryList({QStringLiteral("09DPR*.pdf")}, QDir::Files).size() == 3);
}

TEST_CASE("The command line creates a follow-up session and exports it with its own agenda")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    createDemoBitacora(db);
    const QString pdf = dir.filePath(QStringLiteral("marzo.pdf"));
    const Run created = run({QStringLiteral("--db"), db, QStringLiteral("--follow-up-of"),
                             QStringLiteral("1"), QStringLiteral("--export-pdf"), pdf});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("Sesión de seguimiento creada: 2.")));
    const QString text = fcte::test::pdfToText(pdf);
    CHECK(text.contains(QStringLiteral("Seguimiento de compromisos")));
    CHECK(text.contains(QStringLiteral("Cada escuela revisa sus compromisos")));

    const Run missing =
        run({QStringLiteral("--db"), db, QStringLiteral("--follow-up-of"), QStringLiteral("9")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no tiene la sesión 9")));
}

TEST_CASE("A guide file is validated before use, with the loader's message naming the field")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("rota.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"id": "g", "title": "Guía rota", "sections": [{"number": 1, "title": "A",
        "activities": [{"number": 1, "title": "B", "minutes": 0, "timer": "activity",
        "steps": ["Uno"]}]}]})");
    file.close();
    const Run refused =
        run({QStringLiteral("--guide"), broken, QStringLiteral("--list-activities")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("minutes")));

    const QString good = dir.filePath(QStringLiteral("seguimiento.json"));
    QFile copy(good);
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(fcte::test::readFile(QStringLiteral(":/guides/seguimiento-de-compromisos.json")));
    copy.close();
    const Run listed = run({QStringLiteral("--guide"), good, QStringLiteral("--list-activities")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("2. Cada escuela revisa sus compromisos")));
}

TEST_CASE("The command line writes nothing into a bitácora a window has open, and exports from it")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    const QString json = dir.filePath(QStringLiteral("b.json"));
    createDemoBitacora(db);
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("--export-json"), json}).exitCode == 0);

    fcte::BitacoraLock window(db); // as the window holds it while it is open
    REQUIRE(window.tryLock());
    const QByteArray before = fcte::test::readFile(db);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    for (const QStringList &writing :
         {QStringList{QStringLiteral("--import-json"), json},
          QStringList{QStringLiteral("--demo"), QStringLiteral("--export-csv"),
                      dir.filePath(QStringLiteral("demo.csv"))},
          QStringList{QStringLiteral("--follow-up-of"), QStringLiteral("1")}}) {
        const Run refused = run(QStringList{QStringLiteral("--db"), db} + writing);
        INFO(writing.join(QLatin1Char(' ')).toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("abierta en una ventana")));
        CHECK(refused.err.contains(QStringLiteral("proceso %1").arg(pid)));
    }
    CHECK(fcte::test::readFile(db) == before);

    const QString csv = dir.filePath(QStringLiteral("b.csv"));
    const Run exported = run({QStringLiteral("--db"), db, QStringLiteral("--export-csv"), csv});
    CHECK(exported.exitCode == 0);
    CHECK(fcte::test::readFile(csv).contains("Participante"));
}

namespace {

// The program run as a child of its own, its peak memory (VmHWM) read when it is reaped.
struct MeasuredRun {
    int exitCode = -1;
    qint64 peakBytes = 0;
};

MeasuredRun runMeasured(const QStringList &arguments)
{
    QList<QByteArray> storage{QByteArray(FCTE_BINARY)};
    for (const QString &argument : arguments)
        storage << QFile::encodeName(argument);
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::unsetenv("DISPLAY");
        ::unsetenv("QT_QPA_PLATFORM");
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
            qint64(usage.ru_maxrss) * 1024};
}

bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true; // its shadow memory and quarantine are not the program's
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace

TEST_CASE("An import takes at most four times the file plus 64 MiB, or is refused before it does")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    fcte::Database().open(db);
    constexpr qint64 MiB = 1024 * 1024;

    // Hostile: 40 MB of zeros, which nlohmann's tree would hold in 16 times the space.
    const QString hostile = dir.filePath(QStringLiteral("ceros.json"));
    {
        QByteArray bytes = R"({"format": "facilitador-cte-bitacora", "version": 2, "entries": [)";
        bytes.reserve(40 * MiB + 16);
        while (bytes.size() < 40 * MiB)
            bytes.append("0,");
        bytes.append("0]}");
        fcte::test::writeFile(hostile, bytes);
    }
    const MeasuredRun refused =
        runMeasured({QStringLiteral("--db"), db, QStringLiteral("--import-json"), hostile});
    CHECK(refused.exitCode == 1);
    INFO("peak: " << refused.peakBytes / MiB << " MiB");
    if (!underAddressSanitizer())
        CHECK(refused.peakBytes < 4 * QFileInfo(hostile).size() + 64 * MiB);

    // Real: a bitácora of 30,000 entries, as many small values as a long session has.
    const QString real = dir.filePath(QStringLiteral("grande.json"));
    {
        nlohmann::json archive = nlohmann::json::parse(
            fcte::test::readFile(fcte::DemoSession::archivePath()).toStdString());
        const nlohmann::json model = archive["entries"];
        nlohmann::json entries = nlohmann::json::array();
        for (int i = 0; entries.size() < 30000; ++i) {
            nlohmann::json entry = model[std::size_t(i) % model.size()];
            entry["text"] = entry["text"].get<std::string>() + " (" + std::to_string(i) + ")";
            entries.push_back(entry);
        }
        archive["entries"] = entries;
        fcte::test::writeFile(real, QByteArray::fromStdString(archive.dump(2)));
    }
    const MeasuredRun imported =
        runMeasured({QStringLiteral("--db"), db, QStringLiteral("--import-json"), real});
    CHECK(imported.exitCode == 0);
    INFO("peak: " << imported.peakBytes / MiB << " MiB for " << QFileInfo(real).size() / MiB
                  << " MiB");
    if (!underAddressSanitizer())
        CHECK(imported.peakBytes < 4 * QFileInfo(real).size() + 64 * MiB);
}

TEST_CASE("The option --phones opens the window with the phones' server on, prints its address, "
          "and 1,100 "
          "connections under a limit of 1,024 descriptors never crash it")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    createDemoBitacora(db);
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    // A descriptor limit as low as many systems give: the program's server keeps under it.
    app.start(QStringLiteral("prlimit"),
              {QStringLiteral("--nofile=1024:1024"), QStringLiteral(FCTE_BINARY),
               QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--phones"),
               QStringLiteral("127.0.0.1:0")});
    REQUIRE(app.waitForStarted());
    QByteArray printed;
    while (!printed.contains('\n')) {
        REQUIRE(app.waitForReadyRead(30000));
        printed += app.readAllStandardOutput();
    }
    const QString url = QString::fromUtf8(printed).trimmed();
    INFO(url.toStdString());
    const QRegularExpressionMatch parts =
        QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:(\\d+)(/p/[0-9a-f]{32}/)$"))
            .match(url);
    REQUIRE(parts.hasMatch());
    const int port = parts.captured(1).toInt();
    const std::string page = parts.captured(2).toStdString();
    const auto get = [&] {
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(10, 0);
        const auto answer = client.Get(page + "api/state");
        return answer ? answer->status : 0;
    };
    CHECK(get() == 200);

    // From one laptop on the room's network: it meets the per-address cap at once.
    const std::vector<int> flood = fcte::test::openIdleConnections(port, 1100, "127.0.0.2");
    // Still alive, and a phone still gets in once the idle ones are timed out or refused.
    CHECK(app.state() == QProcess::Running);
    CHECK(QTest::qWaitFor([&] { return get() == 200; }, 20000));
    for (int fd : flood)
        close(fd);
    CHECK(app.state() == QProcess::Running);
    app.terminate();
    CHECK(app.waitForFinished(10000));
}

TEST_CASE("A character no installed face draws is named on stderr, and the PDF is still written")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    {
        fcte::Database database;
        database.open(db);
        const qint64 session = fcte::DemoSession::create(database);
        fcte::Entry entry;
        entry.sheet = QStringLiteral("norms");
        entry.activity = 4;
        const char32_t privateUse = 0x10FFFD; // no font has it
        entry.text = QStringLiteral("Norma con ") + QString::fromUcs4(&privateUse, 1);
        fcte::SheetStore(database).addEntry(session, entry);
    }
    const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
    const Run exported = run({QStringLiteral("--db"), db, QStringLiteral("--export-pdf"), pdf});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.err.contains(QStringLiteral("U+10FFFD")));
    CHECK(fcte::test::readFile(pdf).startsWith("%PDF"));
}

TEST_CASE("Gathering brings a zone's school archives into one bitácora, each session once, and "
          "says what was added, what was already there and what was refused (--gather)")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("zona"));
    REQUIRE(QDir().mkpath(folder));
    // Two schools' archives (two sessions: the second the first with an identifier of its
    // own), one sent twice, and a broken one.
    const Run exported = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("a.sqlite")),
                              QStringLiteral("--demo"), QStringLiteral("--export-json"),
                              folder + QStringLiteral("/escuela-a.json")});
    REQUIRE(exported.exitCode == 0);
    {
        QString archive =
            QString::fromUtf8(fcte::test::readFile(folder + QStringLiteral("/escuela-a.json")));
        const QRegularExpression uid(QStringLiteral("\"uid\": \"([^\"]+)\""));
        const QString own = uid.match(archive).captured(1);
        REQUIRE_FALSE(own.isEmpty());
        archive.replace(own, own + QStringLiteral("-b"));
        QFile other(folder + QStringLiteral("/escuela-b.json"));
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write(archive.toUtf8());
    }
    REQUIRE(QFile::copy(folder + QStringLiteral("/escuela-a.json"),
                        folder + QStringLiteral("/escuela-a-otra-vez.json")));
    {
        QFile broken(folder + QStringLiteral("/rota.json"));
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"facilitador-cte-bitacora\", \"version\": ");
    }
    const QString zone = dir.filePath(QStringLiteral("zona.sqlite"));
    const Run gathered = run({QStringLiteral("--db"), zone, QStringLiteral("--gather"), folder});
    INFO(gathered.out.toStdString() << gathered.err.toStdString());
    CHECK(gathered.exitCode == 1); // one was refused
    CHECK(gathered.out.contains(QStringLiteral(
        "Reunidas 4 bitácoras: 2 añadidas, 0 reemplazadas, 1 ya estaban, 1 rechazadas.")));
    CHECK(gathered.out.contains(QStringLiteral("Ya estaba: ") + folder +
                                QStringLiteral("/escuela-a.json")));
    CHECK(gathered.err.contains(QStringLiteral("Rechazada: ") + folder +
                                QStringLiteral("/rota.json")));
    CHECK(gathered.out.contains(QStringLiteral("Se creó la bitácora")));

    // Gathered again: nothing new, and the bitácora holds each session once.
    const Run again = run({QStringLiteral("--db"), zone, QStringLiteral("--gather"),
                           folder + QStringLiteral("/escuela-a.json"),
                           folder + QStringLiteral("/escuela-b.json")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral(
        "Reunidas 2 bitácoras: 0 añadidas, 0 reemplazadas, 2 ya estaban, 0 rechazadas.")));

    // Only refused archives into a new bitácora: none is left behind.
    const QString empty = dir.filePath(QStringLiteral("vacia.sqlite"));
    const Run refused = run({QStringLiteral("--db"), empty, QStringLiteral("--gather"),
                             folder + QStringLiteral("/rota.json")});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(empty));
}

TEST_CASE("A later export of a gathered session replaces the earlier one and says so, an earlier "
          "one gathered after it changes nothing, and private notes never reach the zone")
{
    QTemporaryDir dir;
    const QString school = dir.filePath(QStringLiteral("escuela.sqlite"));
    const QString earlier = dir.filePath(QStringLiteral("diciembre.json"));
    const QString later = dir.filePath(QStringLiteral("marzo.json"));
    qint64 sessionId = 0;
    {
        fcte::Database database;
        database.open(school);
        sessionId = fcte::DemoSession::create(database);
        fcte::Entry note;
        note.sheet = QStringLiteral("individualNotes");
        note.activity = 6;
        note.text = QStringLiteral("Nota íntima de una maestra");
        fcte::SheetStore(database).addEntry(sessionId, note);
    }
    REQUIRE(
        run({QStringLiteral("--db"), school, QStringLiteral("--export-json"), earlier}).exitCode ==
        0);
    {
        fcte::Database database;
        database.open(school);
        fcte::Entry norm;
        norm.sheet = QStringLiteral("norms");
        norm.activity = 4;
        norm.text = QStringLiteral("Norma acordada después de exportar");
        // A minute after the latest change the demo records (its day is in the future).
        const QString latest = fcte::SessionStore(database).latestChange(sessionId);
        REQUIRE_FALSE(latest.isEmpty());
        norm.createdAt = norm.editedAt =
            QDateTime::fromString(latest, Qt::ISODateWithMs).addSecs(60);
        fcte::SheetStore(database).addEntry(sessionId, norm);
    }
    REQUIRE(
        run({QStringLiteral("--db"), school, QStringLiteral("--export-json"), later}).exitCode ==
        0);
    REQUIRE(fcte::test::readFile(earlier).contains("Nota íntima"));

    const QString zone = dir.filePath(QStringLiteral("zona.sqlite"));
    const auto zoneNorms = [&zone] {
        fcte::Database database;
        database.open(zone);
        fcte::SessionStore sessions(database);
        REQUIRE(sessions.sessions().size() == 1);
        fcte::SheetStore sheets(database);
        const qint64 gathered = sessions.sessions().constFirst().id;
        CHECK(sheets.entries(gathered, QStringLiteral("individualNotes")).isEmpty());
        for (const fcte::Submission &sent : fcte::SubmissionStore(database).list(gathered))
            CHECK(sent.kind != QLatin1String("individualNotes"));
        QStringList texts;
        for (const fcte::Entry &entry : sheets.entries(gathered, QStringLiteral("norms")))
            texts << entry.text;
        return texts;
    };
    const Run first = run({QStringLiteral("--db"), zone, QStringLiteral("--gather"), earlier});
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK_FALSE(zoneNorms().contains(QStringLiteral("Norma acordada después de exportar")));

    const Run replaced = run({QStringLiteral("--db"), zone, QStringLiteral("--gather"), later});
    INFO(replaced.out.toStdString() << replaced.err.toStdString());
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.out.contains(QStringLiteral("Reemplazada: ") + later));
    CHECK(replaced.out.contains(
        QStringLiteral("Reunidas 1 bitácoras: 0 añadidas, 1 reemplazadas, 0 ya estaban")));
    CHECK(zoneNorms().contains(QStringLiteral("Norma acordada después de exportar")));

    // The December copy arriving late (a second e-mail) does not undo March.
    const Run stale = run({QStringLiteral("--db"), zone, QStringLiteral("--gather"), earlier});
    CHECK(stale.exitCode == 0);
    CHECK(stale.out.contains(QStringLiteral("Ya estaba: ") + earlier));
    CHECK(zoneNorms().contains(QStringLiteral("Norma acordada después de exportar")));
    CHECK_FALSE(fcte::test::readFile(zone).contains("Nota íntima"));

    // The zone's report, from the command line, of what was gathered.
    const QString report = dir.filePath(QStringLiteral("reporte.csv"));
    const Run reported =
        run({QStringLiteral("--db"), zone, QStringLiteral("--zone-report"), report});
    INFO(reported.err.toStdString());
    CHECK(reported.exitCode == 0);
    CHECK(reported.out.contains(QStringLiteral("Reporte de la zona: ") + report +
                                QStringLiteral(" (3 escuelas, 1 sesiones).")));
    const QString csv = QString::fromUtf8(fcte::test::readFile(report));
    CHECK(csv.contains(QStringLiteral("Total de la zona (3 escuelas)")));
    CHECK_FALSE(csv.contains(QStringLiteral("Nota íntima")));
    const Run nowhere = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("no-hay.sqlite")),
                             QStringLiteral("--zone-report"), report});
    CHECK(nowhere.exitCode == 1);
    CHECK(nowhere.err.contains(QStringLiteral("no existe")));
}
