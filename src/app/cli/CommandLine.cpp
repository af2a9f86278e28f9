#include "CommandLine.h"

#include "guide/GuideLoader.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace fcte {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const char *const HeadlessFlags[] = {"--help", "-h", "--version", "-v", "--list-activities"};

} // namespace

bool CommandLine::isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : HeadlessFlags) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

CommandLine::CommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Facilitador CTE: conduce la sesión del Consejo Técnico Escolar y lleva su Cuaderno "
           "de Bitácora."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Muestra esta ayuda."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Muestra la versión."));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Usa la bitácora ARCHIVO en lugar de la predeterminada."),
                                tr("ARCHIVO"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Abre una sesión de demostración con tres escuelas."));
    const QCommandLineOption list(QStringLiteral("list-activities"),
                                  tr("Muestra las actividades de la guía y termina."));
    parser.addOptions({help, version, db, demo, list});
    if (!parser.parse(arguments))
        m_error = parser.errorText();
    else if (!parser.positionalArguments().isEmpty())
        m_error = tr("Argumento desconocido: %1").arg(parser.positionalArguments().constFirst());
    m_help = parser.helpText();
    m_databasePath = parser.value(db);
    m_demo = parser.isSet(demo);
    m_helpRequested = parser.isSet(help);
    m_version = parser.isSet(version);
    m_listActivities = parser.isSet(list);
}

QString CommandLine::databasePath() const
{
    return m_databasePath.isEmpty() ? Database::defaultPath() : m_databasePath;
}

int CommandLine::runHeadless() const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!isValid()) {
        err << m_error << '\n' << tr("Use --help para ver las opciones.") << '\n';
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
    if (m_listActivities) {
        const GuideLoadResult loaded = GuideLoader::fromFile(GuideLoader::defaultGuidePath());
        if (!loaded.ok()) {
            err << tr("La guía no es válida:") << '\n'
                << loaded.errors.join(QLatin1Char('\n')) << '\n';
            return 1;
        }
        for (const Section &section : loaded.guide->sections) {
            for (const Activity &activity : section.activities) {
                out << activity.number << ". " << activity.title << "  ["
                    << tr("%1 min").arg(activity.minutes) << QStringLiteral(" · ") << section.number
                    << ". " << section.title << "]\n";
            }
        }
    }
    return 0;
}

} // namespace fcte
