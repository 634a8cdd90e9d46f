-- Target numbers become exact (SPEC §1.3): `target_value` and `target_upper` hold the
-- canonical decimal as text (`100` for 100.00%, `0.1`, `-5`), never a float; `target_date`
-- holds a DEADLINE's date as written (`2024-12-31`, or `--12-31` without a year). The columns
-- are filled by the service: every row is marked as written by no parser (version 0), so the
-- re-parse at start reads each target again.
ALTER TABLE indicators DROP COLUMN target_value;
ALTER TABLE indicators DROP COLUMN target_upper;
ALTER TABLE indicators ADD COLUMN target_value TEXT;
ALTER TABLE indicators ADD COLUMN target_upper TEXT;
ALTER TABLE indicators ADD COLUMN target_date TEXT;
UPDATE indicators SET parser_version = 0;
