-- Self-evaluation (绩效自评, SPEC §6): the fund's scoring scheme, one evaluation per approved
-- sheet, its lines pointing at the sheet's indicators by their stable id, and every change of an
-- evaluation with a snapshot. Amounts are whole 元 as for sheets; weights and scores are exact
-- decimal strings (never floats).
--
-- An evaluation goes with its sheet (ON DELETE CASCADE), but the service deletes evaluations
-- itself first (409 SHEET_IN_USE unless forced, then a revision). An indicator an evaluation
-- line refers to cannot be deleted (RESTRICT): the service answers 409 INDICATOR_IN_USE before.

-- The fund's scoring scheme (SPEC §6.1), JSON; NULL for the default scheme.
ALTER TABLE funds ADD COLUMN scoring TEXT;

CREATE TABLE self_evaluations (
    id                        BIGSERIAL PRIMARY KEY,
    sheet_id                  BIGINT NOT NULL UNIQUE REFERENCES sheets (id) ON DELETE CASCADE,
    executed_funds            BIGINT NOT NULL,
    goal_achievement          TEXT,
    budget_deviation_analysis TEXT,
    status                    TEXT NOT NULL
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    status_reason             TEXT,
    version                   BIGINT NOT NULL,
    -- What the scores were computed from and the scores themselves as they were at submit
    -- (JSON); NULL while they are computed on read.
    frozen                    TEXT,
    created_at                TIMESTAMP NOT NULL,
    updated_at                TIMESTAMP NOT NULL
);

CREATE TABLE self_evaluation_lines (
    id                 BIGSERIAL PRIMARY KEY,
    evaluation_id      BIGINT NOT NULL REFERENCES self_evaluations (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    indicator_id       BIGINT NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
    actual             TEXT,
    achievement        TEXT CHECK (achievement IN ('ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED')),
    -- The score chosen inside its band, a decimal string.
    score              TEXT,
    -- The weight given instead of the scheme's, a decimal string.
    weight             TEXT,
    deviation_analysis TEXT
);
CREATE INDEX self_evaluation_lines_evaluation_idx ON self_evaluation_lines (evaluation_id, position);
CREATE INDEX self_evaluation_lines_indicator_idx ON self_evaluation_lines (indicator_id);

-- Every change of an evaluation, with a full snapshot; no foreign key, kept when it goes.
CREATE TABLE self_evaluation_revisions (
    id         BIGSERIAL PRIMARY KEY,
    sheet_id   BIGINT NOT NULL,
    version    BIGINT NOT NULL,
    action     TEXT NOT NULL
        CHECK (action IN ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN', 'DELETE')),
    status     TEXT NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    actor_name TEXT NOT NULL,
    actor_role TEXT NOT NULL CHECK (actor_role IN ('ADMIN', 'REVIEWER', 'SUBMITTER', 'READER')),
    reason     TEXT,
    request_id TEXT,
    created_at TIMESTAMP NOT NULL,
    snapshot   TEXT NOT NULL,
    UNIQUE (sheet_id, version)
);

CREATE FUNCTION self_evaluation_revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'self-evaluation revisions are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER self_evaluation_revisions_no_change
    BEFORE UPDATE OR DELETE ON self_evaluation_revisions
    FOR EACH ROW EXECUTE FUNCTION self_evaluation_revisions_immutable();

CREATE TRIGGER self_evaluation_revisions_no_truncate BEFORE TRUNCATE ON self_evaluation_revisions
    FOR EACH STATEMENT EXECUTE FUNCTION self_evaluation_revisions_immutable();
