#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "help/HelpMenu.h"
#include "help/ManualWindow.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
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
    MainWindow window(test::shippedGuide(), *fixture.stores, fixture.sessionId, fixture.clock);
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
