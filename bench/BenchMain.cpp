// Facilitador CTE benchmarks. `fcte_bench` prints a table of figures for the large bitácora; it
// starts itself as a child process for what must be measured from outside (start-up, the PDF's
// peak memory). Benchmarks report; they never fail a build.
#include "LargeBitacora.h"
#include "PhonesLoad.h"

#include "Application.h"
#include "MainWindow.h"
#include "export/BitacoraArchive.h"
#include "export/BitacoraDocument.h"
#include "export/Exporters.h"
#include "guide/GuideLoader.h"
#include "session/Clock.h"
#include "sheets/EntryModel.h"
#include "sheets/ListSheetEditor.h"
#include "sheets/SheetPanel.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>

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
    Database database;
    std::unique_ptr<Stores> stores;
    static const SystemClock systemClock;
    if (bare) {
        window = std::make_unique<QWidget>();
    } else {
        Application::configure();
        database.open(db);
        stores = std::make_unique<Stores>(database);
        const qint64 session = stores->sessions.lastOpenedSession();
        window = std::make_unique<MainWindow>(guide(), *stores, session, systemClock);
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

int childPdf(const QString &db, const QString &pdf)
{
    int argc = 1;
    char name[] = "fcte_bench";
    char *argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    Database database;
    database.open(db);
    guide();
    // The first export in a fresh process also starts the font system; the app has it running
    // already when the director exports, so the second export is the one a user waits for.
    QElapsedTimer clock;
    clock.start();
    const QString error = Exporters::writePdf(database, guide(), 1, pdf);
    const qint64 cold = clock.elapsed();
    clock.restart();
    Exporters::writePdf(database, guide(), 1, pdf);
    out << clock.elapsed() << ' ' << statusKiB("VmHWM:") << ' ' << cold << ' ' << error << '\n';
    return error.isEmpty() ? 0 : 1;
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

struct Row {
    QString what;
    QString median;
    QString worst;
    QString target;
    QString verdict;
};

QString ms(double value)
{
    return value < 10 ? QString::number(value, 'f', 2) + QStringLiteral(" ms")
                      : QString::number(value, 'f', 0) + QStringLiteral(" ms");
}

QString mib(double kib)
{
    return QString::number(kib / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

QString verdict(double value, double target)
{
    if (value <= target)
        return QStringLiteral("cumple");
    return QStringLiteral("excede por %1 %").arg(int(std::lround((value / target - 1) * 100)));
}

int runAll()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("grande.sqlite"));
    QVector<Row> rows;
    QElapsedTimer clock;
    clock.start();
    {
        Database database;
        database.open(db);
        LargeBitacora::generate(database);
    }
    out << "Bitácora grande generada en " << clock.elapsed() << " ms ("
        << QFileInfo(db).size() / 1024 << " KiB)\n";
    out.flush();

    // Start-up, measured from outside: from launching the process to an idle, shown window.
    for (const bool bare : {true, false}) {
        Series wall;
        Series inside;
        Series rss;
        for (int i = 0; i < 7; ++i) {
            qint64 elapsed = 0;
            const QStringList reply = runChild(
                {bare ? QStringLiteral("child-bare") : QStringLiteral("child-startup"), db},
                &elapsed);
            wall.values << elapsed;
            inside.values << reply.value(0).toDouble();
            rss.values << reply.value(1).toDouble();
        }
        if (bare) {
            rows << Row{QStringLiteral("Ventana Qt vacía: arranque (proceso completo)"),
                        ms(wall.median()),
                        ms(wall.worst()),
                        QStringLiteral("referencia"),
                        {}};
            rows << Row{QStringLiteral("Ventana Qt vacía: memoria residente"),
                        mib(rss.median()),
                        mib(rss.worst()),
                        QStringLiteral("referencia"),
                        {}};
        } else {
            rows << Row{QStringLiteral("Arranque hasta ventana visible e inactiva"),
                        ms(inside.median()), ms(inside.worst()), QStringLiteral("≤ 150 ms"),
                        verdict(inside.median(), 150)};
            rows << Row{QStringLiteral("  (proceso completo, con salida)"),
                        ms(wall.median()),
                        ms(wall.worst()),
                        {},
                        {}};
            rows << Row{QStringLiteral("Memoria residente con la bitácora abierta"),
                        mib(rss.median()), mib(rss.worst()), QStringLiteral("≤ 80 MB"),
                        verdict(rss.median() * 1024, 80e6)};
        }
    }

    // Adding one entry durably, with the views updated.
    {
        Database database;
        database.open(db);
        Stores stores(database);
        stores.sessions.setCurrentActivity(1, 4);
        static const SystemClock systemClock;
        MainWindow window(guide(), stores, 1, systemClock);
        window.show();
        QCoreApplication::processEvents();
        auto *editor =
            qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
        Series add;
        for (int i = 0; i < 300; ++i) {
            Entry entry;
            entry.text = QStringLiteral("Norma medida %1").arg(i);
            QElapsedTimer one;
            one.nsecsElapsed();
            one.start();
            editor->model()->addEntry(entry);
            QCoreApplication::processEvents();
            add.values << one.nsecsElapsed() / 1e6;
        }
        rows << Row{QStringLiteral("Agregar una entrada (durable, vistas al día) p50"),
                    ms(add.median()),
                    ms(add.worst()),
                    QStringLiteral("—"),
                    {}};
        rows << Row{QStringLiteral("Agregar una entrada p99"), ms(add.percentile(0.99)),
                    ms(add.worst()), QStringLiteral("≤ 3 ms"), verdict(add.percentile(0.99), 3)};
    }

    // PDF export of the large bitácora, in a child so its peak memory is its own.
    {
        Series time;
        Series cold;
        Series peak;
        for (int i = 0; i < 3; ++i) {
            const QStringList reply = runChild(
                {QStringLiteral("child-pdf"), db, dir.filePath(QStringLiteral("b.pdf"))}, nullptr);
            time.values << reply.value(0).toDouble();
            peak.values << reply.value(1).toDouble();
            cold.values << reply.value(2).toDouble();
        }
        rows << Row{QStringLiteral("Exportar el PDF (en la app abierta)"), ms(time.median()),
                    ms(time.worst()), QStringLiteral("≤ 800 ms"), verdict(time.median(), 800)};
        rows << Row{QStringLiteral("  (primera exportación de un proceso nuevo, línea de órdenes)"),
                    ms(cold.median()),
                    ms(cold.worst()),
                    {},
                    {}};
        rows << Row{QStringLiteral("Exportar el PDF: memoria máxima del proceso"),
                    mib(peak.median()), mib(peak.worst()), QStringLiteral("≤ 60 MB"),
                    verdict(peak.median() * 1024, 60e6)};

        // The alternative: the same content as an ODF text document, converted by LibreOffice.
        const QString html = dir.filePath(QStringLiteral("bitacora.odt"));
        {
            Database database;
            database.open(db);
            const auto document = BitacoraDocument::build(database, guide(), 1, {});
            QTextDocumentWriter writer(html, "odf");
            writer.write(document.get());
        }
        const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
        if (office.isEmpty()) {
            rows << Row{
                QStringLiteral("LibreOffice → PDF"), QStringLiteral("no instalado"), {}, {}, {}};
        } else {
            Series lo;
            // Its own profile, and not our offscreen Qt setting: LibreOffice as a user runs it.
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
            const QString profile =
                QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
            for (int i = 0; i < 3; ++i) {
                QProcess convert;
                convert.setProcessEnvironment(environment);
                convert.setProcessChannelMode(QProcess::MergedChannels);
                QElapsedTimer one;
                one.start();
                convert.start(office, {QStringLiteral("--headless"),
                                       QStringLiteral("-env:UserInstallation=") + profile,
                                       QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                       QStringLiteral("--outdir"),
                                       dir.filePath(QStringLiteral("lo")), html});
                if (!convert.waitForFinished(180000)) {
                    convert.kill();
                    convert.waitForFinished();
                    out << "LibreOffice no terminó en 180 s\n";
                }
                // The first run only creates the profile; it is not what a user waits for.
                if (i > 0)
                    lo.values << one.elapsed();
            }
            rows << Row{QStringLiteral("LibreOffice → PDF (la alternativa)"),
                        ms(lo.median()),
                        ms(lo.worst()),
                        QStringLiteral("referencia"),
                        {}};
            const double ratio = lo.median() / qMax(1.0, time.median());
            rows << Row{QStringLiteral("Cuántas veces más rápido que LibreOffice"),
                        QString::number(ratio, 'f', 1) + QStringLiteral("×"),
                        {},
                        QStringLiteral("≥ 9×"),
                        ratio >= 9 ? QStringLiteral("cumple") : QStringLiteral("no cumple")};
        }
    }

    // JSON export and import.
    {
        Database database;
        database.open(db);
        Series exportTime;
        Series importTime;
        QByteArray json;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer one;
            one.start();
            json = BitacoraArchive::exportSession(database, 1);
            exportTime.values << one.elapsed();
            Database target;
            target.open(dir.filePath(QStringLiteral("importada-%1.sqlite").arg(i)));
            one.restart();
            BitacoraArchive::importSession(target, json);
            importTime.values << one.elapsed();
        }
        rows << Row{QStringLiteral("Exportar JSON (%1 KiB)").arg(json.size() / 1024),
                    ms(exportTime.median()),
                    ms(exportTime.worst()),
                    QStringLiteral("—"),
                    {}};
        rows << Row{QStringLiteral("Importar JSON"),
                    ms(importTime.median()),
                    ms(importTime.worst()),
                    QStringLiteral("—"),
                    {}};
    }

    out << "\n| Medida | Mediana | Peor | Meta | Resultado |\n|---|---|---|---|---|\n";
    for (const Row &row : rows)
        out << "| " << row.what << " | " << row.median << " | " << row.worst << " | " << row.target
            << " | " << row.verdict << " |\n";
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
    if (mode == QLatin1String("child-pdf")) {
        return childPdf(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QApplication app(argc, argv);
    Application::configure();
    QStandardPaths::setTestModeEnabled(true);
    if (mode == QLatin1String("phones"))
        return runPhonesLoad(out);
    if (mode == QLatin1String("generate")) {
        Database database;
        database.open(QString::fromLocal8Bit(argv[2]));
        LargeBitacora::generate(database);
        return 0;
    }
    return runAll();
}
