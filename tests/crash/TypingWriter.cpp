// A child process for the crash test: the real operator window, offscreen, with a recorder who
// never pauses: one key every 25 ms into a field (the school-problem form, or the quick entry,
// whose text is a draft until Enter, or a cell of the norms being edited with F2). After each key
// it prints the time and how many keys it has typed. The parent kills it with SIGKILL and checks
// that what was typed more than a second before the kill is in the bitácora. In "attach" mode it
// adds a photo to activity 12 as the director would, prints "stored" once the window reports it
// stored, and waits to be killed.
#include "app/MainWindow.h"
#include "app/evidence/EvidencePanel.h"
#include "core/guide/GuideLoader.h"
#include "core/model/Clock.h"
#include "core/session/Notebook.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/Stores.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const bool form = QByteArray(argv[3]) == "form";
    const bool cell = QByteArray(argv[3]) == "cell"; // F2 on the first norm, then typing
    const bool attach = QByteArray(argv[3]) == "attach";
    if (attach && argc != 5)
        return 2;
    const fcte::GuideLoadResult loaded =
        fcte::GuideLoader::fromFile(fcte::GuideLoader::defaultGuidePath());
    if (!loaded.ok())
        return 3;
    fcte::Database db;
    db.open(QString::fromLocal8Bit(argv[1]));
    fcte::Stores stores(db);
    const qint64 sessionId = QByteArray(argv[2]).toLongLong();
    stores.sessions.setCurrentActivity(sessionId, attach ? 12 : form ? 7 : 4);
    const fcte::SystemClock clock;
    fcte::Notebook notebook(db);
    fcte::MainWindow window(*loaded.guide, notebook, sessionId, clock);
    window.show();
    if (attach) {
        QObject::connect(&window.evidencePanel(), &fcte::EvidencePanel::filesAdded, &window,
                         [](int stored) {
                             std::printf("stored %d\n", stored);
                             std::fflush(stdout);
                         });
        window.evidencePanel().addFiles({QString::fromLocal8Bit(argv[4])});
        return QApplication::exec();
    }
    QLineEdit *field = nullptr;
    if (cell) {
        // The cell's own editor, opened as the recorder opens it.
        for (QTableView *table :
             window.findChildren<QTableView *>(QStringLiteral("entriesTableView"))) {
            if (!table->isVisible() || table->model()->rowCount() == 0)
                continue;
            table->setFocus();
            table->setCurrentIndex(table->model()->index(0, 0));
            QKeyEvent f2(QEvent::KeyPress, Qt::Key_F2, Qt::NoModifier);
            QCoreApplication::sendEvent(table, &f2);
            field = table->viewport()->findChild<QLineEdit *>();
        }
    } else {
        field = window.findChild<QLineEdit *>(
            QString::fromLatin1(form ? "problemLineEdit" : "quickEntryLineEdit"));
    }
    if (!field)
        return 4;
    field->setFocus();
    int keys = 0;
    QTimer typist;
    typist.setInterval(25);
    QObject::connect(&typist, &QTimer::timeout, field, [&] {
        const QChar letter(u'a' + keys % 26);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A + keys % 26, Qt::NoModifier, QString(letter));
        QCoreApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_A + keys % 26, Qt::NoModifier,
                          QString(letter));
        QCoreApplication::sendEvent(field, &release);
        ++keys;
        std::printf("%lld %d\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()), keys);
        std::fflush(stdout);
    });
    typist.start();
    return QApplication::exec();
}
