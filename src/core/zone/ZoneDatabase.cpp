#include "core/zone/ZoneDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

namespace fcte {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ZoneDatabase)
};

// Version 1: sessions, their schools, commitments, reviews and what schools share; the views
// a reporting tool reads. Every table keyed by the session's uid, so a session is replaced by
// deleting it (the cascade) and writing it again, in one transaction.
const char *const SchemaV1 = R"sql(
CREATE TABLE zone_session (
    uid               text PRIMARY KEY,
    content_hash      text NOT NULL,
    title             text NOT NULL,
    held_on           date,
    zone              text NOT NULL DEFAULT '',
    follow_up         boolean NOT NULL DEFAULT false,
    next_meeting_date text NOT NULL DEFAULT '',
    latest_change     text NOT NULL DEFAULT '',
    published_seq     bigserial,
    published_at      timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE zone_school (
    session_uid text NOT NULL REFERENCES zone_session(uid) ON DELETE CASCADE,
    position    integer NOT NULL,
    cct         text NOT NULL DEFAULT '',
    name        text NOT NULL,
    expected    integer NOT NULL DEFAULT 0,
    present     integer NOT NULL DEFAULT 0,
    problem     text NOT NULL DEFAULT '',
    school_key  text NOT NULL,
    PRIMARY KEY (session_uid, position)
);
CREATE INDEX zone_school_by_key ON zone_school(school_key);
CREATE TABLE zone_commitment (
    session_uid     text NOT NULL,
    school_position integer NOT NULL,
    position        integer NOT NULL,
    who             text NOT NULL DEFAULT '',
    text            text NOT NULL,
    PRIMARY KEY (session_uid, school_position, position),
    FOREIGN KEY (session_uid, school_position)
        REFERENCES zone_school(session_uid, position) ON DELETE CASCADE
);
CREATE TABLE zone_review (
    session_uid         text NOT NULL,
    school_position     integer NOT NULL,
    commitment_position integer NOT NULL,
    position            integer NOT NULL,
    state               text NOT NULL CHECK (state IN ('pendiente', 'en_proceso', 'cumplido',
                                                           'no_cumplido')),
    reviewed_on         date,
    indicator           text NOT NULL DEFAULT '',
    evidence            text NOT NULL DEFAULT '',
    PRIMARY KEY (session_uid, school_position, commitment_position, position),
    FOREIGN KEY (session_uid, school_position, commitment_position)
        REFERENCES zone_commitment(session_uid, school_position, position) ON DELETE CASCADE
);
CREATE TABLE zone_shared (
    session_uid text NOT NULL REFERENCES zone_session(uid) ON DELETE CASCADE,
    position    integer NOT NULL,
    kind        integer NOT NULL CHECK (kind BETWEEN 0 AND 2),
    text        text NOT NULL,
    PRIMARY KEY (session_uid, position)
);
CREATE TABLE zone_shared_school (
    session_uid     text NOT NULL,
    shared_position integer NOT NULL,
    position        integer NOT NULL,
    school_key      text NOT NULL,
    PRIMARY KEY (session_uid, shared_position, position),
    FOREIGN KEY (session_uid, shared_position)
        REFERENCES zone_shared(session_uid, position) ON DELETE CASCADE
);
CREATE VIEW zone_school_commitments_source AS
SELECT DISTINCT ON (sc.school_key) sc.school_key, sc.cct, sc.name AS school, sc.session_uid,
       sc.position AS school_position, se.title AS session, se.held_on, se.follow_up
  FROM zone_school sc JOIN zone_session se ON se.uid = sc.session_uid
 WHERE EXISTS (SELECT 1 FROM zone_commitment c
                WHERE c.session_uid = sc.session_uid AND c.school_position = sc.position)
 ORDER BY sc.school_key, se.held_on DESC NULLS LAST, se.follow_up DESC, se.uid DESC;
CREATE VIEW zone_commitment_latest_state AS
SELECT s.school_key, s.cct, s.school, s.session, c.session_uid, c.school_position, c.position,
       c.who, c.text,
       coalesce((SELECT r.state FROM zone_review r
                  WHERE r.session_uid = c.session_uid AND r.school_position = c.school_position
                    AND r.commitment_position = c.position
                  ORDER BY r.position DESC LIMIT 1), 'pendiente') AS state,
       (SELECT count(*) FROM zone_review r
         WHERE r.session_uid = c.session_uid AND r.school_position = c.school_position
           AND r.commitment_position = c.position) AS reviews
  FROM zone_school_commitments_source s
  JOIN zone_commitment c
    ON c.session_uid = s.session_uid AND c.school_position = s.school_position;
CREATE VIEW zone_commitments_by_state AS
SELECT school_key, cct, school, state, count(*) AS commitments
  FROM zone_commitment_latest_state GROUP BY school_key, cct, school, state;
CREATE VIEW zone_schools_without_follow_up AS
SELECT school_key, cct, school, session, count(*) AS commitments
  FROM zone_commitment_latest_state GROUP BY school_key, cct, school, session
HAVING sum(reviews) = 0;
)sql";

// A lock of this program's own, held while the schema is made or migrated.
constexpr const char *SchemaLock = "7310035";

// Where a connection text (libpq's URI or its keyword form) holds a password, as written: the
// user information of a URI, a "password" parameter of its query, a password keyword.
const QRegularExpression &uriPassword()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(postgres(?:ql)?://[^/?#@:]*):([^/?#@]*)@"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &parameterPassword()
{
    static const QRegularExpression pattern(QStringLiteral("([?&])password=[^&#]*"));
    return pattern;
}

const QRegularExpression &keywordPassword()
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|\\s)password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
    return pattern;
}

} // namespace

QString ZoneDatabase::passwordOf(const QString &url)
{
    // libpq's own reading: decoded, whichever form the text has.
    PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), nullptr);
    QString password;
    for (PQconninfoOption *option = options; option && option->keyword; ++option)
        if (qstrcmp(option->keyword, "password") == 0 && option->val)
            password = QString::fromUtf8(option->val);
    PQconninfoFree(options);
    return password;
}

QString ZoneDatabase::withoutPassword(const QString &url)
{
    QString text = url;
    text.replace(uriPassword(), QStringLiteral("\\1@"));
    text.replace(parameterPassword(), QStringLiteral("\\1"));
    text.replace(QStringLiteral("?&"), QStringLiteral("?"));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (text.endsWith(u'?') || text.endsWith(u'&'))
        text.chop(1);
    text.replace(keywordPassword(), QString()); // with the space before it
    return text.trimmed();
}

QString ZoneDatabase::shown(const QString &url)
{
    QString text = url;
    text.replace(uriPassword(), QStringLiteral("\\1:***@"));
    text.replace(parameterPassword(), QStringLiteral("\\1password=***"));
    text.replace(keywordPassword(), QStringLiteral("\\1password=***"));
    return text;
}

namespace {} // namespace

struct ZoneDatabase::Connection {
    PGconn *pg = nullptr;
    ~Connection()
    {
        if (pg)
            PQfinish(pg);
    }
};

namespace {

// One statement's result, freed when it goes.
class Result {
public:
    explicit Result(PGresult *result)
        : m_result(result)
    {}
    ~Result() { PQclear(m_result); }
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    bool ok() const
    {
        const ExecStatusType status = PQresultStatus(m_result);
        return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    }
    int rows() const { return PQntuples(m_result); }
    QString text(int row, int column) const
    {
        return QString::fromUtf8(PQgetvalue(m_result, row, column),
                                 PQgetlength(m_result, row, column));
    }
    int integer(int row, int column) const { return text(row, column).toInt(); }
    bool isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }

private:
    PGresult *m_result;
};

// Runs one statement with its parameters as text; nullopt is SQL's NULL (an empty text is '').
using Parameter = std::optional<QString>;
PGresult *run(PGconn *pg, const char *sql, const QVector<Parameter> &parameters = {})
{
    QVector<QByteArray> bytes;
    QVector<const char *> values;
    bytes.reserve(parameters.size());
    for (const Parameter &parameter : parameters)
        bytes << parameter.value_or(QString()).toUtf8();
    for (int i = 0; i < parameters.size(); ++i)
        values << (parameters.at(i) ? bytes.at(i).constData() : nullptr);
    return PQexecParams(pg, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
}

QString number(qint64 value)
{
    return QString::number(value);
}

Parameter dateText(const QDate &date)
{
    return date.isValid() ? Parameter(date.toString(Qt::ISODate)) : std::nullopt;
}

// What libpq said, in the user's words where we know them; the password never in it.
QString reasonFrom(PGconn *pg, const QString &url, const QString &given)
{
    QString detail = QString::fromUtf8(pg ? PQerrorMessage(pg) : "").trimmed();
    // The password as written and as decoded, wherever libpq may have echoed it.
    const QString written = uriPassword().match(url).captured(2);
    for (const QString &password : {ZoneDatabase::passwordOf(url), written, given})
        if (!password.isEmpty())
            detail.replace(password, QStringLiteral("***"));
    if (detail.contains(QLatin1String("password authentication failed")) ||
        detail.contains(QLatin1String("no password supplied")))
        return Text::tr("el servidor no aceptó el usuario o la contraseña");
    if (detail.contains(QLatin1String("does not support SSL")))
        return Text::tr("la dirección pide conexión cifrada (TLS) y el servidor no la ofrece");
    if (detail.contains(QLatin1String("Connection refused")) ||
        detail.contains(QLatin1String("No such file or directory")) ||
        detail.contains(QLatin1String("could not translate host name")) ||
        detail.contains(QLatin1String("timeout expired")))
        return Text::tr("el servidor no responde: ¿está encendido y es la dirección correcta? (%1)")
            .arg(detail.section(QLatin1Char('\n'), 0, 0));
    if (detail.contains(QLatin1String("lock timeout")) ||
        detail.contains(QLatin1String("statement timeout")))
        return Text::tr("el servidor tardó demasiado en responder");
    if (detail.contains(QLatin1String("server closed the connection")) ||
        detail.contains(QLatin1String("terminating connection")) ||
        detail.contains(QLatin1String("no connection to the server")))
        return Text::tr("se perdió la conexión con el servidor");
    return detail.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

ZoneDatabase::ZoneDatabase(const QString &url, const QString &password)
    : m_url(url)
    , m_password(password)
{}

ZoneDatabase::~ZoneDatabase() = default;

bool ZoneDatabase::open(Access access)
{
    m_connection = std::make_unique<Connection>();
    // A server that does not answer, or stops answering (a cable pulled), is told within
    // seconds, not after the system's minutes; so is a statement or a lock that never ends.
    const QByteArray url = m_url.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const char *keywords[] = {"dbname",
                              "connect_timeout",
                              "application_name",
                              "keepalives",
                              "keepalives_idle",
                              "keepalives_interval",
                              "keepalives_count",
                              "tcp_user_timeout",
                              "options",
                              m_password.isEmpty() ? nullptr : "password",
                              nullptr};
    const char *values[] = {url.constData(),
                            "10",
                            "facilitador-cte",
                            "1",
                            "10",
                            "5",
                            "3",
                            "30000",
                            "-c statement_timeout=120s -c lock_timeout=60s",
                            password.constData(),
                            nullptr};
    m_connection->pg = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_connection->pg) != CONNECTION_OK) {
        m_error = Text::tr("No se pudo conectar con la base de la zona %1: %2")
                      .arg(shown(m_url), reasonFrom(m_connection->pg, m_url, m_password));
        m_connection.reset();
        return false;
    }
    // The server's notices ("already exists, skipping") are not the user's business.
    PQsetNoticeProcessor(
        m_connection->pg, [](void *, const char *) {}, nullptr);
    Result(PQexec(m_connection->pg, "SET client_encoding = 'UTF8'"));
    if (access == Access::Publish)
        return migrate();
    const int version = schemaVersion();
    if (version < 0) {
        m_error = Text::tr("No se pudo leer la base de la zona %1: %2")
                      .arg(shown(m_url), reasonFrom(m_connection->pg, m_url, m_password));
        return false;
    }
    if (version > SchemaVersion) {
        m_error = Text::tr("La base de la zona %1 es de una versión más nueva de Facilitador CTE "
                           "(esquema %2; esta conoce hasta el %3): actualice el programa.")
                      .arg(shown(m_url), QString::number(version), QString::number(SchemaVersion));
        return false;
    }
    m_nothingPublished = version == 0;
    return true;
}

bool ZoneDatabase::isConnected() const
{
    return m_connection && PQstatus(m_connection->pg) == CONNECTION_OK;
}

int ZoneDatabase::schemaVersion()
{
    PGconn *pg = m_connection->pg;
    const Result exists(PQexec(pg, "SELECT to_regclass('fcte_zone_schema') IS NOT NULL"));
    if (!exists.ok() || exists.rows() != 1)
        return -1;
    if (exists.text(0, 0) != QLatin1String("t"))
        return 0;
    const Result version(PQexec(pg, "SELECT coalesce(max(version), 0) FROM fcte_zone_schema"));
    return version.ok() && version.rows() == 1 ? version.integer(0, 0) : -1;
}

bool ZoneDatabase::migrate()
{
    PGconn *pg = m_connection->pg;
    const auto fail = [&] {
        m_error = Text::tr("No se pudo preparar la base de la zona %1: %2")
                      .arg(shown(m_url), reasonFrom(pg, m_url, m_password));
        Result(PQexec(pg, "ROLLBACK"));
        return false;
    };
    if (!Result(PQexec(pg, "BEGIN")).ok() ||
        !Result(run(pg, "SELECT pg_advisory_xact_lock($1::bigint)", {QLatin1String(SchemaLock)}))
             .ok() ||
        !Result(
             PQexec(pg, "CREATE TABLE IF NOT EXISTS fcte_zone_schema (version integer NOT NULL)"))
             .ok())
        return fail();
    const Result version(PQexec(pg, "SELECT coalesce(max(version), 0) FROM fcte_zone_schema"));
    if (!version.ok() || version.rows() != 1)
        return fail();
    const int found = version.integer(0, 0);
    if (found > SchemaVersion) {
        Result(PQexec(pg, "ROLLBACK"));
        m_error = Text::tr("La base de la zona %1 es de una versión más nueva de Facilitador CTE "
                           "(esquema %2; esta conoce hasta el %3): actualice el programa.")
                      .arg(shown(m_url), QString::number(found), QString::number(SchemaVersion));
        return false;
    }
    if (found < 1 && (!Result(PQexec(pg, SchemaV1)).ok() ||
                      !Result(PQexec(pg, "INSERT INTO fcte_zone_schema VALUES (1)")).ok()))
        return fail();
    if (!Result(PQexec(pg, "COMMIT")).ok())
        return fail();
    return true;
}

namespace {

// Writes one session's rows; false at the first statement refused.
bool insertSession(PGconn *pg, const ZoneSession &session, const QString &hash)
{
    const auto ok = [pg](const char *sql, const QVector<Parameter> &parameters) {
        return Result(run(pg, sql, parameters)).ok();
    };
    if (!ok("INSERT INTO zone_session (uid, content_hash, title, held_on, zone, follow_up, "
            "next_meeting_date, latest_change) VALUES ($1, $2, $3, $4::date, $5, $6::boolean, $7, "
            "$8)",
            {session.uid, hash, session.title, dateText(session.heldOn), session.zone,
             session.followUp ? QStringLiteral("true") : QStringLiteral("false"),
             session.nextMeetingDate, session.latestChange}))
        return false;
    for (int s = 0; s < session.schools.size(); ++s) {
        const ZoneSchool &school = session.schools.at(s);
        if (!ok("INSERT INTO zone_school (session_uid, position, cct, name, expected, present, "
                "problem, school_key) VALUES ($1, $2::integer, $3, $4, $5::integer, $6::integer, "
                "$7, $8)",
                {session.uid, number(s), school.cct, school.name, number(school.expected),
                 number(school.present), school.problem, school.key()}))
            return false;
        for (int c = 0; c < school.commitments.size(); ++c) {
            const ZoneCommitment &commitment = school.commitments.at(c);
            if (!ok("INSERT INTO zone_commitment (session_uid, school_position, position, who, "
                    "text) VALUES ($1, $2::integer, $3::integer, $4, $5)",
                    {session.uid, number(s), number(c), commitment.who, commitment.text}))
                return false;
            for (int r = 0; r < commitment.history.size(); ++r) {
                const ZoneReview &review = commitment.history.at(r);
                if (!ok("INSERT INTO zone_review (session_uid, school_position, "
                        "commitment_position, position, state, reviewed_on, indicator, evidence) "
                        "VALUES ($1, $2::integer, $3::integer, $4::integer, $5, $6::date, $7, $8)",
                        {session.uid, number(s), number(c), number(r),
                         Review::stateKey(review.state), dateText(review.reviewedOn),
                         review.indicator, review.evidence}))
                    return false;
            }
        }
    }
    for (int i = 0; i < session.shared.size(); ++i) {
        const ZoneShared &shared = session.shared.at(i);
        if (!ok("INSERT INTO zone_shared (session_uid, position, kind, text) VALUES ($1, "
                "$2::integer, $3::integer, $4)",
                {session.uid, number(i), number(shared.kind), shared.text}))
            return false;
        for (int k = 0; k < shared.schools.size(); ++k) {
            if (!ok("INSERT INTO zone_shared_school (session_uid, shared_position, position, "
                    "school_key) VALUES ($1, $2::integer, $3::integer, $4)",
                    {session.uid, number(i), number(k), shared.schools.at(k)}))
                return false;
        }
    }
    return true;
}

} // namespace

ZoneDatabase::Published ZoneDatabase::publish(const ZoneSession &session)
{
    if (!m_connection) {
        m_error = Text::tr("La base de la zona no está abierta.");
        return Published::Failed;
    }
    PGconn *pg = m_connection->pg;
    const QString hash = QString::fromLatin1(session.contentHash());
    const auto fail = [&] {
        m_error = Text::tr("No se publicó «%1» en %2: %3; no se escribió nada de ella.")
                      .arg(session.title, shown(m_url), reasonFrom(pg, m_url, m_password));
        Result(PQexec(pg, "ROLLBACK"));
        return Published::Failed;
    };
    // Two publishers of one session wait for each other here, one lock each: no deadlock. The
    // schema's lock, shared, keeps a newer program from migrating under this transaction.
    if (!Result(PQexec(pg, "BEGIN")).ok() ||
        !Result(run(pg, "SELECT pg_advisory_xact_lock_shared($1::bigint)",
                    {QLatin1String(SchemaLock)}))
             .ok() ||
        !Result(run(pg, "SELECT pg_advisory_xact_lock(hashtext('fcte:' || $1))", {session.uid}))
             .ok())
        return fail();
    if (schemaVersion() != SchemaVersion) {
        Result(PQexec(pg, "ROLLBACK"));
        m_error = Text::tr("La base de la zona %1 cambió de versión mientras se publicaba; no se "
                           "escribió «%2».")
                      .arg(shown(m_url), session.title);
        return Published::Failed;
    }
    const Result present(run(
        pg, "SELECT content_hash, latest_change FROM zone_session WHERE uid = $1", {session.uid}));
    if (!present.ok())
        return fail();
    Published outcome = Published::Added;
    if (present.rows() == 1) {
        if (present.text(0, 0) == hash)
            outcome = Published::Unchanged;
        else if (session.latestChange <= present.text(0, 1))
            outcome = Published::Older;
        else
            outcome = Published::Replaced;
    }
    if (outcome == Published::Replaced &&
        !Result(run(pg, "DELETE FROM zone_session WHERE uid = $1", {session.uid})).ok())
        return fail();
    if ((outcome == Published::Added || outcome == Published::Replaced) &&
        !insertSession(pg, session, hash))
        return fail();
    if (!Result(PQexec(pg, "COMMIT")).ok())
        return fail();
    return outcome;
}

namespace {

QString rowKey(const QString &uid, const QString &position)
{
    return uid + QLatin1Char('\n') + position;
}

// The sessions out of the six queries' rows. Rows are joined by their keys (uid and positions),
// never by where they fall: a row another tool wrote, renumbered or left without its parent is
// left out, never attached to another school nor read past an end.
QVector<ZoneSession> assemble(const Result &sessions, const Result &schools,
                              const Result &commitments, const Result &reviews,
                              const Result &shared, const Result &sharedSchools)
{
    QVector<ZoneSession> result(sessions.rows());
    QHash<QString, int> byUid;
    for (int row = 0; row < sessions.rows(); ++row) {
        ZoneSession &session = result[row];
        session.uid = sessions.text(row, 0);
        session.title = sessions.text(row, 1);
        session.heldOn = QDate::fromString(sessions.text(row, 2), Qt::ISODate);
        session.zone = sessions.text(row, 3);
        session.followUp = sessions.text(row, 4) == QLatin1String("t");
        session.nextMeetingDate = sessions.text(row, 5);
        session.latestChange = sessions.text(row, 6);
        byUid.insert(session.uid, row);
    }
    struct Place {
        int session = 0;
        int item = 0;
        int inner = 0;
    };
    QHash<QString, Place> schoolAt; // (uid, position)
    for (int row = 0; row < schools.rows(); ++row) {
        const auto session = byUid.constFind(schools.text(row, 0));
        if (session == byUid.cend())
            continue;
        ZoneSchool school;
        school.cct = schools.text(row, 2);
        school.name = schools.text(row, 3);
        school.expected = schools.integer(row, 4);
        school.present = schools.integer(row, 5);
        school.problem = schools.text(row, 6);
        schoolAt.insert(rowKey(schools.text(row, 0), schools.text(row, 1)),
                        {*session, int(result[*session].schools.size()), 0});
        result[*session].schools << school;
    }
    QHash<QString, Place> commitmentAt; // (uid, school position, position)
    for (int row = 0; row < commitments.rows(); ++row) {
        const QString school = rowKey(commitments.text(row, 0), commitments.text(row, 1));
        const auto at = schoolAt.constFind(school);
        if (at == schoolAt.cend())
            continue;
        QVector<ZoneCommitment> &list = result[at->session].schools[at->item].commitments;
        commitmentAt.insert(rowKey(school, commitments.text(row, 2)),
                            {at->session, at->item, int(list.size())});
        list << ZoneCommitment{commitments.text(row, 3), commitments.text(row, 4), {}};
    }
    for (int row = 0; row < reviews.rows(); ++row) {
        const auto at = commitmentAt.constFind(
            rowKey(rowKey(reviews.text(row, 0), reviews.text(row, 1)), reviews.text(row, 2)));
        if (at == commitmentAt.cend())
            continue;
        ZoneReview review;
        review.state = Review::stateFromKey(reviews.text(row, 3)).value_or(Review::State::Pending);
        review.reviewedOn = QDate::fromString(reviews.text(row, 4), Qt::ISODate);
        review.indicator = reviews.text(row, 5);
        review.evidence = reviews.text(row, 6);
        result[at->session].schools[at->item].commitments[at->inner].history << review;
    }
    QHash<QString, Place> sharedAt; // (uid, position)
    for (int row = 0; row < shared.rows(); ++row) {
        const auto session = byUid.constFind(shared.text(row, 0));
        if (session == byUid.cend())
            continue;
        sharedAt.insert(rowKey(shared.text(row, 0), shared.text(row, 1)),
                        {*session, int(result[*session].shared.size()), 0});
        result[*session].shared << ZoneShared{shared.integer(row, 2), shared.text(row, 3), {}};
    }
    for (int row = 0; row < sharedSchools.rows(); ++row) {
        const auto at =
            sharedAt.constFind(rowKey(sharedSchools.text(row, 0), sharedSchools.text(row, 1)));
        if (at != sharedAt.cend())
            result[at->session].shared[at->item].schools << sharedSchools.text(row, 2);
    }
    return result;
}

} // namespace

std::optional<QVector<ZoneSession>> ZoneDatabase::read()
{
    if (!m_connection) {
        m_error = Text::tr("La base de la zona no está abierta.");
        return std::nullopt;
    }
    if (m_nothingPublished)
        return QVector<ZoneSession>();
    PGconn *pg = m_connection->pg;
    // One moment of the store, however many publish meanwhile.
    Result(PQexec(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    const Result sessions(
        PQexec(pg, "SELECT uid, title, to_char(held_on, 'YYYY-MM-DD'), zone, follow_up, "
                   "next_meeting_date, latest_change FROM zone_session ORDER BY held_on, uid"));
    const Result schools(
        PQexec(pg, "SELECT session_uid, position, cct, name, expected, present, problem "
                   "FROM zone_school ORDER BY session_uid, position"));
    const Result commitments(
        PQexec(pg, "SELECT session_uid, school_position, position, who, text FROM "
                   "zone_commitment ORDER BY session_uid, school_position, position"));
    const Result reviews(
        PQexec(pg, "SELECT session_uid, school_position, commitment_position, state, "
                   "to_char(reviewed_on, 'YYYY-MM-DD'), indicator, evidence FROM zone_review "
                   "ORDER BY session_uid, school_position, commitment_position, position"));
    const Result shared(PQexec(pg, "SELECT session_uid, position, kind, text FROM zone_shared "
                                   "ORDER BY session_uid, position"));
    const Result sharedSchools(
        PQexec(pg, "SELECT session_uid, shared_position, school_key FROM zone_shared_school "
                   "ORDER BY session_uid, shared_position, position"));
    const bool ok = sessions.ok() && schools.ok() && commitments.ok() && reviews.ok() &&
                    shared.ok() && sharedSchools.ok();
    // The reason first: ending the transaction clears it.
    const QString reason = ok ? QString() : reasonFrom(pg, m_url, m_password);
    Result(PQexec(pg, ok ? "COMMIT" : "ROLLBACK"));
    if (!ok) {
        m_error = Text::tr("No se pudo leer la base de la zona %1: %2").arg(shown(m_url), reason);
        return std::nullopt;
    }
    return assemble(sessions, schools, commitments, reviews, shared, sharedSchools);
}

} // namespace fcte
