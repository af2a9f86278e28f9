#pragma once

#include <QByteArray>
#include <QStringList>

namespace fcte {

class Database;

struct ArchiveImportResult {
    qint64 sessionId = 0; // the imported session, 0 on failure
    // In Spanish, each naming the JSON path it concerns; empty on success.
    QStringList errors;
    bool ok() const { return sessionId != 0; }
};

// The whole bitácora of one session as JSON: full fidelity, versioned, re-importable. Exporting,
// importing into an empty database and exporting again gives the same bytes.
class BitacoraArchive {
public:
    static constexpr const char *Format = "facilitador-cte-bitacora";
    static constexpr int Version = 1;
    static constexpr qsizetype MaxBytes = 64 * 1024 * 1024;
    static constexpr int MaxDepth = 16;

    static QByteArray exportSession(Database &db, qint64 sessionId);
    // Adds the archive's session to the database in one transaction: on any error, nothing.
    static ArchiveImportResult importSession(Database &db, const QByteArray &json);
};

} // namespace fcte
