-- Funds, their per-region target sheets, and the sheets' ordered indicators.
-- Amounts are whole 元 (万元 × 10000): exact, never floating point. NULL matching_funds means
-- the form left it blank, which is not 0.
CREATE TABLE funds (
    id                     BIGSERIAL PRIMARY KEY,
    name                   TEXT NOT NULL,
    year                   INTEGER NOT NULL,
    total_provincial_funds BIGINT CHECK (total_provincial_funds >= 0),
    description            TEXT,
    template               TEXT,
    version                BIGINT NOT NULL,
    created_at             TIMESTAMP NOT NULL,
    updated_at             TIMESTAMP NOT NULL,
    UNIQUE (year, name)
);

CREATE TABLE sheets (
    id                  BIGSERIAL PRIMARY KEY,
    fund_id             BIGINT NOT NULL REFERENCES funds (id) ON DELETE CASCADE,
    region_code         TEXT NOT NULL REFERENCES regions (code),
    departments         TEXT NOT NULL,
    provincial_funds    BIGINT NOT NULL CHECK (provincial_funds >= 0),
    matching_funds      BIGINT CHECK (matching_funds >= 0),
    matching_funds_note TEXT,
    overall_goal        TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'DRAFT',
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    UNIQUE (fund_id, region_code)
);
CREATE INDEX sheets_region_code_idx ON sheets (region_code);
CREATE INDEX sheets_status_idx ON sheets (status);

CREATE TABLE indicators (
    id       BIGSERIAL PRIMARY KEY,
    sheet_id BIGINT NOT NULL REFERENCES sheets (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    level1   TEXT NOT NULL,
    level2   TEXT NOT NULL,
    name     TEXT NOT NULL,
    target   TEXT NOT NULL,
    UNIQUE (sheet_id, position)
);
