#pragma once

#include "app/zone/ZoneTables.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace fcte {

class DiskJobs;
struct DiskJobResult;

// The zone across schools and sessions, in a window of its own: each school's attendance,
// problem and commitments by state, every commitment with its history, and what schools share;
// filtered by school, session and state, keyboard first (Alt+letter to each filter and tab).
// It gathers schools' archives into the bitácora and writes the zone report, as disk jobs: the
// window never waits for the disk.
class ZoneWindow : public QWidget {
    Q_OBJECT
public:
    ZoneWindow(DiskJobs &jobs, const QString &source, QWidget *parent = nullptr);

    // Reads the bitácora again (a job); the tables fill when it is read.
    void reload();
    // Gathers those archives (a job that writes), says what became of each, and reloads.
    void gather(const QStringList &archives);
    // Sends every session of the bitácora to the zone's PostgreSQL (a job), a line each.
    void publish(const QString &url, const QString &password);
    // Asks where the zone's PostgreSQL is (the address kept from last time), then publishes.
    void askToPublish() { askServer(true); }
    // Shows what the zone's PostgreSQL holds instead of the bitácora (a job), or the bitácora
    // again (an empty url).
    void readFrom(const QString &url, const QString &password);
    // What the last gathering, publication or report said, and the zone's totals (tests).
    QString outcomeText() const;
    QString summaryText() const;

Q_SIGNALS:
    void loaded();    // the tables show the bitácora as read last
    void gathered();  // a gathering ended (its lines are shown)
    void published(); // a publication ended (its lines are shown)

private:
    void buildFilters();
    void refill();
    void chooseArchives();
    void askServer(bool publishing);
    void showOutcome(const QStringList &lines);
    void writeReport();
    void showRecords(const QVector<ZoneSession> &sessions);

    DiskJobs &m_jobs;
    QString m_source;    // the bitácora's name
    QString m_serverUrl; // the zone's PostgreSQL shown instead, when not empty
    QString m_serverPassword;
    QString m_shownUrl; // where what is on view was read from
    QString m_shownPassword;
    QVector<ZoneSession> m_sessions;
    ZoneFigures m_figures;
    QComboBox *m_school = nullptr;
    QComboBox *m_session = nullptr;
    QComboBox *m_state = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStandardItemModel *m_schools = nullptr;
    QStandardItemModel *m_commitments = nullptr;
    QStandardItemModel *m_shared = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
};

} // namespace fcte
