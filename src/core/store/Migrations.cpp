#include "core/store/Migrations.h"

namespace fcte {

const std::vector<const char *> &migrations()
{
    static const std::vector<const char *> steps = {
        // 0 -> 1: sessions, schools, participants, and where each session stands.
        R"sql(
CREATE TABLE session (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL,
    held_on          TEXT NOT NULL,
    place            TEXT NOT NULL DEFAULT '',
    zone             TEXT NOT NULL DEFAULT '',
    guide_id         TEXT NOT NULL,
    planned_start    TEXT NOT NULL DEFAULT '08:00',
    planned_end      TEXT NOT NULL DEFAULT '12:30',
    current_activity INTEGER NOT NULL DEFAULT 1,
    is_demo          INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    opened_at        TEXT NOT NULL
);
CREATE TABLE school (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    cct        TEXT NOT NULL,
    level      TEXT NOT NULL,
    shift      TEXT NOT NULL,
    director   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX school_by_session ON school(session_id, position);
CREATE TABLE participant (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    school_id   INTEGER REFERENCES school(id) ON DELETE SET NULL,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    specialty   TEXT NOT NULL DEFAULT '',
    grade       TEXT NOT NULL DEFAULT '',
    is_recorder INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX participant_by_session ON participant(session_id, position);
)sql",
        // 1 -> 2: the sheets. Entries are never deleted by the user: struck_at marks a struck
        // entry, as a correction is struck through in the paper bitácora.
        R"sql(
CREATE TABLE team (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL
);
CREATE INDEX team_by_session ON team(session_id, position);
CREATE TABLE team_member (
    team_id        INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, participant_id)
);
CREATE TABLE entry (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    sheet          TEXT NOT NULL,
    activity       INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    category       INTEGER NOT NULL DEFAULT 0,
    team_id        INTEGER REFERENCES team(id) ON DELETE SET NULL,
    participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    marked         INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    edited_at      TEXT NOT NULL,
    struck_at      TEXT
);
CREATE INDEX entry_by_sheet ON entry(session_id, sheet, position);
CREATE TABLE entry_school (
    entry_id  INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    school_id INTEGER NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, school_id)
);
CREATE TABLE commitment (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    students_need  TEXT NOT NULL DEFAULT '',
    actions        TEXT NOT NULL DEFAULT '',
    share_how      TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    edited_at      TEXT NOT NULL,
    struck_at      TEXT
);
CREATE INDEX commitment_by_session ON commitment(session_id, position);
CREATE TABLE school_problem (
    school_id      INTEGER PRIMARY KEY REFERENCES school(id) ON DELETE CASCADE,
    problem        TEXT NOT NULL DEFAULT '',
    social_setting TEXT NOT NULL DEFAULT '',
    students       TEXT NOT NULL DEFAULT '',
    groups_info    TEXT NOT NULL DEFAULT '',
    staff          TEXT NOT NULL DEFAULT '',
    infrastructure TEXT NOT NULL DEFAULT '',
    helped         TEXT NOT NULL DEFAULT '',
    not_helped     TEXT NOT NULL DEFAULT '',
    edited_at      TEXT NOT NULL
);
CREATE TABLE next_meeting (
    session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
    agenda     TEXT NOT NULL DEFAULT '',
    meets_on   TEXT NOT NULL DEFAULT '',
    meets_at   TEXT NOT NULL DEFAULT '',
    place      TEXT NOT NULL DEFAULT '',
    edited_at  TEXT NOT NULL
);
)sql",
        // 2 -> 3: timing. Timers are stored as timestamps (milliseconds since the epoch), so a
        // reopened app counts the time it was closed: the room kept going.
        R"sql(
CREATE TABLE activity_timer (
    session_id       INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    activity         INTEGER NOT NULL,
    planned_minutes  INTEGER,
    accumulated_ms   INTEGER NOT NULL DEFAULT 0,
    running_since_ms INTEGER,
    PRIMARY KEY (session_id, activity)
);
CREATE TABLE school_turn (
    session_id       INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    activity         INTEGER NOT NULL,
    school_id        INTEGER NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    accumulated_ms   INTEGER NOT NULL DEFAULT 0,
    running_since_ms INTEGER,
    done             INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, activity, school_id)
);
CREATE TABLE session_break (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    after_activity INTEGER NOT NULL,
    minutes        INTEGER NOT NULL
);
)sql",
        // 3 -> 4: drafts, the text typed but not yet entered, kept per activity so it survives
        // moving on, a crash or a kill (never exported, never projected); and a session
        // identifier that travels with its archive, so an archive imported twice is recognised.
        R"sql(
CREATE TABLE draft (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    activity   INTEGER NOT NULL,
    field      TEXT NOT NULL,
    text       TEXT NOT NULL,
    edited_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, activity, field)
);
ALTER TABLE session ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE session SET uid = lower(hex(randomblob(16)));
)sql",
        // 4 -> 5: the session's actual start and end ("Iniciar sesión", "Terminar sesión":
        // before the start nothing is late), the floor the director allows school turns to be
        // shortened to when recovering time, and each per-school activity's minutes per turn
        // (NULL: the guide's). A session already under way counts as started from its first
        // timer, or from its creation when no timer is running now.
        R"sql(
ALTER TABLE session ADD COLUMN started_at_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session ADD COLUMN ended_at_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session ADD COLUMN turn_floor_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity_timer ADD COLUMN turn_minutes INTEGER;
UPDATE session SET started_at_ms = COALESCE(
    (SELECT MIN(running_since_ms) FROM activity_timer t
      WHERE t.session_id = session.id AND t.running_since_ms > 0),
    CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER))
WHERE EXISTS (SELECT 1 FROM activity_timer t WHERE t.session_id = session.id
                 AND (t.accumulated_ms > 0 OR t.running_since_ms > 0));
)sql",
        // 5 -> 6: the text of a reading as the director pasted or loaded it for this session, so
        // it can be projected for reading aloud (the app never ships the guide's text).
        R"sql(
CREATE TABLE reading (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    activity   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    edited_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, activity)
);
)sql",
        // 6 -> 7: the materials the director has ready, ticked on the guide's list before the
        // session starts.
        R"sql(
CREATE TABLE preparation (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    item       TEXT NOT NULL,
    PRIMARY KEY (session_id, item)
);
)sql",
        // 7 -> 8: follow-up. A session may follow up an earlier one (its commitments carried
        // over), and every review of a commitment or agreement is a new row: the state changes
        // are history, never overwritten.
        R"sql(
ALTER TABLE session ADD COLUMN follow_up_of INTEGER NOT NULL DEFAULT 0;
CREATE TABLE review (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    item_kind   TEXT NOT NULL,
    item_id     INTEGER NOT NULL,
    state       TEXT NOT NULL,
    indicator   TEXT NOT NULL DEFAULT '',
    evidence    TEXT NOT NULL DEFAULT '',
    reviewed_on TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX review_by_item ON review(session_id, item_kind, item_id, id);
)sql",
        // 8 -> 9: the guide each session runs, kept whole with its hash: an old bitácora
        // reopens and exports with its own guide even after the app ships a new one.
        R"sql(
CREATE TABLE session_guide (
    session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
    guide_json BLOB NOT NULL,
    sha256     TEXT NOT NULL
);
)sql",
        // 9 -> 10: attendance on the day, per participant (no row: not taken yet).
        R"sql(
CREATE TABLE attendance (
    participant_id INTEGER PRIMARY KEY REFERENCES participant(id) ON DELETE CASCADE,
    present        INTEGER NOT NULL,
    arrived_at     TEXT NOT NULL DEFAULT ''
);
)sql",
        // 10 -> 11: photos and files attached to activities. The large columns come last: a
        // listing reads the row's first columns and never walks the images' overflow pages.
        R"sql(
CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    activity    INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    caption     TEXT NOT NULL DEFAULT '',
    width       INTEGER NOT NULL DEFAULT 0,
    height      INTEGER NOT NULL DEFAULT 0,
    size        INTEGER NOT NULL,
    added_at_ms INTEGER NOT NULL,
    thumbnail   BLOB,
    data        BLOB NOT NULL,
    original    BLOB
);
CREATE INDEX evidence_by_activity ON evidence(session_id, activity, position);
)sql",
        // 11 -> 12: what teachers send from their phones, waiting for the recorder. The same
        // submission sent twice (a retry after a lost answer) is stored once.
        R"sql(
CREATE TABLE submission (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    activity       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    device         TEXT NOT NULL,
    client_id      TEXT NOT NULL,
    participant_id INTEGER NOT NULL DEFAULT 0,
    school_id      INTEGER NOT NULL DEFAULT 0,
    team_id        INTEGER NOT NULL DEFAULT 0,
    typed_name     TEXT NOT NULL DEFAULT '',
    category       INTEGER NOT NULL DEFAULT -1,
    text           TEXT NOT NULL DEFAULT '',
    students_need  TEXT NOT NULL DEFAULT '',
    actions        TEXT NOT NULL DEFAULT '',
    share_how      TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT 'pending',
    received_at_ms INTEGER NOT NULL,
    decided_at_ms  INTEGER NOT NULL DEFAULT 0,
    result_id      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, device, client_id)
);
CREATE INDEX submission_by_state ON submission(session_id, state, id);
)sql",
        // 12 -> 13: the morning as it happens. Time recovery writes adjusted minutes beside the
        // plan instead of over it; activities left out when a session starts midway are marked;
        // the break is a period with its own start and end.
        R"sql(
ALTER TABLE activity_timer ADD COLUMN adjusted_minutes INTEGER;
ALTER TABLE activity_timer ADD COLUMN adjusted_turn_minutes INTEGER;
ALTER TABLE activity_timer ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session_break ADD COLUMN started_at_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session_break ADD COLUMN ended_at_ms INTEGER NOT NULL DEFAULT 0;
)sql",
        // 13 -> 14: evidence tagged with the schools it is about (none: the whole room's), so a
        // school's own bitácora carries its photos and the room's, not every school's.
        R"sql(
CREATE TABLE evidence_school (
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    school_id   INTEGER NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    PRIMARY KEY (evidence_id, school_id)
) WITHOUT ROWID;
)sql",
        // 14 -> 15: sessions found by their identifier at once: a zone gathering thousands of
        // schools' archives asks for each one's before importing it.
        R"sql(
CREATE INDEX session_by_uid ON session(uid);
)sql",
    };
    return steps;
}

} // namespace fcte
