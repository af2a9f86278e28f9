#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/help/HelpMenu.h"
#include "app/help/ManualWindow.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>

using namespace fcte;

namespace {

const QString ManualFolder = QStringLiteral(FCTE_SOURCE_DIR "/docs/manual");

// The pages of the manual and the pictures and pages each one links to, from the Markdown.
QStringList linksIn(const QString &markdown, bool pictures)
{
    static const QRegularExpression link(QStringLiteral("(!?)\\[[^\\]]*\\]\\(([^)]+)\\)"));
    QStringList found;
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if ((match.captured(1) == QLatin1String("!")) == pictures)
            found << match.captured(2);
    }
    return found;
}

QStringList pages()
{
    return QDir(ManualFolder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("F1 opens the manual inside the program, and every page and picture it links to is "
          "there")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    ManualWindow *manual = window.helpMenu().manual();
    REQUIRE(manual);
    REQUIRE(QTest::qWaitForWindowExposed(manual));
    QTextBrowser *browser = manual->browser();
    CHECK(browser->source() == ManualWindow::home());
    CHECK(browser->toPlainText().startsWith(QStringLiteral("Manual de Facilitador CTE")));

    REQUIRE(pages().size() >= 9);
    for (const QString &page : pages()) {
        INFO(page.toStdString());
        const QString markdown = QString::fromUtf8(test::readFile(ManualFolder + u'/' + page));
        // Built into the program as it is in the repository.
        CHECK(test::readFile(QStringLiteral(":/manual/") + page) == markdown.toUtf8());
        for (const QString &target : linksIn(markdown, false)) {
            INFO(target.toStdString());
            CHECK(QFile::exists(QStringLiteral(":/manual/") + target));
        }
        for (const QString &picture : linksIn(markdown, true)) {
            INFO(picture.toStdString());
            const QImage image(QStringLiteral(":/manual/") + picture);
            CHECK(image.width() >= 400); // a picture, not a broken link
        }
        // Each page opens in the manual's window, titled by its first heading.
        browser->setSource(QUrl(QStringLiteral("qrc:/manual/") + page),
                           QTextDocument::MarkdownResource);
        const QString heading = markdown.section(u'\n', 0, 0).mid(2);
        CHECK(browser->toPlainText().startsWith(heading));
    }
    // Back to where the reader started.
    browser->home();
    CHECK(browser->source() == ManualWindow::home());
}

TEST_CASE("The screenshot script's program remakes every picture the manual shows, at its size")
{
    QTemporaryDir folder;
    const test::ProgramRun run =
        test::runProgramAt(QStringLiteral(FCTE_SCREENSHOTS), {folder.path()}, 120000);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QStringList shown;
    for (const QString &page : pages())
        shown << linksIn(QString::fromUtf8(test::readFile(ManualFolder + u'/' + page)), true);
    shown.removeDuplicates();
    REQUIRE_FALSE(shown.isEmpty());
    for (const QString &picture : shown) {
        INFO(picture.toStdString());
        const QString made = QDir(folder.path()).filePath(picture.section(u'/', -1));
        REQUIRE(QFile::exists(made));
        CHECK(QImageReader(made).size() == QImageReader(ManualFolder + u'/' + picture).size());
    }
    // The operator window as on the directors' laptops, the room's screen as on a projector.
    CHECK(QImageReader(folder.filePath(QStringLiteral("ventana-normas.png"))).size() ==
          QSize(1366, 768));
    CHECK(QImageReader(folder.filePath(QStringLiteral("proyeccion.png"))).size() ==
          QSize(1920, 1080));
}

namespace {

// The visible words of a menu's item: no mnemonic ampersand, no shortcut after a tab.
QString itemText(const QAction *action)
{
    QString text = action->text().section(QLatin1Char('\t'), 0, 0);
    text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1")); // "&&" is "&"
    return text.trimmed();
}

// The item of a menu that reads as the manual names it, in the window's menu bar or in one
// of its menus.
QAction *itemNamed(const QList<QAction *> &items, const QString &name)
{
    for (QAction *action : items)
        if (!action->isSeparator() && itemText(action) == name)
            return action;
    return nullptr;
}

} // namespace

// "Tiempo → Recuperar tiempo…" was in the manual and never in the program: every menu path the
// manual names, and every item it says is in a menu, is there, under that menu, as written.
TEST_CASE("Every menu path the manual names is in the window's menus, as written")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QList<QAction *> bar = window.menuBar()->actions();
    // "**Archivo → Exportar**", "**Sesión → Pase de lista…**"
    static const QRegularExpression path(QStringLiteral("\\*\\*([^*\\n]+ → [^*\\n]+)\\*\\*"));
    // "**■ Terminar sesión…** (en la barra mientras la sesión corre, y en el menú Sesión)"
    static const QRegularExpression inMenu(
        QStringLiteral("\\*\\*([^*\\n]+)\\*\\*[^*]{0,80}?en el menú (\\p{L}+)"));
    int paths = 0;
    for (const QString &page : pages()) {
        const QString markdown = QString::fromUtf8(test::readFile(ManualFolder + u'/' + page));
        QList<QStringList> named;
        for (auto it = path.globalMatch(markdown); it.hasNext();) {
            const QStringList parts = it.next().captured(1).split(QStringLiteral(" → "));
            if (parts.first().contains(QLatin1String("Alt+")))
                continue; // a key (Alt+→), not a menu
            named << parts;
        }
        for (auto it = inMenu.globalMatch(markdown); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            named << QStringList{match.captured(2), match.captured(1)};
        }
        for (const QStringList &parts : named) {
            INFO(page.toStdString() << ": " << parts.join(QStringLiteral(" → ")).toStdString());
            QList<QAction *> items = bar;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                QAction *item = itemNamed(items, parts.at(i));
                REQUIRE(item);
                if (i + 1 < parts.size()) { // a menu, whose items the next part names
                    REQUIRE(item->menu());
                    items = item->menu()->actions();
                }
            }
            ++paths;
        }
    }
    CHECK(paths >= 15);
}
