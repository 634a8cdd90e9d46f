-- A revision, once written, is never changed or removed: the database refuses it, whatever
-- the client (TRUNCATE included).
CREATE FUNCTION sheet_revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sheet revisions are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER sheet_revisions_no_change BEFORE UPDATE OR DELETE ON sheet_revisions
    FOR EACH ROW EXECUTE FUNCTION sheet_revisions_immutable();

CREATE TRIGGER sheet_revisions_no_truncate BEFORE TRUNCATE ON sheet_revisions
    FOR EACH STATEMENT EXECUTE FUNCTION sheet_revisions_immutable();
