// Facilitador CTE benchmarks. `fcte_bench` prints a table of figures for the large bitácora; it
// starts itself as a child process for what must be measured from outside (start-up, the PDF's
// peak memory). Benchmarks report; they never fail a build.
#include "FlowOdf.h"
#include "LargeBitacora.h"
#include "PhonesLoad.h"

#include "app/Application.h"
#include "app/MainWindow.h"
#include "app/sheets/EntryModel.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/SheetPanel.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/BitacoraDocument.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/guide/GuideLoader.h"
#include "core/io/BitacoraLock.h"
#include "core/model/Clock.h"
#include "core/session/CommitSyncer.h"
#include "core/session/Notebook.h"
#include "core/session/SessionGuide.h"
#include "core/session/SessionRunner.h"
#include "core/store/Database.h"
#include "core/store/StatementLog.h"
#include "core/store/Stores.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace fcte;

namespace {

QTextStream out(stdout);

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

struct Series {
    QVector<double> values;
    double median() const
    {
        QVector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
    }
    double worst() const
    {
        return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
    }
    double percentile(double p) const
    {
        QVector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return 0;
        const int index = qBound(0, int(std::ceil(p * sorted.size())) - 1, int(sorted.size()) - 1);
        return sorted.at(index);
    }
};

const Guide &guide()
{
    static const GuideLoadResult loaded = GuideLoader::fromFile(GuideLoader::defaultGuidePath());
    return *loaded.guide;
}

// --- children -------------------------------------------------------------------------------

int childStartup(const QString &db, bool bare)
{
    QElapsedTimer clock;
    clock.start();
    int argc = 1;
    char name[] = "fcte_bench";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    std::unique_ptr<QWidget> window;
    BitacoraLock lock(db);
    Notebook notebook;
    GuideLoadResult sessionGuide;
    static const SystemClock systemClock;
    if (bare) {
        window = std::make_unique<QWidget>();
    } else {
        // As Application::runInteractive does it: the guide for new sessions, the lock, the
        // bitácora, the last session marked opened, its own guide, the window.
        Application::configure();
        const GuideLoadResult newSessions = GuideLoader::fromFile(GuideLoader::defaultGuidePath());
        if (!newSessions.ok() || !lock.tryLock())
            return 1;
        notebook.open(db, Notebook::Access::WriteOrRead);
        const qint64 session = notebook.lastOpenedSession();
        notebook.markOpened(session);
        sessionGuide = notebook.sessionGuide(session);
        if (!sessionGuide.ok())
            return 1;
        window = std::make_unique<MainWindow>(*sessionGuide.guide, notebook, session, systemClock);
    }
    window->show();
    QTimer::singleShot(0, &app, [&] {
        // Idle: the first event-loop pass after showing has drawn the window.
        out << clock.elapsed() << ' ' << statusKiB("VmRSS:") << '\n';
        out.flush();
        app.quit();
    });
    app.exec();
    window.reset();
    return 0;
}

// --- the parent -----------------------------------------------------------------------------

QStringList runChild(const QStringList &arguments, qint64 *wallMs)
{
    QProcess child;
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(120000);
    if (wallMs)
        *wallMs = clock.elapsed();
    return QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
}

// A program run to its end, timed from outside, with its own peak resident memory.
struct Measured {
    double wallMs = 0;
    double peakMiB = 0;
    bool peakIsOwn = false; // see runProgram
    bool ok = false;
};

// fork, exec and wait4, so the peak memory is this one child's (getrusage's children figure is
// the largest of all children so far). Linux counts in it the forked copy of this process's
// own (anonymous) memory before the exec, too: the figure is the child's own only when it is
// above that, which the bench therefore keeps small (its large work runs in children).
Measured runProgram(const QString &program, const QStringList &arguments,
                    const QStringList &unsetEnvironment = {})
{
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    Measured measured;
    const qint64 parentKiB = statusKiB("RssAnon:");
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid == 0) {
        for (const QString &name : unsetEnvironment)
            unsetenv(name.toLocal8Bit().constData());
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        measured.wallMs = double(clock.nsecsElapsed()) / 1e6;
        measured.peakMiB = double(usage.ru_maxrss) / 1024; // KiB on Linux
        measured.peakIsOwn = usage.ru_maxrss > parentKiB;
        measured.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return measured;
}

// The program itself, beside the bench: exports and imports are timed as the user's command
// line runs them, a fresh process each.
QString commandLine()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/facilitador-cte");
}

Measured commandLinePdf(const QString &db, const QString &pdf)
{
    return runProgram(commandLine(),
                      {QStringLiteral("--db"), db, QStringLiteral("--export-pdf"), pdf});
}

// One reported figure: the table's row and the JSON's object.
struct Figure {
    QString name;
    QString unit; // "ms", "MiB", "×"
    Series values;
    QString targetText; // empty: no target
    std::function<bool(double median)> meets;
};

QString number(double value, const QString &unit)
{
    const int decimals = unit == QLatin1String("ms") && value < 10 ? 2
                         : unit == QLatin1String("ms")             ? 0
                                                                   : 1;
    return QString::number(value, 'f', decimals) + QLatin1Char(' ') + unit;
}

struct Options {
    QVector<int> scales{1};
    QString json;
    int runs = 5;
};

// The disk's own cost of making a write durable, measured where the bitácora lives: a page
// rewritten in place and synced (a small file, so no sync waits for the file to grow).
class DiskProbe {
public:
    explicit DiskProbe(const QString &folder)
        : m_file(folder + QStringLiteral("/fsync.bin"))
        , m_page(4096, 'x')
    {
        m_file.open(QIODevice::ReadWrite);
    }
    double syncOnce()
    {
        m_file.seek((m_count++ % 16) * 4096);
        m_file.write(m_page);
        m_file.flush();
        QElapsedTimer one;
        one.start();
        ::fdatasync(m_file.handle());
        return one.nsecsElapsed() / 1e6;
    }

private:
    QFile m_file;
    const QByteArray m_page;
    int m_count = 0;
};

// Figures from different machines are read against this.
Series measureFsync(const QString &folder)
{
    DiskProbe probe(folder);
    Series sync;
    for (int i = 0; i < 1000; ++i) // as many as the Enter pass below, so both p99s are alike
        sync.values << probe.syncOnce();
    return sync;
}

int runAll(const Options &options)
{
    QTemporaryDir dir; // on the disk the user's data lives on, here as on most machines
    QVector<Figure> figures;
    const auto add = [&figures](Figure figure) {
        figures << std::move(figure);
    };

    const Series fsync = measureFsync(dir.path());
    const double fsyncP99 = fsync.percentile(0.99);
    out << "Disco (donde está la bitácora): fsync p50 "
        << number(fsync.median(), QStringLiteral("ms")) << ", p99 "
        << number(fsyncP99, QStringLiteral("ms")) << "\n";
    add({QStringLiteral("fsync del disco, p50"), QStringLiteral("ms"), {{fsync.median()}}, {}, {}});
    add({QStringLiteral("fsync del disco, p99"), QStringLiteral("ms"), {{fsyncP99}}, {}, {}});

    QMap<int, QString> dbs;
    for (int scale : options.scales) {
        const QString db = dir.filePath(QStringLiteral("grande-%1x.sqlite").arg(scale));
        {
            Database database;
            database.open(db);
            LargeBitacora::generate(database, scale);
        }
        dbs[scale] = db;
        out << "Bitácora " << scale << "× generada (" << QFileInfo(db).size() / 1024 << " KiB)\n";
        out.flush();
    }
    const QString db = dbs.value(1, dbs.first());

    // Start-up: the real app (lock, last-opened session, window shown, idle) against a bare Qt
    // window, paired runs, whole process.
    {
        Series bare;
        Series app;
        Series rss;
        // A pair takes a fifth of a second, and this shared machine stalls now and then for tens
        // of milliseconds, a third of a bare window's start: five pairs are not enough for a
        // median that holds from one run to the next.
        const int pairs = qMax(options.runs, 21);
        for (int i = 0; i < pairs; ++i) {
            qint64 elapsed = 0;
            runChild({QStringLiteral("child-bare"), db}, &elapsed);
            bare.values << elapsed;
            const QStringList reply = runChild({QStringLiteral("child-startup"), db}, &elapsed);
            app.values << elapsed;
            rss.values << reply.value(1).toDouble() / 1024;
        }
        add({QStringLiteral("Ventana Qt vacía: proceso completo"),
             QStringLiteral("ms"),
             bare,
             QStringLiteral("referencia"),
             {}});
        add({QStringLiteral("Arranque de la app hasta inactiva: proceso completo"),
             QStringLiteral("ms"), app, QStringLiteral("≤ 2× la ventana vacía"),
             [b = bare.median()](double m) {
                 return m <= 2 * b;
             }});
        Series ratio;
        for (int i = 0; i < app.values.size(); ++i)
            ratio.values << app.values.at(i) / qMax(1.0, bare.values.at(i));
        add({QStringLiteral("Arranque: veces la ventana vacía"), QStringLiteral("×"), ratio,
             QStringLiteral("≤ 2×"), [](double m) {
                 return m <= 2;
             }});
        add({QStringLiteral("Memoria residente con la bitácora abierta"), QStringLiteral("MiB"),
             rss, QStringLiteral("≤ 80 MB"), [](double m) {
                 return m * 1048576 <= 80e6;
             }});
    }

    // The recorder's Enter: the row on screen, and the entry on disk (the window's writer
    // thread syncs it).
    {
        // On a copy: the entries typed here must not enlarge the bitácora that the PDF, the
        // import and LibreOffice are measured on below.
        const QString typed = dir.filePath(QStringLiteral("tecleo.sqlite"));
        QFile::copy(db, typed);
        Database database;
        database.open(typed);
        Stores stores(database);
        stores.sessions.setCurrentActivity(1, 4);
        static const SystemClock systemClock;
        Notebook notebook(database);
        MainWindow window(guide(), notebook, 1, systemClock);
        window.show();
        QCoreApplication::processEvents();
        auto *editor =
            qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
        // Two passes, so neither figure includes the other's wait: the row on screen (the
        // syncs run meanwhile, as when typing), then the entry on disk (the window paints
        // after the clock stops). A thousand entries each, so a p99 is the tenth-worst entry,
        // not the third.
        constexpr int PerPass = 1000;
        Series visible;
        Series durable;
        // The disk's own sync once after each entry of the durable pass: this disk's speed
        // moves from minute to minute (its p99 went from 0.2 to 2.6 ms between two runs), so
        // the target is read against the disk as it was while the entries were synced.
        DiskProbe disk(dir.path());
        Series diskDuringPass;
        // Every statement the window's thread runs meanwhile is timed: none may hold the keys.
        StatementLog::clear();
        StatementLog::setOn(true);
        for (int i = 0; i < 2 * PerPass; ++i) {
            Entry entry;
            entry.text = QStringLiteral("Norma medida %1").arg(i);
            QElapsedTimer one;
            one.start();
            editor->model()->addEntry(entry);
            if (i < PerPass) {
                QCoreApplication::processEvents();
                visible.values << one.nsecsElapsed() / 1e6;
            } else {
                window.commitSyncer().waitUntilDurable();
                durable.values << one.nsecsElapsed() / 1e6;
                diskDuringPass.values << disk.syncOnce();
                QCoreApplication::processEvents();
            }
        }
        // Moving through the whole agenda and back reads every sheet of every activity.
        for (int activity = 1; activity <= 22; ++activity)
            window.runner().goTo(activity);
        window.runner().goTo(4);
        QCoreApplication::processEvents();
        StatementLog::setOn(false);
        const QVector<StatementLog::Step> slowest = StatementLog::slowest(1);
        add({QStringLiteral("Sentencia más lenta del hilo de la ventana (tecleo y agenda)"),
             QStringLiteral("ms"),
             {{slowest.isEmpty() ? 0.0 : slowest.first().nanoseconds / 1e6}},
             QStringLiteral("≤ 5 ms"),
             [](double m) {
                 return m <= 5;
             }});
        // Each checkpoint syncs the main file while the log's syncs go on: read beside the p99.
        const int checkpoints = window.commitSyncer().checkpointsDone();
        Series visibleP99{{visible.percentile(0.99)}};
        Series durableP99{{durable.percentile(0.99)}};
        add({QStringLiteral("Intro → fila visible, p50"),
             QStringLiteral("ms"),
             {{visible.median()}},
             {},
             {}});
        add({QStringLiteral("Intro → fila visible, p99"), QStringLiteral("ms"), visibleP99,
             QStringLiteral("≤ 16 ms"), [](double m) {
                 return m <= 16;
             }});
        add({QStringLiteral("Puntos de control durante los dos pasos"),
             QStringLiteral("×"),
             {{double(checkpoints)}},
             {},
             {}});
        add({QStringLiteral("Intro → en el disco, p50"),
             QStringLiteral("ms"),
             {{durable.median()}},
             {},
             {}});
        const double diskP99 = diskDuringPass.percentile(0.99);
        add({QStringLiteral("fsync del disco durante el paso, p99"),
             QStringLiteral("ms"),
             {{diskP99}},
             {},
             {}});
        add({QStringLiteral("Intro → en el disco, p99"), QStringLiteral("ms"), durableP99,
             QStringLiteral("≤ fsync p99 del paso + 2 ms (%1)")
                 .arg(number(diskP99 + 2, QStringLiteral("ms"))),
             [diskP99](double m) {
                 return m <= diskP99 + 2;
             }});
    }

    // PDF (whole process, as the command line) and JSON import, at every scale. The scales take
    // turns within each run, so that each 2x/4x ratio compares runs made side by side: this
    // shared machine has slow spells of minutes, which would otherwise fall on one scale only.
    QMap<int, QString> archives;
    QMap<int, qint64> archiveKiB;
    for (int scale : options.scales) {
        // By the command line: exporting the 4x archive in here would leave this process larger
        // than the PDF children it measures (see runProgram).
        archives[scale] = dir.filePath(QStringLiteral("archivo-%1.json").arg(scale));
        if (!runProgram(commandLine(), {QStringLiteral("--db"), dbs[scale],
                                        QStringLiteral("--export-json"), archives[scale]})
                 .ok)
            out << "¡El archivo JSON no se hizo! (" << dbs[scale] << ")\n";
        archiveKiB[scale] = QFileInfo(archives[scale]).size() / 1024;
    }
    QMap<int, Series> pdfTime;
    QMap<int, Series> pdfPeak;
    QMap<int, Series> importTime;
    for (int i = 0; i < options.runs; ++i) {
        for (int scale : options.scales) {
            const Measured pdf = commandLinePdf(dbs[scale], dir.filePath(QStringLiteral("b.pdf")));
            if (!pdf.ok)
                out << "¡El PDF no se hizo! (" << dbs[scale] << ")\n";
            pdfTime[scale].values << pdf.wallMs;
            pdfPeak[scale].values << pdf.peakMiB;
            if (!pdf.peakIsOwn)
                out << "¡La memoria del PDF no es la suya! El banco ocupa "
                    << statusKiB("RssAnon:") / 1024 << " MiB propios\n";
            // The import as the user's command line does it, whole process, into an empty file.
            const QString target =
                dir.filePath(QStringLiteral("importada-%1-%2.sqlite").arg(scale).arg(i));
            QFile(target).open(QIODevice::WriteOnly); // the command line imports into a file
            const Measured import =
                runProgram(commandLine(), {QStringLiteral("--db"), target,
                                           QStringLiteral("--import-json"), archives[scale]});
            if (!import.ok)
                out << "¡La importación falló! (" << archives[scale] << ")\n";
            importTime[scale].values << import.wallMs;
        }
    }
    for (int scale : options.scales) {
        const QString at = QStringLiteral(" (%1×)").arg(scale);
        add({QStringLiteral("PDF, proceso completo") + at, QStringLiteral("ms"), pdfTime[scale],
             scale == 1 ? QStringLiteral("≤ 500 ms") : QString(),
             scale == 1 ? std::function<bool(double)>([](double m) { return m <= 500; })
                        : nullptr});
        add({QStringLiteral("PDF, memoria máxima") + at, QStringLiteral("MiB"), pdfPeak[scale],
             scale == 4 ? QStringLiteral("≤ 60 MiB") : QString(),
             scale == 4 ? std::function<bool(double)>([](double m) { return m <= 60; }) : nullptr});
        add({QStringLiteral("Importar JSON, proceso completo (%1 KiB)").arg(archiveKiB[scale]) + at,
             QStringLiteral("ms"),
             importTime[scale],
             {},
             {}});
    }
    const auto perRun = [](const Series &scaled, const Series &single) {
        Series ratio;
        for (int i = 0; i < scaled.values.size() && i < single.values.size(); ++i)
            ratio.values << scaled.values.at(i) / qMax(1.0, single.values.at(i));
        return ratio;
    };
    if (pdfTime.contains(1)) {
        for (int scale : options.scales) {
            if (scale == 1)
                continue;
            const QString at = QStringLiteral(" a %1× / a 1× (por ronda)").arg(scale);
            const double limit = scale == 4 ? 4.2 : scale * 1.05;
            add({QStringLiteral("PDF") + at, QStringLiteral("×"),
                 perRun(pdfTime[scale], pdfTime[1]), QStringLiteral("≤ %1×").arg(limit),
                 [limit](double m) {
                     return m <= limit;
                 }});
            add({QStringLiteral("Importar JSON") + at, QStringLiteral("×"),
                 perRun(importTime[scale], importTime[1]), QStringLiteral("≤ %1×").arg(limit),
                 [limit](double m) {
                     return m <= limit;
                 }});
        }
    }

    // LibreOffice, whole process against whole process, paired runs, the same content on the
    // same paper.
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (!office.isEmpty()) {
        const QString odt = dir.filePath(QStringLiteral("bitacora.odt"));
        {
            Database database;
            database.open(db, Database::Mode::ReadOnly);
            writeFlowAsOdf(BitacoraDocument::build(database, guide(), 1, {}), odt);
        }
        const QString profile =
            QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
        Series lo;
        Series ours;
        Series ratio;
        for (int i = 0; i <= options.runs; ++i) {
            const double theirs =
                runProgram(office,
                           {QStringLiteral("--headless"),
                            QStringLiteral("-env:UserInstallation=") + profile,
                            QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                            QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), odt},
                           {QStringLiteral("QT_QPA_PLATFORM")})
                    .wallMs;
            const double mine = commandLinePdf(db, dir.filePath(QStringLiteral("c.pdf"))).wallMs;
            if (i == 0)
                continue; // LibreOffice's first run creates its profile: not what a user waits for
            lo.values << theirs;
            ours.values << double(mine);
            ratio.values << theirs / qMax(1.0, double(mine));
        }
        add({QStringLiteral("LibreOffice ODF → PDF, proceso completo"),
             QStringLiteral("ms"),
             lo,
             QStringLiteral("referencia"),
             {}});
        add({QStringLiteral("Nuestro PDF en los mismos pares"),
             QStringLiteral("ms"),
             ours,
             {},
             {}});
        add({QStringLiteral("Veces más rápido que LibreOffice (por par)"), QStringLiteral("×"),
             ratio, QStringLiteral("≥ 8×"), [](double m) {
                 return m >= 8;
             }});
    }

    out << "\n| Medida | Mediana | Mín.–máx. | Meta | ¿Cumple? |\n|---|---|---|---|---|\n";
    nlohmann::json all = nlohmann::json::array();
    for (const Figure &f : figures) {
        const double median = f.values.median();
        const double low = f.values.values.isEmpty()
                               ? 0
                               : *std::min_element(f.values.values.begin(), f.values.values.end());
        const double high = f.values.worst();
        const bool hasTarget = bool(f.meets);
        const bool met = hasTarget && f.meets(median);
        out << "| " << f.name << " | " << number(median, f.unit) << " | " << number(low, f.unit)
            << "–" << number(high, f.unit) << " | " << f.targetText << " | "
            << (hasTarget ? (met ? QStringLiteral("sí") : QStringLiteral("**no**")) : QString())
            << " |\n";
        nlohmann::json row = {{"name", f.name.toStdString()},
                              {"unit", f.unit.toStdString()},
                              {"median", median},
                              {"min", low},
                              {"max", high},
                              {"runs", f.values.values.size()}};
        row["target"] =
            f.targetText.isEmpty() ? nlohmann::json() : nlohmann::json(f.targetText.toStdString());
        row["met"] = hasTarget ? nlohmann::json(met) : nlohmann::json();
        all.push_back(row);
    }
    out.flush();
    if (!options.json.isEmpty()) {
        QFile file(options.json);
        if (!file.open(QIODevice::WriteOnly)) {
            out << "No se pudo escribir " << options.json << '\n';
            return 1;
        }
        file.write(QByteArray::fromStdString(all.dump(2)) + '\n');
    }
    return 0;
}

// count school archives in folder: the demo's session, each copy a session of its own (its
// identifier) with schools of their own (their CCTs), as a sector's would arrive.
void writeZoneArchives(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QTemporaryDir scratch;
    QString archive;
    {
        Database db;
        db.open(scratch.filePath(QStringLiteral("demo.sqlite")));
        archive = QString::fromUtf8(BitacoraArchive::exportSession(db, DemoSession::create(db)));
    }
    const QString uid =
        QRegularExpression(QStringLiteral("\"uid\": \"([^\"]+)\"")).match(archive).captured(1);
    const QStringList ccts{QStringLiteral("09DPR1234X"), QStringLiteral("09DPR5678M"),
                           QStringLiteral("09DPR9012Q")};
    for (int i = 0; i < count; ++i) {
        QString copy = archive;
        copy.replace(uid, uid + QStringLiteral("-%1").arg(i));
        for (int k = 0; k < ccts.size(); ++k)
            copy.replace(ccts.at(k), QStringLiteral("%1EPR%2%3")
                                         .arg(1 + i % 32, 2, 10, QLatin1Char('0'))
                                         .arg((i * 3 + k) % 10000, 4, 10, QLatin1Char('0'))
                                         .arg(QChar(u'A' + k)));
        QFile file(QStringLiteral("%1/%2.json").arg(folder).arg(i, 4, 10, QLatin1Char('0')));
        if (file.open(QIODevice::WriteOnly))
            file.write(copy.toUtf8());
    }
}

// One round at one size: the archives gathered into a new bitácora, then published into an
// empty store (its schema made again).
std::pair<Measured, Measured> zoneRound(const QString &folder, const QString &db,
                                        const QString &url)
{
    QFile::remove(db);
    const Measured gathered =
        runProgram(commandLine(), {QStringLiteral("--db"), db, QStringLiteral("--gather"), folder});
    QProcess drop;
    drop.setStandardOutputFile(QProcess::nullDevice());
    drop.setStandardErrorFile(QProcess::nullDevice());
    drop.start(QStringLiteral("psql"),
               {url, QStringLiteral("-q"), QStringLiteral("-c"),
                QStringLiteral("DROP TABLE IF EXISTS fcte_zone_schema, zone_session, zone_school, "
                               "zone_commitment, zone_review, zone_shared, zone_shared_school "
                               "CASCADE")});
    drop.waitForFinished(60000);
    const Measured published =
        runProgram(commandLine(), {QStringLiteral("--db"), db, QStringLiteral("--publish"), url});
    return {gathered, published};
}

// fcte_bench zone: 2,000 generated school archives gathered into a local bitácora and published
// to a PostgreSQL (the URL in FCTE_ZONE_URL, or libpq's own PG* variables: scripts/bench zone
// gives it a temporary cluster), at 500, 1,000 and 2,000; then the zone report of 2,000.
int runZoneBench()
{
    const QString url = qEnvironmentVariableIsSet("FCTE_ZONE_URL")
                            ? qEnvironmentVariable("FCTE_ZONE_URL")
                            : QStringLiteral("postgresql://");
    QTemporaryDir work;
    const QList<int> sizes{500, 1000, 2000};
    out << "Generando " << sizes.last() << " bitácoras de escuela…" << Qt::endl;
    writeZoneArchives(work.filePath(QStringLiteral("todas")), sizes.last());
    const QStringList all = QDir(work.filePath(QStringLiteral("todas")))
                                .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("archivos"), 9)
               .arg(QStringLiteral("reunir ms"), 11)
               .arg(QStringLiteral("pico MiB"), 9)
               .arg(QStringLiteral("publicar ms"), 12)
               .arg(QStringLiteral("pico MiB"), 9);
    QMap<int, std::pair<Measured, Measured>> results;
    for (int size : sizes) {
        const QString folder = work.filePath(QStringLiteral("zona-%1").arg(size));
        QDir().mkpath(folder);
        for (int i = 0; i < size; ++i)
            QFile::link(work.filePath(QStringLiteral("todas/") + all.at(i)),
                        folder + u'/' + all.at(i));
        const QString db = work.filePath(QStringLiteral("zona-%1.sqlite").arg(size));
        // The disk's own pace varies from round to round: the median of three, the highest peak.
        std::vector<std::pair<Measured, Measured>> rounds;
        for (int round = 0; round < 3; ++round)
            rounds.push_back(zoneRound(folder, db, url));
        const auto median = [&rounds](bool publish) {
            std::vector<double> walls;
            Measured result;
            for (const auto &[gathered, published] : rounds) {
                const Measured &one = publish ? published : gathered;
                walls.push_back(one.wallMs);
                result.peakMiB = std::max(result.peakMiB, one.peakMiB);
                result.ok = result.ok || one.ok;
            }
            std::sort(walls.begin(), walls.end());
            result.wallMs = walls.at(walls.size() / 2);
            return result;
        };
        const Measured gathered = median(false);
        const Measured published = median(true);
        results.insert(size, {gathered, published});
        out << QStringLiteral("%1 %2 %3 %4 %5%6\n")
                   .arg(size, 9)
                   .arg(gathered.wallMs, 11, 'f', 0)
                   .arg(gathered.peakMiB, 9, 'f', 1)
                   .arg(published.wallMs, 12, 'f', 0)
                   .arg(published.peakMiB, 9, 'f', 1)
                   .arg(gathered.ok && published.ok ? QString() : QStringLiteral("  (falló)"));
        out.flush();
    }
    const auto ratio = [&](bool publish) {
        const auto first = results.first();
        const auto last = results.last();
        return (publish ? last.second.wallMs : last.first.wallMs) /
               std::max(1.0, publish ? first.second.wallMs : first.first.wallMs);
    };
    out << QStringLiteral("De 500 a 2000 (lineal: ≤ 4.2×): reunir %1×, publicar %2×\n")
               .arg(ratio(false), 0, 'f', 2)
               .arg(ratio(true), 0, 'f', 2);
    const QString db = work.filePath(QStringLiteral("zona-%1.sqlite").arg(sizes.last()));
    for (const QString &report : {QStringLiteral("reporte.pdf"), QStringLiteral("reporte.csv")}) {
        const Measured made =
            runProgram(commandLine(), {QStringLiteral("--db"), db, QStringLiteral("--zone-report"),
                                       work.filePath(report)});
        out << QStringLiteral("Reporte de la zona (%1 escuelas) %2: %3 ms, pico %4 MiB%5\n")
                   .arg(sizes.last() * 3)
                   .arg(report)
                   .arg(made.wallMs, 0, 'f', 0)
                   .arg(made.peakMiB, 0, 'f', 1)
                   .arg(made.ok ? QString() : QStringLiteral("  (falló)"));
    }
    const Measured remote = runProgram(
        commandLine(), {QStringLiteral("--zone-from"), url, QStringLiteral("--zone-report"),
                        work.filePath(QStringLiteral("reporte-servidor.csv"))});
    out << QStringLiteral("Reporte desde PostgreSQL: %1 ms, pico %2 MiB%3\n")
               .arg(remote.wallMs, 0, 'f', 0)
               .arg(remote.peakMiB, 0, 'f', 1)
               .arg(remote.ok ? QString() : QStringLiteral("  (falló)"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("child-startup") || mode == QLatin1String("child-bare"))
        return childStartup(QString::fromLocal8Bit(argv[2]), mode == QLatin1String("child-bare"));
    if (mode == QLatin1String("phone-clients")) {
        QStringList arguments;
        for (int i = 2; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        return runPhoneClients(arguments, out);
    }
    QApplication app(argc, argv);
    Application::configure();
    QStandardPaths::setTestModeEnabled(true);
    if (mode == QLatin1String("phones"))
        return runPhonesLoad(out, argc > 2 && QByteArray(argv[2]) == "attack");
    if (mode == QLatin1String("queue"))
        return runQueueDecisions(out);
    if (mode == QLatin1String("zone"))
        return runZoneBench();
    if (mode == QLatin1String("odf")) { // fcte_bench odf BITÁCORA SALIDA.odt: what LibreOffice gets
        Database database;
        database.open(QString::fromLocal8Bit(argv[2]), Database::Mode::ReadOnly);
        return writeFlowAsOdf(BitacoraDocument::build(database, guide(), 1, {}),
                              QString::fromLocal8Bit(argv[3]))
                   ? 0
                   : 1;
    }
    if (mode == QLatin1String("generate")) {
        Database database;
        database.open(QString::fromLocal8Bit(argv[2]));
        LargeBitacora::generate(database, argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 1);
        return 0;
    }
    Options options;
    const QStringList arguments = app.arguments().mid(1);
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString value = arguments.value(i + 1);
        if (argument == QLatin1String("--scale")) {
            options.scales.clear();
            for (const QString &scale : value.split(QLatin1Char(',')))
                if (scale.toInt() > 0)
                    options.scales << scale.toInt();
            ++i;
        } else if (argument == QLatin1String("--json")) {
            options.json = value;
            ++i;
        } else if (argument == QLatin1String("--runs")) {
            options.runs = qMax(1, value.toInt());
            ++i;
        }
    }
    if (options.scales.isEmpty() || !options.scales.contains(1))
        options.scales.prepend(1);
    return runAll(options);
}
