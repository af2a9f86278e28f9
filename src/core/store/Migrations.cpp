#include "Migrations.h"

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
    };
    return steps;
}

} // namespace fcte
