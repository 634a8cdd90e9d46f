-- API tokens: only a SHA-256 hash of each token is kept; the token itself is shown once, when
-- it is created. Revoked tokens stay listed, since revisions name them as actors.
CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    regions    TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE UNIQUE INDEX api_tokens_active_name_idx ON api_tokens (name) WHERE revoked_at IS NULL;

-- Every change of a sheet, with a full snapshot. No foreign key: the history of a deleted sheet
-- is kept. (sheet_id, version) is unique, so two writers can never both record one version.
CREATE TABLE sheet_revisions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    sheet_id   BIGINT NOT NULL,
    version    BIGINT NOT NULL,
    action     TEXT NOT NULL,
    status     TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    reason     TEXT,
    request_id TEXT,
    created_at TIMESTAMP NOT NULL,
    snapshot   TEXT NOT NULL,
    UNIQUE (sheet_id, version)
);

-- The reason given with the latest step of the review cycle (a return, a reopening).
ALTER TABLE sheets ADD COLUMN status_reason TEXT;
