#include "app/help/Language.h"
#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/help/HelpMenu.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/SheetPanel.h"
#include "core/export/Exporters.h"
#include "core/session/SessionRunner.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>

using namespace fcte;

namespace {

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

// Puts the interface back in the tests' language, whatever a check left.
struct BackToSpanish {
    ~BackToSpanish()
    {
        Language::choose(Language::Choice::System);
        Language::install(Language::effective(Language::Choice::Spanish));
    }
};

} // namespace

TEST_CASE("The interface follows the system's language: English, or else the Spanish original")
{
    using Language::Choice;
    const auto language = [](Choice choice, const QLocale &system) {
        return Language::effective(choice, system).language();
    };
    CHECK(language(Choice::System, QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QLocale::English);
    CHECK(language(Choice::System, QLocale(QLocale::Spanish, QLocale::Mexico)) == QLocale::Spanish);
    CHECK(language(Choice::System, QLocale(QLocale::French, QLocale::France)) == QLocale::Spanish);
    // A choice in the menu wins over the system.
    CHECK(language(Choice::Spanish, QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QLocale::Spanish);
    CHECK(language(Choice::English, QLocale(QLocale::Spanish, QLocale::Mexico)) ==
          QLocale::English);
}

TEST_CASE("English chosen in Ayuda → Idioma is remembered and the next start speaks English")
{
    const BackToSpanish restore;
    test::SessionFixture fixture;
    {
        MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId,
                          fixture.clock);
        CHECK(menuTitles(window).contains(QStringLiteral("&Archivo")));
        CHECK(window.helpMenu().languageAction(Language::Choice::System)->isChecked());
        const test::MessageAnswer restartNote;
        window.helpMenu().languageAction(Language::Choice::English)->trigger();
        REQUIRE(restartNote.answered());
        CHECK(restartNote.text().contains(QStringLiteral("next time")));
        CHECK(Language::chosen() == Language::Choice::English);
    }

    // The next start: what Application::configure does with the remembered choice.
    REQUIRE(Language::install(Language::effective(Language::chosen())));
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QStringList menus = menuTitles(window);
    INFO(menus.join(QLatin1Char(' ')).toStdString());
    for (const char *title : {"&File", "&Edit", "&Session", "&Projection", "&Time", "&Help"})
        CHECK(menus.contains(QString::fromLatin1(title)));
    CHECK(window.helpMenu().languageAction(Language::Choice::English)->isChecked());

    // A sheet's own words, and the PDF's (translated in the core library).
    window.runner().goTo(4);
    auto *norms =
        qobject_cast<ListSheetEditor *>(window.sheetPanel()->sheet(QStringLiteral("norms")));
    REQUIRE(norms);
    CHECK(norms->findChild<QPushButton *>()->text() == QStringLiteral("Add"));
    CHECK(norms->quickEntry()->placeholderText() == QStringLiteral("Type a norm and press Enter"));
    const QString pdf = fixture.temp.dir.filePath(QStringLiteral("english.pdf"));
    REQUIRE(
        Exporters::writePdf(fixture.db, test::shippedGuide(), fixture.sessionId, pdf).isEmpty());
    const QString text = test::pdfToText(pdf);
    CHECK(text.contains(QStringLiteral("CTE Logbook")));
    CHECK(text.contains(QStringLiteral("Record of the activities")));
    CHECK_FALSE(text.contains(QStringLiteral("Registro de las actividades")));
}
