ALTER TABLE sheets DROP COLUMN status_reason;
DROP TABLE sheet_revisions;
DROP TABLE api_tokens;
