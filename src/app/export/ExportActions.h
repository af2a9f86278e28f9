#pragma once

#include "core/export/BitacoraArchive.h"
#include "core/export/Exporters.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace fcte {

class Database;
class DiskJobs;
class Guide;
class Notebook;

// File → Export, Import and Print for the open session. Every failure is told in Spanish; no
// half-written file is ever left behind.
class ExportActions : public QObject {
    Q_OBJECT
public:
    // The exports, the copy and the import are done by jobs (see DiskJobs); the notebook only
    // answers the menus' short questions.
    ExportActions(Notebook &notebook, DiskJobs &jobs, const Guide &guide, qint64 sessionId,
                  QWidget *window);

    void addTo(QMenu *fileMenu);

    // What the menu items run; each returns false when cancelled or refused. The exports, the
    // copy and the import then work on a thread of their own (isExporting()) and tell how it
    // went when done.
    bool saveCopy();
    bool exportPdf();
    bool exportJson();
    bool exportCsv();
    // One school's own bitácora (PDF, or JSON or CSV by the name chosen), and every school's
    // as PDFs in a folder.
    bool exportSchool(qint64 schoolId);
    bool exportEverySchool();
    bool importJson();
    void print();

    // What the print preview draws: the same pages as the PDF, on the printer. (The preview
    // itself reads the bitácora on a job first.)
    void paintInto(QPrinter *printer);

    // Messages are shown in a box, and kept here for tests.
    QString lastMessage() const { return m_lastMessage; }
    // True while an export or an import is being written on its thread (the menu item has
    // returned).
    bool isExporting() const { return m_running > 0; }

Q_SIGNALS:
    void sessionImported(qint64 sessionId);
    // For the status bar, said without stopping the room: that a file is being written, then
    // where it went.
    void statusChanged(const QString &message);

private:
    QString suggestedName(const QString &extension) const;
    void importInBackground(const QString &path, BitacoraArchive::Duplicate duplicate);
    void setImporting(bool importing);
    void importDone(const QString &path, const QString &error, const ArchiveImportResult &result);
    PdfOptions pdfOptions() const;
    DocumentOptions documentOptions() const;
    void paintDocument(QPrinter *printer, const FlowDocument &document, const QString &header);
    void showPreview(const FlowDocument &document, const QString &header);
    bool report(const QString &error, const QString &success);
    // Writes on a thread of its own, through a read-only connection of its own, so that the
    // window keeps answering while the file is made (the large bitácora's PDF takes a quarter
    // of a second, every school's about a second); the message comes once it is written.
    using Job = std::function<Exporters::Written(Database &)>;
    using Success = std::function<QString(const Exporters::Written &)>;
    bool writeInBackground(Job job, Success success, bool copiesWholeFile = false);
    // The same for one file: the write returns its error, or nothing, and may name the
    // characters a PDF could not draw.
    bool writeFileInBackground(std::function<QString(Database &, QString *undrawable)> write,
                               const QString &path, const QString &success);
    static QString undrawableNotice(const QString &characters);

    Notebook &m_notebook;
    const Guide &m_guide;
    qint64 m_sessionId;
    QWidget *m_window;
    QAction *m_a4 = nullptr;
    QAction *m_omitStruck = nullptr;
    QString m_lastMessage;
    DiskJobs &m_jobs;
    int m_running = 0; // exports, copies, imports and previews not yet reported
    bool m_importing = false;
    bool m_preparingPreview = false;
    QAction *m_import = nullptr;
};

} // namespace fcte
