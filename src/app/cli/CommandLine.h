#pragma once

#include "core/export/ZoneGather.h"
#include "core/session/ZoneRecords.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace fcte {

class Notebook;

// The program's options. Commands that print, import or export run without any window.
class CommandLine {
public:
    explicit CommandLine(const QStringList &arguments);

    // True when argv asks for a command that needs no window (checked before any QApplication
    // exists, so it works on a machine with no display).
    // Also true when argv holds an option nobody knows: it is refused without a window.
    static bool isHeadless(int argc, char *argv[]);
    // argv as the program is to give it to QApplication: "--session <id>" joined into
    // "--session=<id>", which Qt would otherwise take for its own session management.
    static std::vector<QByteArray> shieldedFromQt(int argc, char *argv[]);

    bool isValid() const { return m_error.isEmpty(); }
    const QString &errorText() const { return m_error; }

    QString databasePath() const; // the --db file, or the default in the user's data folder
    QString guidePath() const { return m_guidePath; } // --guide, or empty
    QString guideFile() const;                        // --guide, or the built-in fourth session's
    bool wantsDemo() const { return m_demo; }
    // --phones: where the window turns the phones' server on at start (empty: it does not).
    const QString &phonesAddress() const { return m_phonesAddress; }
    int phonesPort() const { return m_phonesPort; }

    // Runs the headless command; returns the process exit code.
    int runHeadless() const;

private:
    void readPhones(const QString &value);
    int runFileCommands() const;
    int runExports(Notebook &notebook, qint64 sessionId) const;
    // --gather: imports and reports each archive.
    ZoneGather::Summary runGather(Notebook &notebook) const;
    // --publish and --zone-report of the bitácora open.
    int runZoneCommands(Notebook &notebook) const;
    // --zone-report: the gathered bitácoras' report, as PDF or CSV.
    int runZoneReport(const QVector<ZoneSession> &sessions, const QString &source) const;
    // --zone-report with --zone-from: the report of the zone's PostgreSQL.
    int runZoneReportFromServer() const;
    // --publish: each session to the zone's PostgreSQL, a line each.
    int runPublish(Notebook &notebook) const;

    QString m_error;
    QString m_help;
    QString m_databasePath;
    QString m_exportPdf;
    QString m_exportJson;
    QString m_exportCsv;
    QString m_schoolCct;        // --school: one school's own bitácora
    QString m_schoolPdfsFolder; // --export-school-pdfs: every school's, one PDF each
    QString m_importJson;
    QStringList m_gather; // --gather: folders and files of schools' archives
    QString m_zoneReport; // --zone-report: the zone's report file
    QString m_publish;    // --publish: the zone's PostgreSQL
    QString m_zoneFrom;   // --zone-from: the zone's PostgreSQL the report reads
    QString m_pageSize;
    qint64 m_sessionId = 0;
    qint64 m_followUpOf = 0;
    QString m_guidePath; // --guide: the guide file for new sessions // --follow-up-of: the earlier
                         // session to follow up
    QString m_phonesAddress;
    int m_phonesPort = 0;
    bool m_omitStruck = false;
    bool m_demo = false;
    bool m_helpRequested = false;
    bool m_version = false;
    bool m_listActivities = false;
    QString m_checkGuide; // --check-guide: a guide file to check, and nothing else
};

} // namespace fcte
