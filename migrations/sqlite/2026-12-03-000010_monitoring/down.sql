DROP TABLE monitoring_revisions;
DROP TABLE monitoring_lines;
DROP TABLE monitoring_reports;
