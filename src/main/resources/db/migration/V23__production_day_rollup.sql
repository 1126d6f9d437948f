-- The daily production roll-up (ADR 0018): a trend's production statement reads these sums instead of the entries.
-- One row per client, production day, shift, product, inference class of run time (G entered / D PBT − UDT / P PBT)
-- and of crew (A assigned / P present / H from history), and — for crew class H only, whose crew average is per line —
-- the line (0 otherwise, so the key has no NULL). Every sum is of entry columns only and linear in the entries, so
-- shift lengths, breaks, cycle times and the client's setup setting are joined when the KPIs are read and never make
-- a row stale. Rows are rebuilt per client and day (io.kpiops.rollup.ProductionRollup) from the entries.
CREATE TABLE production_day_rollup (
    client_id             BIGINT   NOT NULL,
    shift_date            DATE     NOT NULL,
    shift_id              BIGINT   NOT NULL,
    product_id            BIGINT   NOT NULL,
    line_key              BIGINT   NOT NULL,
    run_class             CHAR(1)  NOT NULL,
    crew_class            CHAR(1)  NOT NULL,
    entries               INTEGER  NOT NULL,
    units                 BIGINT   NOT NULL,
    defects               BIGINT   NOT NULL,
    -- Σ round(run_time_hours × 100) of class G
    run_centi             BIGINT   NOT NULL,
    -- Σ matched downtime minutes per reason class (V16)
    planned_minutes       BIGINT   NOT NULL,
    setup_minutes         BIGINT   NOT NULL,
    unplanned_minutes     BIGINT   NOT NULL,
    -- Σ crew (assigned, else present, else 0), and Σ crew × matched planned / setup minutes: Σ crew × PBT follows
    crew                  BIGINT   NOT NULL,
    crew_planned_minutes  BIGINT   NOT NULL,
    crew_setup_minutes    BIGINT   NOT NULL,
    CONSTRAINT pk_production_day_rollup
        PRIMARY KEY (client_id, shift_date, shift_id, product_id, line_key, run_class, crew_class)
);

-- The days whose roll-up rows may be stale: every write that changes a production entry or its matched downtime adds
-- its client and days, in its own transaction; a rebuild removes them. Duplicates are allowed on purpose: a plain
-- INSERT never waits on another writer's row (an insert-if-absent would, and could deadlock on MariaDB's gap locks).
CREATE TABLE production_rollup_stale (
    client_id   BIGINT  NOT NULL,
    shift_date  DATE    NOT NULL
);
CREATE INDEX ix_production_rollup_stale ON production_rollup_stale (client_id, shift_date);

-- Every day already recorded starts stale: the first read of a window (or the periodic rebuild) builds it.
INSERT INTO production_rollup_stale (client_id, shift_date)
SELECT DISTINCT client_id, shift_date FROM production_entries;
