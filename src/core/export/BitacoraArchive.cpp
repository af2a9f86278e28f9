#include "core/export/BitacoraArchive.h"

#include "core/evidence/EvidenceFile.h"
#include "core/guide/GuideLoader.h"
#include "core/model/SchoolScope.h"
#include "core/session/SessionGuide.h"

#include "core/guide/SheetKinds.h"
#include "core/json/JsonReader.h"
#include "core/model/Cct.h"
#include "core/model/StoreError.h"
#include "core/store/Database.h"
#include "core/store/EvidenceStore.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/SubmissionStore.h"
#include "core/store/TimingStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QTime>

#include <algorithm>
#include <limits>
#include <set>

namespace fcte {
namespace {

using json = nlohmann::json;
constexpr auto Yes = JsonReader::Required::Yes;
constexpr auto No = JsonReader::Required::No;
constexpr auto Exact = JsonReader::Trim::No;
// Text people typed: kept exactly, but never with spaces at its ends (typed text has none).
constexpr auto Typed = JsonReader::Trim::Refuse;
constexpr auto Trimmed = JsonReader::Trim::Yes;

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BitacoraArchive)
};

// Text as the archive carries it: no spaces or line breaks at its ends, the rule typed text
// follows (the import refuses text that breaks it; a value stored before the rule, or by a path
// that forgot it, is exported as typing would have left it).
std::string utf8(const QString &text)
{
    return text.trimmed().toStdString();
}

json stampOrNull(const QDateTime &time)
{
    return time.isValid() ? json(utf8(time.toUTC().toString(Qt::ISODateWithMs))) : json();
}

// A value damaged on disk (a flipped byte inside a row passes SQLite's integrity check, and a
// date can come out empty) is exported repaired and named, so the archive's own import never
// refuses it: the archive lists each repair under "repairs".
class Repairs {
public:
    explicit Repairs(const QDate &heldOn)
        : m_dayStart(heldOn.isValid() ? heldOn.startOfDay(Qt::UTC) : QDateTime())
    {}
    QDateTime stamp(const QDateTime &value, const QDateTime &fallback, const QString &where)
    {
        if (value.isValid())
            return value;
        const QDateTime repaired = fallback.isValid() ? fallback : m_dayStart;
        m_notes << Text::tr("%1: dato dañado en la bitácora; se exportó %2")
                       .arg(where, repaired.toUTC().toString(Qt::ISODateWithMs));
        return repaired;
    }
    QString text(const QString &value, const QString &where)
    {
        if (!value.trimmed().isEmpty())
            return value;
        m_notes << Text::tr("%1: dato dañado en la bitácora (texto vacío)").arg(where);
        return Text::tr("(dato dañado: no se pudo leer)");
    }
    // An end before the start (the computer's clock set back mid-session): the start.
    qint64 end(qint64 startedAtMs, qint64 endedAtMs)
    {
        if (endedAtMs == 0 || endedAtMs >= startedAtMs)
            return endedAtMs;
        m_notes << Text::tr("session.endedAtMs: el fin quedó antes del inicio (¿se atrasó el reloj "
                            "de la computadora?); se exportó el inicio");
        return startedAtMs;
    }
    const QStringList &notes() const { return m_notes; }

private:
    QDateTime m_dayStart;
    QStringList m_notes;
};

// Positional keys, so the same bitácora always exports to the same text whatever its row ids.
template <typename Rows> QHash<qint64, std::string> keysFor(const Rows &rows, const char *prefix)
{
    QHash<qint64, std::string> keys;
    int n = 0;
    for (const auto &row : rows)
        keys.insert(row.id, prefix + std::to_string(++n));
    return keys;
}

json keyOrNull(const QHash<qint64, std::string> &keys, qint64 id)
{
    const auto it = keys.constFind(id);
    return it == keys.constEnd() ? json() : json(*it);
}

json msOrNull(qint64 ms)
{
    return ms == 0 ? json() : json(ms);
}

// Timers, school turns and breaks as stored: the PDF's planned and actual minutes come from them.
json timingJson(const TimingStore &timing, qint64 sessionId,
                const QHash<qint64, std::string> &schoolKeys)
{
    json timers = json::array();
    for (const ActivityTimerState &timer : timing.timers(sessionId)) {
        json item = {{"activity", timer.activity},
                     {"plannedMinutes", timer.plannedMinutes},
                     {"accumulatedMs", timer.accumulatedMs},
                     {"runningSinceMs", msOrNull(timer.runningSinceMs)},
                     {"turnMinutes", timer.turnMinutes}};
        // Written only when used, so an archive of a session without them reads as before.
        if (timer.adjustedMinutes > 0)
            item["adjustedMinutes"] = timer.adjustedMinutes;
        if (timer.adjustedTurnMinutes > 0)
            item["adjustedTurnMinutes"] = timer.adjustedTurnMinutes;
        if (timer.skipped)
            item["skipped"] = true;
        timers.push_back(item);
    }
    json turns = json::array();
    const QMap<int, QVector<SchoolTurnState>> all = timing.allTurns(sessionId);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        for (const SchoolTurnState &turn : it.value()) {
            if (!schoolKeys.contains(turn.schoolId))
                continue; // another school's turn, in one school's archive
            turns.push_back({{"activity", it.key()},
                             {"school", keyOrNull(schoolKeys, turn.schoolId)},
                             {"accumulatedMs", turn.accumulatedMs},
                             {"runningSinceMs", msOrNull(turn.runningSinceMs)},
                             {"done", turn.done}});
        }
    }
    json breaks = json::array();
    for (const BreakItem &item : timing.breaks(sessionId)) {
        json written = {{"afterActivity", item.afterActivity}, {"minutes", item.minutes}};
        if (item.hasStarted())
            written["startedAtMs"] = item.startedAtMs;
        if (item.endedAtMs != 0)
            written["endedAtMs"] = item.endedAtMs;
        breaks.push_back(written);
    }
    return {{"timers", timers}, {"turns", turns}, {"breaks", breaks}};
}

} // namespace

namespace {

// Writes one session (or one school's part of it) as the archive's JSON, one table at a time.
struct ArchiveWriter {
    ArchiveWriter(Database &db, qint64 sessionId, qint64 schoolId);
    QByteArray write(QStringList *repaired);

    // One school's archive: the session as that school lived it, importable on its own (its own
    // identifier, so it never passes for the shared session).
    void narrowToSchool();
    void writeSession();
    void writeRoster();
    void writeEntries();
    void writeCommitments();
    void writeSheets();
    void writeReviews();
    void writeSubmissions();
    void writeEvidence();

    Database &db;
    SessionStore sessions;
    SheetStore sheets;
    const qint64 sessionId;
    const qint64 schoolId;
    SessionInfo info;
    QVector<School> schools;
    QVector<Participant> participants;
    QVector<Team> teams;
    Repairs repairs;
    SchoolScope scope;
    QHash<qint64, std::string> schoolKeys;
    QHash<qint64, std::string> personKeys;
    QHash<qint64, std::string> teamKeys;
    json root;
    QHash<qint64, int> entryIndex; // reviews name what they review by position in the archive
    QHash<qint64, int> commitmentIndex;
};

SessionInfo sessionOrRefuse(SessionStore &sessions, qint64 sessionId)
{
    const auto info = sessions.session(sessionId);
    if (!info)
        throw StoreError(Text::tr("La sesión %1 no existe en la bitácora.").arg(sessionId));
    return *info;
}

ArchiveWriter::ArchiveWriter(Database &db, qint64 sessionId, qint64 schoolId)
    : db(db)
    , sessions(db)
    , sheets(db)
    , sessionId(sessionId)
    , schoolId(schoolId)
    , info(sessionOrRefuse(sessions, sessionId))
    , schools(sessions.schools(sessionId))
    , participants(sessions.participants(sessionId))
    , teams(sheets.teams(sessionId))
    , repairs(info.heldOn)
{
    if (schoolId)
        narrowToSchool();
    schoolKeys = keysFor(schools, "escuela-");
    personKeys = keysFor(participants, "participante-");
    teamKeys = keysFor(teams, "equipo-");
}

QByteArray ArchiveWriter::write(QStringList *repaired)
{
    writeSession();
    writeRoster();
    writeEntries();
    writeCommitments();
    writeSheets();
    writeReviews();
    writeSubmissions();
    writeEvidence();
    if (!repairs.notes().isEmpty()) {
        root["repairs"] = json::array();
        for (const QString &note : repairs.notes())
            root["repairs"].push_back(utf8(note));
        if (repaired)
            *repaired = repairs.notes();
    }
    const std::string text = root.dump(2, ' ', false, json::error_handler_t::strict) + "\n";
    return QByteArray::fromStdString(text);
}

// Only the school asked for, its people and its teams.
void ArchiveWriter::narrowToSchool()
{
    const auto own = std::find_if(schools.cbegin(), schools.cend(),
                                  [this](const School &school) { return school.id == schoolId; });
    if (own == schools.cend())
        throw StoreError(Text::tr("La escuela pedida no participa en esta sesión."));
    scope = SchoolScope(schoolId, participants, teams);
    info.uid += QLatin1Char('-') + own->cct.toLower();
    schools = {*own};
    participants.erase(std::remove_if(participants.begin(), participants.end(),
                                      [this](const Participant &person) {
                                          return !scope.includesParticipant(person.id);
                                      }),
                       participants.end());
    teams.erase(std::remove_if(teams.begin(), teams.end(),
                               [this](const Team &team) { return !scope.includesTeam(team.id); }),
                teams.end());
    for (Team &team : teams)
        team.memberIds.erase(
            std::remove_if(team.memberIds.begin(), team.memberIds.end(),
                           [this](qint64 id) { return !scope.includesParticipant(id); }),
            team.memberIds.end());
}

// The session itself.
void ArchiveWriter::writeSession()
{
    root["format"] = BitacoraArchive::Format;
    root["version"] = BitacoraArchive::Version;
    root["session"] = {
        {"title", utf8(info.title)},
        {"heldOn", utf8(info.heldOn.toString(Qt::ISODate))},
        {"place", utf8(info.place)},
        {"zone", utf8(info.zone)},
        {"guideId", utf8(info.guideId)},
        {"plannedStart", utf8(info.plannedStart.toString(QStringLiteral("HH:mm")))},
        {"plannedEnd", utf8(info.plannedEnd.toString(QStringLiteral("HH:mm")))},
        {"currentActivity", info.currentActivity},
        {"isDemo", info.isDemo},
        {"uid", utf8(info.uid)},
        {"startedAtMs", msOrNull(info.startedAtMs)},
        {"endedAtMs", msOrNull(repairs.end(info.startedAtMs, info.endedAtMs))},
        {"turnFloorMinutes", info.turnFloorMinutes},
    };
}

// Schools, participants with their attendance, and teams.
void ArchiveWriter::writeRoster()
{
    root["schools"] = json::array();
    for (const School &school : schools)
        root["schools"].push_back({{"key", schoolKeys.value(school.id)},
                                   {"name", utf8(school.name)},
                                   {"cct", utf8(school.cct)},
                                   {"level", utf8(school.level)},
                                   {"shift", utf8(school.shift)},
                                   {"director", utf8(school.director)}});
    root["participants"] = json::array();
    const QHash<qint64, Attendance> attendance = sessions.attendance(sessionId);
    for (const Participant &person : participants) {
        json entry = {{"key", personKeys.value(person.id)},
                      {"school", keyOrNull(schoolKeys, person.schoolId)},
                      {"name", utf8(person.name)},
                      {"role", utf8(person.role)},
                      {"specialty", utf8(person.specialty)},
                      {"grade", utf8(person.grade)},
                      {"recorder", person.isRecorder}};
        // Attendance only once it was taken: "present" absent means not taken.
        if (attendance.contains(person.id)) {
            entry["present"] = attendance.value(person.id).present;
            entry["arrivedAt"] = utf8(attendance.value(person.id).arrivedAt);
        }
        root["participants"].push_back(entry);
    }
    root["teams"] = json::array();
    for (const Team &team : teams) {
        json members = json::array();
        for (qint64 id : team.memberIds)
            members.push_back(keyOrNull(personKeys, id));
        root["teams"].push_back(
            {{"key", teamKeys.value(team.id)}, {"name", utf8(team.name)}, {"members", members}});
    }
}

// Every sheet's entries.
void ArchiveWriter::writeEntries()
{
    root["entries"] = json::array();
    for (const Entry &entry : sheets.allEntries(sessionId)) {
        if (!scope.includes(entry))
            continue;
        // Private notes stay with their author: a school's archive carries its own people's,
        // never another school's nor one whose author is not known (the whole session's
        // archive, a copy of the bitácora, keeps them all).
        if (!scope.isWholeSession() && SheetKinds::isPrivate(entry.sheet) &&
            (entry.participantId == 0 || !scope.includesParticipant(entry.participantId)))
            continue;
        entryIndex.insert(entry.id, int(root["entries"].size()));
        json tagged = json::array();
        for (qint64 id : entry.schoolIds) {
            if (schoolKeys.contains(id))
                tagged.push_back(schoolKeys.value(id));
        }
        const QString where = QStringLiteral("entries[%1]").arg(root["entries"].size());
        const QDateTime created =
            repairs.stamp(entry.createdAt, entry.editedAt, where + QStringLiteral(".createdAt"));
        const QDateTime edited =
            repairs.stamp(entry.editedAt, created, where + QStringLiteral(".editedAt"));
        root["entries"].push_back(
            {{"sheet", utf8(entry.sheet)},
             {"activity", entry.activity},
             {"text", utf8(repairs.text(entry.text, where + QStringLiteral(".text")))},
             {"category", entry.category},
             {"schools", tagged},
             {"team", keyOrNull(teamKeys, entry.teamId)},
             {"participant", keyOrNull(personKeys, entry.participantId)},
             {"marked", entry.marked},
             {"createdAt", stampOrNull(created)},
             {"editedAt", stampOrNull(edited)},
             {"struckAt", stampOrNull(entry.struckAt)}});
    }
}

// Personal commitments.
void ArchiveWriter::writeCommitments()
{
    root["commitments"] = json::array();
    for (const Commitment &commitment : sheets.commitments(sessionId)) {
        if (!scope.includesParticipant(commitment.participantId))
            continue;
        commitmentIndex.insert(commitment.id, int(root["commitments"].size()));
        const QString where = QStringLiteral("commitments[%1]").arg(root["commitments"].size());
        const QDateTime created = repairs.stamp(commitment.createdAt, commitment.editedAt,
                                                where + QStringLiteral(".createdAt"));
        const QDateTime edited =
            repairs.stamp(commitment.editedAt, created, where + QStringLiteral(".editedAt"));
        root["commitments"].push_back(
            {{"participant", keyOrNull(personKeys, commitment.participantId)},
             {"studentsNeed", utf8(commitment.studentsNeed)},
             {"actions", utf8(commitment.actions)},
             {"shareHow", utf8(commitment.shareHow)},
             {"evidence", utf8(commitment.evidence)},
             {"createdAt", stampOrNull(created)},
             {"editedAt", stampOrNull(edited)},
             {"struckAt", stampOrNull(commitment.struckAt)}});
    }
}

// School problems, next meeting, timing, readings, the kept guide.
void ArchiveWriter::writeSheets()
{
    root["schoolProblems"] = json::array();
    for (const School &school : schools) {
        const SchoolProblem problem = sheets.schoolProblem(school.id);
        if (problem.isEmpty())
            continue;
        root["schoolProblems"].push_back({{"school", schoolKeys.value(school.id)},
                                          {"problem", utf8(problem.problem)},
                                          {"socialSetting", utf8(problem.socialSetting)},
                                          {"students", utf8(problem.students)},
                                          {"groups", utf8(problem.groups)},
                                          {"staff", utf8(problem.staff)},
                                          {"infrastructure", utf8(problem.infrastructure)},
                                          {"helped", utf8(problem.helped)},
                                          {"notHelped", utf8(problem.notHelped)}});
    }
    const NextMeeting meeting = sheets.nextMeeting(sessionId);
    root["nextMeeting"] = {{"agenda", utf8(meeting.agenda)},
                           {"date", utf8(meeting.date)},
                           {"time", utf8(meeting.time)},
                           {"place", utf8(meeting.place)}};
    root["timing"] = timingJson(TimingStore(db), sessionId, schoolKeys);
    json readings = json::array();
    const QMap<int, QString> readingTexts = sheets.readingTexts(sessionId);
    for (auto it = readingTexts.cbegin(); it != readingTexts.cend(); ++it)
        readings.push_back({{"activity", it.key()}, {"text", utf8(it.value())}});
    root["readings"] = readings;
    // The guide the session ran, whole, when it kept one: imported, it reopens with it too.
    const QByteArray keptGuide = sessions.sessionGuide(sessionId);
    if (!keptGuide.isEmpty())
        root["guide"] = keptGuide.toStdString();
    root["followUp"] = info.followUpOf != 0;
}

// A follow-up's reviews.
void ArchiveWriter::writeReviews()
{
    root["reviews"] = json::array();
    for (const Review &review : sheets.reviews(sessionId)) {
        const QHash<qint64, int> &index =
            review.item == Review::Item::Commitment ? commitmentIndex : entryIndex;
        if (!index.contains(review.itemId))
            continue; // another school's, in one school's archive
        root["reviews"].push_back({{"item", utf8(Review::itemKey(review.item))},
                                   {"index", index.value(review.itemId)},
                                   {"state", utf8(Review::stateKey(review.state))},
                                   {"indicator", utf8(review.indicator)},
                                   {"evidence", utf8(review.evidence)},
                                   {"reviewedOn", utf8(review.reviewedOn.toString(Qt::ISODate))},
                                   {"recordedAt", stampOrNull(review.recordedAt)}});
    }
    root["readyMaterials"] = json::array();
    for (const QString &item : sessions.readyMaterials(sessionId))
        root["readyMaterials"].push_back(utf8(item));
}

// What phones sent.
void ArchiveWriter::writeSubmissions()
{
    // What phones sent and the recorder decided (or not yet): kept, with who sent it.
    root["submissions"] = json::array();
    for (const Submission &sent : SubmissionStore(db).list(sessionId)) {
        const QHash<qint64, int> &results =
            sent.kind == QLatin1String("commitments") ? commitmentIndex : entryIndex;
        if (schoolId != 0 && !scope.includesParticipant(sent.participantId) &&
            !scope.includesSchool(sent.schoolId))
            continue; // another school's, in one school's archive
        root["submissions"].push_back(
            {{"activity", sent.activity},
             {"kind", utf8(sent.kind)},
             {"device", utf8(sent.device)},
             {"clientId", utf8(sent.clientId)},
             {"participant", keyOrNull(personKeys, sent.participantId)},
             {"school", keyOrNull(schoolKeys, sent.schoolId)},
             {"team", keyOrNull(teamKeys, sent.teamId)},
             {"name", utf8(sent.typedName)},
             {"category", sent.category},
             {"text", utf8(sent.text)},
             {"studentsNeed", utf8(sent.studentsNeed)},
             {"actions", utf8(sent.actions)},
             {"shareHow", utf8(sent.shareHow)},
             {"evidence", utf8(sent.evidence)},
             {"state", utf8(SubmissionStore::stateKey(sent.state))},
             {"result",
              results.contains(sent.resultId) ? json(results.value(sent.resultId)) : json(nullptr)},
             {"receivedAtMs", sent.receivedAtMs},
             {"decidedAtMs", sent.decidedAtMs}});
    }
}

// Photos and files.
void ArchiveWriter::writeEvidence()
{
    // Photos and files, byte for byte (base64): the session's products belong to every school's
    // archive too.
    root["evidence"] = json::array();
    const EvidenceStore evidenceStore(db);
    for (const Evidence &evidence : evidenceStore.list(sessionId)) {
        // A school's archive: its own photos and the whole room's, never another school's.
        if (!scope.includesEvidence(evidence))
            continue;
        json item = {{"activity", evidence.activity},
                     {"fileName", utf8(evidence.fileName)},
                     {"mediaType", utf8(evidence.mediaType)},
                     {"caption", utf8(evidence.caption)},
                     {"width", evidence.width},
                     {"height", evidence.height},
                     {"addedAtMs", evidence.addedAtMs},
                     {"data", evidenceStore.data(evidence.id).toBase64().toStdString()}};
        if (evidence.hasOriginal)
            item["original"] = evidenceStore.original(evidence.id).toBase64().toStdString();
        // Only when tagged: an archive of untagged evidence reads as before the tags existed.
        json tagged = json::array();
        for (qint64 id : evidence.schoolIds) {
            if (schoolKeys.contains(id))
                tagged.push_back(schoolKeys.value(id));
        }
        if (!tagged.empty())
            item["schools"] = tagged;
        root["evidence"].push_back(item);
    }
}

} // namespace

QByteArray BitacoraArchive::exportSession(Database &db, qint64 sessionId, qint64 schoolId,
                                          QStringList *repaired)
{
    return ArchiveWriter(db, sessionId, schoolId).write(repaired);
}

namespace {

// Reads an archive into records, checking everything before a single row is written.
class ArchiveParser {
public:
    JsonReader reader;
    SessionInfo session;
    RosterEdit roster;
    QVector<QStringList> teamMembers; // member keys, per team
    QVector<Team> teams;
    struct PendingEntry {
        Entry entry;
        QStringList schools;
        QString team;
        QString participant;
    };
    QVector<PendingEntry> entries;
    QVector<QPair<Commitment, QString>> commitments;
    QVector<QPair<SchoolProblem, QString>> problems;
    NextMeeting meeting;
    QVector<ActivityTimerState> timers;
    QVector<QPair<int, QPair<SchoolTurnState, QString>>> turns; // activity, turn, school key
    QVector<BreakItem> breaks;
    QMap<int, QString> readings;
    QStringList readyMaterials;
    struct PendingEvidence {
        Evidence evidence;
        QByteArray data;
        QByteArray original;
        QStringList schools;
    };
    QVector<PendingEvidence> evidenceItems;
    struct PendingSubmission {
        Submission submission;
        QString participant;
        QString school;
        QString team;
        int result = -1; // position of the entry or commitment it became
    };
    QVector<PendingSubmission> submissions;
    bool followUp = false;
    QVector<std::optional<Attendance>> attendance; // per roster member, in order
    std::optional<Guide> guide;          // the guide the session kept, when the archive carries it
    QVector<QPair<Review, int>> reviews; // the review, and the position of what it reviews
    QHash<QString, int> schoolRow;
    QHash<QString, int> personRow;
    std::set<QString> sentKeys; // device/clientId of each submission
    QHash<QString, int> teamRow;

    QDateTime stamp(const json &node, const QString &path, const char *key,
                    JsonReader::Required required)
    {
        const QString text = reader.text(node, path, key, required);
        if (text.isEmpty())
            return {};
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            reader.fail(JsonReader::join(path, key), Text::tr("no es una fecha y hora ISO 8601"));
        return time;
    }

    QString reference(const json &node, const QString &path, const char *key,
                      const QHash<QString, int> &known)
    {
        const QString ref = reader.text(node, path, key, No);
        if (!ref.isEmpty() && !known.contains(ref))
            reader.fail(JsonReader::join(path, key), Text::tr("no existe «%1»").arg(ref));
        return ref;
    }

    template <typename Each>
    void forEach(const json &root, const char *key, JsonReader::Required required, Each each)
    {
        const json *list = reader.array(root, QString(), key, required);
        if (!list)
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const QString path = JsonReader::item(QString::fromLatin1(key), i);
            if (reader.expectObject((*list)[i], path))
                each((*list)[i], path);
        }
    }

    void parse(const json &root)
    {
        if (!reader.expectObject(root, QString()))
            return;
        if (reader.text(root, QString(), "format", Yes) != QLatin1String(BitacoraArchive::Format)) {
            reader.errors = {Text::tr("El archivo no es una bitácora de Facilitador CTE.")};
            return;
        }
        const int version = reader.integer(root, QString(), "version", 1, 1000000, Yes);
        if (version > BitacoraArchive::Version) {
            reader.errors = {Text::tr("El archivo es de una versión más nueva de Facilitador CTE "
                                      "(formato %1); actualice el programa para importarlo.")
                                 .arg(version)};
            return;
        }
        if (!reader.ok())
            return;
        const json *node = reader.member(root, QString(), "session", Yes);
        if (node && reader.expectObject(*node, QStringLiteral("session")))
            parseSession(*node);
        parseRoster(root);
        parseSheets(root);
        parseSubmissionsAndExtras(root);
        if (guide)
            checkActivitiesInGuide();
    }

    // Schools, participants (with their attendance) and teams.
    void parseRoster(const json &root)
    {
        forEach(root, "schools", Yes, [this](const json &item, const QString &path) {
            School school;
            school.name = reader.text(item, path, "name", Yes, Trimmed, TextLimits::Line);
            school.cct =
                Cct::normalized(reader.text(item, path, "cct", Yes, Trimmed, TextLimits::Line));
            if (!school.cct.isEmpty() && !Cct::isValid(school.cct))
                reader.fail(JsonReader::join(path, "cct"), Text::tr("no es una CCT válida"));
            for (const School &earlier : std::as_const(roster.schools)) {
                if (!school.cct.isEmpty() && earlier.cct == school.cct)
                    reader.fail(
                        JsonReader::join(path, "cct"),
                        Text::tr("la CCT %1 ya es de otra escuela del archivo").arg(school.cct));
            }
            school.level = reader.text(item, path, "level", No, Trimmed, TextLimits::Line);
            school.shift = reader.text(item, path, "shift", No, Trimmed, TextLimits::Line);
            school.director = reader.text(item, path, "director", No, Trimmed, TextLimits::Line);
            addKey(item, path, schoolRow, int(roster.schools.size()));
            roster.schools << school;
        });
        forEach(root, "participants", Yes, [this](const json &item, const QString &path) {
            RosterEdit::Member member;
            Participant &person = member.participant;
            person.name = reader.text(item, path, "name", Yes, Trimmed, TextLimits::Line);
            person.role = reader.text(item, path, "role", Yes, Trimmed, TextLimits::Line);
            person.specialty = reader.text(item, path, "specialty", No, Trimmed, TextLimits::Line);
            person.grade = reader.text(item, path, "grade", No, Trimmed, TextLimits::Line);
            person.isRecorder = reader.boolean(item, path, "recorder");
            std::optional<Attendance> taken;
            if (item.contains("present")) {
                taken =
                    Attendance{reader.boolean(item, path, "present"),
                               reader.text(item, path, "arrivedAt", No, Trimmed, TextLimits::Line)};
            }
            attendance << taken;
            const QString school = reference(item, path, "school", schoolRow);
            member.schoolRow = schoolRow.value(school, -1);
            addKey(item, path, personRow, int(roster.members.size()));
            roster.members << member;
        });
        forEach(root, "teams", No, [this](const json &item, const QString &path) {
            Team team;
            team.name = reader.text(item, path, "name", Yes, Trimmed, TextLimits::Line);
            QStringList members = reader.texts(item, path, "members", No);
            for (int i = 0; i < members.size(); ++i) {
                if (!personRow.contains(members.at(i)))
                    reader.fail(JsonReader::item(JsonReader::join(path, "members"), i),
                                Text::tr("no existe «%1»").arg(members.at(i)));
            }
            addKey(item, path, teamRow, int(teams.size()));
            teams << team;
            teamMembers << members;
        });
    }

    // Entries, commitments, school problems, timing, the kept guide and the reviews.
    void parseSheets(const json &root)
    {
        if (const auto list = root.find("entries"); list != root.end() && list->is_array())
            entries.reserve(qsizetype(list->size())); // tens of thousands: no regrowing
        forEach(root, "entries", No, [this](const json &item, const QString &path) {
            PendingEntry pending;
            Entry &entry = pending.entry;
            entry.sheet = reader.text(item, path, "sheet", Yes, Trimmed, TextLimits::Line);
            if (!entry.sheet.isEmpty() && !SheetKinds::isKnown(entry.sheet))
                reader.fail(JsonReader::join(path, "sheet"),
                            Text::tr("tipo de hoja desconocido: %1").arg(entry.sheet));
            entry.activity = reader.integer(item, path, "activity", 0, 999,
                                            Yes); // 0: carried over from an earlier session
            entry.text = reader.text(item, path, "text", Yes, Typed);
            entry.category = reader.integer(item, path, "category", 0, 99, No);
            entry.marked = reader.boolean(item, path, "marked");
            entry.createdAt = stamp(item, path, "createdAt", Yes);
            entry.editedAt = stamp(item, path, "editedAt", Yes);
            entry.struckAt = stamp(item, path, "struckAt", No);
            pending.schools = reader.texts(item, path, "schools", No);
            for (int i = 0; i < pending.schools.size(); ++i) {
                if (!schoolRow.contains(pending.schools.at(i)))
                    reader.fail(JsonReader::item(JsonReader::join(path, "schools"), i),
                                Text::tr("no existe «%1»").arg(pending.schools.at(i)));
            }
            pending.team = reference(item, path, "team", teamRow);
            pending.participant = reference(item, path, "participant", personRow);
            entries.push_back(std::move(pending));
        });
        forEach(root, "commitments", No, [this](const json &item, const QString &path) {
            Commitment commitment;
            commitment.studentsNeed = reader.text(item, path, "studentsNeed", No, Typed);
            commitment.actions = reader.text(item, path, "actions", No, Typed);
            commitment.shareHow = reader.text(item, path, "shareHow", No, Typed);
            commitment.evidence = reader.text(item, path, "evidence", No, Typed);
            commitment.createdAt = stamp(item, path, "createdAt", Yes);
            commitment.editedAt = stamp(item, path, "editedAt", Yes);
            commitment.struckAt = stamp(item, path, "struckAt", No);
            commitments << qMakePair(commitment, reference(item, path, "participant", personRow));
        });
        forEach(root, "schoolProblems", No, [this](const json &item, const QString &path) {
            SchoolProblem problem;
            problem.problem = reader.text(item, path, "problem", No, Typed);
            problem.socialSetting = reader.text(item, path, "socialSetting", No, Typed);
            problem.students = reader.text(item, path, "students", No, Typed);
            problem.groups = reader.text(item, path, "groups", No, Typed);
            problem.staff = reader.text(item, path, "staff", No, Typed);
            problem.infrastructure = reader.text(item, path, "infrastructure", No, Typed);
            problem.helped = reader.text(item, path, "helped", No, Typed);
            problem.notHelped = reader.text(item, path, "notHelped", No, Typed);
            const QString school = reference(item, path, "school", schoolRow);
            if (school.isEmpty())
                reader.fail(JsonReader::join(path, "school"), Text::tr("falta este campo"));
            problems << qMakePair(problem, school);
        });
        if (const json *timing = reader.member(root, QString(), "timing", No)) {
            if (reader.expectObject(*timing, QStringLiteral("timing")))
                parseTiming(*timing);
        }
        readyMaterials = reader.texts(root, QString(), "readyMaterials", No);
        followUp = reader.boolean(root, QString(), "followUp");
        const QString guideText =
            reader.text(root, QString(), "guide", No, Exact, int(GuideLoader::MaxBytes));
        if (!guideText.isEmpty()) {
            const GuideLoadResult kept = GuideLoader::fromJson(guideText.toUtf8());
            if (kept.ok())
                guide = *kept.guide;
            else
                reader.fail(QStringLiteral("guide"),
                            Text::tr("la guía no es válida: %1")
                                .arg(kept.errors.join(QStringLiteral("; "))));
        }
        forEach(root, "reviews", No, [this](const json &item, const QString &path) {
            Review review;
            const QString kind = reader.text(item, path, "item", Yes, Trimmed, TextLimits::Line);
            review.item = kind == QLatin1String("agreement") ? Review::Item::Agreement
                                                             : Review::Item::Commitment;
            if (kind != QLatin1String("agreement") && kind != QLatin1String("commitment"))
                reader.fail(JsonReader::join(path, "item"),
                            Text::tr("debe ser commitment o agreement"));
            const int index = reader.integer(item, path, "index", 0, 10000000, Yes);
            const std::optional<Review::State> state = Review::stateFromKey(
                reader.text(item, path, "state", Yes, Trimmed, TextLimits::Line));
            if (!state)
                reader.fail(JsonReader::join(path, "state"),
                            Text::tr("debe ser pendiente, en_proceso, cumplido o no_cumplido"));
            review.state = state.value_or(Review::State::Pending);
            review.indicator = reader.text(item, path, "indicator", No, Typed);
            review.evidence = reader.text(item, path, "evidence", No, Typed);
            const QString reviewedOn =
                reader.text(item, path, "reviewedOn", No, Trimmed, TextLimits::Line);
            review.reviewedOn = QDate::fromString(reviewedOn, Qt::ISODate);
            if (!reviewedOn.isEmpty() && !review.reviewedOn.isValid())
                reader.fail(JsonReader::join(path, "reviewedOn"),
                            Text::tr("no es una fecha AAAA-MM-DD"));
            review.recordedAt = stamp(item, path, "recordedAt", No);
            const int count =
                int(review.item == Review::Item::Commitment ? commitments.size() : entries.size());
            if (index >= count)
                reader.fail(JsonReader::join(path, "index"), Text::tr("no corresponde a nada"));
            reviews << qMakePair(review, index);
        });
    }

    // What phones sent, the evidence, the readings and the next meeting.
    void parseSubmissionsAndExtras(const json &root)
    {
        forEach(root, "submissions", No, [this](const json &item, const QString &path) {
            constexpr qint64 MaxMs = std::numeric_limits<qint64>::max() / 2;
            PendingSubmission pending;
            Submission &sent = pending.submission;
            sent.activity = reader.integer(item, path, "activity", 1, 999, Yes);
            sent.kind = reader.text(item, path, "kind", Yes, Trimmed, TextLimits::Line);
            if (!sent.kind.isEmpty() && !SheetKinds::isKnown(sent.kind))
                reader.fail(JsonReader::join(path, "kind"),
                            Text::tr("tipo de hoja desconocido: %1").arg(sent.kind));
            sent.device = reader.text(item, path, "device", Yes, Trimmed, TextLimits::Line);
            sent.clientId = reader.text(item, path, "clientId", Yes, Trimmed, TextLimits::Line);
            if (!sentKeys.insert(sent.device + QLatin1Char('/') + sent.clientId).second)
                reader.fail(JsonReader::join(path, "clientId"),
                            Text::tr("otro envío del archivo tiene el mismo dispositivo e "
                                     "identificador"));
            pending.participant = reference(item, path, "participant", personRow);
            pending.school = reference(item, path, "school", schoolRow);
            pending.team = reference(item, path, "team", teamRow);
            sent.typedName = reader.text(item, path, "name", No, Typed, TextLimits::Line);
            sent.category = reader.integer(item, path, "category", -1, 99, No);
            sent.text = reader.text(item, path, "text", No, Typed);
            sent.studentsNeed = reader.text(item, path, "studentsNeed", No, Typed);
            sent.actions = reader.text(item, path, "actions", No, Typed);
            sent.shareHow = reader.text(item, path, "shareHow", No, Typed);
            sent.evidence = reader.text(item, path, "evidence", No, Typed);
            const QString state = reader.text(item, path, "state", Yes, Trimmed, TextLimits::Line);
            sent.state = SubmissionStore::stateFromKey(state);
            if (SubmissionStore::stateKey(sent.state) != state)
                reader.fail(JsonReader::join(path, "state"),
                            Text::tr("debe ser pending, approved o rejected"));
            sent.receivedAtMs = reader.integer64(item, path, "receivedAtMs", 0, MaxMs, No);
            sent.decidedAtMs = reader.integer64(item, path, "decidedAtMs", 0, MaxMs, No);
            const json *result = reader.member(item, path, "result", No);
            if (result && !result->is_null()) {
                pending.result = reader.integer(item, path, "result", 0, 10000000, Yes);
                const int count = int(sent.kind == QLatin1String("commitments") ? commitments.size()
                                                                                : entries.size());
                if (pending.result >= count)
                    reader.fail(JsonReader::join(path, "result"),
                                Text::tr("no corresponde a nada"));
            }
            submissions << pending;
        });
        forEach(root, "evidence", No, [this](const json &item, const QString &path) {
            constexpr qint64 MaxMs = std::numeric_limits<qint64>::max() / 2;
            PendingEvidence pending;
            Evidence &evidence = pending.evidence;
            evidence.activity = reader.integer(item, path, "activity", 1, 999, Yes);
            evidence.fileName = reader.text(item, path, "fileName", Yes, Typed, TextLimits::Line);
            evidence.mediaType =
                reader.text(item, path, "mediaType", Yes, Trimmed, TextLimits::Line);
            evidence.caption = reader.text(item, path, "caption", No, Typed);
            evidence.width = reader.integer(item, path, "width", 0, 100000, No);
            evidence.height = reader.integer(item, path, "height", 0, 100000, No);
            evidence.addedAtMs = reader.integer64(item, path, "addedAtMs", 0, MaxMs, No);
            pending.data = reader.bytes(item, path, "data", Yes, EvidenceFile::MaxFileBytes);
            pending.original = reader.bytes(item, path, "original", No, 256 * 1024 * 1024);
            // The list's small picture is made again from the bytes, not carried.
            if (evidence.isImage())
                evidence.thumbnail = EvidenceFile::thumbnailOf(EvidenceFile::decode(pending.data));
            evidence.size = pending.data.size();
            evidence.hasOriginal = !pending.original.isEmpty();
            pending.schools = reader.texts(item, path, "schools", No);
            for (int i = 0; i < pending.schools.size(); ++i) {
                if (!schoolRow.contains(pending.schools.at(i)))
                    reader.fail(JsonReader::item(JsonReader::join(path, "schools"), i),
                                Text::tr("no existe «%1»").arg(pending.schools.at(i)));
            }
            evidenceItems << pending;
        });
        forEach(root, "readings", No, [this](const json &item, const QString &path) {
            const int activity = reader.integer(item, path, "activity", 1, 999, Yes);
            readings.insert(activity,
                            reader.text(item, path, "text", Yes, Typed, TextLimits::Reading));
        });
        if (const json *next = reader.member(root, QString(), "nextMeeting", No)) {
            const QString path = QStringLiteral("nextMeeting");
            if (reader.expectObject(*next, path))
                meeting =
                    NextMeeting{reader.text(*next, path, "agenda", No, Typed),
                                reader.text(*next, path, "date", No, Typed, TextLimits::Line),
                                reader.text(*next, path, "time", No, Typed, TextLimits::Line),
                                reader.text(*next, path, "place", No, Typed, TextLimits::Line)};
        }
    }

private:
    // What the archive holds under an activity its own guide lacks would be left out of every
    // PDF made from it: refused by name.
    void checkActivitiesInGuide()
    {
        const auto check = [this](int activity, const QString &path) {
            if (activity != 0 && !guide->activity(activity))
                reader.fail(
                    JsonReader::join(path, "activity"),
                    Text::tr("la actividad %1 no está en la guía del archivo").arg(activity));
        };
        for (int i = 0; i < entries.size(); ++i)
            check(entries.at(i).entry.activity,
                  JsonReader::item(QStringLiteral("entries"), std::size_t(i)));
        for (int i = 0; i < evidenceItems.size(); ++i)
            check(evidenceItems.at(i).evidence.activity,
                  JsonReader::item(QStringLiteral("evidence"), std::size_t(i)));
        for (auto it = readings.cbegin(); it != readings.cend(); ++it)
            check(it.key(), QStringLiteral("readings"));
    }

    void parseTiming(const json &timing)
    {
        constexpr qint64 MaxMs = std::numeric_limits<qint64>::max() / 2;
        forEach(timing, "timers", No, [this, MaxMs](const json &item, const QString &path) {
            ActivityTimerState timer;
            timer.activity = reader.integer(item, path, "activity", 1, 999, Yes);
            timer.plannedMinutes = reader.integer(item, path, "plannedMinutes", 0, 10000, No);
            timer.accumulatedMs = reader.integer64(item, path, "accumulatedMs", 0, MaxMs, No);
            timer.runningSinceMs = reader.integer64(item, path, "runningSinceMs", 0, MaxMs, No);
            timer.turnMinutes = reader.integer(item, path, "turnMinutes", 0, 600, No);
            timer.adjustedMinutes = reader.integer(item, path, "adjustedMinutes", 0, 10000, No);
            timer.adjustedTurnMinutes =
                reader.integer(item, path, "adjustedTurnMinutes", 0, 600, No);
            timer.skipped = reader.boolean(item, path, "skipped");
            timers << timer;
        });
        forEach(timing, "turns", No, [this, MaxMs](const json &item, const QString &path) {
            SchoolTurnState turn;
            const int activity = reader.integer(item, path, "activity", 1, 999, Yes);
            turn.accumulatedMs = reader.integer64(item, path, "accumulatedMs", 0, MaxMs, No);
            turn.runningSinceMs = reader.integer64(item, path, "runningSinceMs", 0, MaxMs, No);
            turn.done = reader.boolean(item, path, "done");
            const QString school = reference(item, path, "school", schoolRow);
            if (school.isEmpty())
                reader.fail(JsonReader::join(path, "school"), Text::tr("falta este campo"));
            turns << qMakePair(activity, qMakePair(turn, school));
        });
        forEach(timing, "breaks", No, [this, MaxMs](const json &item, const QString &path) {
            BreakItem item_;
            item_.afterActivity = reader.integer(item, path, "afterActivity", 0, 999, Yes);
            item_.minutes = reader.integer(item, path, "minutes", 0, 1000, Yes);
            item_.startedAtMs = reader.integer64(item, path, "startedAtMs", 0, MaxMs, No);
            item_.endedAtMs = reader.integer64(item, path, "endedAtMs", 0, MaxMs, No);
            breaks << item_;
        });
    }

    void parseSession(const json &node)
    {
        const QString path = QStringLiteral("session");
        session.title = reader.text(node, path, "title", Yes, Trimmed, TextLimits::Line);
        const QString heldOn = reader.text(node, path, "heldOn", Yes, Trimmed, TextLimits::Line);
        session.heldOn = QDate::fromString(heldOn, Qt::ISODate);
        if (!heldOn.isEmpty() && !session.heldOn.isValid())
            reader.fail(JsonReader::join(path, "heldOn"), Text::tr("no es una fecha AAAA-MM-DD"));
        session.place = reader.text(node, path, "place", No, Trimmed, TextLimits::Line);
        session.zone = reader.text(node, path, "zone", No, Trimmed, TextLimits::Line);
        session.guideId = reader.text(node, path, "guideId", Yes, Trimmed, TextLimits::Line);
        session.plannedStart = time(node, path, "plannedStart", session.plannedStart);
        session.plannedEnd = time(node, path, "plannedEnd", session.plannedEnd);
        if (session.plannedStart.isValid() && session.plannedEnd <= session.plannedStart)
            reader.fail(JsonReader::join(path, "plannedEnd"),
                        Text::tr("debe ser posterior a plannedStart"));
        session.currentActivity = reader.integer(node, path, "currentActivity", 1, 999, No);
        if (session.currentActivity == 0)
            session.currentActivity = 1;
        session.isDemo = reader.boolean(node, path, "isDemo");
        session.uid = reader.text(node, path, "uid", No);
        constexpr qint64 MaxMs = std::numeric_limits<qint64>::max() / 2;
        session.startedAtMs = reader.integer64(node, path, "startedAtMs", 0, MaxMs, No);
        session.endedAtMs = reader.integer64(node, path, "endedAtMs", 0, MaxMs, No);
        if (session.endedAtMs != 0 && session.endedAtMs < session.startedAtMs)
            reader.fail(JsonReader::join(path, "endedAtMs"),
                        Text::tr("la sesión terminaría antes de empezar"));
        session.turnFloorMinutes = reader.integer(node, path, "turnFloorMinutes", 0, 600, No);
    }

    QTime time(const json &node, const QString &path, const char *key, const QTime &fallback)
    {
        const QString text = reader.text(node, path, key, No);
        if (text.isEmpty())
            return fallback;
        const QTime parsed = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!parsed.isValid())
            reader.fail(JsonReader::join(path, key), Text::tr("no es una hora HH:mm"));
        return parsed;
    }

    void addKey(const json &item, const QString &path, QHash<QString, int> &keys, int row)
    {
        const QString key = reader.text(item, path, "key", Yes);
        if (key.isEmpty())
            return;
        if (keys.contains(key))
            reader.fail(JsonReader::join(path, "key"),
                        Text::tr("la clave «%1» está repetida").arg(key));
        keys.insert(key, row);
    }
};

} // namespace

namespace {

// Writes a parsed archive as a new session, table by table, inside the caller's transaction;
// what the archive names by key (schools, people, teams, entries by position) gets its new id.
struct ArchiveImport {
    ArchiveImport(Database &db, ArchiveParser &parser)
        : db(db)
        , parser(parser)
        , sessions(db)
        , sheets(db)
        , timing(db)
    {}
    qint64 write()
    {
        writeSessionAndRoster();
        writeEntries();
        writeSheetsAndTiming();
        writeSubmissionsAndEvidence();
        return sessionId;
    }
    void writeSessionAndRoster();
    void writeEntries();
    void writeSheetsAndTiming();
    void writeSubmissionsAndEvidence();

    qint64 schoolId(const QString &key) const
    {
        return parser.schoolRow.contains(key)
                   ? parser.roster.schools.at(parser.schoolRow.value(key)).id
                   : 0;
    }
    qint64 personId(const QString &key) const
    {
        return parser.personRow.contains(key)
                   ? parser.roster.members.at(parser.personRow.value(key)).participant.id
                   : 0;
    }
    bool leavesOut(const QString &sheet) const
    {
        return privateNotes == BitacoraArchive::PrivateNotes::LeaveOut &&
               SheetKinds::isPrivate(sheet);
    }
    qint64 teamId(const QString &key) const
    {
        return parser.teamRow.contains(key) ? parser.teams.at(parser.teamRow.value(key)).id : 0;
    }

    Database &db;
    ArchiveParser &parser;
    SessionStore sessions;
    SheetStore sheets;
    TimingStore timing;
    BitacoraArchive::PrivateNotes privateNotes = BitacoraArchive::PrivateNotes::Keep;
    qint64 sessionId = 0;
    QVector<qint64> entryIds;      // by position in the archive
    QVector<qint64> commitmentIds; // by position in the archive
};

void ArchiveImport::writeSessionAndRoster()
{
    if (parser.followUp) // the session it follows up is in another bitácora
        parser.session.followUpOf = -1;
    sessionId = sessions.createSession(parser.session);
    sessions.setCurrentActivity(sessionId, parser.session.currentActivity);
    sessions.saveRoster(sessionId, parser.roster);
    for (int i = 0; i < parser.attendance.size() && i < parser.roster.members.size(); ++i) {
        if (parser.attendance.at(i))
            sessions.setAttendance(parser.roster.members.at(i).participant.id,
                                   *parser.attendance.at(i));
    }
    for (int i = 0; i < parser.teams.size(); ++i) {
        Team &team = parser.teams[i];
        for (const QString &member : parser.teamMembers.at(i))
            team.memberIds << personId(member);
        sheets.saveTeam(sessionId, team);
    }
}

void ArchiveImport::writeEntries()
{
    for (ArchiveParser::PendingEntry &pending : parser.entries) {
        if (leavesOut(pending.entry.sheet)) {
            entryIds << 0; // never written, not even for a moment: the file never holds it
            continue;
        }
        for (const QString &school : pending.schools)
            pending.entry.schoolIds << schoolId(school);
        pending.entry.teamId = teamId(pending.team);
        pending.entry.participantId = personId(pending.participant);
        pending.entry.position = -1;
        sheets.addEntry(sessionId, pending.entry);
        entryIds << pending.entry.id;
    }
    for (auto &[commitment, participant] : parser.commitments) {
        commitment.participantId = personId(participant);
        sheets.addCommitment(sessionId, commitment);
        commitmentIds << commitment.id;
    }
}

void ArchiveImport::writeSheetsAndTiming()
{
    for (auto &[problem, school] : parser.problems) {
        problem.schoolId = schoolId(school);
        sheets.saveSchoolProblem(problem);
    }
    sheets.saveNextMeeting(sessionId, parser.meeting);
    timing.saveTimers(sessionId, parser.timers);
    QMap<int, QVector<SchoolTurnState>> turns;
    for (auto &[activity, turn] : parser.turns) {
        turn.first.schoolId = schoolId(turn.second);
        turns[activity] << turn.first;
    }
    for (auto it = turns.cbegin(); it != turns.cend(); ++it)
        timing.saveTurns(sessionId, it.key(), it.value());
    for (BreakItem &item : parser.breaks)
        timing.saveBreak(sessionId, item);
    for (auto &[review, index] : parser.reviews) {
        review.itemId =
            review.item == Review::Item::Commitment ? commitmentIds.at(index) : entryIds.at(index);
        if (review.itemId != 0) // an item left out (a private note) takes its reviews with it
            sheets.addReview(sessionId, review);
    }
    for (const QString &item : parser.readyMaterials)
        sessions.setMaterialReady(sessionId, item, true);
    if (parser.guide)
        SessionGuide::keep(sessions, sessionId, *parser.guide);
    for (auto it = parser.readings.cbegin(); it != parser.readings.cend(); ++it)
        sheets.saveReadingText(sessionId, it.key(), it.value());
}

void ArchiveImport::writeSubmissionsAndEvidence()
{
    SubmissionStore submissionStore(db);
    for (ArchiveParser::PendingSubmission &pending : parser.submissions) {
        Submission &sent = pending.submission;
        if (leavesOut(sent.kind))
            continue;
        sent.participantId = personId(pending.participant);
        sent.schoolId = schoolId(pending.school);
        sent.teamId = teamId(pending.team);
        submissionStore.add(sessionId, sent);
        if (sent.state != Submission::State::Pending) {
            const QVector<qint64> &results =
                sent.kind == QLatin1String("commitments") ? commitmentIds : entryIds;
            submissionStore.decide(sent.id, sent.state,
                                   pending.result >= 0 ? results.at(pending.result) : 0,
                                   sent.decidedAtMs);
        }
    }
    EvidenceStore evidenceStore(db);
    for (ArchiveParser::PendingEvidence &pending : parser.evidenceItems) {
        for (const QString &school : pending.schools)
            pending.evidence.schoolIds << schoolId(school);
        evidenceStore.add(sessionId, pending.evidence, pending.data, pending.original);
    }
}

} // namespace

ArchiveImportResult BitacoraArchive::importSession(Database &db, const QByteArray &data,
                                                   Duplicate duplicate, PrivateNotes privateNotes)
{
    ArchiveImportResult result;
    ArchiveParser parser;
    std::optional<json> root = parser.reader.parse(data, MaxBytes, MaxDepth);
    if (root)
        parser.parse(*root);
    // Everything is read out of the tree: freed before the writes, which then reuse its memory.
    root.reset();
    if (!parser.reader.ok()) {
        result.errors = parser.reader.errors;
        return result;
    }
    // An archive from before sessions had identifiers gets one from its content: importing the
    // same file twice is then caught like any other.
    if (parser.session.uid.isEmpty())
        parser.session.uid = QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(32));
    try {
        // Asked inside the transaction that writes: two imports of one file at once (two
        // windows, the command line) cannot both find it missing and both add it.
        Transaction transaction(db);
        SessionStore sessions(db);
        const qint64 present = sessions.sessionWithUid(parser.session.uid);
        if (present != 0) {
            if (duplicate == Duplicate::Refuse) {
                result.alreadyPresent = present;
                result.errors << Text::tr("Esta bitácora ya tiene la sesión de este archivo.");
                return result;
            }
            parser.session.uid.clear(); // a separate session: an identifier of its own
        }
        ArchiveImport import(db, parser);
        import.privateNotes = privateNotes;
        const qint64 sessionId = import.write();
        if (present != 0 && duplicate == Duplicate::ReplaceIfNewer) {
            // Both copies are in the file now, read the same way: the later one stays.
            if (sessions.latestChange(sessionId) <= sessions.latestChange(present)) {
                result.alreadyPresent = present;
                result.errors << Text::tr(
                    "Esta bitácora ya tiene la sesión de este archivo, igual o más reciente.");
                return result; // the transaction rolls the copy back
            }
            sessions.replaceSession(present, sessionId);
            result.replaced = present;
        }
        transaction.commit();
        result.sessionId = sessionId;
    } catch (const StoreError &error) {
        result.errors << error.message();
    }
    return result;
}

} // namespace fcte
