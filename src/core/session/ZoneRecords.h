#pragma once

#include "core/model/Records.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fcte {

class Database;

// What of one session reaches the zone: per school, the attendance, the problem it presented and
// its people's commitments with their reviews; and the similarities and coincidences recorded
// between schools. Never a private note, a name typed on a phone or a photo. The same records
// come from a local bitácora (read) and from the zone's PostgreSQL (ZoneDatabase), so the
// figures made of them (ZoneFigures) are the same wherever they were kept.
struct ZoneReview {
    Review::State state = Review::State::Pending;
    QDate reviewedOn;
    QString indicator;
    QString evidence;
    bool operator==(const ZoneReview &other) const;
};

struct ZoneCommitment {
    QString who;                 // the participant
    QString text;                // "Mis alumnos requieren mejorar …; me comprometo a …"
    QVector<ZoneReview> history; // oldest first; the latest is the state
    Review::State state() const
    {
        return history.isEmpty() ? Review::State::Pending : history.constLast().state;
    }
    bool operator==(const ZoneCommitment &other) const;
};

struct ZoneSchool {
    QString cct;
    QString name;
    int expected = 0; // participants of the school on the roster
    int present = 0;  // of those, marked present (attendance taken on the day)
    QString problem;  // the problem it presented (activity 7)
    QVector<ZoneCommitment> commitments;
    // Who the school is across sessions: its CCT, or its name when it has none.
    QString key() const;
    bool operator==(const ZoneSchool &other) const;
};

// An entry of the similarities sheet: a similarity, a coincidence or a difference, and the
// schools it names (by key).
struct ZoneShared {
    int kind = 0; // 0 similarity, 1 coincidence, 2 difference (the sheet's categories)
    QString text;
    QStringList schools;
    bool operator==(const ZoneShared &other) const;
    static QString kindName(int kind);
};

struct ZoneSession {
    QString uid;
    QString title;
    QDate heldOn;
    QString zone;
    bool followUp = false;
    QString nextMeetingDate; // as agreed, in words ("viernes 26 de marzo")
    QString latestChange;    // see SessionStore::latestChange: which of two copies is later
    QVector<ZoneSchool> schools;
    QVector<ZoneShared> shared;
    bool operator==(const ZoneSession &other) const;
    // A digest of everything above: the same session with the same content, the same digest.
    QByteArray contentHash() const;
};

struct ZoneRecords {
    // Every session of the bitácora, by date.
    static QVector<ZoneSession> read(Database &db);
    static ZoneSession readSession(Database &db, qint64 sessionId);
};

} // namespace fcte
