#include "app/zone/ZoneWindow.h"

#include "app/PlainLabel.h"
#include "app/export/FileDialogs.h"
#include "app/zone/ZoneServerDialog.h"
#include "core/export/ZoneGather.h"
#include "core/export/ZoneReport.h"
#include "core/session/DiskJobs.h"
#include "core/zone/ZoneDatabase.h"

#include <QComboBox>
#include <QDate>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <map>
#include <memory>

namespace fcte {
namespace {

// A failure told in a box that does not hold the window's loop (the jobs go on meanwhile).
void warn(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QTableView *tableOf(QStandardItemModel *model, const char *name)
{
    auto *view = new QTableView;
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false); // Tab goes on to the next control, as a form's does
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

// Long text (the problem, the commitment) takes the room left; names keep a readable width and
// wrap; short figures are as wide as they are. Rows as tall as their wrapped text.
void fitColumns(QTableView *view, int stretch, const QMap<int, int> &widths)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (column == stretch) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        } else if (widths.contains(column)) {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, widths.value(column));
        } else {
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
    }
    view->resizeRowsToContents();
}

} // namespace

ZoneWindow::ZoneWindow(DiskJobs &jobs, const QString &source, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_jobs(jobs)
    , m_source(source)
{
    setObjectName(QStringLiteral("zoneWindow"));
    setWindowTitle(tr("Zona escolar — Facilitador CTE"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1240, 680); // whole on a 1366×768 laptop, under its panel

    m_schools = new QStandardItemModel(this);
    m_commitments = new QStandardItemModel(this);
    m_shared = new QStandardItemModel(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("zoneTabs"));
    m_tabs->addTab(tableOf(m_schools, "zoneSchoolsView"), tr("&Escuelas"));
    m_tabs->addTab(tableOf(m_commitments, "zoneCommitmentsView"), tr("Co&mpromisos"));
    m_tabs->addTab(tableOf(m_shared, "zoneSharedView"), tr("E&n común"));

    m_summary = plainLabel();
    m_summary->setObjectName(QStringLiteral("zoneSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_outcome = new QPlainTextEdit;
    m_outcome->setObjectName(QStringLiteral("zoneOutcome"));
    m_outcome->setReadOnly(true);
    m_outcome->setMaximumHeight(90);
    m_outcome->hide();

    auto *gatherButton = new QPushButton(tr("&Reunir bitácoras…"));
    gatherButton->setObjectName(QStringLiteral("zoneGatherButton"));
    connect(gatherButton, &QPushButton::clicked, this, &ZoneWindow::chooseArchives);
    auto *reportButton = new QPushButton(tr("Re&porte PDF o CSV…"));
    reportButton->setObjectName(QStringLiteral("zoneReportButton"));
    connect(reportButton, &QPushButton::clicked, this, &ZoneWindow::writeReport);
    auto *publishButton = new QPushButton(tr("P&ublicar en la base de la zona…"));
    publishButton->setObjectName(QStringLiteral("zonePublishButton"));
    connect(publishButton, &QPushButton::clicked, this, [this] { askServer(true); });
    auto *serverButton = new QPushButton(tr("Ver la &base de la zona…"));
    serverButton->setObjectName(QStringLiteral("zoneServerButton"));
    connect(serverButton, &QPushButton::clicked, this, [this] { askServer(false); });
    auto *localButton = new QPushButton(tr("Ver esta bitácor&a"));
    localButton->setObjectName(QStringLiteral("zoneLocalButton"));
    connect(localButton, &QPushButton::clicked, this, [this] { readFrom(QString(), QString()); });
    auto *closeButton = new QPushButton(tr("Cerrar"));
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(gatherButton);
    buttons->addWidget(reportButton);
    buttons->addWidget(publishButton);
    buttons->addWidget(serverButton);
    buttons->addWidget(localButton);
    buttons->addStretch();
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    buildFilters();
    layout->addWidget(m_school->parentWidget());
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_outcome);
    layout->addLayout(buttons);
    reload();
}

void ZoneWindow::buildFilters()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto add = [row](const QString &label, QComboBox *combo, const char *name) {
        combo->setObjectName(QLatin1String(name));
        auto *caption = plainLabel(label);
        caption->setBuddy(combo);
        row->addWidget(caption);
        row->addWidget(combo, 1);
    };
    m_school = new QComboBox;
    m_session = new QComboBox;
    m_state = new QComboBox;
    add(tr("Es&cuela:"), m_school, "zoneSchoolFilter");
    add(tr("Ses&ión:"), m_session, "zoneSessionFilter");
    add(tr("Es&tado:"), m_state, "zoneStateFilter");
    m_state->addItem(tr("Todos"), -1);
    for (int state = 0; state < 4; ++state)
        m_state->addItem(Review::stateName(Review::State(state)), state);
    m_state->addItem(tr("Revisión vencida"), ZoneTables::Overdue);
    for (QComboBox *combo : {m_school, m_session, m_state})
        connect(combo, &QComboBox::currentIndexChanged, this, &ZoneWindow::refill);
}

void ZoneWindow::reload()
{
    auto read = std::make_shared<QVector<ZoneSession>>();
    const QString url = m_serverUrl;
    const QString password = m_serverPassword;
    m_jobs.run(
        [read, url, password](Database &db) {
            DiskJobResult result;
            if (url.isEmpty()) {
                *read = ZoneRecords::read(db);
                return result;
            }
            ZoneDatabase zone(url, password);
            std::optional<QVector<ZoneSession>> stored;
            if (zone.open(ZoneDatabase::Access::Read))
                stored = zone.read();
            if (stored)
                *read = *stored;
            else
                result.error = zone.error();
            return result;
        },
        this,
        [this, read, url](const DiskJobResult &result) {
            if (!result.error.isEmpty()) {
                // What is shown stays what it was, and says where it is from.
                m_serverUrl = m_shownUrl;
                m_serverPassword = m_shownPassword;
                warn(this, tr("Zona escolar"), result.error);
                return;
            }
            m_shownUrl = url;
            m_shownPassword = m_serverPassword;
            showRecords(*read);
        });
}

void ZoneWindow::readFrom(const QString &url, const QString &password)
{
    m_serverUrl = url;
    m_serverPassword = password;
    reload();
}

void ZoneWindow::askServer(bool publishing)
{
    ZoneServerDialog dialog(publishing
                                ? tr("Se publicará cada sesión de esta bitácora en la base "
                                     "PostgreSQL de la zona, cada una completa o nada.")
                                : tr("Se mostrará lo publicado en la base PostgreSQL de la zona."),
                            this);
    if (dialog.exec() != QDialog::Accepted || dialog.url().isEmpty())
        return;
    if (publishing)
        publish(dialog.url(), dialog.password());
    else
        readFrom(dialog.url(), dialog.password());
}

void ZoneWindow::publish(const QString &url, const QString &password)
{
    auto lines = std::make_shared<QStringList>();
    m_jobs.run(
        [lines, url, password](Database &db) {
            DiskJobResult result;
            const QVector<ZoneSession> sessions = ZoneRecords::read(db);
            ZoneDatabase zone(url, password);
            if (!zone.open()) {
                result.error = zone.error();
                return result;
            }
            std::map<ZoneDatabase::Published, int> counts;
            for (const ZoneSession &session : sessions) {
                const ZoneDatabase::Published outcome = zone.publish(session);
                ++counts[outcome];
                if (outcome == ZoneDatabase::Published::Failed) {
                    result.error = zone.error();
                    if (!zone.isConnected())
                        break; // the rest would fail too
                }
            }
            using Published = ZoneDatabase::Published;
            *lines << ZoneWindow::tr("Publicación en %1: %2 nuevas, %3 reemplazadas, %4 sin "
                                     "cambios, %5 más recientes en la zona.")
                          .arg(ZoneDatabase::shown(url), QString::number(counts[Published::Added]),
                               QString::number(counts[Published::Replaced]),
                               QString::number(counts[Published::Unchanged]),
                               QString::number(counts[Published::Older]));
            return result;
        },
        this,
        [this, lines](const DiskJobResult &result) {
            if (!result.error.isEmpty())
                *lines << result.error;
            showOutcome(*lines);
            if (!result.error.isEmpty())
                warn(this, tr("Base de la zona"), result.error);
            Q_EMIT published();
        });
}

void ZoneWindow::showOutcome(const QStringList &lines)
{
    m_outcome->setPlainText(lines.join(QLatin1Char('\n')));
    m_outcome->show();
}

void ZoneWindow::showRecords(const QVector<ZoneSession> &sessions)
{
    m_sessions = sessions;
    m_figures = ZoneFigures::of(m_sessions, QDate::currentDate());
    const QString school = m_school->currentData().toString();
    const QString session = m_session->currentData().toString();
    const QSignalBlocker blockSchool(m_school);
    const QSignalBlocker blockSession(m_session);
    m_school->clear();
    m_school->addItem(tr("Todas"), QString());
    for (const ZoneSchoolFigures &one : m_figures.schools)
        m_school->addItem(one.cct.isEmpty() ? one.name : tr("%1 (%2)").arg(one.name, one.cct),
                          one.key);
    m_school->setCurrentIndex(std::max(0, m_school->findData(school)));
    m_session->clear();
    m_session->addItem(tr("La más reciente de cada escuela"), ZoneTables::latestSessions());
    m_session->addItem(tr("Todas"), ZoneTables::everySession());
    for (const ZoneSession &one : std::as_const(m_sessions)) {
        m_session->addItem(
            tr("%1 (%2)").arg(one.title, QLocale(QLocale::Spanish, QLocale::Mexico)
                                             .toString(one.heldOn, QLocale::ShortFormat)),
            one.uid);
    }
    m_session->setCurrentIndex(std::max(0, m_session->findData(session)));
    m_summary->setText(
        tr("%12: %1 escuelas, %2 sesiones · asistencia: %3 de %4 · %5 compromisos (pendientes %6, "
           "en "
           "proceso %7, cumplidos %8, no cumplidos %9) · sin seguimiento: %10 escuelas · "
           "revisión vencida: %11 escuelas")
            .arg(m_figures.schools.size())
            .arg(m_figures.sessions)
            .arg(m_figures.present)
            .arg(m_figures.expected)
            .arg(m_figures.commitments)
            .arg(m_figures.byState[0])
            .arg(m_figures.byState[1])
            .arg(m_figures.byState[2])
            .arg(m_figures.byState[3])
            .arg(m_figures.withoutFollowUp.size())
            .arg(m_figures.overdue)
            .arg(m_serverUrl.isEmpty() ? m_source : ZoneDatabase::shown(m_serverUrl)));
    refill();
    Q_EMIT loaded();
}

void ZoneWindow::refill()
{
    ZoneFilter filter;
    filter.school = m_school->currentData().toString();
    filter.session = m_session->currentData().toString();
    filter.state = m_state->currentData().toInt();
    ZoneTables::fillSchools(*m_schools, m_figures, filter);
    ZoneTables::fillCommitments(*m_commitments, m_sessions, m_figures, filter);
    ZoneTables::fillShared(*m_shared, m_sessions, m_figures, filter);
    fitColumns(findChild<QTableView *>(QStringLiteral("zoneSchoolsView")), 3,
               {{0, 250}, {10, 170}});
    fitColumns(findChild<QTableView *>(QStringLiteral("zoneCommitmentsView")), 3,
               {{0, 210}, {1, 210}, {2, 170}, {4, 150}, {5, 230}});
    fitColumns(findChild<QTableView *>(QStringLiteral("zoneSharedView")), 1, {{2, 320}, {3, 220}});
}

void ZoneWindow::chooseArchives()
{
    const QStringList archives = FileDialogs::openFileNames(this, tr("Reunir bitácoras de la zona"),
                                                            tr("Bitácoras JSON (*.json)"));
    if (!archives.isEmpty())
        gather(archives);
}

void ZoneWindow::gather(const QStringList &archives)
{
    auto summary = std::make_shared<ZoneGather::Summary>();
    m_jobs.run(
        [summary, archives](Database &db) {
            *summary = ZoneGather::gather(db, ZoneGather::archivesIn(archives));
            return DiskJobResult{};
        },
        this,
        [this, summary](const DiskJobResult &) {
            using Kind = ZoneGather::Outcome::Kind;
            QStringList lines;
            for (const ZoneGather::Outcome &outcome : summary->outcomes) {
                const QString name = QFileInfo(outcome.file).fileName();
                switch (outcome.kind) {
                case Kind::Added:
                    lines << tr("Añadida: %1").arg(name);
                    break;
                case Kind::Replaced:
                    lines << tr("Reemplazada (más reciente): %1").arg(name);
                    break;
                case Kind::AlreadyHere:
                    lines << tr("Ya estaba: %1").arg(name);
                    break;
                case Kind::Refused:
                    lines << tr("Rechazada: %1: %2").arg(name, outcome.reason);
                    break;
                }
            }
            lines.prepend(tr("Reunidas %1 bitácoras: %2 añadidas, %3 reemplazadas, %4 ya "
                             "estaban, %5 rechazadas.")
                              .arg(summary->outcomes.size())
                              .arg(summary->count(Kind::Added))
                              .arg(summary->count(Kind::Replaced))
                              .arg(summary->count(Kind::AlreadyHere))
                              .arg(summary->count(Kind::Refused)));
            showOutcome(lines);
            Q_EMIT gathered();
            readFrom(QString(), QString()); // what was gathered is in the bitácora
        },
        DiskJobs::Moment::Writes);
}

void ZoneWindow::writeReport()
{
    const QString path =
        FileDialogs::saveFileName(this, tr("Reporte de la zona"), tr("Reporte de la zona.pdf"),
                                  tr("PDF (*.pdf);;CSV para hojas de cálculo (*.csv)"));
    if (path.isEmpty())
        return;
    const ZoneFigures figures = m_figures;
    const QString source = m_serverUrl.isEmpty() ? m_source : ZoneDatabase::shown(m_serverUrl);
    m_jobs.run(
        [figures, source, path](Database &) {
            DiskJobResult result;
            QString undrawable;
            result.error =
                ZoneReport::write(figures, source, QDate::currentDate(), path, &undrawable);
            if (result.error.isEmpty())
                result.files << path;
            return result;
        },
        this,
        [this](const DiskJobResult &result) {
            if (!result.error.isEmpty())
                warn(this, tr("Reporte de la zona"), result.error);
            else
                showOutcome({tr("Reporte escrito: %1").arg(result.files.value(0))});
        });
}

QString ZoneWindow::outcomeText() const
{
    return m_outcome->toPlainText();
}

QString ZoneWindow::summaryText() const
{
    return m_summary->text();
}

} // namespace fcte
