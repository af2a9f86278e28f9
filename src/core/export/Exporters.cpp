#include "core/export/Exporters.h"

#include "core/export/BitacoraArchive.h"
#include "core/io/FilePrivacy.h"
#include "core/io/OutputFile.h"
#include "core/model/StoreError.h"
#include "core/print/PdfWriter.h"
#include "core/print/TypeSet.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <optional>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exporters)
};

} // namespace

QString Exporters::csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        text.contains(QLatin1Char(';')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

QString Exporters::writeFile(const QString &path, const QByteArray &bytes)
{
    return OutputFile::write(path, bytes);
}

QString Exporters::writePdf(Database &db, const Guide &guide, qint64 sessionId, const QString &path,
                            const PdfOptions &options, QString *undrawable)
{
    try {
        const ReadSnapshot moment(db); // one moment of the bitácora, however long the writing
        const QString header =
            BitacoraDocument::runningHeader(db, sessionId, options.document.schoolId);
        OutputFile file(path);
        if (!file.open())
            return file.error();
        TypeSet types;
        const QSizeF paper = QPageSize(options.pageSize).size(QPageSize::Point);
        const PageLayout layout = BitacoraDocument::pageLayout(types, paper);
        PdfWriter writer(file.device(), types, paper);
        // Each block is laid out as soon as it is written, and each page written as soon as it
        // is full: a long bitácora is never held whole.
        const auto flow = [&](const FlowSink &sink) {
            BitacoraDocument::write(db, guide, sessionId, options.document, sink);
        };
        layout.layOut(flow, header, [&](LaidOutPage &&page) { writer.addPage(page); });
        const auto pageNumber = [&](int index, int count) {
            return layout.pageNumber(index, count);
        };
        errno = 0;
        if (!writer.finish(pageNumber, {header, QStringLiteral("Facilitador CTE")})) {
            file.giveUp();
            return file.error();
        }
        if (undrawable)
            *undrawable = types.missingDescription();
        return file.commit() ? QString() : file.error();
    } catch (const StoreError &error) {
        return error.message();
    }
}

QString Exporters::writeJson(Database &db, qint64 sessionId, const QString &path, qint64 schoolId,
                             QStringList *repaired)
{
    try {
        QByteArray archive;
        {
            const ReadSnapshot moment(db);
            archive = BitacoraArchive::exportSession(db, sessionId, schoolId, repaired);
        }
        return writeFile(path, archive);
    } catch (const StoreError &error) {
        return error.message();
    }
}

QByteArray Exporters::commitmentsCsv(Database &db, qint64 sessionId, qint64 schoolId)
{
    const ReadSnapshot moment(db);
    SessionStore sessions(db);
    SheetStore sheets(db);
    QHash<qint64, Participant> people;
    for (const Participant &person : sessions.participants(sessionId))
        people.insert(person.id, person);
    QHash<qint64, QString> schools;
    for (const School &school : sessions.schools(sessionId))
        schools.insert(school.id, school.name);

    QStringList lines;
    lines << QStringList{Text::tr("Participante"),
                         Text::tr("Escuela"),
                         Text::tr("Grado o sección"),
                         Text::tr("Mis alumnos requieren mejorar"),
                         Text::tr("Me comprometo a implementar"),
                         Text::tr("Compartiré los resultados en marzo mediante"),
                         Text::tr("Evidencias e instrumentos"),
                         Text::tr("Tachado")}
                 .join(QLatin1Char(','));
    for (const Commitment &commitment : sheets.commitments(sessionId)) {
        const Participant person = people.value(commitment.participantId);
        if (schoolId && person.schoolId != schoolId)
            continue; // another school's
        QStringList cells{
            person.name,         schools.value(person.schoolId),
            person.grade,        commitment.studentsNeed,
            commitment.actions,  commitment.shareHow,
            commitment.evidence, commitment.isStruck() ? Text::tr("sí") : Text::tr("no")};
        for (QString &cell : cells)
            cell = csvCell(cell);
        lines << cells.join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString Exporters::writeCommitmentsCsv(Database &db, qint64 sessionId, const QString &path,
                                       qint64 schoolId)
{
    try {
        return writeFile(path, commitmentsCsv(db, sessionId, schoolId));
    } catch (const StoreError &error) {
        return error.message();
    }
}

QString Exporters::writeCopy(Database &db, const QString &path)
{
    try {
        db.copyTo(path);
        return {};
    } catch (const StoreError &error) {
        return error.message();
    }
}

QString Exporters::schoolFileName(const School &school, const QString &extension)
{
    QString name = school.cct + QLatin1Char(' ') + school.name;
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*«»");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char(' ');
    }
    return name.simplified() + QLatin1Char('.') + extension;
}

Exporters::Written Exporters::writeSchoolPdfs(Database &db, const Guide &guide, qint64 sessionId,
                                              const QString &folder, const PdfOptions &options)
{
    Written written;
    // Folders the export creates are the user's only, as the files in them.
    if (!FilePrivacy::ensurePrivateFolder(folder)) {
        written.error = Text::tr("No se pudo crear la carpeta %1.").arg(folder);
        return written;
    }
    QVector<School> schools;
    std::optional<ReadSnapshot> moment; // every school's file from the same moment
    try {
        moment.emplace(db);
        schools = SessionStore(db).schools(sessionId);
    } catch (const StoreError &error) {
        written.error = error.message();
        return written;
    }
    for (const School &school : schools) {
        PdfOptions own = options;
        own.document.schoolId = school.id;
        const QString path = QDir(folder).filePath(schoolFileName(school, QStringLiteral("pdf")));
        QString undrawable;
        written.error = writePdf(db, guide, sessionId, path, own, &undrawable);
        if (!written.error.isEmpty())
            return written;
        written.files << path;
        if (!undrawable.isEmpty() && !written.undrawable.contains(undrawable))
            written.undrawable +=
                (written.undrawable.isEmpty() ? QString() : QStringLiteral(", ")) + undrawable;
    }
    return written;
}

} // namespace fcte
