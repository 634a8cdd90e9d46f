-- Back to UNIQUE (sheet_id, position).
DROP INDEX indicators_sheet_position_idx;
CREATE TABLE indicators_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    sheet_id          BIGINT NOT NULL REFERENCES sheets (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    level1            TEXT NOT NULL,
    level2            TEXT NOT NULL,
    name              TEXT NOT NULL,
    target            TEXT NOT NULL,
    target_kind       TEXT,
    target_comparator TEXT,
    target_value      REAL,
    target_upper      REAL,
    target_unit       TEXT,
    target_basis      TEXT,
    target_note       TEXT,
    target_measurable BOOLEAN,
    parser_version    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (sheet_id, position)
);
INSERT INTO indicators_new (id, sheet_id, position, level1, level2, name, target, target_kind, target_comparator, target_value, target_upper, target_unit, target_basis, target_note, target_measurable, parser_version)
    SELECT id, sheet_id, position, level1, level2, name, target, target_kind, target_comparator, target_value, target_upper, target_unit, target_basis, target_note, target_measurable, parser_version FROM indicators;
-- AUTOINCREMENT: the new table goes on from the old one's highest id ever handed out.
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'indicators_new', 0
    WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'indicators_new');
UPDATE sqlite_sequence
    SET seq = MAX(seq, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'indicators'), 0))
    WHERE name = 'indicators_new';
DROP TABLE indicators;
ALTER TABLE indicators_new RENAME TO indicators;
