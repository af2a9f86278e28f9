#pragma once

#include "BitacoraDocument.h"

#include <QPageSize>
#include <QString>

namespace fcte {

class Database;
class Guide;

struct PdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::Letter;
    DocumentOptions document;
};

// The bitácora's files. Each is written atomically: on failure the old file, if any, is left
// as it was, and the returned message (in Spanish) says why; an empty message means success.
struct Exporters {
    static QString writePdf(Database &db, const Guide &guide, qint64 sessionId, const QString &path,
                            const PdfOptions &options = {});
    static QString writeJson(Database &db, qint64 sessionId, const QString &path);
    static QString writeCommitmentsCsv(Database &db, qint64 sessionId, const QString &path);
    // The CSV text itself: UTF-8 with a byte-order mark, so spreadsheets read the accents.
    static QByteArray commitmentsCsv(Database &db, qint64 sessionId);
    // Writes bytes to path atomically; returns an error message or an empty string.
    static QString writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace fcte
