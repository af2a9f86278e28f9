#include "core/session/ZoneRecords.h"

#include "core/guide/SheetKinds.h"
#include "core/session/ReviewBoard.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace fcte {

bool ZoneReview::operator==(const ZoneReview &other) const
{
    return state == other.state && reviewedOn == other.reviewedOn && indicator == other.indicator &&
           evidence == other.evidence;
}

bool ZoneCommitment::operator==(const ZoneCommitment &other) const
{
    return who == other.who && text == other.text && history == other.history;
}

QString ZoneSchool::key() const
{
    return cct.isEmpty() ? name.trimmed().toLower() : cct.toUpper();
}

bool ZoneSchool::operator==(const ZoneSchool &other) const
{
    return cct == other.cct && name == other.name && expected == other.expected &&
           present == other.present && problem == other.problem && commitments == other.commitments;
}

bool ZoneShared::operator==(const ZoneShared &other) const
{
    return kind == other.kind && text == other.text && schools == other.schools;
}

QString ZoneShared::kindName(int kind)
{
    const QStringList names = SheetKinds::spec(QStringLiteral("similarities")).categories;
    return kind >= 0 && kind < names.size() ? names.at(kind) : names.value(0);
}

bool ZoneSession::operator==(const ZoneSession &other) const
{
    return uid == other.uid && title == other.title && heldOn == other.heldOn &&
           zone == other.zone && followUp == other.followUp &&
           nextMeetingDate == other.nextMeetingDate && latestChange == other.latestChange &&
           schools == other.schools && shared == other.shared;
}

QByteArray ZoneSession::contentHash() const
{
    // Each field with its length before it: no two different sessions write the same stream.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    };
    const auto number = [&add](qint64 value) {
        add(QString::number(value));
    };
    add(uid);
    add(title);
    add(heldOn.toString(Qt::ISODate));
    add(zone);
    number(followUp);
    add(nextMeetingDate);
    add(latestChange);
    number(schools.size());
    for (const ZoneSchool &school : schools) {
        add(school.cct);
        add(school.name);
        number(school.expected);
        number(school.present);
        add(school.problem);
        number(school.commitments.size());
        for (const ZoneCommitment &commitment : school.commitments) {
            add(commitment.who);
            add(commitment.text);
            number(commitment.history.size());
            for (const ZoneReview &review : commitment.history) {
                add(Review::stateKey(review.state));
                add(review.reviewedOn.toString(Qt::ISODate));
                add(review.indicator);
                add(review.evidence);
            }
        }
    }
    number(shared.size());
    for (const ZoneShared &item : shared) {
        number(item.kind);
        add(item.text);
        add(item.schools.join(QLatin1Char('\n')));
    }
    return hash.result().toHex();
}

namespace {

// PostgreSQL keeps no U+0000 in text (libpq would cut the text there): the zone's records never
// hold one, wherever they are read from, so both stores give the same.
void removeNulls(QString &text)
{
    text.remove(QChar(0));
}

void removeNulls(ZoneSession &session)
{
    for (QString *text : {&session.uid, &session.title, &session.zone, &session.nextMeetingDate})
        removeNulls(*text);
    for (ZoneSchool &school : session.schools) {
        for (QString *text : {&school.cct, &school.name, &school.problem})
            removeNulls(*text);
        for (ZoneCommitment &commitment : school.commitments) {
            removeNulls(commitment.who);
            removeNulls(commitment.text);
            for (ZoneReview &review : commitment.history) {
                removeNulls(review.indicator);
                removeNulls(review.evidence);
            }
        }
    }
    for (ZoneShared &item : session.shared) {
        removeNulls(item.text);
        for (QString &school : item.schools)
            removeNulls(school);
    }
}

} // namespace

ZoneSession ZoneRecords::readSession(Database &db, qint64 sessionId)
{
    SessionStore sessions(db);
    SheetStore sheets(db);
    ZoneSession zone;
    if (const auto info = sessions.session(sessionId)) {
        zone.uid = info->uid;
        zone.title = info->title;
        zone.heldOn = info->heldOn;
        zone.zone = info->zone;
        zone.followUp = info->followUpOf != 0;
    }
    zone.nextMeetingDate = sheets.nextMeeting(sessionId).date.trimmed();
    // Private notes leave no trace in the zone, not even the time of the last one.
    QStringList privateSheets;
    for (const QString &sheet : SheetKinds::ids())
        if (SheetKinds::isPrivate(sheet))
            privateSheets << sheet;
    zone.latestChange = sessions.latestChange(sessionId, privateSheets);

    QHash<qint64, int> schoolRow;
    for (const School &school : sessions.schools(sessionId)) {
        ZoneSchool row;
        row.cct = school.cct;
        row.name = school.name;
        row.problem = sheets.schoolProblem(school.id).problem;
        schoolRow.insert(school.id, zone.schools.size());
        zone.schools << row;
    }
    const QHash<qint64, Attendance> attendance = sessions.attendance(sessionId);
    QHash<qint64, Participant> people;
    for (const Participant &person : sessions.participants(sessionId)) {
        people.insert(person.id, person);
        const auto row = schoolRow.constFind(person.schoolId);
        if (row == schoolRow.cend())
            continue;
        ZoneSchool &school = zone.schools[*row];
        ++school.expected;
        school.present += attendance.value(person.id).present ? 1 : 0;
    }
    QHash<qint64, QVector<ZoneReview>> history;
    for (const Review &review : sheets.reviews(sessionId)) {
        if (review.item == Review::Item::Commitment)
            history[review.itemId]
                << ZoneReview{review.state, review.reviewedOn, review.indicator, review.evidence};
    }
    for (const Commitment &commitment : sheets.commitments(sessionId)) {
        const Participant person = people.value(commitment.participantId);
        const auto row = schoolRow.constFind(person.schoolId);
        if (commitment.isStruck() || row == schoolRow.cend())
            continue;
        zone.schools[*row].commitments << ZoneCommitment{
            person.name, ReviewBoard::commitmentText(commitment), history.value(commitment.id)};
    }
    for (const Entry &entry : sheets.entries(sessionId, QStringLiteral("similarities"))) {
        if (entry.isStruck())
            continue;
        ZoneShared item;
        // An archive may carry any category; the zone knows the sheet's three.
        item.kind = std::clamp(entry.category, 0, 2);
        item.text = entry.text;
        for (qint64 schoolId : entry.schoolIds) {
            const auto row = schoolRow.constFind(schoolId);
            if (row != schoolRow.cend())
                item.schools << zone.schools.at(*row).key();
        }
        zone.shared << item;
    }
    removeNulls(zone);
    return zone;
}

QVector<ZoneSession> ZoneRecords::read(Database &db)
{
    const ReadSnapshot moment(db);
    QVector<SessionInfo> infos = SessionStore(db).sessions();
    std::sort(infos.begin(), infos.end(), [](const SessionInfo &a, const SessionInfo &b) {
        return a.heldOn != b.heldOn ? a.heldOn < b.heldOn : a.id < b.id;
    });
    QVector<ZoneSession> result;
    result.reserve(infos.size());
    for (const SessionInfo &info : infos)
        result << readSession(db, info.id);
    return result;
}

} // namespace fcte
