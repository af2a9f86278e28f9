#include "Application.h"

#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "guide/GuideLoader.h"
#include "session/Clock.h"
#include "session/DemoSession.h"
#include "start/StartDialog.h"
#include "store/Database.h"
#include "store/SessionStore.h"
#include "store/StoreError.h"
#include "store/Stores.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace fcte {

void Application::configure()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FacilitadorCTE"));
    QCoreApplication::setApplicationName(QStringLiteral("facilitador-cte"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FCTE_VERSION));
    const QLocale spanish(QLocale::Spanish, QLocale::Mexico);
    QLocale::setDefault(spanish);
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(spanish, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

int Application::runInteractive(const CommandLine &commandLine)
{
    QApplication::setApplicationDisplayName(QObject::tr("Facilitador CTE"));
    if (!commandLine.isValid()) {
        QMessageBox::critical(nullptr, QObject::tr("Facilitador CTE"), commandLine.errorText());
        return 2;
    }
    const GuideLoadResult loaded = GuideLoader::fromFile(GuideLoader::defaultGuidePath());
    if (!loaded.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("Facilitador CTE"),
                              QObject::tr("La guía de la sesión no es válida:\n%1")
                                  .arg(loaded.errors.join(QLatin1Char('\n'))));
        return 1;
    }
    const Guide &guide = *loaded.guide;

    Database db;
    try {
        db.open(commandLine.databasePath());
        SessionStore store(db);
        qint64 sessionId = 0;
        if (commandLine.wantsDemo()) {
            sessionId = store.demoSession();
            if (sessionId == 0)
                sessionId = DemoSession::create(db);
        } else {
            StartDialog start(store, guide);
            if (start.exec() != QDialog::Accepted)
                return 0;
            sessionId = start.sessionId();
        }
        store.markOpened(sessionId);
        Stores stores(db);
        static const SystemClock clock;
        MainWindow window(guide, stores, sessionId, clock);
        window.show();
        return QApplication::exec();
    } catch (const StoreError &error) {
        QMessageBox::critical(nullptr, QObject::tr("Facilitador CTE"), error.message());
        return 1;
    }
}

} // namespace fcte
