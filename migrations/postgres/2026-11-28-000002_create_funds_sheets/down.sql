DROP TABLE indicators;
DROP TABLE sheets;
DROP TABLE funds;
