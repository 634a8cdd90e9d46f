-- A stored status, revision action or role is one the service knows: the database refuses any
-- other (the service reads an unknown one as an internal error, never as a guess). Adding the
-- constraints fails if a stored row already breaks them.
ALTER TABLE sheets ADD CONSTRAINT sheets_status_check
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'));

ALTER TABLE sheet_revisions ADD CONSTRAINT sheet_revisions_action_check
    CHECK (action IN ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN', 'DELETE'));
ALTER TABLE sheet_revisions ADD CONSTRAINT sheet_revisions_status_check
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'));
ALTER TABLE sheet_revisions ADD CONSTRAINT sheet_revisions_actor_role_check
    CHECK (actor_role IN ('ADMIN', 'REVIEWER', 'SUBMITTER', 'READER'));
