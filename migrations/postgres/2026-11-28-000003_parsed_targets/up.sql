-- The parsed form of every target (SPEC §1.3), stored so that aggregation can query it. The
-- columns are filled by the service, not by SQL: rows whose parser_version is older than the
-- running parser's are parsed again when the service starts.
ALTER TABLE indicators ADD COLUMN target_kind TEXT;
ALTER TABLE indicators ADD COLUMN target_comparator TEXT;
ALTER TABLE indicators ADD COLUMN target_value DOUBLE PRECISION;
ALTER TABLE indicators ADD COLUMN target_upper DOUBLE PRECISION;
ALTER TABLE indicators ADD COLUMN target_unit TEXT;
ALTER TABLE indicators ADD COLUMN target_basis TEXT;
ALTER TABLE indicators ADD COLUMN target_note TEXT;
ALTER TABLE indicators ADD COLUMN target_measurable BOOLEAN;
ALTER TABLE indicators ADD COLUMN parser_version INTEGER NOT NULL DEFAULT 0;
