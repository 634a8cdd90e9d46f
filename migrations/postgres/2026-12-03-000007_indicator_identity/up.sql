-- Indicators keep their identity (SPEC §5.0): a save updates matched rows in place instead of
-- deleting and inserting them, so a reordering moves positions row by row, which PostgreSQL's
-- immediate UNIQUE (sheet_id, position) check refuses. The constraint goes; a plain index
-- serves reading a sheet's indicators in order. The service writes a sheet's positions
-- 0..n-1 within one transaction. Ids come from the BIGSERIAL sequence and are never reused.
ALTER TABLE indicators DROP CONSTRAINT indicators_sheet_id_position_key;
CREATE INDEX indicators_sheet_position_idx ON indicators (sheet_id, position);
