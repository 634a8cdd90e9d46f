-- A stored status, revision action or role is one the service knows: the database refuses any
-- other (the service reads an unknown one as an internal error, never as a guess).
--
-- Triggers, not CHECK constraints: adding a CHECK means rebuilding the table, and inside the
-- migration's transaction `PRAGMA foreign_keys=OFF` is ignored, so `DROP TABLE sheets` would
-- cascade to every indicator.

-- As PostgreSQL's ADD CONSTRAINT does, refuse to migrate a row that already breaks the rule:
-- the CHECK of this scratch table fails when any stored value is unknown.
CREATE TEMP TABLE status_check_scratch (unknown INTEGER NOT NULL CHECK (unknown = 0));
INSERT INTO status_check_scratch
    SELECT COUNT(*) FROM sheets
    WHERE status NOT IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');
INSERT INTO status_check_scratch
    SELECT COUNT(*) FROM sheet_revisions
    WHERE action NOT IN ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN', 'DELETE')
       OR status NOT IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')
       OR actor_role NOT IN ('ADMIN', 'REVIEWER', 'SUBMITTER', 'READER');
DROP TABLE status_check_scratch;

CREATE TRIGGER sheets_status_check_insert BEFORE INSERT ON sheets
WHEN NEW.status NOT IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')
BEGIN
    SELECT RAISE(ABORT, 'sheets.status must be DRAFT, SUBMITTED, APPROVED or RETURNED');
END;

CREATE TRIGGER sheets_status_check_update BEFORE UPDATE OF status ON sheets
WHEN NEW.status NOT IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')
BEGIN
    SELECT RAISE(ABORT, 'sheets.status must be DRAFT, SUBMITTED, APPROVED or RETURNED');
END;

-- Revisions are never updated (see sheet_revisions_no_update): checking inserts is enough.
CREATE TRIGGER sheet_revisions_check_insert BEFORE INSERT ON sheet_revisions
WHEN NEW.action NOT IN ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN', 'DELETE')
  OR NEW.status NOT IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')
  OR NEW.actor_role NOT IN ('ADMIN', 'REVIEWER', 'SUBMITTER', 'READER')
BEGIN
    SELECT RAISE(ABORT, 'sheet_revisions: unknown action, status or actor_role');
END;
