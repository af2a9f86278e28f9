#pragma once

#include "core/export/BitacoraDocument.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

namespace fcte {

class Database;
class Guide;
struct School;

struct PdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::Letter;
    DocumentOptions document;
};

// The bitácora's files. Each is written atomically: on failure the old file, if any, is left
// as it was, and the returned message (in Spanish) says why; an empty message means success.
struct Exporters {
    // undrawable: the characters no face could draw ("U+0D9A, …"), printed as placeholders.
    static QString writePdf(Database &db, const Guide &guide, qint64 sessionId, const QString &path,
                            const PdfOptions &options = {}, QString *undrawable = nullptr);
    // schoolId: one school's own file (see SchoolScope); 0 for the whole session.
    // repaired: values damaged on disk that were exported repaired (see BitacoraArchive).
    static QString writeJson(Database &db, qint64 sessionId, const QString &path,
                             qint64 schoolId = 0, QStringList *repaired = nullptr);
    static QString writeCommitmentsCsv(Database &db, qint64 sessionId, const QString &path,
                                       qint64 schoolId = 0);
    // The CSV text itself: UTF-8 with a byte-order mark, so spreadsheets read the accents.
    static QByteArray commitmentsCsv(Database &db, qint64 sessionId, qint64 schoolId = 0);
    // Every school's own bitácora as a PDF in folder, named "CCT Nombre.pdf"; the files written,
    // or an error message.
    struct Written {
        QStringList files;
        QString error;
        QString undrawable; // as writePdf's
    };
    static Written writeSchoolPdfs(Database &db, const Guide &guide, qint64 sessionId,
                                   const QString &folder, const PdfOptions &options = {});
    // The whole bitácora, every session, as one file to carry (a USB stick): one moment of it,
    // through SQLite's backup API (Database::copyTo).
    static QString writeCopy(Database &db, const QString &path);
    // "09DPR1234X Escuela Primaria Benito Juárez.pdf": no character a file system refuses.
    static QString schoolFileName(const School &school, const QString &extension);
    // A CSV cell: quoted when it holds a separator, a quote or a line feed, and a leading
    // "=", "+", "-" or "@" made text, so a spreadsheet never runs it as a formula.
    static QString csvCell(QString text);
    // Writes bytes to path atomically; returns an error message or an empty string.
    static QString writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace fcte
