#pragma once

#include "core/session/ZoneFigures.h"

#include <QString>

class QStandardItemModel;

namespace fcte {

// What the zone window shows: the schools, the commitments and what schools share, each as a
// table, cut by the filters chosen. Plain text cells only: nothing typed is read as markup.
struct ZoneFilter {
    QString school; // a school's key; empty: every school
    // A session's uid; LatestSessions: each school's latest; EverySession: all of them.
    QString session;
    int state = -1; // a Review::State; -1: every state; 4: overdue reviews only
};

struct ZoneTables {
    static QString latestSessions() { return QString(); }
    static QString everySession() { return QStringLiteral("*"); }
    static constexpr int Overdue = 4;
    static void fillSchools(QStandardItemModel &model, const ZoneFigures &figures,
                            const ZoneFilter &filter);
    static void fillCommitments(QStandardItemModel &model, const QVector<ZoneSession> &sessions,
                                const ZoneFigures &figures, const ZoneFilter &filter);
    static void fillShared(QStandardItemModel &model, const QVector<ZoneSession> &sessions,
                           const ZoneFigures &figures, const ZoneFilter &filter);
    // "En proceso (12 mar 2027) → Cumplido (26 mar 2027)".
    static QString history(const ZoneCommitment &commitment);
};

} // namespace fcte
