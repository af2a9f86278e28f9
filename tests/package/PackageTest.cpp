// The Debian package as a director's machine gets it: made by CPack from this build, checked by
// lintian and appstreamcli, installed with dpkg, its installed program run headless (including a
// PDF export from the installed location), and removed. As root (CI) it is really installed; a
// developer's account unpacks it into a folder instead, which checks everything but dpkg.
#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <unistd.h>

using namespace fcte;

namespace {

QString buildDir()
{
    return QStringLiteral(FCTE_BUILD_DIR);
}

// Runs CPack in the build tree into folder; the .deb it wrote.
QString makePackage(const QString &folder)
{
    const test::ProgramRun cpack = test::runProgramAt(
        QStringLiteral("cpack"),
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), folder,
         QStringLiteral("--config"), buildDir() + QStringLiteral("/CPackConfig.cmake")},
        300000);
    INFO(cpack.out.toStdString() << cpack.err.toStdString());
    REQUIRE(cpack.exitCode == 0);
    const QStringList debs =
        QDir(folder).entryList({QStringLiteral("facilitador-cte_*.deb")}, QDir::Files);
    REQUIRE(debs.size() == 1);
    return QDir(folder).filePath(debs.first());
}

QString field(const QString &deb, const QString &name)
{
    return test::runProgramAt(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, name})
        .out.trimmed();
}

} // namespace

TEST_CASE("The .deb passes lintian and installs a program that exports a PDF headless")
{
    QTemporaryDir work;
    const QString deb = makePackage(work.filePath(QStringLiteral("paquete")));

    // What the package says about itself.
    CHECK(field(deb, QStringLiteral("Package")) == QStringLiteral("facilitador-cte"));
    CHECK(field(deb, QStringLiteral("Section")) == QStringLiteral("education"));
    // Debian's form: an English synopsis, then the long description, each of its lines indented
    // by exactly one space (two would show it verbatim, unwrapped).
    const QStringList description =
        field(deb, QStringLiteral("Description")).split(QLatin1Char('\n'));
    REQUIRE(description.size() > 2);
    CHECK(description.first() ==
          QStringLiteral("conduct School Technical Council (CTE) sessions and keep their logbook"));
    for (const QString &line : description.mid(1)) {
        CHECK(line.startsWith(QLatin1Char(' ')));
        CHECK_FALSE(line.startsWith(QStringLiteral("  ")));
    }
    CHECK(description.join(QLatin1Char(' ')).contains(QStringLiteral("English translation")));
    const QString depends = field(deb, QStringLiteral("Depends"));
    INFO("Depends: " << depends.toStdString());
    for (const char *needed :
         {"libqt6widgets6", "libqt6printsupport6", "libsqlite3-0", "libquazip1-qt6", "libqrencode4",
          "libharfbuzz-subset0", "libpq5", "qt6-qpa-plugins", "qt6-translations-l10n",
          "fonts-dejavu-core", "fonts-noto-core", "fonts-noto-cjk", "fonts-noto-color-emoji"})
        CHECK(depends.contains(QString::fromLatin1(needed)));
    const QString contents =
        test::runProgramAt(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb}).out;
    for (const char *path :
         {"./usr/bin/facilitador-cte",
          "./usr/share/applications/mx.facilitadorcte.FacilitadorCTE.desktop",
          "./usr/share/metainfo/mx.facilitadorcte.FacilitadorCTE.metainfo.xml",
          "./usr/share/mime/packages/mx.facilitadorcte.FacilitadorCTE.xml",
          "./usr/share/icons/hicolor/scalable/apps/mx.facilitadorcte.FacilitadorCTE.svg",
          "./usr/share/icons/hicolor/48x48/apps/mx.facilitadorcte.FacilitadorCTE.png",
          "./usr/share/icons/hicolor/256x256/apps/mx.facilitadorcte.FacilitadorCTE.png",
          "./usr/share/man/man1/facilitador-cte.1.gz", "./usr/share/doc/facilitador-cte/copyright",
          "./usr/share/doc/facilitador-cte/changelog.gz",
          "./usr/share/facilitador-cte/guias/cuarta-sesion-aprendizaje-entre-escuelas.json"})
        CHECK(contents.contains(QString::fromLatin1(path)));

    // lintian: no error and no warning, except the tags the package's overrides explain.
    const test::ProgramRun lintian = test::runProgramAt(
        QStringLiteral("lintian"),
        {QStringLiteral("--fail-on"), QStringLiteral("error,warning"), deb}, 300000);
    INFO("lintian: " << lintian.out.toStdString() << lintian.err.toStdString());
    CHECK(lintian.exitCode == 0);

    // Installed, or unpacked where dpkg would put it.
    const bool root = geteuid() == 0;
    QString prefix;
    if (root) {
        const test::ProgramRun install =
            test::runProgramAt(QStringLiteral("dpkg"), {QStringLiteral("-i"), deb}, 120000);
        INFO(install.out.toStdString() << install.err.toStdString());
        REQUIRE(install.exitCode == 0);
    } else {
        prefix = work.filePath(QStringLiteral("raiz"));
        REQUIRE(test::runProgramAt(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, prefix})
                    .exitCode == 0);
    }
    const QString program = prefix + QStringLiteral("/usr/bin/facilitador-cte");
    REQUIRE(QFileInfo(program).isExecutable());
    const QString share = prefix + QStringLiteral("/usr/share");

    const test::ProgramRun validate = test::runProgramAt(
        QStringLiteral("appstreamcli"),
        {QStringLiteral("validate"), QStringLiteral("--no-net"),
         share + QStringLiteral("/metainfo/mx.facilitadorcte.FacilitadorCTE.metainfo.xml")});
    INFO("appstreamcli: " << validate.out.toStdString());
    CHECK(validate.exitCode == 0);
    const test::ProgramRun desktop = test::runProgramAt(
        QStringLiteral("desktop-file-validate"),
        {share + QStringLiteral("/applications/mx.facilitadorcte.FacilitadorCTE.desktop")});
    INFO("desktop-file-validate: " << desktop.out.toStdString());
    CHECK(desktop.exitCode == 0);
    CHECK(desktop.out.trimmed().isEmpty());
    // TryExec names a program only: GLib (GNOME's menu, "gio launch", file associations) drops
    // an entry whose TryExec is not found, and "facilitador-cte %f" never is.
    const QStringList entry =
        QString::fromUtf8(
            test::readFile(
                share + QStringLiteral("/applications/mx.facilitadorcte.FacilitadorCTE.desktop")))
            .split(QLatin1Char('\n'));
    const QStringList tryExec = entry.filter(QRegularExpression(QStringLiteral("^TryExec=")));
    REQUIRE(tryExec.size() == 1);
    const QString tried = tryExec.first().mid(int(qstrlen("TryExec=")));
    CHECK(tried == QStringLiteral("facilitador-cte"));
    CHECK(QFileInfo(prefix + QStringLiteral("/usr/bin/") + tried).isExecutable());

    // The man page names the guide argument and points to a manual that is installed; the
    // software centre's page shows the manual's own pictures, with a homepage.
    const QString doc = share + QStringLiteral("/doc/facilitador-cte");
    CHECK(QFileInfo::exists(doc + QStringLiteral("/manual/index.md")));
    const test::ProgramRun man = test::runProgramAt(
        QStringLiteral("zcat"), {share + QStringLiteral("/man/man1/facilitador-cte.1.gz")});
    CHECK(man.out.contains(QStringLiteral("[ GUÍA.json ]")));
    CHECK(man.out.contains(QStringLiteral("/usr/share/doc/facilitador-cte/manual/")));
    const QString metainfo = QString::fromUtf8(test::readFile(
        share + QStringLiteral("/metainfo/mx.facilitadorcte.FacilitadorCTE.metainfo.xml")));
    CHECK(metainfo.contains(QStringLiteral("<url type=\"homepage\">https://")));
    CHECK(metainfo.contains(QStringLiteral("<content_rating type=\"oars-1.1\"")));
    const QRegularExpression image(QStringLiteral("<image>[^<]*/docs/manual/img/([^<]+)</image>"));
    int screenshots = 0;
    for (auto match = image.globalMatch(metainfo); match.hasNext(); ++screenshots) {
        const QString name = match.next().captured(1);
        CHECK(QFileInfo::exists(doc + QStringLiteral("/manual/img/") + name));
    }
    CHECK(screenshots >= 3);

    if (root) {
        // As GNOME and every desktop that reads entries through GLib see it: the program in the
        // applications, and the default for a guide file (a text editor was, before).
        const test::ProgramRun mime = test::runProgramAt(
            QStringLiteral("gio"),
            {QStringLiteral("mime"), QStringLiteral("application/x-facilitador-cte-guide")});
        INFO("gio mime: " << mime.out.toStdString() << mime.err.toStdString());
        // The first line names the default ("No default applications…" otherwise).
        CHECK(mime.out.section(QLatin1Char('\n'), 0, 0)
                  .contains(QStringLiteral("mx.facilitadorcte.FacilitadorCTE.desktop")));
        // A guide's file is told apart from any JSON by its name, so a double click opens it here.
        const QString guideFile = work.filePath(QStringLiteral("mi-sesion.guia.json"));
        test::writeFile(guideFile, test::readFile(QStringLiteral(FCTE_SOURCE_DIR) +
                                                  QStringLiteral("/resources/guides/"
                                                                 "cuarta-sesion-aprendizaje-entre-"
                                                                 "escuelas.json")));
        const test::ProgramRun type = test::runProgramAt(
            QStringLiteral("gio"), {QStringLiteral("info"), QStringLiteral("-a"),
                                    QStringLiteral("standard::content-type"), guideFile});
        INFO("gio info: " << type.out.toStdString() << type.err.toStdString());
        CHECK(type.out.contains(QStringLiteral("application/x-facilitador-cte-guide")));
        // "gio launch" loads the entry as the menu does (TryExec found, Exec read) and starts the
        // program, which, with no platform to show a window on, stops at once.
        QProcess launch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("ninguna"));
        launch.setProcessEnvironment(environment);
        launch.start(
            QStringLiteral("gio"),
            {QStringLiteral("launch"),
             share + QStringLiteral("/applications/mx.facilitadorcte.FacilitadorCTE.desktop")});
        REQUIRE(launch.waitForFinished(60000));
        const QString told = QString::fromUtf8(launch.readAllStandardError());
        INFO("gio launch: " << told.toStdString());
        CHECK(launch.exitCode() == 0);
        CHECK_FALSE(told.contains(QStringLiteral("Unable to load")));
    }

    // The installed program, with no display: its version, the guide, and a PDF.
    const test::ProgramRun version = test::runProgramAt(program, {QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("0.1.0")));
    const test::ProgramRun outline =
        test::runProgramAt(program, {QStringLiteral("--list-activities")});
    CHECK(outline.exitCode == 0);
    CHECK(outline.out.contains(QStringLiteral("22")));

    QByteArray archive;
    {
        test::TempBitacora temp;
        Database source;
        source.open(temp.path());
        archive = BitacoraArchive::exportSession(
            source, test::createSession(source, QStringLiteral("Sesión instalada")));
    }
    const QString json = work.filePath(QStringLiteral("sesion.json"));
    test::writeFile(json, archive);
    const QString db = work.filePath(QStringLiteral("instalada.sqlite"));
    test::writeFile(db, {}); // the command line never creates a bitácora it was not given
    const test::ProgramRun imported = test::runProgramAt(
        program, {QStringLiteral("--db"), db, QStringLiteral("--import-json"), json});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString pdf = work.filePath(QStringLiteral("desde-instalado.pdf"));
    const test::ProgramRun exported = test::runProgramAt(
        program, {QStringLiteral("--db"), db, QStringLiteral("--export-pdf"), pdf});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString text = test::pdfToText(pdf);
    CHECK(text.contains(QStringLiteral("Cuaderno de Bitácora")));
    CHECK(text.contains(QStringLiteral("Sesión instalada")));

    if (root) {
        const test::ProgramRun remove =
            test::runProgramAt(QStringLiteral("dpkg"),
                               {QStringLiteral("-r"), QStringLiteral("facilitador-cte")}, 120000);
        INFO(remove.out.toStdString() << remove.err.toStdString());
        CHECK(remove.exitCode == 0);
        CHECK_FALSE(QFileInfo::exists(program));
    }
}
