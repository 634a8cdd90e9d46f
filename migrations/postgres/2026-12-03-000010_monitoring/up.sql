-- In-year monitoring (绩效监控, SPEC §5): one report per (approved sheet, month 1–12), its
-- lines pointing at the sheet's indicators by their stable id, and every change of a report
-- with a snapshot. Amounts are whole 元 as for sheets.
--
-- A report goes with its sheet (ON DELETE CASCADE), but the service deletes reports itself
-- first (409 SHEET_IN_USE unless forced, then a revision for each). An indicator a report line
-- refers to cannot be deleted (RESTRICT): the service answers 409 INDICATOR_IN_USE before.
CREATE TABLE monitoring_reports (
    id                      BIGSERIAL PRIMARY KEY,
    sheet_id                BIGINT NOT NULL REFERENCES sheets (id) ON DELETE CASCADE,
    month                   INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    executed_funds          BIGINT NOT NULL,
    expected_executed_funds BIGINT,
    goal_progress           TEXT,
    status                  TEXT NOT NULL
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    status_reason           TEXT,
    version                 BIGINT NOT NULL,
    -- The computed figures as they were at submit (JSON); NULL while they are computed on read.
    frozen                  TEXT,
    created_at              TIMESTAMP NOT NULL,
    updated_at              TIMESTAMP NOT NULL,
    UNIQUE (sheet_id, month)
);

CREATE TABLE monitoring_lines (
    id                BIGSERIAL PRIMARY KEY,
    report_id         BIGINT NOT NULL REFERENCES monitoring_reports (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    indicator_id      BIGINT NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
    actual            TEXT,
    expected          TEXT,
    likelihood        TEXT CHECK (likelihood IN ('CERTAIN', 'POSSIBLE', 'IMPOSSIBLE')),
    -- JSON array of DeviationReason values.
    deviation_reasons TEXT NOT NULL,
    deviation_note    TEXT,
    measures          TEXT
);
CREATE INDEX monitoring_lines_report_idx ON monitoring_lines (report_id, position);
CREATE INDEX monitoring_lines_indicator_idx ON monitoring_lines (indicator_id);

-- Every change of a report, with a full snapshot; no foreign key, kept when the report goes.
CREATE TABLE monitoring_revisions (
    id         BIGSERIAL PRIMARY KEY,
    sheet_id   BIGINT NOT NULL,
    month      INTEGER NOT NULL,
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
    UNIQUE (sheet_id, month, version)
);

CREATE FUNCTION monitoring_revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'monitoring revisions are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER monitoring_revisions_no_change BEFORE UPDATE OR DELETE ON monitoring_revisions
    FOR EACH ROW EXECUTE FUNCTION monitoring_revisions_immutable();

CREATE TRIGGER monitoring_revisions_no_truncate BEFORE TRUNCATE ON monitoring_revisions
    FOR EACH STATEMENT EXECUTE FUNCTION monitoring_revisions_immutable();
