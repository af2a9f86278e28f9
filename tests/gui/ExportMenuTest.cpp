#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/export/ExportActions.h"
#include "app/export/FileDialogs.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace fcte;
using test::child;

namespace {

// Exports are written on a thread of their own: the menu item returns at once.
bool exportsFinish(MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.exportActions().isExporting(); }, 30000);
}

} // namespace

TEST_CASE("File menu exports the PDF, JSON and CSV of the open session")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    const QString pdf = fixture.temp.dir.filePath(QStringLiteral("menu.pdf"));
    const QString json = fixture.temp.dir.filePath(QStringLiteral("menu.json"));
    const QString csv = fixture.temp.dir.filePath(QStringLiteral("menu.csv"));

    FileDialogs::setNextFileName(pdf);
    child<QAction>(&window, "exportPdfAction")->trigger();
    // The window is free again before the file is done: the result is told through its event
    // loop, which has not run yet.
    CHECK(window.exportActions().isExporting());
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Exportando…"));
    REQUIRE(exportsFinish(window));
    CHECK(test::readFile(pdf).startsWith("%PDF"));
    CHECK(window.statusBar()->currentMessage().contains(pdf)); // says where the file went
    FileDialogs::setNextFileName(json);
    child<QAction>(&window, "exportJsonAction")->trigger();
    REQUIRE(exportsFinish(window));
    CHECK(test::readFile(json) == BitacoraArchive::exportSession(fixture.db, fixture.sessionId));
    FileDialogs::setNextFileName(csv);
    child<QAction>(&window, "exportCsvAction")->trigger();
    REQUIRE(exportsFinish(window));
    CHECK(test::readFile(csv).contains("Participante"));

    FileDialogs::setNextFileName(QString()); // cancelled: nothing written
    CHECK_FALSE(window.exportActions().exportPdf());

    // Into a folder that is not there: said in a box once the writing fails, nothing left.
    const QString nowhere = fixture.temp.dir.filePath(QStringLiteral("no-existe/menu.pdf"));
    const test::MessageAnswer told;
    FileDialogs::setNextFileName(nowhere);
    child<QAction>(&window, "exportPdfAction")->trigger();
    REQUIRE(exportsFinish(window));
    REQUIRE(told.answered());
    CHECK(told.text().contains(QStringLiteral("No se pudo guardar")));
    CHECK(told.text().contains(nowhere));
    CHECK_FALSE(window.statusBar()->currentMessage().contains(nowhere));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("Importing a broken file from the menu says what is wrong and changes nothing")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    const QString broken = fixture.temp.dir.filePath(QStringLiteral("rota.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "facilitador-cte-bitacora", "version": 7})");
    }
    const int before = int(fixture.sessions->sessions().size());
    FileDialogs::setNextFileName(broken);
    {
        const test::MessageAnswer refused; // told once the job is done
        REQUIRE(window.exportActions().importJson());
        REQUIRE(exportsFinish(window));
        CHECK(refused.answered());
    }
    CHECK(window.exportActions().lastMessage().contains(QStringLiteral("versión más nueva")));
    CHECK(int(fixture.sessions->sessions().size()) == before);

    const QString good = fixture.temp.dir.filePath(QStringLiteral("demo.json"));
    QFile::copy(DemoSession::archivePath(), good);
    FileDialogs::setNextFileName(good);
    REQUIRE(window.exportActions().importJson());
    CHECK_FALSE(window.exportActions().importJson()); // one import at a time
    REQUIRE(exportsFinish(window));
    // Told in the status bar: no box takes the keys when it ends.
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Se importó")));
    CHECK(int(fixture.sessions->sessions().size()) == before + 1);
}

TEST_CASE("Printing draws the same pages as the PDF")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    const QString printed = fixture.temp.dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    window.exportActions().paintInto(&printer);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString output = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(output.contains(QStringLiteral("Cuaderno de Bitácora del CTE")));
    CHECK(output.contains(QStringLiteral("Benito Juárez")));
    CHECK(output.contains(QStringLiteral("Página 1 de")));
}

TEST_CASE("The print preview opens once a job has read the bitácora, with its pages")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    int pages = 0;
    bool busyWhileOpen = true;
    const test::ModalAnswer preview([&pages, &busyWhileOpen, &window](QWidget *modal) {
        if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(modal)) {
            busyWhileOpen = window.exportActions().isExporting();
            if (auto *view = dialog->findChild<QPrintPreviewWidget *>())
                pages = view->pageCount();
            dialog->reject();
        }
    });
    window.findChild<QAction *>(QStringLiteral("printAction"))->trigger();
    CHECK(window.exportActions().isExporting()); // read on a job: the window answers meanwhile
    REQUIRE(exportsFinish(window));
    REQUIRE(QTest::qWaitFor([&preview] { return preview.answered(); }));
    CHECK_FALSE(busyWhileOpen); // the jobs are idle while the preview is open
    CHECK(pages >= 2);
}

TEST_CASE("Importing an archive that is already here asks before making a second session")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    const QString json = fixture.temp.dir.filePath(QStringLiteral("misma.json"));
    FileDialogs::setNextFileName(json);
    REQUIRE(window.exportActions().exportJson());
    REQUIRE(exportsFinish(window));
    const int before = int(fixture.sessions->sessions().size());

    const auto answer = [](QMessageBox::StandardButton button) {
        return test::ModalAnswer([button](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(button)->click();
        });
    };
    FileDialogs::setNextFileName(json);
    const test::ModalAnswer no = answer(QMessageBox::No);
    REQUIRE(window.exportActions().importJson());
    REQUIRE(exportsFinish(window));
    REQUIRE(no.answered());
    CHECK(
        window.exportActions().lastMessage().contains(QStringLiteral("ya está en esta bitácora")));
    CHECK(int(fixture.sessions->sessions().size()) == before);

    FileDialogs::setNextFileName(json);
    const test::ModalAnswer yes = answer(QMessageBox::Yes);
    REQUIRE(window.exportActions().importJson());
    REQUIRE(exportsFinish(window));
    REQUIRE(yes.answered());
    CHECK(window.exportActions().lastMessage().startsWith(QStringLiteral("Se importó")));
    CHECK(int(fixture.sessions->sessions().size()) == before + 1);
}

TEST_CASE("The File menu writes one school's bitácora, or every school's into a folder")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    auto *schoolMenu = child<QMenu>(&window, "exportSchoolMenu");
    Q_EMIT schoolMenu->aboutToShow(); // listed when the menu opens: the roster may have changed
    const QList<QAction *> schools = schoolMenu->actions();
    REQUIRE(schools.size() == 2);
    CHECK(schools.at(1)->text().startsWith(QStringLiteral("Niños Héroes (09DPR0002B)")));

    const QString csv = fixture.temp.dir.filePath(QStringLiteral("ninos.csv"));
    FileDialogs::setNextFileName(csv); // the name chosen says the format
    schools.at(1)->trigger();
    REQUIRE(exportsFinish(window));
    CHECK(test::readFile(csv) ==
          Exporters::commitmentsCsv(fixture.db, fixture.sessionId,
                                    fixture.sessions->schools(fixture.sessionId).at(1).id));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Niños Héroes")));

    const QString folder = fixture.temp.dir.filePath(QStringLiteral("escuelas"));
    REQUIRE(QDir().mkpath(folder));
    FileDialogs::setNextFileName(folder);
    child<QAction>(&window, "exportEverySchoolAction")->trigger();
    REQUIRE(exportsFinish(window));
    const QStringList files = QDir(folder).entryList(QDir::Files);
    CHECK(files == QStringList({QStringLiteral("09DPR0001A Benito Juárez.pdf"),
                                QStringLiteral("09DPR0002B Niños Héroes.pdf")}));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("2 bitácoras")));
}

TEST_CASE("Archivo → Abrir guía refuses a broken guide file and says which field is wrong")
{
    test::SessionFixture fixture;
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    const QString broken = fixture.temp.dir.filePath(QStringLiteral("rota.json"));
    test::writeFile(broken, R"({"id": "g", "title": "Guía rota", "sections": []})");
    const test::MessageAnswer refused;
    FileDialogs::setNextFileName(broken);
    CHECK_FALSE(window.startSessionFromGuideFile());
    REQUIRE(refused.answered());
    CHECK(refused.text().contains(QStringLiteral("sections")));
    CHECK(fixture.sessions->sessions().size() == 1); // no session was made
}

TEST_CASE("An exported PDF with a character no face draws says which in the status bar")
{
    test::SessionFixture fixture;
    Entry entry;
    entry.sheet = QStringLiteral("norms");
    entry.activity = 4;
    const char32_t privateUse = 0x10FFFD; // no font has it
    entry.text = QStringLiteral("Norma con ") + QString::fromUcs4(&privateUse, 1);
    fixture.sheets->addEntry(fixture.sessionId, entry);
    MainWindow window(test::shippedGuide(), *fixture.notebook, fixture.sessionId, fixture.clock);
    const QString pdf = fixture.temp.dir.filePath(QStringLiteral("caja.pdf"));
    FileDialogs::setNextFileName(pdf);
    child<QAction>(&window, "exportPdfAction")->trigger();
    REQUIRE(exportsFinish(window));
    CHECK(test::readFile(pdf).startsWith("%PDF"));
    const QString said = window.statusBar()->currentMessage();
    INFO(said.toStdString());
    CHECK(said.contains(pdf));
    CHECK(said.contains(QStringLiteral("U+10FFFD")));
}
