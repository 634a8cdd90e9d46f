DROP TABLE self_evaluation_revisions;
DROP FUNCTION self_evaluation_revisions_immutable();
DROP TABLE self_evaluation_lines;
DROP TABLE self_evaluations;
ALTER TABLE funds DROP COLUMN scoring;
