#include "app/cli/CommandLine.h"

#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/export/ZoneGather.h"
#include "core/export/ZoneReport.h"
#include "core/guide/GuideLibrary.h"
#include "core/guide/GuideLoader.h"
#include "core/io/BitacoraLock.h"
#include "core/model/Cct.h"
#include "core/model/StoreError.h"
#include "core/session/Notebook.h"
#include "core/session/ZoneFigures.h"
#include "core/zone/ZoneDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTextStream>

#include <cstring>
#include <map>
#include <optional>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const char *const HeadlessFlags[] = {"--help",
                                     "-h",
                                     "--version",
                                     "-v",
                                     "--list-activities",
                                     "--check-guide",
                                     "--zone-report",
                                     "--publish",
                                     "--export-pdf",
                                     "--export-json",
                                     "--export-csv",
                                     "--import-json",
                                     "--gather",
                                     "--export-school-pdfs",
                                     "--follow-up-of"};

// --gather and --phones, long to describe.
QCommandLineOption gatherOption()
{
    return QCommandLineOption(
        QStringLiteral("gather"),
        Text::tr("Reúne en la bitácora las bitácoras JSON de las escuelas de la zona: las de la "
                 "CARPETA o el ARCHIVO (se puede repetir); cada sesión una vez (una exportación "
                 "más reciente reemplaza a la anterior) y sin notas privadas. Dice qué se "
                 "añadió, qué se reemplazó, qué ya estaba y qué se rechazó, y por qué."),
        Text::tr("CARPETA|ARCHIVO"));
}

// A PDF written with characters no installed face draws (each in a box with its code).
void warnOfUndrawable(QTextStream &err, const QString &undrawable)
{
    if (!undrawable.isEmpty())
        err << Text::tr("Aviso: ninguna letra instalada dibuja %1; en el PDF cada uno va en un "
                        "recuadro con su código.")
                   .arg(undrawable)
            << '\n';
}

QCommandLineOption checkGuideOption()
{
    return QCommandLineOption(
        QStringLiteral("check-guide"),
        Text::tr("Revisa la guía GUIA.json y dice sus problemas, o «sin problemas», y termina."),
        Text::tr("GUIA.json"));
}

QCommandLineOption followUpOfOption()
{
    return QCommandLineOption(
        QStringLiteral("follow-up-of"),
        Text::tr("Crea una sesión de seguimiento de la sesión ID (sus escuelas, participantes, "
                 "compromisos y acuerdos) y dice su número."),
        Text::tr("ID"));
}

QCommandLineOption pageSizeOption()
{
    return QCommandLineOption(QStringLiteral("page-size"),
                              Text::tr("Tamaño de página del PDF: carta (predeterminado) o a4."),
                              Text::tr("TAMAÑO"), QStringLiteral("carta"));
}

QCommandLineOption zoneReportOption()
{
    return QCommandLineOption(
        QStringLiteral("zone-report"),
        Text::tr("Escribe el reporte de la zona (cada escuela y el total: asistencia, "
                 "compromisos por estado, escuelas sin seguimiento, problemas en común) de las "
                 "bitácoras reunidas, en PDF o, si el nombre termina en .csv, en CSV, y termina."),
        Text::tr("REPORTE.pdf|REPORTE.csv"));
}

QCommandLineOption publishOption()
{
    return QCommandLineOption(
        QStringLiteral("publish"),
        Text::tr("Publica las sesiones de la bitácora (o la de --session) en la base PostgreSQL "
                 "de la zona, cada una en una transacción: publicar dos veces no cambia nada y "
                 "una exportación más reciente reemplaza a la anterior. La contraseña va en "
                 "PGPASSWORD o en ~/.pgpass; nunca se guarda ni se muestra."),
        Text::tr("postgresql://USUARIO@SERVIDOR/BASE"));
}

QCommandLineOption zoneFromOption()
{
    return QCommandLineOption(
        QStringLiteral("zone-from"),
        Text::tr("Con --zone-report: lee la zona de esa base PostgreSQL en vez de la bitácora."),
        Text::tr("postgresql://USUARIO@SERVIDOR/BASE"));
}

QCommandLineOption phonesOption()
{
    return QCommandLineOption(
        QStringLiteral("phones"),
        Text::tr("Abre la ventana con la participación desde teléfonos ya activa en DIRECCIÓN "
                 "(una IPv4 de este equipo; PUERTO 0 toma uno libre) y escribe la dirección "
                 "para unirse, con su código."),
        Text::tr("DIRECCIÓN[:PUERTO]"));
}

// A bitácora a run creates, removed when the run ends unless kept (a refused archive leaves
// nothing behind).
struct UndoCreation {
    QString path;
    bool keep = false;
    ~UndoCreation()
    {
        if (!path.isEmpty() && !keep)
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
    }
};

// Every option the program or Qt knows, and whether a value follows it: anything else is
// refused before a window is attempted (with no display, Qt's platform plugin would abort).
struct KnownOption {
    const char *name;
    bool takesValue;
};
const KnownOption KnownOptions[] = {
    {"--help", false},
    {"-h", false},
    {"--version", false},
    {"-v", false},
    {"--demo", false},
    {"--list-activities", false},
    {"--omit-struck", false},
    {"--db", true},
    {"--export-pdf", true},
    {"--export-json", true},
    {"--export-csv", true},
    {"--import-json", true},
    {"--gather", true},
    {"--zone-report", true},
    {"--publish", true},
    {"--zone-from", true},
    {"--session", true},
    {"--page-size", true},
    {"--school", true},
    {"--export-school-pdfs", true},
    {"--follow-up-of", true},
    {"--guide", true},
    {"--phones", true},
    {"--check-guide", true},
    // Qt's own, which QApplication takes for itself.
    {"-platform", true},
    {"-platformtheme", true},
    {"-style", true},
    {"-stylesheet", true},
    {"-display", true},
    {"-geometry", true},
    {"-qwindowgeometry", true},
    {"-reverse", false},
};

// The option argument names ("--db" in "--db=x"), or nullptr when it is none the program knows.
const KnownOption *knownOption(const char *argument)
{
    for (const KnownOption &option : KnownOptions) {
        const std::size_t length = std::strlen(option.name);
        if (std::strncmp(argument, option.name, length) == 0 &&
            (argument[length] == '\0' || (option.takesValue && argument[length] == '=')))
            return &option;
    }
    return nullptr;
}

} // namespace

std::vector<QByteArray> CommandLine::shieldedFromQt(int argc, char *argv[])
{
    std::vector<QByteArray> arguments;
    for (int i = 0; i < argc; ++i) {
        // Qt reads "--session <x>" (and "-session <x>") as X11 session management and takes
        // both words away before the program sees them; joined as "--session=<x>" it leaves
        // them alone.
        const bool session =
            std::strcmp(argv[i], "--session") == 0 || std::strcmp(argv[i], "-session") == 0;
        if (session && i + 1 < argc)
            arguments.push_back(QByteArray("--session=") + argv[++i]);
        else
            arguments.push_back(QByteArray(argv[i]));
    }
    return arguments;
}

bool CommandLine::isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : HeadlessFlags) {
            const std::size_t length = std::strlen(flag);
            if (std::strncmp(argv[i], flag, length) == 0 &&
                (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    // An option nobody knows: refused from here, with a message and exit 2, window or not.
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-' || std::strcmp(argv[i], "-") == 0)
            continue; // a guide file given alone
        if (std::strcmp(argv[i], "--") == 0)
            return false; // what follows is not options
        const KnownOption *option = knownOption(argv[i]);
        if (!option)
            return true;
        if (option->takesValue && std::strchr(argv[i], '=') == nullptr)
            ++i;
    }
    return false;
}

CommandLine::CommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Facilitador CTE: conduce la sesión del Consejo Técnico Escolar y lleva su Cuaderno "
        "de Bitácora."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Muestra esta ayuda."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Text::tr("Muestra la versión."));
    const QCommandLineOption db(QStringLiteral("db"),
                                Text::tr("Usa la bitácora ARCHIVO en lugar de la predeterminada."),
                                Text::tr("ARCHIVO"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        Text::tr("Abre la sesión de demostración de tres escuelas (la crea si no existe)."));
    const QCommandLineOption list(QStringLiteral("list-activities"),
                                  Text::tr("Muestra las actividades de la guía y termina."));
    const QCommandLineOption exportPdf(QStringLiteral("export-pdf"),
                                       Text::tr("Exporta la bitácora a PDF y termina."),
                                       Text::tr("SALIDA.pdf"));
    const QCommandLineOption exportJson(QStringLiteral("export-json"),
                                        Text::tr("Exporta la bitácora completa a JSON y termina."),
                                        Text::tr("SALIDA.json"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"),
                                       Text::tr("Exporta los compromisos a CSV y termina."),
                                       Text::tr("SALIDA.csv"));
    const QCommandLineOption importJson(QStringLiteral("import-json"),
                                        Text::tr("Importa una bitácora JSON como sesión nueva."),
                                        Text::tr("ENTRADA.json"));
    const QCommandLineOption gather = gatherOption();
    const QCommandLineOption zoneReport = zoneReportOption();
    const QCommandLineOption publish = publishOption();
    const QCommandLineOption zoneFrom = zoneFromOption();
    const QCommandLineOption session(
        QStringLiteral("session"),
        Text::tr("La sesión que se exporta (por omisión, la última abierta)."), Text::tr("ID"));
    const QCommandLineOption pageSize = pageSizeOption();
    const QCommandLineOption omitStruck(QStringLiteral("omit-struck"),
                                        Text::tr("Deja fuera del PDF las entradas tachadas."));
    const QCommandLineOption school(
        QStringLiteral("school"),
        Text::tr("Exporta la bitácora propia de la escuela con esa CCT (PDF, JSON y CSV)."),
        Text::tr("CCT"));
    const QCommandLineOption schoolPdfs(
        QStringLiteral("export-school-pdfs"),
        Text::tr("Escribe en CARPETA la bitácora de cada escuela en PDF y termina."),
        Text::tr("CARPETA"));
    const QCommandLineOption followUpOf = followUpOfOption();
    const QCommandLineOption guide(
        QStringLiteral("guide"),
        Text::tr("Usa la guía del archivo GUIA.json (validada) para las sesiones nuevas."),
        Text::tr("GUIA.json"));
    const QCommandLineOption phones = phonesOption();
    const QCommandLineOption checkGuide = checkGuideOption();
    parser.addOptions({help,       version,    db,        demo,       list,       checkGuide,
                       exportPdf,  exportJson, exportCsv, importJson, gather,     zoneReport,
                       publish,    zoneFrom,   session,   pageSize,   omitStruck, school,
                       schoolPdfs, followUpOf, guide,     phones});
    // A guide file given alone: the desktop opens a double-clicked guide this way.
    parser.addPositionalArgument(
        QStringLiteral("GUIA.json"),
        Text::tr("Una guía de sesión para las sesiones nuevas (como --guide)."),
        QStringLiteral("[GUIA.json]"));
    const QStringList positional =
        parser.parse(arguments) ? parser.positionalArguments() : QStringList();
    // --gather FOLDER FILE…: what follows it is gathered too (a shell's *.json).
    const bool gathering = parser.isSet(gather);
    const bool guideGivenAlone =
        !gathering && positional.size() == 1 && !parser.isSet(guide) &&
        positional.constFirst().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!parser.errorText().isEmpty())
        m_error = parser.errorText();
    else if (!positional.isEmpty() && !guideGivenAlone && !gathering)
        m_error = Text::tr("Argumento desconocido: %1").arg(positional.constFirst());
    m_help = parser.helpText();
    m_databasePath = parser.value(db);
    m_demo = parser.isSet(demo);
    m_helpRequested = parser.isSet(help);
    m_version = parser.isSet(version);
    m_listActivities = parser.isSet(list);
    m_checkGuide = parser.value(checkGuide);
    m_exportPdf = parser.value(exportPdf);
    m_exportJson = parser.value(exportJson);
    m_exportCsv = parser.value(exportCsv);
    m_importJson = parser.value(importJson);
    m_gather = parser.values(gather);
    m_zoneReport = parser.value(zoneReport);
    m_publish = parser.value(publish);
    m_zoneFrom = parser.value(zoneFrom);
    if (m_error.isEmpty() && !m_zoneFrom.isEmpty() && m_zoneReport.isEmpty())
        m_error = Text::tr("--zone-from va con --zone-report.");
    if (gathering)
        m_gather += positional;
    m_omitStruck = parser.isSet(omitStruck);
    m_schoolCct = Cct::normalized(parser.value(school));
    m_schoolPdfsFolder = parser.value(schoolPdfs);
    m_guidePath = guideGivenAlone ? positional.constFirst() : parser.value(guide);
    if (m_error.isEmpty() && parser.isSet(followUpOf)) {
        bool ok = false;
        m_followUpOf = parser.value(followUpOf).toLongLong(&ok);
        if (!ok || m_followUpOf <= 0)
            m_error = Text::tr("--follow-up-of espera un número de sesión.");
    }
    if (m_error.isEmpty() && parser.isSet(phones))
        readPhones(parser.value(phones));
    if (m_error.isEmpty() && parser.isSet(school) && !Cct::isValid(m_schoolCct))
        m_error = Text::tr("--school espera una CCT de 10 caracteres, como 09DPR1234X.");
    m_pageSize = parser.value(pageSize).toLower();
    if (m_error.isEmpty() && m_pageSize != QLatin1String("carta") &&
        m_pageSize != QLatin1String("letter") && m_pageSize != QLatin1String("a4"))
        m_error = Text::tr("Tamaño de página desconocido: %1 (use carta o a4).").arg(m_pageSize);
    if (m_error.isEmpty() && parser.isSet(session)) {
        bool ok = false;
        m_sessionId = parser.value(session).toLongLong(&ok);
        if (!ok || m_sessionId <= 0)
            m_error = Text::tr("--session espera un número de sesión.");
    }
}

// --phones ADDRESS[:PORT]: an IPv4 address of this machine and, if wanted, a port.
void CommandLine::readPhones(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char(':'));
    bool portOk = parts.size() == 1;
    if (parts.size() == 2) {
        m_phonesPort = parts.at(1).toInt(&portOk);
        portOk = portOk && m_phonesPort >= 0 && m_phonesPort <= 65535;
    }
    m_phonesAddress = parts.constFirst();
    if (parts.size() > 2 || !portOk ||
        QHostAddress(m_phonesAddress).protocol() != QAbstractSocket::IPv4Protocol)
        m_error = Text::tr("--phones espera una dirección IPv4 y, si se quiere, un puerto: "
                           "192.168.1.20 o 192.168.1.20:8383.");
}

QString CommandLine::guideFile() const
{
    return m_guidePath.isEmpty() ? GuideLoader::defaultGuidePath() : m_guidePath;
}

QString CommandLine::databasePath() const
{
    return m_databasePath.isEmpty() ? Notebook::defaultPath() : m_databasePath;
}

int CommandLine::runHeadless() const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!isValid()) {
        err << m_error << '\n' << Text::tr("Use --help para ver las opciones.") << '\n';
        return 2;
    }
    if (m_helpRequested) {
        out << m_help;
        return 0;
    }
    if (m_version) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    }
    if (!m_checkGuide.isEmpty()) {
        const GuideLoadResult checked = GuideLoader::fromFile(m_checkGuide);
        if (!checked.ok()) {
            out << (checked.errors.size() == 1
                        ? Text::tr("%1: 1 problema").arg(m_checkGuide)
                        : Text::tr("%1: %2 problemas").arg(m_checkGuide).arg(checked.errors.size()))
                << '\n';
            for (const QString &problem : checked.errors)
                out << "  " << problem << '\n';
            return 1;
        }
        out << Text::tr("%1: sin problemas (%2 apartados, %3 actividades).")
                   .arg(m_checkGuide)
                   .arg(checked.guide->sections.size())
                   .arg(checked.guide->activityCount())
            << '\n';
        return 0;
    }
    if (m_listActivities) {
        const GuideLoadResult loaded = GuideLoader::fromFile(guideFile());
        if (!loaded.ok()) {
            err << Text::tr("La guía no es válida:") << '\n'
                << loaded.errors.join(QLatin1Char('\n')) << '\n';
            return 1;
        }
        for (const Section &section : loaded.guide->sections) {
            for (const Activity &activity : section.activities) {
                // Whose minutes they are: the guide's, or our proposal.
                const QString minutes =
                    !activity.minutesFromGuide ? Text::tr("%1 min, propuesta").arg(activity.minutes)
                    : activity.minutesPerTurn > 0
                        ? Text::tr("%1 min por escuela, de la guía").arg(activity.minutesPerTurn)
                        : Text::tr("%1 min, de la guía").arg(activity.minutes);
                out << activity.number << ". " << activity.title << "  [" << minutes
                    << QStringLiteral(" · ") << section.number << ". " << section.title << "]\n";
            }
        }
        return 0;
    }
    if (!m_zoneFrom.isEmpty())
        return runZoneReportFromServer();
    return runFileCommands();
}

// --export-pdf, --export-json, --export-csv and --export-school-pdfs of one session, with the
// session's own guide; throws StoreError.
int CommandLine::runExports(Notebook &notebook, qint64 sessionId) const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Database &db = notebook.database();
    qint64 schoolId = 0;
    if (!m_schoolCct.isEmpty()) {
        for (const School &candidate : notebook.schools(sessionId)) {
            if (candidate.cct == m_schoolCct)
                schoolId = candidate.id;
        }
        if (schoolId == 0) {
            err << Text::tr("La escuela %1 no participa en la sesión %2.")
                       .arg(m_schoolCct)
                       .arg(sessionId)
                << '\n';
            return 1;
        }
    }
    QStringList failures;
    PdfOptions options;
    options.pageSize = m_pageSize == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter;
    options.document.struck =
        m_omitStruck ? DocumentOptions::Struck::Omit : DocumentOptions::Struck::ShowStruck;
    options.document.schoolId = schoolId;
    // The session's own guide, the one kept with it: a follow-up exports with its agenda.
    const GuideLoadResult kept = notebook.sessionGuide(sessionId);
    if (!kept.ok()) {
        err << kept.errors.join(QLatin1Char('\n')) << '\n';
        return 1;
    }
    const Guide &guide = *kept.guide;
    const auto warnUndrawable = [&err](const QString &undrawable) {
        warnOfUndrawable(err, undrawable);
    };
    if (!m_exportPdf.isEmpty()) {
        QString undrawable;
        failures << Exporters::writePdf(db, guide, sessionId, m_exportPdf, options, &undrawable);
        warnUndrawable(undrawable);
    }
    if (!m_exportJson.isEmpty()) {
        QStringList repaired;
        failures << Exporters::writeJson(db, sessionId, m_exportJson, schoolId, &repaired);
        for (const QString &repair : std::as_const(repaired))
            err << Text::tr("Aviso: %1.").arg(repair) << '\n';
    }
    if (!m_exportCsv.isEmpty())
        failures << Exporters::writeCommitmentsCsv(db, sessionId, m_exportCsv, schoolId);
    if (!m_schoolPdfsFolder.isEmpty()) {
        options.document.schoolId = 0;
        const Exporters::Written written =
            Exporters::writeSchoolPdfs(db, guide, sessionId, m_schoolPdfsFolder, options);
        failures << written.error;
        warnUndrawable(written.undrawable);
        for (const QString &file : written.files)
            out << file << '\n';
    }
    failures.removeAll(QString());
    if (!failures.isEmpty()) {
        err << failures.join(QLatin1Char('\n')) << '\n';
        return 1;
    }
    return 0;
}

ZoneGather::Summary CommandLine::runGather(Notebook &notebook) const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList archives = ZoneGather::archivesIn(m_gather);
    const ZoneGather::Summary summary = ZoneGather::gather(notebook.database(), archives);
    using Kind = ZoneGather::Outcome::Kind;
    for (const ZoneGather::Outcome &outcome : summary.outcomes) {
        switch (outcome.kind) {
        case Kind::Added:
            out << Text::tr("Añadida: %1 (sesión %2).")
                       .arg(outcome.file, QString::number(outcome.sessionId))
                << '\n';
            break;
        case Kind::Replaced:
            out << Text::tr("Reemplazada: %1 (sesión %2): es una exportación más reciente que la "
                            "que había (sesión %3, quitada).")
                       .arg(outcome.file, QString::number(outcome.sessionId),
                            QString::number(outcome.replaced))
                << '\n';
            break;
        case Kind::AlreadyHere:
            out << Text::tr("Ya estaba: %1 (sesión %2, igual o más reciente).")
                       .arg(outcome.file, QString::number(outcome.sessionId))
                << '\n';
            break;
        case Kind::Refused:
            err << Text::tr("Rechazada: %1: %2").arg(outcome.file, outcome.reason) << '\n';
            break;
        }
    }
    out << Text::tr("Reunidas %1 bitácoras: %2 añadidas, %3 reemplazadas, %4 ya estaban, %5 "
                    "rechazadas.")
               .arg(summary.outcomes.size())
               .arg(summary.count(Kind::Added))
               .arg(summary.count(Kind::Replaced))
               .arg(summary.count(Kind::AlreadyHere))
               .arg(summary.count(Kind::Refused))
        << '\n';
    return summary;
}

int CommandLine::runZoneReport(const QVector<ZoneSession> &sessions, const QString &source) const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QDate today = QDate::currentDate();
    const ZoneFigures figures = ZoneFigures::of(sessions, today);
    QString undrawable;
    const QString error = ZoneReport::write(figures, source, today, m_zoneReport, &undrawable);
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    warnOfUndrawable(err, undrawable);
    out << Text::tr("Reporte de la zona: %1 (%2 escuelas, %3 sesiones).")
               .arg(m_zoneReport, QString::number(figures.schools.size()),
                    QString::number(figures.sessions))
        << '\n';
    return 0;
}

int CommandLine::runZoneCommands(Notebook &notebook) const
{
    int result = 0;
    if (!m_publish.isEmpty())
        result = runPublish(notebook);
    if (!m_zoneReport.isEmpty() && result == 0)
        result = runZoneReport(ZoneRecords::read(notebook.database()),
                               QFileInfo(databasePath()).fileName());
    return result;
}

int CommandLine::runZoneReportFromServer() const
{
    ZoneDatabase zone(m_zoneFrom);
    std::optional<QVector<ZoneSession>> sessions;
    if (zone.open(ZoneDatabase::Access::Read))
        sessions = zone.read();
    if (!sessions) {
        QTextStream(stderr) << zone.error() << '\n';
        return 1;
    }
    return runZoneReport(*sessions, ZoneDatabase::shown(m_zoneFrom));
}

int CommandLine::runPublish(Notebook &notebook) const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QVector<ZoneSession> sessions;
    if (m_sessionId != 0) {
        if (!notebook.session(m_sessionId)) {
            err << Text::tr("La bitácora no tiene la sesión %1.").arg(m_sessionId) << '\n';
            return 1;
        }
        sessions << ZoneRecords::readSession(notebook.database(), m_sessionId);
    } else {
        sessions = ZoneRecords::read(notebook.database());
    }
    ZoneDatabase zone(m_publish);
    if (!zone.open()) {
        err << zone.error() << '\n';
        return 1;
    }
    using Published = ZoneDatabase::Published;
    std::map<Published, int> counts;
    for (const ZoneSession &session : std::as_const(sessions)) {
        const Published outcome = zone.publish(session);
        ++counts[outcome];
        switch (outcome) {
        case Published::Added:
            out << Text::tr("Publicada: «%1».").arg(session.title);
            break;
        case Published::Replaced:
            out << Text::tr("Reemplazada en la zona: «%1» (esta es más reciente).")
                       .arg(session.title);
            break;
        case Published::Unchanged:
            out << Text::tr("Sin cambios: «%1» ya estaba publicada igual.").arg(session.title);
            break;
        case Published::Older:
            out << Text::tr("No se publicó «%1»: la zona tiene una versión más reciente.")
                       .arg(session.title);
            break;
        case Published::Failed:
            err << zone.error() << Qt::endl;
            break;
        }
        out << Qt::endl; // each line as it happens: a long publication shows its progress
        if (outcome == Published::Failed && !zone.isConnected())
            break; // the connection is lost: the rest would fail too
    }
    out << Text::tr("Publicación en %1: %2 nuevas, %3 reemplazadas, %4 sin cambios, %5 más "
                    "recientes en la zona, %6 fallidas.")
               .arg(ZoneDatabase::shown(m_publish), QString::number(counts[Published::Added]),
                    QString::number(counts[Published::Replaced]),
                    QString::number(counts[Published::Unchanged]),
                    QString::number(counts[Published::Older]),
                    QString::number(counts[Published::Failed]))
        << Qt::endl;
    return counts[Published::Failed] > 0 ? 1 : 0;
}

int CommandLine::runFileCommands() const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const GuideLoadResult loaded = GuideLoader::fromFile(guideFile());
    if (!loaded.ok()) {
        err << Text::tr("La guía no es válida:") << '\n'
            << loaded.errors.join(QLatin1Char('\n')) << '\n';
        return 1;
    }
    const bool exporting = !m_exportPdf.isEmpty() || !m_exportJson.isEmpty() ||
                           !m_exportCsv.isEmpty() || !m_schoolPdfsFolder.isEmpty() ||
                           !m_zoneReport.isEmpty() || !m_publish.isEmpty();
    const bool writing =
        !m_importJson.isEmpty() || !m_gather.isEmpty() || m_demo || m_followUpOf != 0;
    // A bitácora named on the command line is never made up: a mistyped path would otherwise
    // give an empty bitácora and an empty export. --demo creates one, and so does an import (a
    // supervisor receiving a school's archive starts that way), said on the output.
    const bool creating = !m_databasePath.isEmpty() && !QFileInfo::exists(m_databasePath) &&
                          (m_demo || !m_importJson.isEmpty() || !m_gather.isEmpty());
    if (!m_databasePath.isEmpty() && !creating && (exporting || writing) &&
        !QFileInfo(m_databasePath).isFile()) {
        err << Text::tr("La bitácora %1 no existe; no se creó ninguna.").arg(m_databasePath)
            << '\n';
        return 1;
    }
    // What a window has open is written by that window only: an import or a demo from here
    // would write under its feet. Exports only read, and go on.
    std::optional<BitacoraLock> lock;
    if (writing) {
        lock.emplace(databasePath());
        if (!lock->tryLock()) {
            err << (lock->holder() != 0
                        ? Text::tr("La bitácora %1 está abierta en una ventana de Facilitador CTE "
                                   "(proceso %2); no se escribió nada en ella. Cierre esa "
                                   "ventana y vuelva a intentarlo; exportar sí se puede.")
                              .arg(databasePath())
                              .arg(lock->holder())
                        : lock->message())
                << '\n';
            return 1;
        }
    }
    // A bitácora this run creates and then refuses to fill is taken away again: a refused
    // archive leaves nothing behind. Declared before the database, so it closes first.
    UndoCreation undoCreation{creating && !m_demo ? databasePath() : QString()};
    Notebook notebook;
    try {
        notebook.open(databasePath(), writing ? Notebook::Access::Write : Notebook::Access::Read);
        qint64 sessionId = m_sessionId;
        if (!m_importJson.isEmpty()) {
            QFile file(m_importJson);
            if (!file.open(QIODevice::ReadOnly)) {
                err << Text::tr("No se pudo abrir %1: %2").arg(m_importJson, file.errorString())
                    << '\n';
                return 1;
            }
            if (file.size() > BitacoraArchive::MaxBytes) {
                err << Text::tr("%1 es demasiado grande para ser una bitácora.").arg(m_importJson)
                    << '\n';
                return 1;
            }
            const ArchiveImportResult imported =
                BitacoraArchive::importSession(notebook.database(), file.readAll());
            if (!imported.ok()) {
                err << Text::tr("No se importó %1:").arg(m_importJson) << '\n'
                    << imported.errors.join(QLatin1Char('\n')) << '\n';
                return 1;
            }
            undoCreation.keep = true;
            if (creating)
                out << Text::tr("Se creó la bitácora %1.").arg(databasePath()) << '\n';
            out << Text::tr("Importada como sesión %1.").arg(imported.sessionId) << '\n';
            if (sessionId == 0)
                sessionId = imported.sessionId;
        }
        if (!m_gather.isEmpty()) {
            using Kind = ZoneGather::Outcome::Kind;
            const ZoneGather::Summary summary = runGather(notebook);
            // A bitácora made for the gathering and left empty is taken away again.
            undoCreation.keep = summary.count(Kind::Added) + summary.count(Kind::Replaced) > 0;
            if (creating && undoCreation.keep)
                out << Text::tr("Se creó la bitácora %1.").arg(databasePath()) << '\n';
            const int then = runZoneCommands(notebook);
            return summary.count(Kind::Refused) > 0 ? 1 : then;
        }
        if (!m_zoneReport.isEmpty() || !m_publish.isEmpty())
            return runZoneCommands(notebook);
        if (m_followUpOf != 0) {
            if (!notebook.session(m_followUpOf)) {
                err << Text::tr("La bitácora no tiene la sesión %1.").arg(m_followUpOf) << '\n';
                return 1;
            }
            const qint64 created = notebook.createFollowUp(m_followUpOf);
            out << Text::tr("Sesión de seguimiento creada: %1.").arg(created) << '\n';
            if (sessionId == 0)
                sessionId = created;
        }
        if (m_demo && notebook.demoSession() == 0)
            DemoSession::create(notebook.database());
        if (m_demo && sessionId == 0)
            sessionId = notebook.demoSession();
        if (sessionId == 0)
            sessionId = notebook.lastOpenedSession();
        if (!exporting)
            return 0;
        if (sessionId == 0 || !notebook.session(sessionId)) {
            err << Text::tr("La bitácora %1 no tiene esa sesión; no hay nada que exportar.")
                       .arg(databasePath())
                << '\n';
            return 1;
        }
        out.flush(); // what was said so far comes before what the exports say
        return runExports(notebook, sessionId);
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        return 1;
    }
}

} // namespace fcte
