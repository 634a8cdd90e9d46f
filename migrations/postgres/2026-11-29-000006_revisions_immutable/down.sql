DROP TRIGGER sheet_revisions_no_truncate ON sheet_revisions;
DROP TRIGGER sheet_revisions_no_change ON sheet_revisions;
DROP FUNCTION sheet_revisions_immutable();
