// Makes the manual's screenshots from the real program, offscreen: the demo session in a
// 1366×768 window (the directors' usual laptop), the classroom screen at 1920×1080, and the
// dialogs a director meets. scripts/screenshots runs it; docs/manual shows the pictures.
#include "app/Application.h"
#include "app/MainWindow.h"
#include "app/guide/GuideEditor.h"
#include "app/help/Language.h"
#include "app/participation/ParticipationController.h"
#include "app/participation/ParticipationDialog.h"
#include "app/projection/ProjectionController.h"
#include "app/projection/ProjectionView.h"
#include "app/session/SessionDialog.h"
#include "app/start/StartDialog.h"
#include "app/zone/ZoneWindow.h"
#include "core/export/DemoSession.h"
#include "core/guide/GuideLoader.h"
#include "core/model/Clock.h"
#include "core/session/FollowUp.h"
#include "core/session/Notebook.h"
#include "core/session/SessionRunner.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/Stores.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImageWriter>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <utility>

using namespace fcte;

namespace {

// The demo session's morning, always the same, so the pictures change only when the program
// does.
class MorningClock : public Clock {
public:
    qint64 nowMs() const override
    {
        return QDateTime(QDate(2027, 2, 26), QTime(9, 40)).toMSecsSinceEpoch();
    }
};

struct FolderRemovedAtExit {
    explicit FolderRemovedAtExit(const QString &path)
        : dir(path)
    {
        dir.removeRecursively();
        QDir().mkpath(path);
    }
    ~FolderRemovedAtExit() { dir.removeRecursively(); }
    QString filePath(const QString &name) const { return dir.filePath(name); }
    QDir dir;
};

class Shooter {
public:
    static constexpr int SettleMs = 300;

    explicit Shooter(const QString &folder)
        : m_folder(folder)
    {}

    bool save(QWidget &widget, const QString &name, const QSize &size = {})
    {
        widget.show();
        if (!QTest::qWaitForWindowExposed(&widget))
            return false;
        // After showing: the projection places itself on a screen (800×800 offscreen) first.
        if (size.isValid())
            widget.resize(size);
        // The sheets fit their rows and columns on timers (50–100 ms after a change, so a burst
        // of changes is measured once): let them run before the picture.
        QTest::qWait(SettleMs);
        return write(widget.grab().toImage(), name);
    }

    bool write(const QImage &image, const QString &name)
    {
        QImageWriter writer(QDir(m_folder).filePath(name + QStringLiteral(".png")));
        writer.setQuality(0); // for PNG: the smallest file, still lossless
        if (!writer.write(image)) {
            QTextStream(stderr) << name << ": " << writer.errorString() << '\n';
            return false;
        }
        m_written << writer.fileName();
        return true;
    }

    QStringList written() const { return m_written; }

private:
    QString m_folder;
    QStringList m_written;
};

} // namespace

int main(int argc, char *argv[])
{
    // Offscreen always: the same pictures on any machine, with or without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Application::configure();
    Language::install(Language::effective(Language::Choice::Spanish)); // the manual's language
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "uso: fcte_screenshots CARPETA\n";
        return 2;
    }
    const QString folder = arguments.at(1);
    QDir().mkpath(folder);

    // A fixed place, since the status bar shows it; removed after the window and the bitácora
    // (declared first, so destroyed last).
    const FolderRemovedAtExit work(QDir::temp().filePath(QStringLiteral("facilitador-cte-manual")));
    Database db;
    db.open(work.filePath(QStringLiteral("bitacora.sqlite")));
    const qint64 sessionId = DemoSession::create(db);
    Notebook notebook(db);
    const Guide guide = *GuideLoader::fromFile(GuideLoader::defaultGuidePath()).guide;
    const MorningClock clock;
    Shooter shooter(folder);
    bool ok = true;
    const QSize laptop(1366, 768);

    {
        StartDialog start(notebook, guide);
        ok = shooter.save(start, QStringLiteral("inicio")) && ok;
    }
    {
        SessionDialog details(notebook, guide, sessionId);
        ok = shooter.save(details, QStringLiteral("datos-de-la-sesion"), QSize(1100, 640)) && ok;
    }

    // At its size before any activity is shown, as on the laptop: rows are laid out for it.
    MainWindow window(guide, notebook, sessionId, clock);
    window.resize(laptop);
    window.show();
    ok = QTest::qWaitForWindowExposed(&window) && ok;
    const std::pair<int, QString> activities[] = {{4, QStringLiteral("ventana-normas")},
                                                  {7, QStringLiteral("ventana-presentaciones")},
                                                  {14, QStringLiteral("ventana-compromisos")}};
    for (const auto &[number, name] : activities) {
        window.runner().goTo(number);
        ok = shooter.save(window, name) && ok;
    }

    // The classroom screen as the room sees it, at a projector's 1920×1080.
    window.runner().goTo(4);
    ProjectionView &projection = window.projection().view();
    ok = shooter.save(projection, QStringLiteral("proyeccion"), QSize(1920, 1080)) && ok;
    projection.hide();

    {
        // Turned on as the director does it, on the network the dialog offers first.
        ParticipationDialog phones(window.participation(), &window);
        phones.findChild<QPushButton *>(QStringLiteral("participationToggleButton"))->click();
        ok = window.participation().isRunning() &&
             shooter.save(phones, QStringLiteral("telefonos")) && ok;
        // The code on the classroom screen, for the room to scan (Ctrl+Mayús+T).
        phones.hide();
        window.participation().projectQrCode();
        ok = projection.hasPicture() &&
             shooter.save(projection, QStringLiteral("proyeccion-codigo"), QSize(1920, 1080)) && ok;
        projection.clearPicture();
        projection.hide();
        window.participation().stop();
    }

    window.findChild<QAction *>(QStringLiteral("duplicateGuideAction"))->trigger();
    if (GuideEditor *editor = window.guideEditor()) {
        editor->select({2, 3});
        ok = shooter.save(*editor, QStringLiteral("editor-de-guias"), QSize(1366, 740)) && ok;
        editor->hide();
    } else {
        ok = false;
    }

    {
        // The zone as a supervisor sees it after the March follow-up: one school reviewed.
        const qint64 march = FollowUp::create(db, sessionId);
        qint64 reviewed = 0;
        for (const School &school : SessionStore(db).schools(march))
            if (school.cct == QLatin1String("09DPR5678M"))
                reviewed = school.id;
        QSet<qint64> itsPeople;
        for (const Participant &person : SessionStore(db).participants(march))
            if (person.schoolId == reviewed)
                itsPeople.insert(person.id);
        Review::State state = Review::State::Done;
        for (const Commitment &commitment : SheetStore(db).commitments(march)) {
            if (!itsPeople.contains(commitment.participantId))
                continue;
            Review review;
            review.itemId = commitment.id;
            review.state = state;
            review.reviewedOn = QDate(2027, 3, 26);
            SheetStore(db).addReview(march, review);
            state = Review::State::InProgress;
        }
        window.findChild<QAction *>(QStringLiteral("zoneWindowAction"))->trigger();
        ZoneWindow *zone = window.findChild<ZoneWindow *>();
        QSignalSpy loaded(zone, &ZoneWindow::loaded);
        ok = zone && (loaded.count() > 0 || loaded.wait(30000)) &&
             shooter.save(*zone, QStringLiteral("zona-escolar"), QSize(1366, 740)) && ok;
        if (zone)
            zone->close();
    }

    for (const QString &file : shooter.written())
        QTextStream(stdout) << file << '\n';
    return ok ? 0 : 1;
}
