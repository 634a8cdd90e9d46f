-- Back to floating-point numbers and no dates; the older service parses every row again.
ALTER TABLE indicators DROP COLUMN target_date;
ALTER TABLE indicators DROP COLUMN target_upper;
ALTER TABLE indicators DROP COLUMN target_value;
ALTER TABLE indicators ADD COLUMN target_value DOUBLE PRECISION;
ALTER TABLE indicators ADD COLUMN target_upper DOUBLE PRECISION;
UPDATE indicators SET parser_version = 0;
