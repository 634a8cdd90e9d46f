DROP INDEX indicators_sheet_position_idx;
ALTER TABLE indicators ADD CONSTRAINT indicators_sheet_id_position_key UNIQUE (sheet_id, position);
