-- Downtime events (KPI.md §2 and §7: planned downtime reduces planned busy time, unplanned downtime is an
-- availability loss). A record belongs to one shift of one production day (shift_date: the day the shift started)
-- and to a work order and/or a line, which is how the KPI engine matches it to production entries. Clock times are
-- plant-local minutes of the day (an end before the start is on the next day); without them only the duration is
-- known. An event that ran past the end of its shift is stored as one record per shift, linked by split_group.
CREATE TABLE downtime_entries (
    id                 ${id_pk},
    client_id          BIGINT         NOT NULL,
    shift_date         DATE           NOT NULL,
    shift_id           BIGINT         NOT NULL,
    line_id            BIGINT,
    work_order_id      BIGINT,
    reason_id          BIGINT         NOT NULL,
    start_minute       INTEGER,
    end_minute         INTEGER,
    duration_minutes   INTEGER        NOT NULL,
    machine            VARCHAR(100),
    equipment_code     VARCHAR(50),
    notes              VARCHAR(1000),
    corrective_action  VARCHAR(1000),
    split_group        VARCHAR(36),
    split_part         INTEGER,
    entry_method       VARCHAR(20)    NOT NULL,
    entered_by         BIGINT,
    entered_by_name    VARCHAR(100)   NOT NULL,
    deleted_at         ${ts},
    deleted_by_name    VARCHAR(100),
    version            BIGINT         NOT NULL,
    created_at         ${ts}          NOT NULL,
    updated_at         ${ts}          NOT NULL,
    CONSTRAINT fk_downtime_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_downtime_shift FOREIGN KEY (shift_id) REFERENCES shifts (id),
    CONSTRAINT fk_downtime_line FOREIGN KEY (line_id) REFERENCES production_lines (id),
    CONSTRAINT fk_downtime_work_order FOREIGN KEY (work_order_id) REFERENCES work_orders (id),
    CONSTRAINT fk_downtime_reason FOREIGN KEY (reason_id) REFERENCES downtime_reasons (id)
);
CREATE INDEX ix_downtime_client_date ON downtime_entries (client_id, shift_date);
CREATE INDEX ix_downtime_client_line ON downtime_entries (client_id, line_id, shift_date);
CREATE INDEX ix_downtime_client_reason ON downtime_entries (client_id, reason_id, shift_date);
CREATE INDEX ix_downtime_work_order ON downtime_entries (work_order_id);
CREATE INDEX ix_downtime_split_group ON downtime_entries (split_group);
