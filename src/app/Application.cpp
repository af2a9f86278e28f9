#include "app/Application.h"

#include "app/FocusFrame.h"
#include "app/LongLineEdits.h"
#include "app/Messages.h"

#include "app/MainWindow.h"
#include "app/cli/CommandLine.h"
#include "app/help/Language.h"
#include "app/participation/ParticipationController.h"
#include "app/start/StartDialog.h"
#include "core/export/DemoSession.h"
#include "core/guide/GuideLibrary.h"
#include "core/guide/GuideLoader.h"
#include "core/io/BitacoraLock.h"
#include "core/model/Clock.h"
#include "core/model/StoreError.h"
#include "core/session/Backups.h"
#include "core/session/Notebook.h"
#include "core/text/BundledFonts.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

namespace fcte {
void Application::configure()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FacilitadorCTE"));
    QCoreApplication::setApplicationName(QStringLiteral("facilitador-cte"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FCTE_VERSION));
    // The installed desktop entry's name: desktops (Wayland's especially) match the window to
    // its entry and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("mx.facilitadorcte.FacilitadorCTE"));
    // The projection's and the PDF's type, from inside the program if the system lacks it.
    // The interface uses it too: the same letters on the laptop as on the wall, on any system
    // (the size stays the system's).
    if (BundledFonts::ensureAvailable()) {
        QFont interface = QGuiApplication::font();
        interface.setFamilies(BundledFonts::families());
        QGuiApplication::setFont(interface);
    }
    Language::install(Language::effective(Language::chosen()));
    LongLineEdits::install();
    FocusFrame::install();
}

void Application::reportDamagedValues(Notebook &notebook)
{
    const QStringList damaged = notebook.damagedValues();
    if (damaged.isEmpty())
        return;
    constexpr int Shown = 8;
    QString list = damaged.mid(0, Shown).join(QLatin1Char('\n'));
    if (damaged.size() > Shown)
        list += QLatin1Char('\n') + QObject::tr("… y %1 más.").arg(damaged.size() - Shown);
    Messages::warning(nullptr, QObject::tr("Facilitador CTE"),
                      QObject::tr("La bitácora %1 tiene datos dañados en el disco:\n%2\n\nLo "
                                  "demás se puede usar. Al exportarla a JSON, esos datos se "
                                  "reparan y el archivo dice cuáles fueron.")
                          .arg(notebook.path(), list));
}

bool Application::openBitacora(Notebook &notebook, const QString &path)
{
    const QString title = QObject::tr("Facilitador CTE");
    try {
        notebook.open(path, Notebook::Access::WriteOrRead);
        reportDamagedValues(notebook);
        return true;
    } catch (const StoreError &error) {
        if (!error.isDamage()) {
            Messages::critical(nullptr, title, error.message());
            return false;
        }
    }
    const QString aside = Backups::moveAside(path, QStringLiteral("danada"));
    const Backups backups(path);
    const QString latest = backups.latestSound();
    QString message = QObject::tr("La bitácora %1 está dañada. No se borró: quedó apartada como "
                                  "%2.")
                          .arg(path, aside);
    bool restored = false;
    if (!latest.isEmpty()) {
        const bool restore = Messages::question(
            nullptr, title,
            message + QLatin1String("\n\n") +
                QObject::tr("¿Abrir la copia de seguridad más reciente que está en buen estado "
                            "(%1)? Si elige No, se abrirá una bitácora vacía.")
                    .arg(latest));
        if (restore) {
            const QString problem = backups.restore(latest);
            if (!problem.isEmpty())
                Messages::warning(nullptr, title, problem);
            restored = problem.isEmpty();
        }
    } else {
        Messages::warning(nullptr, title,
                          message + QLatin1String("\n\n") +
                              QObject::tr("No hay copias de seguridad en buen estado; se abrirá "
                                          "una bitácora vacía."));
    }
    Q_UNUSED(restored)
    try {
        notebook.open(path, Notebook::Access::Write);
        return true;
    } catch (const StoreError &error) {
        Messages::critical(nullptr, title, error.message());
        return false;
    }
}

void Application::startPhones(MainWindow &window, const CommandLine &commandLine)
{
    ParticipationController &phones = window.participation();
    QTextStream out(stdout);
    if (phones.start(commandLine.phonesAddress(), commandLine.phonesPort())) {
        out << phones.joinUrl() << Qt::endl;
        return;
    }
    QTextStream(stderr) << phones.error() << Qt::endl;
    Messages::warning(&window, QObject::tr("Participación desde teléfonos"), phones.error());
}

int Application::runInteractive(const CommandLine &commandLine)
{
    QApplication::setApplicationDisplayName(QObject::tr("Facilitador CTE"));
    const QString title = QObject::tr("Facilitador CTE");
    if (!commandLine.isValid()) {
        Messages::critical(nullptr, title, commandLine.errorText());
        return 2;
    }
    // New sessions take the guide named with --guide, or the fourth session's.
    const GuideLoadResult loaded =
        GuideLoader::fromFile(commandLine.guidePath().isEmpty() ? GuideLoader::defaultGuidePath()
                                                                : commandLine.guidePath());
    if (!loaded.ok()) {
        Messages::critical(nullptr, title,
                           QObject::tr("La guía de la sesión no es válida:\n%1")
                               .arg(loaded.errors.join(QLatin1Char('\n'))));
        return 1;
    }
    const Guide &guide = *loaded.guide;
    const QString path = commandLine.databasePath();

    BitacoraLock lock(path);
    if (!lock.tryLock()) {
        Messages::warning(nullptr, title, lock.message());
        return 1;
    }

    bool firstRound = true;
    bool firstWindow = true;
    for (;;) {
        Notebook notebook;
        if (!openBitacora(notebook, path))
            return 1;
        try {
            qint64 sessionId = 0;
            if (!firstRound) {
                sessionId = notebook.lastOpenedSession();
            } else if (commandLine.wantsDemo()) {
                sessionId = notebook.demoSession();
                if (sessionId == 0)
                    sessionId = DemoSession::create(notebook.database());
            }
            if (sessionId == 0) {
                StartDialog start(notebook, guide);
                if (start.exec() != QDialog::Accepted)
                    return 0;
                sessionId = start.sessionId();
            }
            firstRound = false;
            if (!notebook.isReadOnly())
                notebook.markOpened(sessionId);
            static const SystemClock clock;
            QString restore;
            int code = 0;
            {
                // Each session runs with its own guide: the one kept with it.
                const GuideLoadResult sessionGuide = notebook.sessionGuide(sessionId);
                if (!sessionGuide.ok()) {
                    Messages::critical(nullptr, title, sessionGuide.errors.join(QLatin1Char('\n')));
                    return 1;
                }
                MainWindow window(*sessionGuide.guide, notebook, sessionId, clock);
                QObject::connect(&window, &MainWindow::openSessionRequested, &window,
                                 [] { QCoreApplication::exit(MainWindow::OpenSessionExitCode); });
                QObject::connect(&window, &MainWindow::restoreRequested, &window,
                                 [] { QCoreApplication::exit(MainWindow::RestoreExitCode); });
                window.show();
                if (firstWindow && !commandLine.phonesAddress().isEmpty())
                    startPhones(window, commandLine);
                firstWindow = false;
                code = QApplication::exec();
                restore = window.requestedRestore();
            } // the window takes its closing backup here, while the bitácora is still open
            if (code == MainWindow::OpenSessionExitCode)
                continue; // the session just created (the last opened) opens next round
            if (code != MainWindow::RestoreExitCode || restore.isEmpty())
                return code;
            notebook.close();
            const QString problem = Backups(path).restore(restore);
            if (!problem.isEmpty())
                Messages::warning(nullptr, title, problem);
        } catch (const StoreError &error) {
            Messages::critical(nullptr, title, error.message());
            return 1;
        }
    }
}

} // namespace fcte
