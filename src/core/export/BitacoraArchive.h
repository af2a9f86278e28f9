#pragma once

#include <QByteArray>
#include <QStringList>

namespace fcte {

class Database;

struct ArchiveImportResult {
    qint64 sessionId = 0; // the imported session, 0 on failure
    // In Spanish, each naming the JSON path it concerns; empty on success.
    QStringList errors;
    // Set, with nothing imported, when the bitácora already holds this archive's session (for
    // ReplaceIfNewer: as recent as the archive's, or more).
    qint64 alreadyPresent = 0;
    // Set when the archive's session took the place of an older copy of it (ReplaceIfNewer).
    qint64 replaced = 0;
    bool ok() const { return sessionId != 0; }
};

// The whole bitácora of one session as JSON: full fidelity, versioned, re-importable. Exporting,
// importing into an empty database and exporting again gives the same bytes. It holds all the
// PDF shows, timing included (timers, turns, breaks, the current activity), and the session's
// identifier; drafts stay out. Version 1 archives (no timing, no identifier) still import.
class BitacoraArchive {
public:
    static constexpr const char *Format = "facilitador-cte-bitacora";
    static constexpr int Version = 2;
    // Photos travel inside (base64): room for a session's worth of them.
    static constexpr qsizetype MaxBytes = 256 * 1024 * 1024;
    static constexpr int MaxDepth = 16;

    // schoolId: one school's own archive (see SchoolScope), 0 for the whole session.
    // repaired: what was damaged on disk and exported repaired (also listed in the archive).
    static QByteArray exportSession(Database &db, qint64 sessionId, qint64 schoolId = 0,
                                    QStringList *repaired = nullptr);
    enum class Duplicate {
        Refuse, // an archive whose session is already here is not imported (alreadyPresent)
        AsNew,  // imported again as a separate session, with an identifier of its own
        // takes the place of the copy here when something in it changed later (see
        // SessionStore::latestChange); otherwise nothing is imported (alreadyPresent)
        ReplaceIfNewer,
    };
    enum class PrivateNotes {
        Keep,
        LeaveOut, // a zone's copy: the individual notes and what phones sent as one stay behind
    };
    // Adds the archive's session to the database in one transaction: on any error, nothing.
    static ArchiveImportResult importSession(Database &db, const QByteArray &json,
                                             Duplicate duplicate = Duplicate::Refuse,
                                             PrivateNotes privateNotes = PrivateNotes::Keep);
};

} // namespace fcte
