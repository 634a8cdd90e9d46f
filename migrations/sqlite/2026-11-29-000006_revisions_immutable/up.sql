-- A revision, once written, is never changed or removed: the database refuses it, whatever
-- the client.
CREATE TRIGGER sheet_revisions_no_update BEFORE UPDATE ON sheet_revisions
BEGIN
    SELECT RAISE(ABORT, 'sheet revisions are immutable');
END;

CREATE TRIGGER sheet_revisions_no_delete BEFORE DELETE ON sheet_revisions
BEGIN
    SELECT RAISE(ABORT, 'sheet revisions are immutable');
END;
