DROP TABLE monitoring_revisions;
DROP FUNCTION monitoring_revisions_immutable();
DROP TABLE monitoring_lines;
DROP TABLE monitoring_reports;
