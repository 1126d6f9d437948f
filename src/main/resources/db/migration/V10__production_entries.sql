-- Shift data entry, part one: the keys that make a retried create return its first answer, the client's ordered
-- inspection stages, an employee's usual shift (the attendance roster), and production entries.

CREATE TABLE idempotency_keys (
    user_id        BIGINT        NOT NULL,
    idem_key       VARCHAR(100)  NOT NULL,
    request_hash   VARCHAR(64)   NOT NULL,
    status         INTEGER       NOT NULL,
    content_type   VARCHAR(100),
    body           ${text},
    created_at     ${ts}         NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);

ALTER TABLE client_settings ADD COLUMN inspection_stages VARCHAR(200) NOT NULL DEFAULT 'INCOMING,IN_PROCESS,FINAL';

ALTER TABLE employees ADD COLUMN shift_id BIGINT REFERENCES shifts (id);

-- One line's or work order's output in one shift of one production day (shift_date: the plant-local day the shift
-- started). Counts follow KPI.md §2: rework + scrap <= defects <= units. Deleted entries stay, marked deleted.
CREATE TABLE production_entries (
    id                  ${id_pk},
    client_id           BIGINT         NOT NULL,
    shift_date          DATE           NOT NULL,
    shift_id            BIGINT         NOT NULL,
    line_id             BIGINT,
    work_order_id       BIGINT,
    job_id              BIGINT,
    product_id          BIGINT         NOT NULL,
    units_produced      INTEGER        NOT NULL,
    run_time_hours      DECIMAL(6, 2),
    employees_assigned  INTEGER,
    employees_present   INTEGER,
    defect_count        INTEGER        NOT NULL,
    rework_count        INTEGER        NOT NULL,
    scrap_count         INTEGER        NOT NULL,
    notes               VARCHAR(1000),
    entry_method        VARCHAR(20)    NOT NULL,
    entered_by          BIGINT,
    entered_by_name     VARCHAR(100)   NOT NULL,
    confirmed_by        BIGINT,
    confirmed_by_name   VARCHAR(100),
    confirmed_at        ${ts},
    deleted_at          ${ts},
    deleted_by_name     VARCHAR(100),
    version             BIGINT         NOT NULL,
    created_at          ${ts}          NOT NULL,
    updated_at          ${ts}          NOT NULL,
    CONSTRAINT fk_production_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_production_shift FOREIGN KEY (shift_id) REFERENCES shifts (id),
    CONSTRAINT fk_production_line FOREIGN KEY (line_id) REFERENCES production_lines (id),
    CONSTRAINT fk_production_work_order FOREIGN KEY (work_order_id) REFERENCES work_orders (id),
    CONSTRAINT fk_production_job FOREIGN KEY (job_id) REFERENCES jobs (id),
    CONSTRAINT fk_production_product FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE INDEX ix_production_client_date ON production_entries (client_id, shift_date);
CREATE INDEX ix_production_client_product ON production_entries (client_id, product_id, shift_date);
CREATE INDEX ix_production_client_line ON production_entries (client_id, line_id, shift_date);
CREATE INDEX ix_production_work_order ON production_entries (work_order_id);
