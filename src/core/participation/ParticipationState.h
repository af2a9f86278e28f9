#pragma once

#include "core/model/Records.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace fcte {

class Guide;

// What the phones' page shows, as JSON: the session's schools, people and teams to join with,
// and the form of the current activity when it takes teachers' own words (see
// SheetSpec::fromPhones), with the guide's prompts and sentence starters. Also which forms accept
// submissions: the current one and every earlier one, so a phone that sends late is not refused.
struct ParticipationState {
    QByteArray json;
    QSet<QString> open; // ParticipationServer::formKey(activity, kind)

    static ParticipationState build(const Guide &guide, int currentActivity,
                                    const QString &sessionTitle, const QVector<School> &schools,
                                    const QVector<Participant> &people, const QVector<Team> &teams);
};

} // namespace fcte
