#include "app/export/ExportActions.h"

#include "app/Messages.h"

#include "app/export/FileDialogs.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/BitacoraDocument.h"
#include "core/export/Exporters.h"
#include "core/model/StoreError.h"
#include "core/print/PagePainter.h"
#include "core/print/TypeSet.h"
#include "core/session/DiskJobs.h"
#include "core/session/Notebook.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace fcte {

ExportActions::ExportActions(Notebook &notebook, DiskJobs &jobs, const Guide &guide,
                             qint64 sessionId, QWidget *window)
    : QObject(window)
    , m_notebook(notebook)
    , m_guide(guide)
    , m_sessionId(sessionId)
    , m_window(window)
    , m_jobs(jobs)
{
    QSettings settings;
    m_a4 = new QAction(tr("Tamaño A4 (en lugar de carta)"), this);
    m_a4->setCheckable(true);
    m_a4->setChecked(settings.value(QStringLiteral("export/a4"), false).toBool());
    m_omitStruck = new QAction(tr("Omitir las entradas tachadas"), this);
    m_omitStruck->setCheckable(true);
    m_omitStruck->setChecked(settings.value(QStringLiteral("export/omitStruck"), false).toBool());
    connect(m_a4, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("export/a4"), on); });
    connect(m_omitStruck, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("export/omitStruck"), on); });
}

bool ExportActions::writeInBackground(Job job, Success success, bool copiesWholeFile)
{
    ++m_running;
    Q_EMIT statusChanged(tr("Exportando…"));
    m_jobs.run(
        [job = std::move(job)](Database &own) {
            const Exporters::Written written = job(own);
            return DiskJobResult{written.files, written.error, written.undrawable};
        },
        this,
        [this, success = std::move(success)](const DiskJobResult &result) {
            --m_running;
            const Exporters::Written written{result.files, result.error, result.notice};
            QString done = written.error.isEmpty() ? success(written) : QString();
            if (!written.undrawable.isEmpty())
                done += QLatin1Char(' ') + undrawableNotice(written.undrawable);
            report(written.error, done);
        },
        copiesWholeFile ? DiskJobs::Moment::Whole : DiskJobs::Moment::Snapshot);
    return true;
}

QString ExportActions::undrawableNotice(const QString &characters)
{
    return tr("Ninguna letra instalada dibuja %1: en el PDF cada uno va en un recuadro con su "
              "código.")
        .arg(characters);
}

bool ExportActions::writeFileInBackground(std::function<QString(Database &, QString *)> write,
                                          const QString &path, const QString &success)
{
    return writeInBackground(
        [write = std::move(write), path](Database &db) {
            Exporters::Written written{{path}, {}, {}};
            written.error = write(db, &written.undrawable);
            return written;
        },
        [success](const Exporters::Written &) { return success; });
}

void ExportActions::addTo(QMenu *file)
{
    QAction *copy = file->addAction(tr("Guardar una &copia…"), this, &ExportActions::saveCopy);
    copy->setObjectName(QStringLiteral("saveCopyAction"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Exportar"));
    QAction *pdf = exportMenu->addAction(tr("Bitácora en &PDF…"), this, &ExportActions::exportPdf);
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *json =
        exportMenu->addAction(tr("Bitácora completa en &JSON…"), this, &ExportActions::exportJson);
    json->setObjectName(QStringLiteral("exportJsonAction"));
    QAction *csv =
        exportMenu->addAction(tr("&Compromisos en CSV…"), this, &ExportActions::exportCsv);
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    exportMenu->addSeparator();
    // Each school keeps its own bitácora (the guide's product): one, or all at once.
    QMenu *oneSchool = exportMenu->addMenu(tr("Bitácora de &una escuela"));
    oneSchool->setObjectName(QStringLiteral("exportSchoolMenu"));
    connect(oneSchool, &QMenu::aboutToShow, this, [this, oneSchool] {
        oneSchool->clear();
        for (const School &school : m_notebook.schools(m_sessionId)) {
            const qint64 id = school.id;
            oneSchool->addAction(tr("%1 (%2)…").arg(school.name, school.cct), this,
                                 [this, id] { exportSchool(id); });
        }
    });
    QAction *everySchool = exportMenu->addAction(tr("Una bitácora por &escuela (carpeta)…"), this,
                                                 &ExportActions::exportEverySchool);
    everySchool->setObjectName(QStringLiteral("exportEverySchoolAction"));
    exportMenu->addSeparator();
    exportMenu->addAction(m_a4);
    exportMenu->addAction(m_omitStruck);
    m_import = file->addAction(tr("&Importar bitácora JSON…"), this, &ExportActions::importJson);
    m_import->setObjectName(QStringLiteral("importJsonAction"));
    file->addSeparator();
    QAction *print = file->addAction(tr("Im&primir…"), this, &ExportActions::print);
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
}

QString ExportActions::suggestedName(const QString &extension) const
{
    const auto info = m_notebook.session(m_sessionId);
    const QString date = info ? info->heldOn.toString(Qt::ISODate) : QString();
    return tr("bitacora-cte-%1.%2").arg(date, extension);
}

bool ExportActions::report(const QString &error, const QString &success)
{
    m_lastMessage = error.isEmpty() ? success : error;
    if (error.isEmpty()) {
        Q_EMIT statusChanged(success); // where the file went
        return true;
    }
    Messages::warning(m_window, tr("No se guardó"), error);
    return false;
}

bool ExportActions::saveCopy()
{
    const QString path = FileDialogs::saveFileName(
        m_window, tr("Guardar una copia completa de la bitácora"),
        suggestedName(QStringLiteral("sqlite")), tr("Bitácora (*.sqlite)"));
    if (path.isEmpty())
        return false;
    // The backup API copies the file as it is at one moment, on the job's own connection.
    return writeInBackground(
        [path](Database &own) {
            const QString error = Exporters::writeCopy(own, path);
            return Exporters::Written{
                error.isEmpty() ? QStringList{path} : QStringList{}, error, {}};
        },
        [path](const Exporters::Written &) {
            // In the status bar, as the exports: a box that opens when the copy is done would
            // take the keys from whoever is typing then.
            return tr("La copia completa de la bitácora (todas sus sesiones) quedó en %1: un solo "
                      "archivo, que se abre en otra computadora con Facilitador CTE.")
                .arg(QDir::toNativeSeparators(path));
        },
        true);
}

bool ExportActions::exportPdf()
{
    const QString path =
        FileDialogs::saveFileName(m_window, tr("Exportar la bitácora en PDF"),
                                  suggestedName(QStringLiteral("pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    return writeFileInBackground(
        [guide = &m_guide, session = m_sessionId, path,
         options = pdfOptions()](Database &db, QString *undrawable) {
            return Exporters::writePdf(db, *guide, session, path, options, undrawable);
        },
        path, tr("Bitácora guardada en %1").arg(path));
}

PdfOptions ExportActions::pdfOptions() const
{
    PdfOptions options;
    options.pageSize = m_a4->isChecked() ? QPageSize::A4 : QPageSize::Letter;
    options.document = documentOptions();
    return options;
}

bool ExportActions::exportSchool(qint64 schoolId)
{
    School school;
    for (const School &candidate : m_notebook.schools(m_sessionId)) {
        if (candidate.id == schoolId)
            school = candidate;
    }
    if (school.id == 0)
        return false;
    const QString pdfFilter = tr("PDF (*.pdf)");
    const QString jsonFilter = tr("Bitácora JSON (*.json)");
    const QString csvFilter = tr("Compromisos en CSV (*.csv)");
    const QString path = FileDialogs::saveFileName(
        m_window, tr("Bitácora de %1").arg(school.name),
        Exporters::schoolFileName(school, QStringLiteral("pdf")),
        QStringList{pdfFilter, jsonFilter, csvFilter}.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return false;
    // The file's name says the format: .json, .csv, or the PDF.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString done = tr("Bitácora de %1 guardada en %2").arg(school.name, path);
    PdfOptions options = pdfOptions();
    options.document.schoolId = schoolId;
    return writeFileInBackground(
        [guide = &m_guide, session = m_sessionId, path, suffix, schoolId,
         options](Database &db, QString *undrawable) {
            if (suffix == QLatin1String("json"))
                return Exporters::writeJson(db, session, path, schoolId);
            if (suffix == QLatin1String("csv"))
                return Exporters::writeCommitmentsCsv(db, session, path, schoolId);
            return Exporters::writePdf(db, *guide, session, path, options, undrawable);
        },
        path, done);
}

bool ExportActions::exportEverySchool()
{
    const QString folder =
        FileDialogs::folderName(m_window, tr("Carpeta para la bitácora de cada escuela"));
    if (folder.isEmpty())
        return false;
    return writeInBackground(
        [guide = &m_guide, session = m_sessionId, folder, options = pdfOptions()](Database &db) {
            return Exporters::writeSchoolPdfs(db, *guide, session, folder, options);
        },
        [this, folder](const Exporters::Written &written) {
            return tr("%n bitácoras (una por escuela) guardadas en %1", nullptr,
                      int(written.files.size()))
                .arg(QDir::toNativeSeparators(folder));
        });
}

bool ExportActions::exportJson()
{
    const QString path = FileDialogs::saveFileName(m_window, tr("Exportar la bitácora en JSON"),
                                                   suggestedName(QStringLiteral("json")),
                                                   tr("Bitácora JSON (*.json)"));
    if (path.isEmpty())
        return false;
    return writeFileInBackground(
        [session = m_sessionId, path](Database &db, QString *) {
            return Exporters::writeJson(db, session, path);
        },
        path, tr("Bitácora guardada en %1").arg(path));
}

bool ExportActions::exportCsv()
{
    const QString path = FileDialogs::saveFileName(m_window, tr("Exportar los compromisos en CSV"),
                                                   tr("compromisos.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return false;
    return writeFileInBackground(
        [session = m_sessionId, path](Database &db, QString *) {
            return Exporters::writeCommitmentsCsv(db, session, path);
        },
        path, tr("Compromisos guardados en %1").arg(path));
}

bool ExportActions::importJson()
{
    if (m_importing)
        return false;
    const QString path = FileDialogs::openFileName(m_window, tr("Importar una bitácora JSON"),
                                                   tr("Bitácora JSON (*.json)"));
    if (path.isEmpty())
        return false;
    importInBackground(path, BitacoraArchive::Duplicate::Refuse);
    return true;
}

void ExportActions::setImporting(bool importing)
{
    // One import at a time; meanwhile the window's writes wait for its transaction.
    m_importing = importing;
    if (m_import)
        m_import->setEnabled(!importing);
    m_notebook.setPatientWrites(importing);
}

void ExportActions::importInBackground(const QString &path, BitacoraArchive::Duplicate duplicate)
{
    // Read, checked and written on a thread of its own: an archive with photos takes seconds.
    auto outcome = std::make_shared<ArchiveImportResult>();
    ++m_running;
    setImporting(true);
    Q_EMIT statusChanged(tr("Importando %1…").arg(QFileInfo(path).fileName()));
    m_jobs.run(
        [path, duplicate, outcome](Database &own) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return DiskJobResult{
                    {}, tr("No se pudo abrir %1: %2").arg(path, file.errorString()), {}};
            *outcome = file.size() > BitacoraArchive::MaxBytes
                           ? ArchiveImportResult{0, {tr("el archivo es demasiado grande")}, 0}
                           : BitacoraArchive::importSession(own, file.readAll(), duplicate);
            return DiskJobResult{};
        },
        this,
        [this, path, outcome](const DiskJobResult &result) {
            setImporting(false);
            importDone(path, result.error, *outcome);
            --m_running; // after: an import asked again as a new session counts first
        },
        DiskJobs::Moment::Writes);
}

void ExportActions::importDone(const QString &path, const QString &error,
                               const ArchiveImportResult &result)
{
    const QString name = QFileInfo(path).fileName();
    if (!error.isEmpty()) {
        m_lastMessage = error;
        Q_EMIT statusChanged(tr("No se importó %1.").arg(name));
        Messages::warning(m_window, tr("No se importó"), m_lastMessage);
        return;
    }
    if (result.alreadyPresent != 0) {
        const auto present = m_notebook.session(result.alreadyPresent);
        m_lastMessage = tr("La sesión de %1 ya está en esta bitácora («%2»). ¿Importarla otra vez "
                           "como una sesión aparte?")
                            .arg(name, present ? present->title : QString());
        Q_EMIT statusChanged(QString());
        if (Messages::riskyQuestion(m_window, tr("Ya importada"), m_lastMessage))
            importInBackground(path, BitacoraArchive::Duplicate::AsNew);
        return;
    }
    if (!result.ok()) {
        QStringList shown = result.errors.mid(0, 8);
        if (result.errors.size() > 8)
            shown << tr("… y %n problema(s) más.", nullptr, int(result.errors.size() - 8));
        m_lastMessage = tr("No se importó %1; la bitácora no cambió.\n\n%2")
                            .arg(name, shown.join(QLatin1Char('\n')));
        Q_EMIT statusChanged(tr("No se importó %1.").arg(name));
        Messages::warning(m_window, tr("No se importó"), m_lastMessage);
        return;
    }
    const auto info = m_notebook.session(result.sessionId);
    // In the status bar: a box that opens when the import ends would take the keys of whoever
    // is typing then.
    m_lastMessage = tr("Se importó «%1» como una sesión nueva: se abre desde Archivo → Abrir "
                       "sesión.")
                        .arg(info ? info->title : QString());
    Q_EMIT statusChanged(m_lastMessage);
    Q_EMIT sessionImported(result.sessionId);
}

DocumentOptions ExportActions::documentOptions() const
{
    DocumentOptions options;
    options.struck = m_omitStruck->isChecked() ? DocumentOptions::Struck::Omit
                                               : DocumentOptions::Struck::ShowStruck;
    return options;
}

void ExportActions::paintInto(QPrinter *printer)
{
    Database &db = m_notebook.database();
    paintDocument(printer, BitacoraDocument::build(db, m_guide, m_sessionId, documentOptions()),
                  BitacoraDocument::runningHeader(db, m_sessionId));
}

void ExportActions::paintDocument(QPrinter *printer, const FlowDocument &document,
                                  const QString &header)
{
    TypeSet types;
    const LaidOutDocument pages =
        BitacoraDocument::pageLayout(types, printer->pageLayout().fullRectPoints().size())
            .layOutAll(document, header);
    PagePainter::paint(pages, types, *printer);
}

void ExportActions::print()
{
    if (m_preparingPreview)
        return; // asked twice while the pages are read: one preview
    m_preparingPreview = true;
    // The whole bitácora is read by a job, at one moment; the preview opens once it is read,
    // and lays it out for whatever paper is chosen there.
    struct Read {
        FlowDocument document;
        QString header;
    };
    auto read = std::make_shared<Read>();
    ++m_running;
    Q_EMIT statusChanged(tr("Preparando la vista previa de impresión…"));
    m_jobs.run(
        [guide = &m_guide, session = m_sessionId, options = documentOptions(),
         read](Database &own) {
            read->document = BitacoraDocument::build(own, *guide, session, options);
            read->header = BitacoraDocument::runningHeader(own, session);
            return DiskJobResult{};
        },
        this,
        [this, read](const DiskJobResult &result) {
            Q_EMIT statusChanged(QString());
            --m_running;
            m_preparingPreview = false;
            if (!result.error.isEmpty()) {
                Messages::warning(m_window, tr("No se pudo imprimir"),
                                  m_lastMessage = result.error);
                return;
            }
            // Once this report is done with: the jobs are idle while the preview is open.
            QTimer::singleShot(0, this,
                               [this, read] { showPreview(read->document, read->header); });
        });
}

void ExportActions::showPreview(const FlowDocument &document, const QString &header)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(m_a4->isChecked() ? QPageSize::A4 : QPageSize::Letter));
    printer.setDocName(header);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Vista previa de impresión"));
    connect(
        &preview, &QPrintPreviewDialog::paintRequested, this,
        [this, &document, &header](QPrinter *target) { paintDocument(target, document, header); });
    preview.exec();
}

} // namespace fcte
