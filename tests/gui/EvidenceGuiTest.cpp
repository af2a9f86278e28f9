#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/evidence/EvidencePanel.h"
#include "app/export/FileDialogs.h"
#include "app/projection/ProjectionController.h"
#include "app/projection/ProjectionView.h"
#include "core/session/Bitacora.h"
#include "core/store/EvidenceStore.h"

#include <QAbstractButton>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace fcte;
using test::child;

namespace {

struct EvidenceFixture : test::SessionFixture {
    std::unique_ptr<MainWindow> window;

    EvidenceFixture()
    {
        sessions->setCurrentActivity(sessionId, 12);
        window = std::make_unique<MainWindow>(test::shippedGuide(), *notebook, sessionId, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    EvidencePanel &panel() const { return window->evidencePanel(); }
    void waitUntilStored() const
    {
        REQUIRE(QTest::qWaitFor([this] { return !panel().isBusy(); }, 30000));
    }
    QVector<Evidence> stored(int activity) { return EvidenceStore(db).list(sessionId, activity); }
};

} // namespace

TEST_CASE("Photos dropped on the activity page are stored, listed, captioned and projected")
{
    EvidenceFixture fixture;
    const QString photo = fixture.temp.dir.filePath(QStringLiteral("papelógrafo.jpg"));
    test::writePhoto(photo, 4000, 3000);
    const QString slides = fixture.temp.dir.filePath(QStringLiteral("diapositivas.pdf"));
    test::writeFile(slides, "%PDF-1.4\n%%EOF\n");

    // A drop, as a file manager sends it, on the page's text (not on the panel itself).
    QWidget *page = child<QWidget>(fixture.window.get(), "activityPage");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(photo), QUrl::fromLocalFile(slides)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    CHECK(fixture.panel().statusText().startsWith(QStringLiteral("Preparando")));
    fixture.waitUntilStored();

    QVector<Evidence> stored = fixture.stored(12);
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).width == 2400);
    CHECK(stored.at(1).mediaType == QStringLiteral("application/pdf"));
    QListWidget *list = fixture.panel().list();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == QStringLiteral("papelógrafo.jpg"));
    CHECK_FALSE(list->item(0)->icon().isNull());

    // F2 writes the caption under the thumbnail.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != list);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    test::typeText(editor, QStringLiteral("Similitudes <b>y</b> diferencias"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] {
        return fixture.stored(12).at(0).caption.startsWith(QStringLiteral("Similitudes"));
    }));
    CHECK(fixture.stored(12).at(0).caption == QStringLiteral("Similitudes <b>y</b> diferencias"));

    // Enter projects the photo full screen with its caption; Esc goes back to the sheet.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    ProjectionView &view = fixture.window->projection().view();
    REQUIRE(QTest::qWaitFor([&] { return view.hasPicture(); }));
    CHECK(fixture.window->projection().isProjecting());
    CHECK(view.pictureCaption() == QStringLiteral("Similitudes <b>y</b> diferencias"));
    view.resize(1920, 1080);
    const QRect placed = view.pictureRect(QSize(1920, 1080));
    CHECK(placed.height() > 900); // as large as the screen allows
    CHECK(placed.width() == placed.height() * 4 / 3);
    QTest::keyClick(&view, Qt::Key_Escape);
    CHECK_FALSE(view.hasPicture());
    CHECK(fixture.window->projection().isProjecting());

    // A copy of the PDF comes out byte for byte; Supr removes it after a question.
    list->setCurrentRow(1);
    const QString copy = fixture.temp.dir.filePath(QStringLiteral("copia.pdf"));
    REQUIRE(fixture.panel().saveCopyOfCurrent(copy));
    CHECK(test::readFile(copy) == test::readFile(slides));
    const test::ModalAnswer yes([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->button(QMessageBox::Yes))
            box->button(QMessageBox::Yes)->click();
    });
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    REQUIRE(yes.answered());
    CHECK(fixture.stored(12).size() == 1);
    CHECK(QTest::qWaitFor([list] { return list->count() == 1; }));
}

TEST_CASE("A file past the limit is refused with its name, the others are added")
{
    EvidenceFixture fixture;
    const QString big = fixture.temp.dir.filePath(QStringLiteral("video.mp4"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(EvidenceFile::MaxFileBytes + 1));
    }
    const QString photo = fixture.temp.dir.filePath(QStringLiteral("foto.jpg"));
    test::writePhoto(photo, 640, 480);
    const test::MessageAnswer refused;
    FileDialogs::setNextFileName(big + QLatin1Char('\n') + photo);
    child<QPushButton>(fixture.window.get(), "addEvidenceButton")->click();
    fixture.waitUntilStored();
    REQUIRE(refused.answered());
    CHECK(refused.text().contains(QStringLiteral("«video.mp4» pesa")));
    const QVector<Evidence> stored = fixture.stored(12);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).fileName == QStringLiteral("foto.jpg"));
    CHECK(stored.at(0).width == 640); // small enough: kept as it came
}

TEST_CASE("A photo is tagged with the schools it is about from the panel's Escuelas menu")
{
    EvidenceFixture fixture;
    const QString photo = fixture.temp.dir.filePath(QStringLiteral("equipo.jpg"));
    test::writePhoto(photo, 800, 600);
    FileDialogs::setNextFileName(photo);
    QTest::mouseClick(child<QPushButton>(&fixture.panel(), "addEvidenceButton"), Qt::LeftButton);
    fixture.waitUntilStored();
    REQUIRE(fixture.stored(12).size() == 1);
    QListWidget *list = fixture.panel().list();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->toolTip().contains(QStringLiteral("De todo el colectivo")));

    auto *schools = child<QPushButton>(&fixture.panel(), "evidenceSchoolsButton");
    REQUIRE(schools->isVisible()); // two schools share the session
    QMenu *menu = schools->menu();
    REQUIRE(menu);
    Q_EMIT menu->aboutToShow(); // filled as it opens
    const QList<QAction *> offered = menu->actions();
    REQUIRE(offered.size() == 2);
    CHECK(offered.at(1)->text() == QStringLiteral("Niños Héroes"));
    offered.at(1)->trigger();
    const QVector<Evidence> tagged = fixture.stored(12);
    REQUIRE(tagged.size() == 1);
    REQUIRE(tagged.first().schoolIds.size() == 1);
    CHECK(fixture.sessions->schools(fixture.sessionId).at(1).id ==
          tagged.first().schoolIds.first());
    REQUIRE(QTest::qWaitFor([&] {
        return list->count() == 1 &&
               list->item(0)->toolTip().contains(QStringLiteral("De: Niños Héroes"));
    }));
    // Ticked again, the other way: the whole room's once more.
    Q_EMIT menu->aboutToShow();
    CHECK(menu->actions().at(1)->isChecked());
    menu->actions().at(1)->trigger();
    CHECK(fixture.stored(12).first().schoolIds.isEmpty());
}

TEST_CASE("A photo taken out is one undo step: Ctrl+Z puts it back with its bytes, place and "
          "schools")
{
    EvidenceFixture fixture;
    const QString first = fixture.temp.dir.filePath(QStringLiteral("primero.jpg"));
    const QString second = fixture.temp.dir.filePath(QStringLiteral("segundo.jpg"));
    test::writePhoto(first, 800, 600);
    test::writePhoto(second, 640, 480);
    fixture.panel().addFiles({first, second});
    fixture.waitUntilStored();
    QVector<Evidence> before = fixture.stored(12);
    REQUIRE(before.size() == 2);
    const qint64 schoolId = fixture.sessions->schools(fixture.sessionId).at(1).id;
    REQUIRE(fixture.window->bitacora().setEvidenceSchools(before.at(0), {schoolId}));
    before = fixture.stored(12);
    const QByteArray bytes = EvidenceStore(fixture.db).data(before.at(0).id);
    REQUIRE_FALSE(bytes.isEmpty());

    QListWidget *list = fixture.panel().list();
    REQUIRE(QTest::qWaitFor([list] {
        return list->count() == 2 && list->item(0)->toolTip().contains(QStringLiteral("De: "));
    }));
    list->setCurrentRow(0);
    const test::ModalAnswer yes([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>(&fixture.panel(), "removeEvidenceButton"), Qt::LeftButton);
    REQUIRE(yes.answered());
    REQUIRE(fixture.stored(12).size() == 1);

    QUndoStack &stack = fixture.window->undoStack();
    REQUIRE(stack.canUndo());
    stack.undo();
    const QVector<Evidence> back = fixture.stored(12);
    REQUIRE(back.size() == 2);
    CHECK(back.at(0).id == before.at(0).id); // first again, with its id
    CHECK(back.at(0).fileName == QStringLiteral("primero.jpg"));
    CHECK(back.at(0).schoolIds == QVector<qint64>{schoolId});
    CHECK(EvidenceStore(fixture.db).data(back.at(0).id) == bytes);
    stack.redo();
    CHECK(fixture.stored(12).size() == 1);
}
