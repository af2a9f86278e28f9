#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVector>
#include <optional>

namespace fcte {

struct SessionInfo {
    qint64 id = 0;
    QString title;
    QDate heldOn;
    QString place;
    QString zone;
    QString guideId;
    QTime plannedStart{8, 0};
    QTime plannedEnd{12, 30};
    int currentActivity = 1;
    bool isDemo = false;
    // Stable across export and import: the same session wherever its archive goes. Made when
    // the session is created unless given (an import keeps the archive's).
    QString uid;
    // Milliseconds since the epoch; 0 while not started, or not ended.
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    // The shortest a school's turn may become when recovering time; 0: turns keep the guide's.
    int turnFloorMinutes = 0;
    // The earlier session whose commitments this one follows up; 0 for none, -1 when it is in
    // another bitácora (an imported follow-up).
    qint64 followUpOf = 0;
};

struct School {
    qint64 id = 0;
    QString name;
    QString cct;
    QString level; // preescolar, primaria, secundaria
    QString shift; // matutino, vespertino, nocturno, discontinuo, tiempo completo
    QString director;
};

struct Participant {
    qint64 id = 0;
    qint64 schoolId = 0; // 0 when the participant belongs to no one school (e.g. supervisor)
    QString name;
    QString role;      // director, docente, agente
    QString specialty; // for agentes: Educación Física, Inglés, Computación, USAER…
    QString grade;     // grade or section
    bool isRecorder = false;
};

// Whether a participant came on the day, and when, if late ("08:40"; empty: on time).
struct Attendance {
    bool present = false;
    QString arrivedAt;
};

// One item of a sheet: a norm, an idea, a similarity, an answer, an agreement…
struct Entry {
    qint64 id = 0;
    QString sheet;
    int activity = 0; // the activity where it was recorded
    int position = 0;
    QString text;
    int category = 0; // per sheet: an axis, a guiding question, similarity/difference…
    QVector<qint64> schoolIds;
    qint64 teamId = 0;
    qint64 participantId = 0;
    bool marked = false; // per sheet: e.g. handed to the director
    QDateTime createdAt;
    QDateTime editedAt;
    QDateTime struckAt; // null unless struck through
    bool isStruck() const { return struckAt.isValid(); }
    // Brought from the earlier session by a follow-up, not recorded in one of this session's
    // activities. A carried agreement is reviewed, not listed again as new (isCarriedAgreement).
    bool isCarried() const { return activity == 0; }
    bool isCarriedAgreement() const { return isCarried() && sheet == QLatin1String("followUp"); }
};

struct Team {
    qint64 id = 0;
    QString name; // the grade or section
    QVector<qint64> memberIds;
};

// A personal commitment, in the words of the guide's sentence starters.
struct Commitment {
    qint64 id = 0;
    int position = 0;
    qint64 participantId = 0;
    QString studentsNeed; // "Mis alumnos requieren mejorar…"
    QString actions;      // "me comprometo a implementar… las siguientes acciones"
    QString shareHow;     // "compartir los resultados en la sesión de marzo mediante…"
    QString evidence;     // evidence and instruments to measure progress
    QDateTime createdAt;
    QDateTime editedAt;
    QDateTime struckAt;
    bool isStruck() const { return struckAt.isValid(); }
};

// One review of a commitment or a follow-up agreement, in the session that follows it up. A new
// review never replaces an older one: the latest is the state, all of them the history.
struct Review {
    enum class State { Pending, InProgress, Done, NotDone };
    enum class Item { Commitment, Agreement };
    qint64 id = 0;
    Item item = Item::Commitment;
    qint64 itemId = 0; // the commitment, or the followUp entry
    State state = State::Pending;
    QString indicator; // indicator of achievement
    QString evidence;  // the evidence seen
    QDate reviewedOn;
    QDateTime recordedAt;

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
    static QString stateName(State state); // "Cumplido", in Spanish
    static QString itemKey(Item item);
};

// A photo or a file attached to an activity (a flip chart, a school's slides), kept inside the
// bitácora so the SQLite file stays the one thing to copy. The bytes are read apart (see
// EvidenceStore): listing a session's evidence never loads them.
struct Evidence {
    qint64 id = 0;
    int activity = 0;
    int position = 0;
    QString fileName;  // as it was called where it came from
    QString mediaType; // "image/jpeg", "application/pdf"…
    QString caption;
    int width = 0; // images only, as stored
    int height = 0;
    qint64 size = 0; // bytes stored
    qint64 addedAtMs = 0;
    QByteArray thumbnail;      // a small JPEG; empty for what is not an image
    bool hasOriginal = false;  // the photo as taken, kept besides the downscaled one
    QVector<qint64> schoolIds; // the schools it is about; none: the whole room's
    bool isImage() const { return mediaType.startsWith(QLatin1String("image/")); }
};

// What a teacher sent from a phone, waiting for the recorder: approved, it becomes an ordinary
// entry or commitment; rejected, it is kept (struck) with who sent it. Nothing is erased.
struct Submission {
    enum class State { Pending, Approved, Rejected };
    qint64 id = 0;
    int activity = 0;
    QString kind;     // the sheet kind: "proposals", "commitments"…
    QString device;   // the phone's own random id, kept in its browser
    QString clientId; // the submission's own id: a retry after a lost answer is not stored twice
    qint64 participantId = 0;
    qint64 schoolId = 0;
    qint64 teamId = 0;
    QString typedName;    // a name typed on the phone, not in the roster
    int category = -1;    // a list sheet's axis or question; -1 for none
    QString text;         // a list sheet's entry
    QString studentsNeed; // a commitment's four parts
    QString actions;
    QString shareHow;
    QString evidence;
    State state = State::Pending;
    qint64 receivedAtMs = 0;
    qint64 decidedAtMs = 0;
    qint64 resultId = 0; // the entry or commitment it became
};

// What one school presents in activity 7.
struct SchoolProblem {
    qint64 schoolId = 0;
    QString problem;
    QString socialSetting;
    QString students;
    QString groups;
    QString staff;
    QString infrastructure;
    QString helped;
    QString notHelped;
    bool isEmpty() const
    {
        return problem.isEmpty() && socialSetting.isEmpty() && students.isEmpty() &&
               groups.isEmpty() && staff.isEmpty() && infrastructure.isEmpty() &&
               helped.isEmpty() && notHelped.isEmpty();
    }
};

struct NextMeeting {
    QString agenda;
    QString date;
    QString time;
    QString place;
};

// A roster as edited in one go: schools in order, and each participant with the row of the
// school it belongs to (-1 for none), so new schools and their people are saved together.
struct RosterEdit {
    struct Member {
        Participant participant;
        int schoolRow = -1;
    };
    QVector<School> schools;
    QVector<Member> members;
};

} // namespace fcte
