#include "GuiTestSupport.h"
#include "app/MainWindow.h"
#include "app/participation/ModerationQueue.h"
#include "app/participation/ParticipationController.h"
#include "app/session/AttendanceDialog.h"
#include "app/session/PreparationDialog.h"
#include "app/session/SessionDialog.h"
#include "app/start/StartDialog.h"
#include "core/export/BitacoraArchive.h"
#include "core/session/SessionRunner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableWidget>
#include <QTextDocument>
#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

using namespace fcte;
using test::child;
using test::commitEditor;
using test::typeIntoFocusedEditor;
using test::typeText;

namespace {

// Names as a hostile person would write them, one per way in: big red text and a picture (a
// picture that does not exist: rendered from /dev/zero, a regression would fill the memory
// instead of failing).
const QString typedSchool = QStringLiteral("Escuela <b>Uno</b><img src=no-existe.png>");
const QString typedName =
    QStringLiteral("Ana <font color=red size=6>Roja</font><img src=no-existe.png>");
const QString pastedName = QStringLiteral("Beto <img src=no-existe.png> Pegado");
const QString phoneName = QStringLiteral("Dani <img src=no-existe.png> Teléfono");
const QString archiveTitle = QStringLiteral("<h1>Sesión</h1><img src=no-existe.png> del archivo");

// Every text the widgets under a window show, item views' cells and tooltips included, and every
// place where Qt would read one of them as markup.
class Sweep {
public:
    void window(QWidget *root)
    {
        widget(root);
        const auto children = root->findChildren<QWidget *>();
        for (QWidget *child : children)
            widget(child);
    }

    bool saw(const QString &text) const
    {
        return std::any_of(m_seen.cbegin(), m_seen.cend(),
                           [&text](const QString &shown) { return shown.contains(text); });
    }
    QStringList problems() const { return QStringList(m_problems.cbegin(), m_problems.cend()); }

private:
    void widget(QWidget *widget)
    {
        const QString where = QString::fromLatin1(widget->metaObject()->className()) +
                              QLatin1Char(' ') + widget->objectName();
        tip(where, widget->toolTip());
        tip(where, widget->whatsThis());
        m_seen << widget->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            m_seen << label->text();
            if (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(label->text()))
                m_problems << where + QStringLiteral(": etiqueta como HTML: ") + label->text();
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            m_seen << button->text();
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            m_seen << line->text() << line->placeholderText();
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            m_seen << edit->toPlainText();
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            m_seen << group->title();
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                m_seen << tabs->tabText(i);
                tip(where, tabs->tabToolTip(i));
            }
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            model(where, combo->model(), {});
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            model(where, view->model(), {});
            for (const Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
                const int count = orientation == Qt::Horizontal ? view->model()->columnCount()
                                                                : view->model()->rowCount();
                for (int section = 0; section < count; ++section) {
                    m_seen << view->model()->headerData(section, orientation).toString();
                    tip(where, view->model()
                                   ->headerData(section, orientation, Qt::ToolTipRole)
                                   .toString());
                }
            }
        }
    }

    void model(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent)
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                m_seen << index.data().toString();
                tip(where, index.data(Qt::ToolTipRole).toString());
                tip(where, index.data(Qt::WhatsThisRole).toString());
                if (column == 0 && model->hasChildren(index))
                    this->model(where, model, index);
            }
        }
    }

    // A tooltip is rich text whenever it looks like markup: it must then be our own escaped
    // paragraph (plainToolTip), never a user's tags. Rendered as Qt renders it, it shows the text.
    void tip(const QString &where, const QString &text)
    {
        if (text.isEmpty())
            return;
        if (!Qt::mightBeRichText(text)) {
            m_seen << text;
            return;
        }
        QTextDocument shown;
        shown.setHtml(text);
        m_seen << shown.toPlainText();
        if (text.contains(QLatin1String("<img"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("<font"), Qt::CaseInsensitive))
            m_problems << where + QStringLiteral(": descripción como HTML: ") + text;
    }

    QStringList m_seen;
    QSet<QString> m_problems;
};

} // namespace

TEST_CASE("Names that look like markup, typed, pasted, imported or sent by a phone, are shown as "
          "typed in every view")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    Stores stores(db);
    Notebook notebook(db);
    Sweep sweep;

    // Typed in the new-session dialog, and pasted from a spreadsheet into it.
    SessionDialog dialog(notebook, test::shippedGuide(), 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    tabs->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "addSchoolButton"), Qt::LeftButton);
    typeIntoFocusedEditor(typedSchool);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeIntoFocusedEditor(QStringLiteral("09DPR0001A"));
    commitEditor();
    tabs->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(&dialog, "addParticipantButton"), Qt::LeftButton);
    typeIntoFocusedEditor(typedName);
    commitEditor();
    Sweep preview;
    const test::ModalAnswer add([&preview](QWidget *modal) {
        preview.window(modal);
        if (auto *shown = qobject_cast<QDialog *>(modal))
            shown->accept();
    });
    REQUIRE(
        dialog.addFromText(QStringLiteral("Nombre\tEscuela\tFunción\tGrado\n%1\t%2\tDocente\t2.º\n")
                               .arg(pastedName, typedSchool),
                           true));
    REQUIRE(add.answered());
    CHECK(preview.saw(pastedName));
    CHECK(preview.problems().isEmpty());
    sweep.window(&dialog);
    CHECK(sweep.saw(typedSchool));
    CHECK(sweep.saw(typedName));
    CHECK(sweep.saw(pastedName));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const qint64 typedSession = dialog.sessionId();

    // Through an archive, as a supervisor receives it: every name crosses the import, and the
    // session's title is the archive's.
    QByteArray archive = BitacoraArchive::exportSession(db, typedSession);
    const QByteArray title = stores.sessions.session(typedSession)->title.toUtf8();
    REQUIRE(archive.contains(title));
    archive.replace(title, archiveTitle.toUtf8());
    const ArchiveImportResult imported =
        BitacoraArchive::importSession(db, archive, BitacoraArchive::Duplicate::AsNew);
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    const qint64 session = imported.sessionId;
    stores.sessions.setCurrentActivity(session, 12);

    // From a phone: one name approved into the roster, one more text left waiting in the queue.
    test::ManualClock clock;
    MainWindow window(test::shippedGuide(), notebook, session, clock);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ParticipationController &participation = window.participation();
    REQUIRE(participation.start(QStringLiteral("127.0.0.1")));
    const qint64 school = stores.sessions.schools(session).at(0).id;
    httplib::Client phone("127.0.0.1", participation.server().port());
    const std::string path = "/p/" + participation.server().token().toStdString() + "/api/submit";
    const auto send = [&](const char *id, const QString &text) {
        const nlohmann::json body = {{"device", "telefono-0001"},
                                     {"clientId", id},
                                     {"activity", 12},
                                     {"kind", "proposals"},
                                     {"name", phoneName.toStdString()},
                                     {"school", school},
                                     {"text", text.toStdString()}};
        const auto response = phone.Post(path, body.dump(), "application/json");
        REQUIRE(response);
        REQUIRE(response->status == 200);
    };
    send("envio-0001", QStringLiteral("Leer <b>en</b> parejas"));
    ModerationQueue &queue = window.moderationQueue();
    REQUIRE(QTest::qWaitFor([&queue] { return queue.pendingCount() == 1; }));
    queue.table()->setFocus();
    queue.table()->selectRow(0);
    QTest::keyClick(queue.table(), Qt::Key_Return);
    REQUIRE(queue.pendingCount() == 0);
    send("envio-0002", QStringLiteral("<img src=no-existe.png> en espera"));
    REQUIRE(QTest::qWaitFor([&queue] { return queue.pendingCount() == 1; }));
    participation.stop();

    // Every activity's page and sheet, the queue, the projection, and the dialogs that list
    // people or schools.
    for (const Activity &activity : test::shippedGuide().activities()) {
        window.runner().goTo(activity.number);
        QApplication::processEvents();
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->isVisible() || top == &window)
                sweep.window(top);
    }
    // Volunteers suggested by school: a label per school, buttons and a chooser per person.
    window.runner().goTo(test::activityWithSheet(QStringLiteral("impressions")));
    QTest::mouseClick(child<QPushButton>(&window, "pickVolunteersButton"), Qt::LeftButton);
    sweep.window(&window);
    AttendanceDialog attendance(window.bitacora());
    sweep.window(&attendance);
    PreparationDialog preparation(test::shippedGuide(), window.bitacora());
    sweep.window(&preparation);
    StartDialog start(notebook, test::shippedGuide());
    sweep.window(&start);

    for (const QString &name : {typedSchool, typedName, pastedName, phoneName, archiveTitle}) {
        INFO(name.toStdString());
        CHECK(sweep.saw(name));
    }
    CHECK(sweep.saw(QStringLiteral("<img src=no-existe.png> en espera")));
    INFO(sweep.problems().join(QLatin1Char('\n')).toStdString());
    CHECK(sweep.problems().isEmpty());
}
